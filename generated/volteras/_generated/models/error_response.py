# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_ErrorCode_get = ErrorCode._get
_FIELDS: frozenset[str] = frozenset(
    {
        "requestId",
        "timestamp",
        "error",
        "message",
        "data",
    }
)

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(kw_only=True)
class ErrorResponse:
    """The envelope every error is answered with.

    Attributes:
        request_id (str): Quote it to Volteras support.
        timestamp (datetime.datetime):
        error (ErrorCode | str): Machine-readable code; one of ErrorCode, or a code this spec does not know yet.
        message (str): Human-readable explanation.
        data (ErrorResponseDataType0 | None | Unset): Details that depend on the code.
    """

    request_id: str
    timestamp: datetime.datetime
    error: ErrorCode | str
    message: str
    data: ErrorResponseDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["requestId"] = self.request_id
        field_dict["timestamp"] = (
            self.timestamp.isoformat().replace("+00:00", "Z")
            if isinstance(self.timestamp, datetime.datetime)
            else self.timestamp
        )
        field_dict["error"] = self.error.value if isinstance(self.error, ErrorCode) else self.error
        field_dict["message"] = self.message
        if self.data is not None:
            field_dict["data"] = (
                self.data.to_dict() if isinstance(self.data, ErrorResponseDataType0) else self.data
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        request_id = _d["requestId"]
        if request_id.__class__ is not str and not isinstance(request_id, str):
            raise FieldError.of("request_id", request_id)

        timestamp = _d["timestamp"]
        if timestamp.__class__ is not str and not isinstance(timestamp, str):
            raise FieldError.of("timestamp", timestamp)
        try:
            timestamp = parse_datetime(timestamp)
        except ValueError:
            raise FieldError.of("timestamp", timestamp, "is not an ISO 8601 date-time") from None

        error = _d["error"]
        if error.__class__ is not str and not isinstance(error, str):
            raise FieldError.of("error", error)
        error = _ErrorCode_get(error, error)

        message = _d["message"]
        if message.__class__ is not str and not isinstance(message, str):
            raise FieldError.of("message", message)

        data = _d.get("data")
        if data is not None:
            try:
                data = _ErrorResponseDataType0_from_dict(data)
            except FieldError as _error:
                raise _error.within("data") from None

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is ErrorResponse:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.request_id = request_id
            _self.timestamp = timestamp
            _self.error = error
            _self.message = message
            _self.data = data
        else:  # a subclass's own __init__ runs
            _self = cls(
                request_id=request_id,
                timestamp=timestamp,
                error=error,
                message=message,
                data=data,
            )
        _self.additional_properties = _extra
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class, so models that hold each other load in either order.
from ..models.error_response_data_type_0 import ErrorResponseDataType0  # noqa: E402

_ErrorResponseDataType0_from_dict = ErrorResponseDataType0.from_dict
ErrorResponse._wire_fields = {
    "requestId": WireField("request_id", "plain"),
    "timestamp": WireField("timestamp", "plain"),
    "error": WireField("error", "plain"),
    "message": WireField("message", "plain"),
    "data": WireField("data", "model", ErrorResponseDataType0),
}

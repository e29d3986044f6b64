# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_response_data_type_0 import ErrorResponseDataType0


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:

        request_id = self.request_id

        timestamp = self.timestamp.isoformat().replace("+00:00", "Z")

        error: str
        if isinstance(self.error, ErrorCode):
            error = self.error.value
        else:
            error = self.error

        message = self.message

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ErrorResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "timestamp": timestamp,
                "error": error,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        request_id = d.pop("requestId")

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        error: ErrorCode | str = d.pop("error")
        try:
            error = ErrorCode._get(error, error)
        except TypeError:
            pass

        message = d.pop("message")

        data: ErrorResponseDataType0 | None | Unset = d.pop("data", UNSET)
        data_type_0: ErrorResponseDataType0
        if isinstance(data, dict):
            try:
                data_type_0 = ErrorResponseDataType0.from_dict(data)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        error_response = cls(
            request_id=request_id,
            timestamp=timestamp,
            error=error,
            message=message,
            data=data,
        )

        error_response.additional_properties = d
        return error_response

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


# After the class, so models that refer to each other load in either order.
from ..models.error_response_data_type_0 import ErrorResponseDataType0  # noqa: E402

# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eligibility_vin_entry_status_enum import EligibilityVinEntryStatusEnum
from ..models.make_enum import MakeEnum
from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_EligibilityVinEntryStatusEnum_get = EligibilityVinEntryStatusEnum._get
_MakeEnum_get = MakeEnum._get
_FIELDS: frozenset[str] = frozenset(
    {
        "rowId",
        "vin",
        "status",
        "make",
        "errorMessage",
    }
)

T = TypeVar("T", bound="SingleEligibilityResult")


@_attrs_define(kw_only=True)
class SingleEligibilityResult:
    """

    Attributes:
        row_id (int):
        vin (str):
        status (EligibilityVinEntryStatusEnum | str):
        make (MakeEnum | None | str | Unset):
        error_message (None | str | Unset):
    """

    row_id: int
    vin: str
    status: EligibilityVinEntryStatusEnum | str
    make: MakeEnum | None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["rowId"] = self.row_id
        field_dict["vin"] = self.vin
        field_dict["status"] = (
            self.status.value if isinstance(self.status, EligibilityVinEntryStatusEnum) else self.status
        )
        if self.make is not None:
            field_dict["make"] = self.make.value if isinstance(self.make, MakeEnum) else self.make
        if self.error_message is not None:
            field_dict["errorMessage"] = self.error_message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        row_id = _d["rowId"]
        if row_id.__class__ is not int and (not isinstance(row_id, int) or row_id.__class__ is bool):
            raise FieldError.of("row_id", row_id)

        vin = _d["vin"]
        if vin.__class__ is not str and not isinstance(vin, str):
            raise FieldError.of("vin", vin)

        status = _d["status"]
        if status.__class__ is not str and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _EligibilityVinEntryStatusEnum_get(status, status)

        make = _d.get("make")
        if make.__class__ is not str and make is not None and not isinstance(make, str):
            raise FieldError.of("make", make)
        make = _MakeEnum_get(make, make)

        error_message = _d.get("errorMessage")
        if (
            error_message.__class__ is not str
            and error_message is not None
            and not isinstance(error_message, str)
        ):
            raise FieldError.of("error_message", error_message)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is SingleEligibilityResult:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.row_id = row_id
            _self.vin = vin
            _self.status = status
            _self.make = make
            _self.error_message = error_message
        else:  # a subclass's own __init__ runs
            _self = cls(
                row_id=row_id,
                vin=vin,
                status=status,
                make=make,
                error_message=error_message,
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


SingleEligibilityResult._wire_fields = {
    "rowId": WireField("row_id", "plain"),
    "vin": WireField("vin", "plain"),
    "status": WireField("status", "plain"),
    "make": WireField("make", "plain"),
    "errorMessage": WireField("error_message", "plain"),
}

# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.single_eligibility_entry import SingleEligibilityEntry


T = TypeVar("T", bound="BulkVinEligibilityRequest")


@_attrs_define
class BulkVinEligibilityRequest:
    """
    Attributes:
        vins (list[SingleEligibilityEntry]):
    """

    vins: list[SingleEligibilityEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vins = []
        for vins_item_data in self.vins:
            vins_item = vins_item_data.to_dict()
            vins.append(vins_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vins": vins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _vins = d.pop("vins")
        if not isinstance(_vins, list):
            raise TypeError("vins must be an array")
        vins = []
        for vins_item_data in _vins:
            if not isinstance(vins_item_data, dict):
                raise TypeError("an item of vins has the wrong type")
            vins_item = SingleEligibilityEntry.from_dict(vins_item_data)

            vins.append(vins_item)

        bulk_vin_eligibility_request = cls(
            vins=vins,
        )

        bulk_vin_eligibility_request.additional_properties = d
        return bulk_vin_eligibility_request

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
from ..models.single_eligibility_entry import SingleEligibilityEntry  # noqa: E402

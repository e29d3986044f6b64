# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vehicle import Vehicle


T = TypeVar("T", bound="VehiclePage")


@_attrs_define
class VehiclePage:
    """
    Attributes:
        results (list[Vehicle]):
        next_page_token (None | str):
        total_results (int):
    """

    results: list[Vehicle]
    next_page_token: None | str
    total_results: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_page_token: None | str
        next_page_token = self.next_page_token

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "nextPageToken": next_page_token,
                "totalResults": total_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        _results = d.pop("results")
        if not isinstance(_results, list):
            raise TypeError("results must be an array")
        results = []
        for results_item_data in _results:
            if not isinstance(results_item_data, dict):
                raise TypeError("an item of results has the wrong type")
            results_item = Vehicle.from_dict(results_item_data)

            results.append(results_item)

        next_page_token: None | str = d.pop("nextPageToken")

        total_results = d.pop("totalResults")

        vehicle_page = cls(
            results=results,
            next_page_token=next_page_token,
            total_results=total_results,
        )

        vehicle_page.additional_properties = d
        return vehicle_page

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
from ..models.vehicle import Vehicle  # noqa: E402

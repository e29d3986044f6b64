# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_detail_nominal import RangeDetailNominal
    from ..models.range_detail_score import RangeDetailScore


T = TypeVar("T", bound="RangeDetail")


@_attrs_define
class RangeDetail:
    """
    Attributes:
        nominal (RangeDetailNominal):
        score (RangeDetailScore):
        real (None | str | Unset):
        real_warmer_range (None | str | Unset):
        real_colder_range (None | str | Unset):
    """

    nominal: RangeDetailNominal
    score: RangeDetailScore
    real: None | str | Unset = UNSET
    real_warmer_range: None | str | Unset = UNSET
    real_colder_range: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        nominal = self.nominal.to_dict()

        score = self.score.to_dict()

        real: None | str | Unset
        if isinstance(self.real, Unset):
            real = UNSET
        else:
            real = self.real

        real_warmer_range: None | str | Unset
        if isinstance(self.real_warmer_range, Unset):
            real_warmer_range = UNSET
        else:
            real_warmer_range = self.real_warmer_range

        real_colder_range: None | str | Unset
        if isinstance(self.real_colder_range, Unset):
            real_colder_range = UNSET
        else:
            real_colder_range = self.real_colder_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nominal": nominal,
                "score": score,
            }
        )
        if real is not UNSET:
            field_dict["real"] = real
        if real_warmer_range is not UNSET:
            field_dict["realWarmerRange"] = real_warmer_range
        if real_colder_range is not UNSET:
            field_dict["realColderRange"] = real_colder_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        nominal = RangeDetailNominal.from_dict(d.pop("nominal"))

        score = RangeDetailScore.from_dict(d.pop("score"))

        real: None | str | Unset = d.pop("real", UNSET)

        real_warmer_range: None | str | Unset = d.pop("realWarmerRange", UNSET)

        real_colder_range: None | str | Unset = d.pop("realColderRange", UNSET)

        range_detail = cls(
            nominal=nominal,
            score=score,
            real=real,
            real_warmer_range=real_warmer_range,
            real_colder_range=real_colder_range,
        )

        range_detail.additional_properties = d
        return range_detail

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
from ..models.range_detail_nominal import RangeDetailNominal  # noqa: E402
from ..models.range_detail_score import RangeDetailScore  # noqa: E402

# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_FIELDS: frozenset[str] = frozenset(
    {
        "nominal",
        "score",
        "real",
        "realWarmerRange",
        "realColderRange",
    }
)

T = TypeVar("T", bound="RangeDetail")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["nominal"] = (
            self.nominal.to_dict() if isinstance(self.nominal, RangeDetailNominal) else self.nominal
        )
        field_dict["score"] = self.score.to_dict() if isinstance(self.score, RangeDetailScore) else self.score
        if self.real is not None:
            field_dict["real"] = self.real
        if self.real_warmer_range is not None:
            field_dict["realWarmerRange"] = self.real_warmer_range
        if self.real_colder_range is not None:
            field_dict["realColderRange"] = self.real_colder_range
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        nominal = _d["nominal"]
        try:
            nominal = _RangeDetailNominal_from_dict(nominal)
        except FieldError as _error:
            raise _error.within("nominal") from None

        score = _d["score"]
        try:
            score = _RangeDetailScore_from_dict(score)
        except FieldError as _error:
            raise _error.within("score") from None

        real = _d.get("real")
        if real.__class__ is not str and real is not None and not isinstance(real, str):
            raise FieldError.of("real", real)

        real_warmer_range = _d.get("realWarmerRange")
        if (
            real_warmer_range.__class__ is not str
            and real_warmer_range is not None
            and not isinstance(real_warmer_range, str)
        ):
            raise FieldError.of("real_warmer_range", real_warmer_range)

        real_colder_range = _d.get("realColderRange")
        if (
            real_colder_range.__class__ is not str
            and real_colder_range is not None
            and not isinstance(real_colder_range, str)
        ):
            raise FieldError.of("real_colder_range", real_colder_range)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is RangeDetail:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.nominal = nominal
            _self.score = score
            _self.real = real
            _self.real_warmer_range = real_warmer_range
            _self.real_colder_range = real_colder_range
        else:  # a subclass's own __init__ runs
            _self = cls(
                nominal=nominal,
                score=score,
                real=real,
                real_warmer_range=real_warmer_range,
                real_colder_range=real_colder_range,
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
from ..models.range_detail_nominal import RangeDetailNominal  # noqa: E402
from ..models.range_detail_score import RangeDetailScore  # noqa: E402

_RangeDetailNominal_from_dict = RangeDetailNominal.from_dict
_RangeDetailScore_from_dict = RangeDetailScore.from_dict
RangeDetail._wire_fields = {
    "nominal": WireField("nominal", "model", RangeDetailNominal),
    "score": WireField("score", "model", RangeDetailScore),
    "real": WireField("real", "plain"),
    "realWarmerRange": WireField("real_warmer_range", "plain"),
    "realColderRange": WireField("real_colder_range", "plain"),
}

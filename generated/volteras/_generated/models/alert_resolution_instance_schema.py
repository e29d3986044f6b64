# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_resolution_status import AlertResolutionStatus
from ..types import FieldError, WireField, as_object, index_of

_new = object.__new__
_AlertResolutionStatus_get = AlertResolutionStatus._get
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "definition",
        "status",
        "steps",
    }
)

T = TypeVar("T", bound="AlertResolutionInstanceSchema")


@_attrs_define(kw_only=True)
class AlertResolutionInstanceSchema:
    """

    Attributes:
        id (str):
        definition (AlertResolutionDefinition):
        status (AlertResolutionStatus | str):
        steps (list[AlertStepInstance]):
    """

    id: str
    definition: AlertResolutionDefinition
    status: AlertResolutionStatus | str
    steps: list[AlertStepInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["definition"] = (
            self.definition.to_dict()
            if isinstance(self.definition, AlertResolutionDefinition)
            else self.definition
        )
        field_dict["status"] = (
            self.status.value if isinstance(self.status, AlertResolutionStatus) else self.status
        )
        field_dict["steps"] = (
            [(_item0.to_dict() if isinstance(_item0, AlertStepInstance) else _item0) for _item0 in self.steps]
            if isinstance(self.steps, list)
            else self.steps
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d["id"]
        if id.__class__ is not str and not isinstance(id, str):
            raise FieldError.of("id", id)

        definition = _d["definition"]
        try:
            definition = _AlertResolutionDefinition_from_dict(definition)
        except FieldError as _error:
            raise _error.within("definition") from None

        status = _d["status"]
        if status.__class__ is not str and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _AlertResolutionStatus_get(status, status)

        steps = _d["steps"]
        if steps.__class__ is not list and not isinstance(steps, list):
            raise FieldError.of("steps", steps)
        _steps_list = []
        for _steps_item in steps:
            try:
                _steps_item = _AlertStepInstance_from_dict(_steps_item)
            except FieldError as _error:
                raise _error.within("steps" + index_of(steps, _steps_item)) from None

            _steps_list.append(_steps_item)
        steps = _steps_list

        _extra = {} if len(_d) == 4 else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is AlertResolutionInstanceSchema:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.definition = definition
            _self.status = status
            _self.steps = steps
        else:  # a subclass's own __init__ runs
            _self = cls(
                id=id,
                definition=definition,
                status=status,
                steps=steps,
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
from ..models.alert_resolution_definition import AlertResolutionDefinition  # noqa: E402
from ..models.alert_step_instance import AlertStepInstance  # noqa: E402

_AlertResolutionDefinition_from_dict = AlertResolutionDefinition.from_dict
_AlertStepInstance_from_dict = AlertStepInstance.from_dict
AlertResolutionInstanceSchema._wire_fields = {
    "id": WireField("id", "plain"),
    "definition": WireField("definition", "model", AlertResolutionDefinition),
    "status": WireField("status", "plain"),
    "steps": WireField("steps", "list", AlertStepInstance),
}

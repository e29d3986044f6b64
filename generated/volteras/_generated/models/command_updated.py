# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command import Command
from ..models.command_status import CommandStatus
from ..models.device_type_enum import DeviceTypeEnum
from ..models.failed_reason import FailedReason
from ..types import UNSET, FieldError, Unset, WireField, as_object

_new = object.__new__
_Command_get = Command._get
_CommandStatus_get = CommandStatus._get
_DeviceTypeEnum_get = DeviceTypeEnum._get
_FailedReason_get = FailedReason._get
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "deviceType",
        "deviceId",
        "command",
        "status",
        "failedReason",
    }
)

T = TypeVar("T", bound="CommandUpdated")


@_attrs_define(kw_only=True)
class CommandUpdated:
    """Payload of `command.updated`, sent when a command execution changes status.

    Attributes:
        id (None | str | Unset): The command execution's id, as returned when the command was sent.
        device_type (DeviceTypeEnum | None | str | Unset): Kind of device the command went to, such as VEHICLE.
        device_id (None | str | Unset): The vehicle's id (the `vehicleId` of the execution).
        command (Command | None | str | Unset):
        status (CommandStatus | None | str | Unset):
        failed_reason (FailedReason | None | str | Unset): Null unless the status is FAILED; a documented code or free
            text.
    """

    id: None | str | Unset = UNSET
    device_type: DeviceTypeEnum | None | str | Unset = UNSET
    device_id: None | str | Unset = UNSET
    command: Command | None | str | Unset = UNSET
    status: CommandStatus | None | str | Unset = UNSET
    failed_reason: FailedReason | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.device_type is not None:
            field_dict["deviceType"] = (
                self.device_type.value if isinstance(self.device_type, DeviceTypeEnum) else self.device_type
            )
        if self.device_id is not None:
            field_dict["deviceId"] = self.device_id
        if self.command is not None:
            field_dict["command"] = self.command.value if isinstance(self.command, Command) else self.command
        if self.status is not None:
            field_dict["status"] = (
                self.status.value if isinstance(self.status, CommandStatus) else self.status
            )
        if self.failed_reason is not None:
            field_dict["failedReason"] = (
                self.failed_reason.value
                if isinstance(self.failed_reason, FailedReason)
                else self.failed_reason
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object, checking each field's type as it goes.

        A value of the wrong type raises FieldError (a TypeError) naming its field, a required field
        left out raises KeyError; a value the API has added to an enum stays a plain str.
        """
        _d = src_dict if src_dict.__class__ is dict else as_object(src_dict)
        id = _d.get("id")
        if id.__class__ is not str and id is not None and not isinstance(id, str):
            raise FieldError.of("id", id)

        device_type = _d.get("deviceType")
        if device_type.__class__ is not str and device_type is not None and not isinstance(device_type, str):
            raise FieldError.of("device_type", device_type)
        device_type = _DeviceTypeEnum_get(device_type, device_type)

        device_id = _d.get("deviceId")
        if device_id.__class__ is not str and device_id is not None and not isinstance(device_id, str):
            raise FieldError.of("device_id", device_id)

        command = _d.get("command")
        if command.__class__ is not str and command is not None and not isinstance(command, str):
            raise FieldError.of("command", command)
        command = _Command_get(command, command)

        status = _d.get("status")
        if status.__class__ is not str and status is not None and not isinstance(status, str):
            raise FieldError.of("status", status)
        status = _CommandStatus_get(status, status)

        failed_reason = _d.get("failedReason")
        if (
            failed_reason.__class__ is not str
            and failed_reason is not None
            and not isinstance(failed_reason, str)
        ):
            raise FieldError.of("failed_reason", failed_reason)
        failed_reason = _FailedReason_get(failed_reason, failed_reason)

        _extra = {} if _FIELDS.issuperset(_d) else {_k: _v for _k, _v in _d.items() if _k not in _FIELDS}
        if cls is CommandUpdated:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.id = id
            _self.device_type = device_type
            _self.device_id = device_id
            _self.command = command
            _self.status = status
            _self.failed_reason = failed_reason
        else:  # a subclass's own __init__ runs
            _self = cls(
                id=id,
                device_type=device_type,
                device_id=device_id,
                command=command,
                status=status,
                failed_reason=failed_reason,
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


CommandUpdated._wire_fields = {
    "id": WireField("id", "plain"),
    "deviceType": WireField("device_type", "plain"),
    "deviceId": WireField("device_id", "plain"),
    "command": WireField("command", "plain"),
    "status": WireField("status", "plain"),
    "failedReason": WireField("failed_reason", "plain"),
}

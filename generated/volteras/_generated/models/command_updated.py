# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command import Command
from ..models.command_status import CommandStatus
from ..models.device_type_enum import DeviceTypeEnum
from ..models.failed_reason import FailedReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandUpdated")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        elif isinstance(self.device_type, DeviceTypeEnum):
            device_type = self.device_type.value
        else:
            device_type = self.device_type

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, Command):
            command = self.command.value
        else:
            command = self.command

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CommandStatus):
            status = self.status.value
        else:
            status = self.status

        failed_reason: None | str | Unset
        if isinstance(self.failed_reason, Unset):
            failed_reason = UNSET
        elif isinstance(self.failed_reason, FailedReason):
            failed_reason = self.failed_reason.value
        else:
            failed_reason = self.failed_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if device_id is not UNSET:
            field_dict["deviceId"] = device_id
        if command is not UNSET:
            field_dict["command"] = command
        if status is not UNSET:
            field_dict["status"] = status
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        device_type: DeviceTypeEnum | None | str | Unset = d.pop("deviceType", UNSET)
        try:
            device_type = DeviceTypeEnum._get(device_type, device_type)
        except TypeError:
            pass

        device_id: None | str | Unset = d.pop("deviceId", UNSET)

        command: Command | None | str | Unset = d.pop("command", UNSET)
        try:
            command = Command._get(command, command)
        except TypeError:
            pass

        status: CommandStatus | None | str | Unset = d.pop("status", UNSET)
        try:
            status = CommandStatus._get(status, status)
        except TypeError:
            pass

        failed_reason: FailedReason | None | str | Unset = d.pop("failedReason", UNSET)
        try:
            failed_reason = FailedReason._get(failed_reason, failed_reason)
        except TypeError:
            pass

        command_updated = cls(
            id=id,
            device_type=device_type,
            device_id=device_id,
            command=command,
            status=status,
            failed_reason=failed_reason,
        )

        command_updated.additional_properties = d
        return command_updated

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

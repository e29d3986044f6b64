# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command import Command
from ..models.command_status import CommandStatus
from ..models.failed_reason import FailedReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_arguments import CommandArguments


T = TypeVar("T", bound="CommandExecution")


@_attrs_define
class CommandExecution:
    """One command sent to one vehicle and what became of it. Enum-valued fields also accept values this spec does not list
    yet: the API adds them without notice.

        Attributes:
            vehicle_id (str):
            command (Command | str):
            id (None | str | Unset): Identifier to poll the execution with.
            command_arguments (CommandArguments | None | Unset):
            timeout (int | None | Unset): Seconds the platform waits for the vehicle before failing the command.
            executed_at (datetime.datetime | None | Unset): When the vehicle carried the command out; null until then.
            status (CommandStatus | None | str | Unset):
            failed_reason (FailedReason | None | str | Unset): Null unless the status is FAILED. Usually a documented code,
                but the API may send free text instead.
    """

    vehicle_id: str
    command: Command | str
    id: None | str | Unset = UNSET
    command_arguments: CommandArguments | None | Unset = UNSET
    timeout: int | None | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    status: CommandStatus | None | str | Unset = UNSET
    failed_reason: FailedReason | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        vehicle_id = self.vehicle_id

        command: str
        if isinstance(self.command, Command):
            command = self.command.value
        else:
            command = self.command

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        command_arguments: dict[str, Any] | None | Unset
        if isinstance(self.command_arguments, Unset):
            command_arguments = UNSET
        elif isinstance(self.command_arguments, CommandArguments):
            command_arguments = self.command_arguments.to_dict()
        else:
            command_arguments = self.command_arguments

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat().replace("+00:00", "Z")
        else:
            executed_at = self.executed_at

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
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "command": command,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if command_arguments is not UNSET:
            field_dict["commandArguments"] = command_arguments
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at
        if status is not UNSET:
            field_dict["status"] = status
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        command: Command | str = d.pop("command")
        try:
            command = Command._get(command, command)
        except TypeError:
            pass

        id: None | str | Unset = d.pop("id", UNSET)

        command_arguments: CommandArguments | None | Unset = d.pop("commandArguments", UNSET)
        command_arguments_type_0: CommandArguments
        if isinstance(command_arguments, dict):
            try:
                command_arguments_type_0 = CommandArguments.from_dict(command_arguments)

                command_arguments = command_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timeout: int | None | Unset = d.pop("timeout", UNSET)

        executed_at: datetime.datetime | None | Unset = d.pop("executedAt", UNSET)
        executed_at_type_0: datetime.datetime
        if isinstance(executed_at, str):
            try:
                executed_at_type_0 = datetime.datetime.fromisoformat(executed_at)

                executed_at = executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
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

        command_execution = cls(
            vehicle_id=vehicle_id,
            command=command,
            id=id,
            command_arguments=command_arguments,
            timeout=timeout,
            executed_at=executed_at,
            status=status,
            failed_reason=failed_reason,
        )

        command_execution.additional_properties = d
        return command_execution

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
from ..models.command_arguments import CommandArguments  # noqa: E402

# Generated from spec/volteras.yaml (sha256 3b0365fd21ef577abab3f301fe93a540ddd9c1a10a40b62a889447fa6c7c1486) by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        def _parse_command(data: object) -> Command | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                command_type_0 = Command._lookup(data)

                return command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Command | str, data)

        command = _parse_command(d.pop("command"))

        id = cast(None | str | Unset, d.pop("id", UNSET))

        def _parse_command_arguments(data: object) -> CommandArguments | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                command_arguments_type_0 = CommandArguments.from_dict(data)

                return command_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandArguments | None | Unset, data)

        command_arguments = _parse_command_arguments(d.pop("commandArguments", UNSET))

        timeout = cast(int | None | Unset, d.pop("timeout", UNSET))

        def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(data)

                return executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executedAt", UNSET))

        def _parse_status(data: object) -> CommandStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CommandStatus._lookup(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommandStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_failed_reason(data: object) -> FailedReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_reason_type_0 = FailedReason._lookup(data)

                return failed_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailedReason | None | str | Unset, data)

        failed_reason = _parse_failed_reason(d.pop("failedReason", UNSET))

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

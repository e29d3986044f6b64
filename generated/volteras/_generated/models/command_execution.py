# Generated from spec/volteras.yaml by `make generate`. Do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command import Command
from ..models.command_status import CommandStatus
from ..models.failed_reason import FailedReason
from ..types import UNSET, FieldError, Unset, WireField, as_object, parse_datetime

_new = object.__new__
_Command_get = Command._get
_CommandStatus_get = CommandStatus._get
_FailedReason_get = FailedReason._get
_FIELDS: frozenset[str] = frozenset(
    {
        "vehicleId",
        "command",
        "id",
        "commandArguments",
        "timeout",
        "executedAt",
        "status",
        "failedReason",
    }
)

T = TypeVar("T", bound="CommandExecution")


@_attrs_define(kw_only=True)
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
    _wire_fields: ClassVar[Mapping[str, WireField]]
    """Each field by its wire name, for the SDK's listing-filter check; set after the module's imports."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object this model stands for: the fields set (a required one even when None), then extra fields."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["vehicleId"] = self.vehicle_id
        field_dict["command"] = self.command.value if isinstance(self.command, Command) else self.command
        if self.id is not None:
            field_dict["id"] = self.id
        if self.command_arguments is not None:
            field_dict["commandArguments"] = (
                self.command_arguments.to_dict()
                if isinstance(self.command_arguments, CommandArguments)
                else self.command_arguments
            )
        if self.timeout is not None:
            field_dict["timeout"] = self.timeout
        if self.executed_at is not None:
            field_dict["executedAt"] = (
                self.executed_at.isoformat().replace("+00:00", "Z")
                if isinstance(self.executed_at, datetime.datetime)
                else self.executed_at
            )
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
        vehicle_id = _d["vehicleId"]
        if vehicle_id.__class__ is not str and not isinstance(vehicle_id, str):
            raise FieldError.of("vehicle_id", vehicle_id)

        command = _d["command"]
        if command.__class__ is not str and not isinstance(command, str):
            raise FieldError.of("command", command)
        command = _Command_get(command, command)

        id = _d.get("id")
        if id.__class__ is not str and id is not None and not isinstance(id, str):
            raise FieldError.of("id", id)

        command_arguments = _d.get("commandArguments")
        if command_arguments is not None:
            try:
                command_arguments = _CommandArguments_from_dict(command_arguments)
            except FieldError as _error:
                raise _error.within("command_arguments") from None

        timeout = _d.get("timeout")
        if (
            timeout.__class__ is not int
            and timeout is not None
            and (not isinstance(timeout, int) or timeout.__class__ is bool)
        ):
            raise FieldError.of("timeout", timeout)

        executed_at = _d.get("executedAt")
        if executed_at is not None:
            if executed_at.__class__ is not str and not isinstance(executed_at, str):
                raise FieldError.of("executed_at", executed_at)
            try:
                executed_at = parse_datetime(executed_at)
            except ValueError:
                raise FieldError.of("executed_at", executed_at, "is not an ISO 8601 date-time") from None

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
        if cls is CommandExecution:  # attrs' __init__ would only assign the same values, slower
            _self = _new(cls)
            _self.vehicle_id = vehicle_id
            _self.command = command
            _self.id = id
            _self.command_arguments = command_arguments
            _self.timeout = timeout
            _self.executed_at = executed_at
            _self.status = status
            _self.failed_reason = failed_reason
        else:  # a subclass's own __init__ runs
            _self = cls(
                vehicle_id=vehicle_id,
                command=command,
                id=id,
                command_arguments=command_arguments,
                timeout=timeout,
                executed_at=executed_at,
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


# After the class, so models that hold each other load in either order.
from ..models.command_arguments import CommandArguments  # noqa: E402

_CommandArguments_from_dict = CommandArguments.from_dict
CommandExecution._wire_fields = {
    "vehicleId": WireField("vehicle_id", "plain"),
    "command": WireField("command", "plain"),
    "id": WireField("id", "plain"),
    "commandArguments": WireField("command_arguments", "model", CommandArguments),
    "timeout": WireField("timeout", "plain"),
    "executedAt": WireField("executed_at", "plain"),
    "status": WireField("status", "plain"),
    "failedReason": WireField("failed_reason", "plain"),
}

# Generated from spec/volteras.yaml (sha256 f72110d8407073058755ff8163f98c957621a05567739430decdc7288e2e41cf) by `make generate`. Do not edit.
"""Every model generated from the spec; a model's module is imported when first asked for."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command import Command
    from .command_arguments import CommandArguments
    from .command_execution import CommandExecution
    from .command_execution_page import CommandExecutionPage
    from .command_status import CommandStatus
    from .error_response import ErrorResponse
    from .error_response_data_type_0 import ErrorResponseDataType0
    from .failed_reason import FailedReason
    from .set_charge_limit_body import SetChargeLimitBody
    from .set_temperature_body import SetTemperatureBody
    from .token import Token
    from .token_info import TokenInfo
    from .token_request import TokenRequest

_MODULES = {
    "Command": ".command",
    "CommandArguments": ".command_arguments",
    "CommandExecution": ".command_execution",
    "CommandExecutionPage": ".command_execution_page",
    "CommandStatus": ".command_status",
    "ErrorResponse": ".error_response",
    "ErrorResponseDataType0": ".error_response_data_type_0",
    "FailedReason": ".failed_reason",
    "SetChargeLimitBody": ".set_charge_limit_body",
    "SetTemperatureBody": ".set_temperature_body",
    "Token": ".token",
    "TokenInfo": ".token_info",
    "TokenRequest": ".token_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Command",
    "CommandArguments",
    "CommandExecution",
    "CommandExecutionPage",
    "CommandStatus",
    "ErrorResponse",
    "ErrorResponseDataType0",
    "FailedReason",
    "SetChargeLimitBody",
    "SetTemperatureBody",
    "Token",
    "TokenInfo",
    "TokenRequest",
)

# Generated from spec/volteras.yaml (sha256 e761d784c456fee9bc75a95f3845ffee3c7e196784165f0522f647df321545bb) by `make generate`. Do not edit.
"""Contains all the data models used in inputs/outputs"""

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

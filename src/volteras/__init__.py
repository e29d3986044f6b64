"""Python client for the Volteras Connect API."""

from volteras_openapi.models import Command, CommandExecution, CommandStatus, FailedReason

__all__ = ["Command", "CommandExecution", "CommandStatus", "FailedReason"]

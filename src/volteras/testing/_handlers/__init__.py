"""One module per resource; importing this package registers every operation's handler."""

from . import accounts, auth, commands, connections, rate_limits, tags, telemetry, vehicles

__all__ = ["accounts", "auth", "commands", "connections", "rate_limits", "tags", "telemetry", "vehicles"]

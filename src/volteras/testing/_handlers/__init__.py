"""One module per resource; importing this package registers every stateful handler by operationId.

An operation of the spec without one here is still served, from its schema (``_generic``).
"""

from . import accounts, auth, commands, connections, rate_limits, tags, telemetry, vehicles

__all__ = ["accounts", "auth", "commands", "connections", "rate_limits", "tags", "telemetry", "vehicles"]

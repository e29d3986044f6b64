"""`import volteras` stays light: what only some callers need is imported when first used.

`make bench` measures the time (import_ratio); this pins the cause found there, so a new eager
import of the same modules shows up here first.
"""

from __future__ import annotations

import subprocess
import sys

# dateutil.parser alone (for datetime arguments given as strings) pulled in the first six; the
# webhook receiver the rest.
DEFERRED = (
    *("dateutil.parser", "dateutil.tz", "zoneinfo", "decimal", "ctypes", "sysconfig"),
    *("volteras._webhooks", "volteras_openapi.models.device_telemetry", "hmac"),
)


def test_import_leaves_string_datetime_parsing_for_first_use() -> None:
    """A fresh `import volteras` loads no date-string parser (nor webhook code); a string datetime argument does."""
    code = (
        "import sys, volteras\n"
        f"print(sorted(m for m in {DEFERRED!r} if m in sys.modules))\n"
        "from volteras._resource import as_datetime\n"
        "as_datetime('since', '2026-11-24T10:00:00Z')\n"
        "print('dateutil.parser' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]", "True"]


def test_import_leaves_the_webhook_receiver_for_first_use() -> None:
    """`import volteras` does not load the webhook receiver; `volteras.Webhooks` and the event models do."""
    code = (
        "import sys, volteras\n"
        "print('volteras._webhooks' in sys.modules)\n"
        "from volteras import CommandUpdated, WebhookEvent, Webhooks\n"
        "print(Webhooks.__module__, WebhookEvent.__module__, CommandUpdated.__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["False", "volteras._webhooks volteras._webhooks CommandUpdated"]

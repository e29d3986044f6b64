"""`import volteras` stays light: what only some callers need is imported when first used.

`make bench` measures the time (import_ratio); this pins the cause found there, so a new eager
import of the same modules shows up here first.
"""

from __future__ import annotations

import subprocess
import sys

# Each was once imported by `import volteras` and measured: dateutil's parser (~11 ms with the
# zoneinfo, decimal and ctypes it pulls in) and the webhook receiver (~10 ms).
NOT_AT_IMPORT = (
    *("dateutil.parser", "dateutil.tz", "zoneinfo", "decimal", "ctypes", "sysconfig"),
    *("volteras._webhooks", "volteras._generated.models.device_telemetry", "hmac"),
)


def test_import_loads_none_of_the_costly_modules() -> None:
    """A fresh `import volteras` loads no date-string parser and no webhook code of its own.

    What `import httpx` loads by itself is left out: with `rich` and `click` installed (dev tools
    bring them), httpx imports its command line, and `decimal` with it.
    """
    code = (
        "import sys, httpx\nbaseline = set(sys.modules)\nimport volteras\n"
        f"print(sorted(m for m in {NOT_AT_IMPORT!r} if m in sys.modules and m not in baseline))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]"]


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

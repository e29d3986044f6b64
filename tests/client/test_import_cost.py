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
    "msgspec",  # the JSON decoder (~5 ms), imported with the first answer
)


def test_import_loads_none_of_the_costly_modules() -> None:
    """A fresh `import volteras` loads no date-string parser and no webhook code beyond what httpx loads.

    httpx itself loads its command line (rich, and with it decimal) when click and rich are
    installed, as they are in the dev venv (datamodel-code-generator needs them); that is not ours.
    """
    code = (
        "import sys, httpx\n"
        "before = set(sys.modules)\n"
        "import volteras\n"
        f"print(sorted(m for m in {NOT_AT_IMPORT!r} if m in sys.modules and m not in before))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]"]


def test_import_leaves_the_webhook_receiver_for_first_use() -> None:
    """`import volteras` does not load the webhook receiver; `volteras.Webhooks` and the event models do."""
    code = (
        "import sys, volteras\n"
        "print(sorted(m for m in sys.modules if m.startswith('volteras._webhook')))\n"
        "from volteras import CommandUpdated, WebhookEvent, Webhooks\n"
        "print(Webhooks.__module__, WebhookEvent.__module__, CommandUpdated.__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]", "volteras._webhooks volteras._webhook_events CommandUpdated"]


def test_a_callers_http_client_without_httpcore_does_not_load_it() -> None:
    """A client on a caller's http client whose transport is not httpx's (a MockTransport, say) leaves
    httpcore and the pool deadline unloaded; a client making its own pool loads both."""
    code = (
        "import sys, httpx, volteras\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))\n"
        "volteras.Volteras('id', 'secret', base_url='https://api.example.com', http_client=http)\n"
        "print(sorted(m for m in ('httpcore', 'volteras._pool_deadline') if m in sys.modules))\n"
        "volteras.Volteras('id', 'secret', base_url='https://api.example.com')\n"
        "print(sorted(m for m in ('httpcore', 'volteras._pool_deadline') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines() == ["[]", "['httpcore', 'volteras._pool_deadline']"]

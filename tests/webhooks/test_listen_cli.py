"""`volteras webhooks listen`: a local receiver that verifies deliveries and prints them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import httpx
import pytest

from volteras._cli import main

from .helpers import COMMAND_BODY, SECRET, svix_headers


def test_listen_prints_verified_events_as_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """The listener refuses a forged delivery with 400, prints a verified one as a JSON line, then exits 0."""
    monkeypatch.delenv("VOLTERAS_CLIENT_ID", raising=False)
    command = [sys.executable, "-m", "volteras", "webhooks", "listen", "--port", "0", "--secret", SECRET]
    with subprocess.Popen(
        [*command, "--json", "--max-events", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stderr is not None and process.stdout is not None
            ready = process.stderr.readline()
            assert ready.startswith("listening on http://127.0.0.1:"), ready
            url = ready.split()[-1]
            headers = svix_headers(COMMAND_BODY, timestamp=int(time.time()))
            forged = httpx.post(url, content=COMMAND_BODY.replace(b"EXECUTED", b"FAILED"), headers=headers)
            accepted = httpx.post(url, content=COMMAND_BODY, headers=headers)
            assert (forged.status_code, accepted.status_code) == (400, 204)
            line = process.stdout.readline()
            assert process.wait(timeout=10) == 0
        finally:
            process.kill()
        refused = process.stderr.read()
    event = json.loads(line)
    assert event["type"] == "command.updated"
    assert event["webhook_id"] == "msg_1"
    assert event["data"]["status"] == "EXECUTED"
    assert "no_matching_signature" in refused
    assert SECRET not in refused


def test_listen_without_secret_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --secret or VOLTERAS_WEBHOOK_SECRET the listener exits 2 naming the variable."""
    monkeypatch.delenv("VOLTERAS_WEBHOOK_SECRET", raising=False)
    err = io.StringIO()
    assert main(["webhooks", "listen", "--port", "0"], out=io.StringIO(), err=err) == 2
    assert "VOLTERAS_WEBHOOK_SECRET" in err.getvalue()

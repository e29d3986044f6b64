"""`volteras webhooks listen`: a local receiver that verifies deliveries and prints them."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from volteras import Webhooks
from volteras._cli import main
from volteras._webhook_listener import Listener, listen

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
    assert main(["webhooks", "listen", "--port", "0"], stdout=io.StringIO(), stderr=err) == 2
    assert "VOLTERAS_WEBHOOK_SECRET" in err.getvalue()


def test_listen_answers_while_an_idle_connection_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """An open connection that sends nothing (and one stalled mid-headers) does not stop a delivery being answered."""
    monkeypatch.delenv("VOLTERAS_CLIENT_ID", raising=False)
    command = [sys.executable, "-m", "volteras", "webhooks", "listen", "--port", "0", "--secret", SECRET]
    with subprocess.Popen(
        [*command, "--json", "--max-events", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stderr is not None and process.stdout is not None
            url = process.stderr.readline().split()[-1]
            port = int(url.rsplit(":", 1)[1])
            with (
                socket.create_connection(("127.0.0.1", port), timeout=5),
                socket.create_connection(("127.0.0.1", port), timeout=5) as stalled,
            ):
                stalled.sendall(b"POST / HTTP/1.1\r\nContent-Length: 10\r\n")  # and never the rest
                now = int(time.time())
                answers = [
                    httpx.post(
                        url,
                        content=COMMAND_BODY,
                        headers=svix_headers(webhook_id=f"msg_{n}", timestamp=now),
                        timeout=5,
                    )
                    for n in (1, 2)
                ]
                lines = [process.stdout.readline() for _ in answers]
                assert process.wait(timeout=10) == 0
        finally:
            process.kill()
    assert [answer.status_code for answer in answers] == [204, 204]
    assert [json.loads(line)["webhook_id"] for line in lines] == ["msg_1", "msg_2"]


def test_an_idle_connection_is_dropped_after_the_read_timeout() -> None:
    """Each connection has its own read timeout: one that sends nothing is closed once it passes."""
    listener = Listener(Webhooks(SECRET), out=io.StringIO(), err=io.StringIO(), max_events=1)
    ready: list[str] = []
    thread = threading.Thread(
        target=listen, args=(listener, "127.0.0.1", 0), kwargs={"ready": ready.append, "read_timeout": 0.5}
    )
    thread.start()
    for _ in range(100):  # at most 5 s to start
        if ready:
            break
        time.sleep(0.05)
    port = int(ready[0].rsplit(":", 1)[1])
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as idle:
            started = time.monotonic()
            assert idle.recv(1) == b""  # closed by the server, not by our 5 s timeout
            assert time.monotonic() - started < 3.0
    finally:
        headers = svix_headers(timestamp=int(time.time()))
        assert httpx.post(ready[0], content=COMMAND_BODY, headers=headers, timeout=5).status_code == 204
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_listen_help_shows_only_the_options_that_apply() -> None:
    """`webhooks listen --help` has no --sandbox, --base-url or --debug, and says --json is NDJSON; --sandbox is refused."""
    out = io.StringIO()
    assert main(["webhooks", "listen", "--help"], stdout=out, stderr=io.StringIO()) == 0
    shown = out.getvalue()
    assert "--sandbox" not in shown and "--base-url" not in shown and "--debug" not in shown
    assert "NDJSON" in shown
    err = io.StringIO()
    assert (
        main(
            ["--sandbox", "webhooks", "listen", "--port", "0", "--secret", SECRET],
            stdout=io.StringIO(),
            stderr=err,
        )
        == 2
    )
    assert "do not apply" in err.getvalue()


def test_listen_ends_with_141_when_its_reader_goes_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """`volteras webhooks listen --json | head -1`: the next event is answered 503 (Svix retries it) and the run exits 141."""
    monkeypatch.delenv("VOLTERAS_CLIENT_ID", raising=False)
    command = [
        sys.executable,
        "-m",
        "volteras",
        "webhooks",
        "listen",
        "--port",
        "0",
        "--secret",
        SECRET,
        "--json",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        try:
            assert process.stderr is not None and process.stdout is not None
            url = process.stderr.readline().split()[-1].decode()
            now = int(time.time())
            first = httpx.post(url, content=COMMAND_BODY, headers=svix_headers(timestamp=now), timeout=5)
            assert json.loads(process.stdout.readline())["webhook_id"] == "msg_1"
            process.stdout.close()
            second = httpx.post(
                url, content=COMMAND_BODY, headers=svix_headers(webhook_id="msg_2", timestamp=now), timeout=5
            )
            assert process.wait(timeout=10) == 141
            err = process.stderr.read()
        finally:
            process.kill()
    assert (first.status_code, second.status_code) == (204, 503)
    assert b"Traceback" not in err


def _serve(listener: Listener, **kwargs: float) -> tuple[threading.Thread, str]:
    """`listen` in a thread; its URL once it listens."""
    ready: list[str] = []
    thread = threading.Thread(
        target=listen, args=(listener, "127.0.0.1", 0), kwargs={"ready": ready.append, **kwargs}
    )
    thread.start()
    for _ in range(100):  # at most 5 s to start
        if ready:
            break
        time.sleep(0.05)
    return thread, ready[0]


def _handler_threads() -> int:
    return sum("process_request_thread" in thread.name for thread in threading.enumerate())


def test_connections_past_the_cap_get_503_and_no_thread() -> None:
    """With every slot held by an idle connection, more connections are answered 503 at once; threads stay bounded."""
    listener = Listener(Webhooks(SECRET), out=io.StringIO(), err=io.StringIO(), max_events=1)
    before = _handler_threads()
    thread, url = _serve(listener, read_timeout=30.0, max_connections=2)
    port = int(url.rsplit(":", 1)[1])
    headers = svix_headers(timestamp=int(time.time()))
    try:
        idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(2)]
        busy = [httpx.post(url, content=COMMAND_BODY, headers=headers, timeout=5) for _ in range(10)]
        assert [answer.status_code for answer in busy] == [503] * 10
        assert _handler_threads() - before <= 2
        for connection in idle:
            connection.close()
        statuses = []
        for _ in range(100):  # the freed slots come back as their threads see the close
            statuses.append(httpx.post(url, content=COMMAND_BODY, headers=headers, timeout=5).status_code)
            if statuses[-1] != 503:
                break
            time.sleep(0.05)
        assert statuses[-1] == 204
    finally:
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_a_body_that_stalls_is_dropped_quietly_after_the_read_timeout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A delivery whose body stops arriving is closed once a read waits past the timeout, with no traceback."""
    err = io.StringIO()
    listener = Listener(Webhooks(SECRET), out=io.StringIO(), err=err, max_events=1)
    thread, url = _serve(listener, read_timeout=0.3)
    port = int(url.rsplit(":", 1)[1])
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as stalled:
            stalled.sendall(b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a"')
            assert stalled.recv(1) == b""  # closed by the server, not by our 5 s timeout
    finally:
        headers = svix_headers(timestamp=int(time.time()))
        assert httpx.post(url, content=COMMAND_BODY, headers=headers, timeout=5).status_code == 204
        thread.join(timeout=10)
    assert "Traceback" not in capsys.readouterr().err + err.getvalue()

"""The client secret and every token the API issued never show up in logs, reprs, exceptions or CLI output.

Each public call is made, sync and async, against `sim.serve()` (real HTTP on loopback), in
success and in failure, with every logger at DEBUG. The tokens to look for are read from the
simulator's own token table after the calls, so any token the SDK ever held is covered.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import pickle
import re
import socket
import subprocess
import sys
import time
import traceback
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

import volteras
from tests.spec_facts import path_of
from volteras import AsyncPager, AsyncVolteras, RawResponse, Volteras
from volteras.testing import (
    Delay,
    DropConnection,
    ExpireToken,
    HtmlError,
    MalformedJson,
    ServerFault,
    Simulator,
    TruncatedJson,
)

from .conftest import (
    TOKEN_PATH,
    VALID_EXECUTION,
    VALID_TOKEN,
    VALID_TOKEN_INFO,
    Answer,
    Loopback,
    Seen,
    server,
    sync_client,
)

CLIENT_ID = "hostile-client"
SECRET = "hostile-S3cret-" + uuid.uuid4().hex
WRONG_SECRET = "wrong-S3cret-" + uuid.uuid4().hex
FAILED_REASON = "OEM_VEHICLE_OFFLINE"
LOGGERS = ("", "httpx", "httpcore", "volteras", "volteras.testing")


@pytest.fixture
def sim() -> Simulator:
    simulator = Simulator()
    simulator.add_client(CLIENT_ID, SECRET)
    simulator.add_vehicle("veh_1", latency=0)
    simulator.add_vehicle("veh_2", latency=0)
    simulator.add_vehicle("veh_slow", latency=0.05)
    simulator.add_vehicle("veh_fail", latency=0.05, outcome=FAILED_REASON)
    simulator.add_vehicle("veh_silent", latency=None)
    return simulator


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)
    return caplog


def issued_tokens(sim: Simulator) -> set[str]:
    """Every access and refresh token the simulator ever issued (read from its token tables)."""
    with sim._lock:
        return set(sim._state._tokens) | set(sim._state._refresh_tokens)


def secrets_of(sim: Simulator) -> set[str]:
    """Everything that must never be shown: secrets, their Basic encodings, every issued token."""
    basics = {
        base64.b64encode(f"{CLIENT_ID}:{secret}".encode()).decode() for secret in (SECRET, WRONG_SECRET)
    }
    found = {SECRET, WRONG_SECRET, *basics, *issued_tokens(sim)}
    assert all(len(value) >= 16 for value in found)
    return found


def kept_http_texts(exc: BaseException) -> list[str]:
    """Everything in the request/response an exception keeps: headers, bodies, and their pickles."""
    texts: list[str] = []
    for kept in (getattr(exc, "response", None), getattr(exc, "request", None)):
        if kept is None:
            continue
        texts.append(pickle.dumps(kept).decode("latin-1"))
        if isinstance(kept, httpx.Response):
            texts += [repr(kept.headers.raw), kept.content.decode("latin-1")]
            kept = kept.request
        texts += [str(kept.url), repr(kept.headers.raw), bytes(kept.read()).decode("latin-1")]
    return texts


def held_request_texts(exc: BaseException) -> list[str]:
    """URL and headers of the request an exception holds: an httpx error keeps the one it failed on."""
    try:
        held = getattr(exc, "request", None)
    except RuntimeError:  # an httpx error made without a request
        return []
    if not isinstance(held, httpx.Request):
        return []
    return [str(held.url), repr(held.headers.raw)]


def exception_texts(exc: BaseException) -> list[str]:
    """str/repr of an exception, its traceback, its pickle, the HTTP exchange it keeps, its cause chain."""
    texts: list[str] = ["".join(traceback.format_exception(exc))]
    texts += [pickle.dumps(exc).decode("latin-1"), *kept_http_texts(exc)]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args)]
        for attribute in ("body", "message", "reason", "excerpt", "execution", "code", "request_id"):
            if hasattr(current, attribute):
                texts.append(repr(getattr(current, attribute)))
        texts += held_request_texts(current)
        if current.__cause__ is not None:
            texts += [str(current.__cause__), repr(current.__cause__)]
        if current.__context__ is not None:
            texts += [str(current.__context__), repr(current.__context__)]
        current = current.__cause__ or current.__context__
    return texts


def outcome_texts(outcome: object) -> list[str]:
    if isinstance(outcome, BaseException):
        return exception_texts(outcome)
    texts = [repr(outcome), str(outcome)]
    if isinstance(outcome, RawResponse):
        texts += [repr(outcome.headers), repr(outcome.parse()), str(outcome.request_id)]
    return texts


def client_texts(client: Volteras | AsyncVolteras) -> list[str]:
    return [
        repr(client),
        str(client),
        repr(vars(client)),
        repr(client._auth),
        str(client._auth),
        repr(vars(client._auth)),
        repr(client._auth._token),
        repr(vars(client.commands)),
        repr(vars(client.tokens)),
        repr(vars(client.tokens.with_raw_response)),
    ]


def assert_nothing_leaks(texts: list[str], secrets: set[str]) -> None:
    for secret in secrets:
        for text in texts:
            assert secret not in text, f"secret {secret[:6]}... leaked in: {text[:300]!r}"


# ---- one scenario list, driven sync or async -------------------------------------------------


class Driver:
    """Runs the same scenario code on `Volteras` or `AsyncVolteras`."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.loop = asyncio.new_event_loop()
        self.clients: list[Volteras | AsyncVolteras] = []

    def client(self, base_url: str, secret: str = SECRET, **kwargs: Any) -> Any:
        made: Volteras | AsyncVolteras
        if self.mode == "sync":
            made = Volteras(CLIENT_ID, secret, base_url=base_url, **kwargs)
        else:
            made = AsyncVolteras(CLIENT_ID, secret, base_url=base_url, **kwargs)
        self.clients.append(made)
        return made

    def run(self, value: Any) -> Any:
        if isinstance(value, Awaitable):
            return self.loop.run_until_complete(_await(value))
        return value

    def drain(self, pager: Any) -> list[Any]:
        if isinstance(pager, AsyncPager):
            return self.loop.run_until_complete(_collect(pager))
        return list(pager)

    def close(self) -> None:
        for client in self.clients:
            if isinstance(client, Volteras):
                client.close()
            else:
                self.loop.run_until_complete(client.aclose())
        self.loop.close()


async def _await(value: Awaitable[Any]) -> Any:
    return await value


async def _collect(pager: AsyncPager[Any]) -> list[Any]:
    return [item async for item in pager]


def scenarios(d: Driver, sim: Simulator, base_url: str) -> list[tuple[str, Callable[[], Any]]]:
    """Every public call, in success and failure."""
    ok = d.client(base_url, max_retries=1)
    fast_timeout = d.client(base_url, timeout=0.2, max_retries=0)
    expiring = d.client(base_url)
    wrong = d.client(base_url, secret=WRONG_SECRET)
    login_refused = d.client(base_url)
    get_path = re.escape(path_of("list_command_executions", vehicle_id="veh_1")) + "/.*"  # any one of them

    def post_then_wait() -> Any:
        execution = d.run(ok.commands.close_charge_port("veh_slow"))
        return d.run(ok.commands.wait(execution, poll_interval=0.05))

    def failed_with_raise() -> Any:
        execution = d.run(ok.commands.open_charge_port("veh_fail"))
        return d.run(ok.commands.wait(execution, poll_interval=0.05, raise_on_failure=True))

    def wait_timeout() -> Any:
        execution = d.run(ok.commands.lock_doors("veh_silent"))
        return d.run(ok.commands.wait(execution, wait_timeout=0.05, poll_interval=0.05))

    def inject_then(fault: Any, path: str, call: Callable[[], Any], count: int = 1) -> Callable[[], Any]:
        def run() -> Any:
            sim.inject(fault, path=path, count=count)
            try:
                return call()
            finally:
                sim.clear_faults()

        return run

    def raw_get() -> Any:
        raw = d.run(ok.commands.with_raw_response.close_charge_port("veh_2"))
        return [raw, d.run(ok.commands.with_raw_response.get("veh_2", raw.parse().id))]

    return [
        ("tokens.test", lambda: d.run(ok.tokens.test())),
        ("tokens raw", lambda: d.run(ok.tokens.with_raw_response.test())),
        ("command", lambda: d.run(ok.commands.unlock_doors("veh_1"))),
        ("command wait=True", lambda: d.run(ok.commands.climate_on("veh_1", wait=True))),
        ("post then wait", post_then_wait),
        ("set_charge_limit", lambda: d.run(ok.commands.set_charge_limit("veh_1", 80))),
        ("FAILED raise_on_failure", failed_with_raise),
        ("wait timeout", wait_timeout),
        ("list", lambda: d.drain(ok.commands.list("veh_1", page_size=1))),
        (
            "list filtered",
            lambda: d.drain(
                ok.commands.list("veh_1", filter={"field": "status", "operator": "==", "value": "FAILED"})
            ),
        ),
        ("list bad filter", lambda: d.drain(ok.commands.list("veh_1", filter="{not json"))),
        ("raw command + get", raw_get),
        ("not found vehicle", lambda: d.run(ok.commands.close_charge_port("veh_nope"))),
        ("not found execution", lambda: d.run(ok.commands.get("veh_1", "cmd_nope"))),
        ("not found list", lambda: d.drain(ok.commands.list("veh_nope"))),
        (
            "500 on POST",
            inject_then(ServerFault(500), r".*:lock-doors", lambda: d.run(ok.commands.lock_doors("veh_2"))),
        ),
        (
            "500 on GET",
            inject_then(ServerFault(500), get_path, lambda: d.run(ok.commands.get("veh_1", "cmd_x")), 5),
        ),
        (
            "502 html",
            inject_then(HtmlError(502), get_path, lambda: d.run(ok.commands.get("veh_1", "cmd_x")), 5),
        ),
        (
            "malformed",
            inject_then(MalformedJson(), get_path, lambda: d.run(ok.commands.get("veh_1", "cmd_x"))),
        ),
        (
            "truncated test-token",
            inject_then(TruncatedJson(), ".*test-token", lambda: d.run(ok.tokens.test())),
        ),
        (
            "dropped",
            inject_then(DropConnection(), get_path, lambda: d.run(ok.commands.get("veh_1", "cmd_x")), 5),
        ),
        (
            "timeout",
            inject_then(
                Delay(seconds=0.6), get_path, lambda: d.run(fast_timeout.commands.get("veh_1", "cmd_x"))
            ),
        ),
        ("warm up", lambda: d.run(expiring.tokens.test())),
        (
            "early token expiry",
            inject_then(ExpireToken(), ".*test-token", lambda: d.run(expiring.tokens.test())),
        ),
        (
            "expiry twice",
            inject_then(ExpireToken(), ".*test-token", lambda: d.run(expiring.tokens.test()), 2),
        ),
        ("wrong secret", lambda: d.run(wrong.tokens.test())),
        ("wrong secret command", lambda: d.run(wrong.commands.close_charge_port("veh_1"))),
        (
            "login refused",
            inject_then(ExpireToken(), path_of("create_token"), lambda: d.run(login_refused.tokens.test())),
        ),
        ("raw with wait", lambda: d.run(ok.commands.with_raw_response.close_charge_port("veh_1", wait=True))),
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_secret_in_logs_reprs_or_exceptions(
    mode: str, sim: Simulator, base_url: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Across every public call, in success and failure, no secret or issued token is logged, repr'd or raised."""
    driver = Driver(mode)
    outcomes: dict[str, object] = {}
    try:
        for name, call in scenarios(driver, sim, base_url):
            try:
                outcomes[name] = call()
            except Exception as exc:
                outcomes[name] = exc
        texts = [debug_logs.text, *(r.getMessage() for r in debug_logs.records)]
        for outcome in outcomes.values():
            items = outcome if isinstance(outcome, list) else [outcome]
            for item in items:
                texts += outcome_texts(item)
        for client in driver.clients:
            texts += client_texts(client)
    finally:
        driver.close()

    # The harness really exercised what it claims to.
    kinds = {name: type(outcome).__name__ for name, outcome in outcomes.items()}
    assert kinds["tokens.test"] == "TokenInfo"
    assert kinds["tokens raw"] == "RawResponse"
    assert kinds["raw command + get"] == "list"
    assert kinds["FAILED raise_on_failure"] == "CommandFailedError"
    assert kinds["wait timeout"] == "CommandTimeoutError"
    assert kinds["not found execution"] == "NotFoundError"
    assert kinds["500 on POST"] == "ServerError"
    assert kinds["timeout"] == "APITimeoutError"
    assert kinds["dropped"] == "APIConnectionError"
    assert kinds["malformed"] == "ResponseValidationError"
    assert kinds["early token expiry"] == "TokenInfo"  # renewed with the refresh token and replayed
    assert kinds["expiry twice"] == "AuthenticationError"
    assert any(b"grant_type=refresh_token" in r.body for r in sim.token_requests)
    assert kinds["wrong secret"] == "AuthenticationError"
    assert kinds["login refused"] == "AuthenticationError"
    assert kinds["raw with wait"] == "TypeError"
    assert isinstance(outcomes["list"], list) and len(outcomes["list"]) >= 2
    assert any(r.name == "volteras" for r in debug_logs.records), "volteras DEBUG lines were not captured"
    assert any(r.name.startswith("httpcore") for r in debug_logs.records), "httpcore DEBUG not captured"
    secrets = secrets_of(sim)
    assert len(issued_tokens(sim)) >= 6  # initial + renewed tokens, access and refresh, several clients
    assert_nothing_leaks(texts, secrets)


# ---- the CLI -----------------------------------------------------------------------------------


def _cli(base_url: str, *args: str, secret: str = SECRET) -> subprocess.CompletedProcess[str]:
    return _clis(base_url, [(*args, secret)])[0]


def _clis(base_url: str, runs: list[tuple[str, ...]]) -> list[subprocess.CompletedProcess[str]]:
    """Each run (its arguments, then the secret) as `python -m volteras` in its own process, all
    at once: a real process prints what an uncaught error or a late log line would."""
    started: list[tuple[list[str], subprocess.Popen[str]]] = []
    finished = []
    try:
        for *args, secret in runs:
            env = {k: v for k, v in os.environ.items() if not k.startswith("VOLTERAS_")}
            env.update(VOLTERAS_CLIENT_ID=CLIENT_ID, VOLTERAS_CLIENT_SECRET=secret)
            command = [sys.executable, "-m", "volteras", "--base-url", base_url, *args]
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            started.append((command, process))
        for command, process in started:
            stdout, stderr = process.communicate(timeout=30)
            finished.append(subprocess.CompletedProcess(command, process.returncode, stdout, stderr))
    finally:
        # every process, not only the one that hung: a failed start or a timeout leaves no orphan
        for _, process in started:
            process.kill()
            process.wait()
    return finished


@pytest.mark.parametrize("logging_flags", [[], ["--debug"]], ids=["quiet", "debug"])
def test_cli_prints_no_secret(sim: Simulator, base_url: str, logging_flags: list[str]) -> None:
    """The CLI's stdout/stderr never contain the secret or an issued token, in success or failure,
    with or without --debug (DEBUG logs from volteras, httpx and httpcore on stderr)."""
    runs = _clis(
        base_url,
        [
            (*logging_flags, *args)
            for args in [
                ("token", "test", SECRET),
                ("--json", "token", "test", SECRET),
                ("commands", "close-charge-port", "veh_slow", "--wait", SECRET),
                ("--json", "commands", "open-charge-port", "veh_fail", "--wait", SECRET),
                ("--json", "commands", "list", "veh_slow", SECRET),
                ("commands", "get", "veh_1", "cmd_nope", SECRET),
                ("token", "test", WRONG_SECRET),
                ("--json", "token", "test", WRONG_SECRET),
            ]
        ],
    )
    assert [run.returncode for run in runs] == [0, 0, 0, 1, 0, 3, 3, 3]
    assert "AUTHENTICATION_ERROR" in runs[6].stderr
    if logging_flags:
        assert all("volteras DEBUG" in run.stderr and "httpcore" in run.stderr for run in runs)
    assert_nothing_leaks([run.stdout + run.stderr for run in runs], secrets_of(sim))


# ---- bugs found ----------------------------------------------------------------------------------


def test_truncated_token_response_does_not_leak_tokens(sim: Simulator, base_url: str) -> None:
    """A truncated 200 from the token endpoint raises ResponseValidationError without quoting the issued token."""
    sim.inject(TruncatedJson(), path=path_of("create_token"))
    with (
        Volteras(CLIENT_ID, SECRET, base_url=base_url) as client,
        pytest.raises(volteras.ResponseValidationError) as caught,
    ):
        client.tokens.test()
    assert_nothing_leaks(exception_texts(caught.value), secrets_of(sim))


def test_cli_truncated_token_response_does_not_leak_tokens(sim: Simulator, base_url: str) -> None:
    """With a truncated token response the CLI exits 3 without printing the issued token."""
    sim.inject(TruncatedJson(), path=path_of("create_token"))
    run = _cli(base_url, "token", "test")
    assert run.returncode == 3
    assert_nothing_leaks([run.stdout + run.stderr], secrets_of(sim))


def test_mistyped_token_response_does_not_leak_tokens() -> None:
    """A token body with `"expires_in": "3600"` raises ResponseValidationError that quotes no token."""
    access, refresh = "at_" + uuid.uuid4().hex, "rt_" + uuid.uuid4().hex
    token = {**VALID_TOKEN, "access_token": access, "refresh_token": refresh, "expires_in": "3600"}
    client = sync_client(server(VALID_TOKEN_INFO, token))
    with pytest.raises(volteras.ResponseValidationError) as caught:
        client.tokens.test()
    assert_nothing_leaks(exception_texts(caught.value), {access, refresh})


def test_harness_detects_a_leak() -> None:
    """`assert_nothing_leaks` fails when a secret is present (guards the checks above)."""
    with pytest.raises(AssertionError):
        assert_nothing_leaks(["x " + SECRET], {SECRET})


def _chain(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_error_chain_holds_a_request_with_credentials(mode: str, loopback: Loopback) -> None:
    """Refused connections, timeouts, retries cut short and oversized answers raise chains without any httpx error or credential."""
    access = "at_" + uuid.uuid4().hex
    token = {**VALID_TOKEN, "access_token": access}
    closed = socket.create_server(("127.0.0.1", 0))
    refused_url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()

    def answer(seen: Seen) -> Answer:
        if seen.path == TOKEN_PATH:
            return 200, {}, token
        if seen.path.endswith(path_of("test_token")):
            return 503, {"retry-after": "5"}, {"error": "SERVER_ERROR", "message": "later"}
        if seen.method == "GET":
            time.sleep(0.3)
            return 200, {}, VALID_EXECUTION
        return 201, {}, {**VALID_EXECUTION, "padding": "x" * 5000}

    loopback.answer = answer
    driver = Driver(mode)
    caught: dict[str, BaseException] = {}
    calls: dict[str, Callable[[], Any]] = {
        "refused": lambda: driver.run(driver.client(refused_url, max_retries=0).tokens.test()),
        "timeout": lambda: driver.run(
            driver.client(loopback.base_url, timeout=0.1, max_retries=0).commands.get("veh_1", "cmd_1")
        ),
        "cut short": lambda: driver.run(driver.client(loopback.base_url, deadline=0.5).tokens.test()),
        "too large": lambda: driver.run(
            driver.client(loopback.base_url, max_response_bytes=1000).commands.lock_doors("veh_1")
        ),
    }
    try:  # the real backoff, which the deadline cuts short
        for name, call in calls.items():
            with pytest.raises(volteras.VolterasError) as raised:
                call()
            caught[name] = raised.value
    finally:
        driver.close()
    assert {name: type(exc).__name__ for name, exc in caught.items()} == {
        "refused": "APIConnectionError",
        "timeout": "APITimeoutError",
        "cut short": "APITimeoutError",
        "too large": "ResponseValidationError",
    }
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    for exc in caught.values():
        assert not [link for link in _chain(exc) if isinstance(link, httpx.HTTPError)]
        assert_nothing_leaks(exception_texts(exc), {access, SECRET, basic})

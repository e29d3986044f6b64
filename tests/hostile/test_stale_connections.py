"""A kept-alive connection the server closed while it sat idle in the pool is never sent a command.

Sent on such a connection, a command would meet the closed socket and end in APIConnectionError
(not retried: the SDK cannot know whether it was acted on). The pool has to notice the close
before it hands the connection out, by asking the connection's socket whether it is readable;
for the SDK's own async pool the answer comes from `_pool_deadline`'s stream.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from typing import Any

import pytest

from volteras import AsyncVolteras, Volteras
from volteras._pool_deadline import _polled, _selected

from .conftest import VALID_EXECUTION, Raw

COMMANDS = 3


def answer_then_hang_up(raw: Raw, conn: socket.socket) -> None:
    body = json.dumps(VALID_EXECUTION).encode()
    head = b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(body)
    raw.send(conn, head + body)  # no `connection: close`: the client keeps the connection for later
    conn.shutdown(socket.SHUT_RDWR)


def _next(raw: Raw) -> None:
    assert raw.done.wait(5), "the server never finished its answer"
    raw.done.clear()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_commands_after_the_server_closed_the_idle_connection_go_on_new_ones(raw: Raw, mode: str) -> None:
    """The server hangs up after each answer: every command still gets through, on a fresh connection."""
    raw.script = answer_then_hang_up
    statuses: list[Any] = []
    if mode == "sync":
        with Volteras("id", "secret", base_url=raw.base_url, max_retries=0) as client:
            for _ in range(COMMANDS):
                statuses.append(client.commands.close_charge_port("veh_1").status)
                _next(raw)
    else:

        async def main() -> None:
            async with AsyncVolteras("id", "secret", base_url=raw.base_url, max_retries=0) as client:
                for _ in range(COMMANDS):
                    statuses.append((await client.commands.close_charge_port("veh_1")).status)
                    _next(raw)

        asyncio.run(main())
    assert statuses == ["PENDING"] * COMMANDS


@pytest.mark.parametrize("has_input", [_polled, _selected], ids=["poll", "select (Windows)"])
def test_the_idle_check_sees_an_answer_or_a_hang_up(has_input: Callable[[int], bool]) -> None:
    """Either way of asking (poll, or select where there is no poll): an idle socket is not readable;
    one whose peer wrote, or hung up, is."""
    for peer_does in (lambda peer: peer.sendall(b"x"), lambda peer: peer.close()):
        ours, peer = socket.socketpair()
        with ours, peer:
            assert has_input(ours.fileno()) is False
            peer_does(peer)
            assert has_input(ours.fileno()) is True

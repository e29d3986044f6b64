"""A real HTTP/1.1 server on loopback, for tests that must go over a socket.

Two details matter for timing. Keep-alive is on, and each response leaves in
a single socket write with ``TCP_NODELAY`` set: writing the headers and the
body separately lets Nagle's algorithm and the peer's delayed ACK stall every
request by about 40 ms. And the server only ever binds loopback addresses.

On shutdown the server also closes the connections it still holds open, so
no keep-alive handler thread goes on answering after ``serve()`` has exited.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import sys
import threading
from collections.abc import Iterator
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import httpx

from ._wire import Reply, make_request

if TYPE_CHECKING:
    from ._simulator import Simulator

MAX_BODY = 16 * 1024 * 1024
"""The largest request body read, however it is framed (Content-Length or chunked)."""
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,8}")
_MAX_TRAILERS = 100


def _check_loopback(host: str) -> None:
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback and ipaddress.ip_address(host).version == 4:
            return
    except ValueError:
        pass
    raise ValueError(f"the simulator binds loopback IPv4 addresses only, not {host!r}")


class SimulatorHTTPServer(ThreadingHTTPServer):
    """Threaded server bound to one simulator; tracks live connections to close them."""

    daemon_threads = True
    request_queue_size = 512  # 200 clients connecting at once must not overflow the backlog

    def __init__(self, address: tuple[str, int], simulator: Simulator, *, verbose: bool = False) -> None:
        self.simulator = simulator
        self.verbose = verbose
        self.closing = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket, *, alive: bool) -> None:
        with self._connections_lock:
            if alive:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)
        if alive and self.closing.is_set():  # accepted while shutting down
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-answer is normal here; stay quiet unless verbose."""
        if self.verbose or not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "volteras-simulator"
    sys_version = ""
    server: SimulatorHTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, alive=True)

    def finish(self) -> None:
        self.server.track(self.connection, alive=False)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _read_body(self) -> bytes | HTTPStatus:
        """The request body, or the error status to answer: at most MAX_BODY bytes however framed."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_text = (self.headers.get("Content-Length") or "0").strip()
        if not length_text.isdigit():
            return HTTPStatus.BAD_REQUEST
        length = int(length_text)
        if length > MAX_BODY:
            return HTTPStatus.REQUEST_ENTITY_TOO_LARGE
        body = self.rfile.read(length) if length else b""
        return body if len(body) == length else HTTPStatus.BAD_REQUEST

    def _read_chunked(self) -> bytes | HTTPStatus:
        """One growing buffer, capped on the bytes read: a body of a million one-byte chunks costs
        its size, not a million bytes objects."""
        body = bytearray()
        while True:  # ends at the zero-size chunk, a malformed one, EOF, or past MAX_BODY
            size_text = self.rfile.readline(1024).split(b";")[0].strip()
            if not _CHUNK_SIZE.fullmatch(size_text):
                return HTTPStatus.BAD_REQUEST  # also "-1", which would read until the client hangs up
            size = int(size_text, 16)
            if size == 0:
                for _ in range(_MAX_TRAILERS):
                    if self.rfile.readline(1024) in (b"\r\n", b"\n", b""):
                        return bytes(body)
                return HTTPStatus.BAD_REQUEST
            if len(body) + size > MAX_BODY:
                return HTTPStatus.REQUEST_ENTITY_TOO_LARGE  # refused before reading it
            chunk = self.rfile.read(size)
            if len(chunk) < size or self.rfile.readline(1024) not in (b"\r\n", b"\n"):
                return HTTPStatus.BAD_REQUEST
            body += chunk

    def _serve(self) -> None:
        body = self._read_body()
        if isinstance(body, HTTPStatus):
            self.close_connection = True
            self.send_error(body, "Request body too large" if body == 413 else "Unreadable request body")
            return
        simulator = self.server.simulator
        headers = httpx.Headers(list(self.headers.items()))
        pending = simulator._receive(make_request(self.command, self.path, headers, body))
        if pending.delay and self.server.closing.wait(pending.delay):
            self.close_connection = True
            return
        reply = simulator._answer(pending)
        self.log_request(reply.status or "-")
        if reply.delay and self.server.closing.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        self._write(reply)

    def _write(self, reply: Reply) -> None:
        """Send status line, headers and body in one write."""
        try:
            phrase = HTTPStatus(reply.status).phrase
        except ValueError:
            phrase = ""
        lines = [
            f"HTTP/1.1 {reply.status} {phrase}",
            f"Server: {self.server_version}",
            f"Date: {formatdate(usegmt=True)}",
        ]
        lines.extend(f"{name}: {value}" for name, value in reply.headers)
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head if self.command == "HEAD" else head + reply.body)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def __getattr__(self, name: str) -> Any:
        """Any other method (TRACE, PURGE...) reaches the simulator too: on a known path it answers
        405 with the API's error envelope, not http.server's HTML 501."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)


@contextlib.contextmanager
def running_server(
    simulator: Simulator, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False
) -> Iterator[str]:
    """Serve ``simulator`` in a background thread; yield ``http://host:port``."""
    _check_loopback(host)
    server = SimulatorHTTPServer((host, port), simulator, verbose=verbose)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, name="volteras-simulator", daemon=True
    )
    thread.start()
    try:
        bound_host, bound_port = server.server_address[:2]
        yield f"http://{bound_host!s}:{bound_port}"
    finally:
        server.closing.set()
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join(timeout=5)

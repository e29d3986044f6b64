"""A stand-in HTTP proxy on 127.0.0.1: it records the request head of every connection and forwards nothing.

Proves where a client sends its traffic when proxy variables are set, without any traffic
leaving the machine: an HTTPS request arrives as `CONNECT host:443`, a plain-HTTP one as the
full request (with its headers, Authorization included), and each is refused with a 403.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from types import TracebackType

_MAX_HEAD = 64 * 1024


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        connection: socket.socket = self.request
        connection.settimeout(5.0)
        head = b""
        try:
            while b"\r\n\r\n" not in head and len(head) < _MAX_HEAD:
                chunk = connection.recv(4096)
                if not chunk:
                    break
                head += chunk
        except OSError:
            pass
        with self.server.lock:
            self.server.heads.append(head.decode("latin-1"))
        with contextlib.suppress(OSError):
            connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.heads: list[str] = []
        self.lock = threading.Lock()


class RecordingProxy:
    """`with RecordingProxy() as proxy:` then point HTTP(S)_PROXY at `proxy.url` and read `proxy.heads`."""

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def heads(self) -> list[str]:
        """The request head of each connection received, in order."""
        with self._server.lock:
            return list(self._server.heads)

    @property
    def first_lines(self) -> list[str]:
        return [head.split("\r\n", 1)[0] for head in self.heads]

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

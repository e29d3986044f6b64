"""Where the `volteras` command line's results and errors go, and the exit status each ends with.

Results go to stdout (one strict JSON document under --json), diagnostics to stderr. Whatever
ends the run (an answer, an error, Ctrl-C, SIGTERM, a reader that went away), the status says
what happened and never "usage error" once something was sent; a command that was created is
named, so it is not sent again blindly.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import threading
import traceback
from collections.abc import Iterator
from types import FrameType
from typing import Any, Final, TextIO

from . import _cli_format as fmt
from ._errors import VolterasError
from ._generated.models import CommandExecution
from ._waiting import ending

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_API: Final = 3
EXIT_TIMEOUT: Final = 4
EXIT_SIGINT: Final = 128 + signal.SIGINT
EXIT_SIGTERM: Final = 128 + signal.SIGTERM
EXIT_PIPE: Final = 128 + 13  # SIGPIPE: what a shell reports for a writer whose reader went away


def exit_status(execution: CommandExecution) -> int:
    """0 for a command that EXECUTED or is not final yet; 1 for one that ended any other way
    (FAILED, or another final status, known or not): never "success" for a command that did not run."""
    return EXIT_OK if ending(execution) in ("executed", "pending") else EXIT_FAILED


class Usage(Exception):
    """A usage problem: exit 2, with one line (and one JSON document under --json).

    `usage` is the offending sub-command's usage, shown on stderr above the line, as argparse does.
    Only raised before anything was sent.
    """

    def __init__(self, message: str, usage: str | None = None) -> None:
        super().__init__(message)
        self.usage = usage


class Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt is for SIGINT."""


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """For this run, SIGTERM raises Terminated (in the main thread), so the run can still report."""

    def raise_terminated(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: Any = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Output:
    """Where results go: stdout for results, stderr for diagnostics; what this run created."""

    def __init__(self, json_mode: bool, out: TextIO, err: TextIO) -> None:
        self.json = json_mode
        self.out = out
        self.err = err
        self.sending: str | None = None
        """The command whose request went out (the token request does not count), until its answer
        names the execution: "lock-doors to veh_1". None: nothing that creates a command was sent."""
        self.created: CommandExecution | None = None
        """The execution this run created, named by every way the run can end."""

    @contextlib.contextmanager
    def escaping(self) -> Iterator[None]:
        """For this run, text the terminal's encoding cannot hold is written escaped (\\u2013), not an error.

        Under PYTHONIOENCODING=latin-1 (or a cp1252 console) a failure reason with an en dash, or
        an id holding a lone surrogate, would otherwise raise UnicodeEncodeError after the
        command was sent. JSON output is ASCII and never needs it.
        """
        changed = []
        for stream in {id(self.out): self.out, id(self.err): self.err}.values():
            if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
                stream.reconfigure(errors="backslashreplace")
                changed.append(stream)
        try:
            yield
        finally:
            for stream in changed:
                with contextlib.suppress(OSError, ValueError):
                    stream.reconfigure(errors="strict")

    def line(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def note(self, text: str) -> None:
        print(text, file=self.err, flush=True)

    def document(self, document: object) -> None:
        print(fmt.to_json(document), file=self.out, flush=True)

    def execution(self, execution: CommandExecution, *, shown: bool = False) -> int:
        """The execution (unless `shown` already), why it did not execute, and the exit status."""
        if self.json:
            self.document(execution.to_dict())
            return exit_status(execution)
        if not shown:
            self.line(fmt.execution_line(execution))
        if ending(execution) == "failed":
            for line in fmt.failure_lines(execution):
                self.line(line)
        elif ending(execution) == "ended":
            self.line(f"ended {fmt.text(execution.status)}: a final status other than EXECUTED")
        return exit_status(execution)

    def usage(self, message: str, usage: str | None = None) -> int:
        if self.json:
            self.document(fmt.error_dict("USAGE_ERROR", message))
        if usage:
            print(usage.rstrip(), file=self.err)
        self.note(message if message.startswith("volteras") else f"volteras: error: {message}")
        return EXIT_USAGE

    def _fail(self, document: dict[str, Any], lines: list[str], execution: CommandExecution | None) -> None:
        """Report a run that ends in an error: the document (with the execution created, if any) and lines."""
        execution = execution or self.created
        if execution is not None:
            document["execution"] = execution.to_dict()
        elif self.sending is not None:
            document["error"]["message"] += (
                f"; {self.sending} was sent and not answered: the command may exist, "
                "so list the vehicle's executions before sending it again"
            )
        if self.json:
            self.document(document)
        for line in lines:
            self.note(line)
        if execution is not None:
            self.note(f"created: {fmt.execution_line(execution)}")
        elif self.sending is not None:
            self.note(f"sent: {fmt.text(self.sending)}, not answered: the command may exist")

    def api_error(self, exc: VolterasError) -> int:
        """An API, connection or response error: exit 3, naming the execution when one was created."""
        document = fmt.describe_error(exc)
        self._fail(document, fmt.error_lines(document), exc.execution)
        return EXIT_API

    def other_error(self, exc: VolterasError) -> int:
        self._fail(fmt.error_dict("ERROR", str(exc)), [f"error: {fmt.text(str(exc))}"], exc.execution)
        return EXIT_API

    def internal_error(self, exc: Exception) -> int:
        """A bug, not the caller's mistake: exit 3 (never 2: something may have been sent)."""
        message = f"internal error: {type(exc).__name__}: {exc}"
        lines = [fmt.safe(line) for line in "".join(traceback.format_exception(exc)).rstrip().splitlines()]
        self._fail(fmt.error_dict("INTERNAL_ERROR", message), [*lines, f"error: {fmt.text(message)}"], None)
        return EXIT_API

    def interrupted(self, name: str, status: int) -> int:
        """Ctrl-C or SIGTERM: one document still, naming what was created, and 128 + the signal."""
        message = f"interrupted by {name}"
        self._fail(fmt.error_dict("INTERRUPTED", message), [message], None)
        return status

    def closed_pipe(self) -> int:
        """The reader of stdout went away (`| head -1`): end quietly, as a process killed by SIGPIPE.

        Later writes (the interpreter flushes stdout on exit) go to /dev/null instead of failing again.
        """
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.out.fileno())
            os.close(devnull)
        return EXIT_PIPE

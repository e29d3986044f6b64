"""Where the `volteras` command line's results and errors go, and the exit status each ends with.

Results go to stdout (one JSON document under --json), diagnostics to stderr.
"""

from __future__ import annotations

from typing import Final, TextIO

from volteras_openapi.models import CommandExecution, CommandStatus

from . import _cli_format as fmt
from ._errors import VolterasError

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_API: Final = 3
EXIT_TIMEOUT: Final = 4
EXIT_INTERRUPTED: Final = 130


class Usage(Exception):
    """A usage problem: exit 2, with one line (and one JSON document under --json).

    `usage` is the offending sub-command's usage, shown on stderr above the line, as argparse does.
    """

    def __init__(self, message: str, usage: str | None = None) -> None:
        super().__init__(message)
        self.usage = usage


class Output:
    """Where results go: stdout for results, stderr for diagnostics."""

    def __init__(self, json_mode: bool, out: TextIO, err: TextIO) -> None:
        self.json = json_mode
        self.out = out
        self.err = err

    def line(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def note(self, text: str) -> None:
        print(text, file=self.err, flush=True)

    def document(self, document: object) -> None:
        print(fmt.to_json(document), file=self.out, flush=True)

    def execution(self, execution: CommandExecution) -> int:
        failed = execution.status == CommandStatus.FAILED
        if self.json:
            self.document(execution.to_dict())
        else:
            self.line(fmt.execution_line(execution))
            if failed:
                for line in fmt.failure_lines(execution):
                    self.line(line)
        return EXIT_FAILED if failed else EXIT_OK

    def usage(self, message: str, usage: str | None = None) -> int:
        if self.json:
            self.document(fmt.error_dict("USAGE_ERROR", message))
        if usage:
            print(usage.rstrip(), file=self.err)
        self.note(message if message.startswith("volteras") else f"volteras: error: {message}")
        return EXIT_USAGE

    def api_error(self, exc: VolterasError) -> int:
        """An API, connection or response error: exit 3, naming the execution when one was created."""
        document = fmt.describe_error(exc)
        if exc.execution is not None:
            document["execution"] = exc.execution.to_dict()
        if self.json:
            self.document(document)
        for line in fmt.error_lines(document):
            self.note(line)
        if exc.execution is not None:
            self.note(f"created: {fmt.execution_line(exc.execution)}")
        return EXIT_API

    def other_error(self, exc: VolterasError) -> int:
        document = fmt.error_dict("ERROR", str(exc))
        if exc.execution is not None:
            document["execution"] = exc.execution.to_dict()
        if self.json:
            self.document(document)
        self.note(f"error: {fmt.text(str(exc))}")
        return EXIT_API

    def interrupted(self) -> int:
        self.note("interrupted")
        return EXIT_INTERRUPTED

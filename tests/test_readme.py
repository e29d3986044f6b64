"""The README's examples stay true."""

from __future__ import annotations

from tests.conftest import ROOT


def test_simulator_example_runs() -> None:
    """The 'Testing your service' example in the README runs as written and its assertions hold."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Testing your service against `volteras.testing`") :]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 (our own README)
    test = namespace["test_my_service_closes_the_port"]
    assert callable(test)
    test()


def test_twin_example_runs() -> None:
    """The 'The twin' example in the README (a command, then telemetry that shows its effect) runs as written."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### The twin") :]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 (our own README)

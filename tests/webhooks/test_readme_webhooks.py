"""The README's webhook snippets stay valid Python and use names the SDK exports."""

from __future__ import annotations

import ast

import volteras
from tests.conftest import ROOT


def _snippets() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Webhooks") :].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]


def test_webhook_snippets_parse() -> None:
    """Every Python block of the README's Webhooks section (core, FastAPI, Flask, Django, waits on webhooks) is valid syntax."""
    snippets = _snippets()
    assert len(snippets) == 5
    for code in snippets:
        ast.parse(code)


def test_webhook_snippet_imports_exist() -> None:
    """The names the Webhooks section imports from volteras are all public."""
    trees = [ast.parse(code) for code in _snippets()]
    imported = [
        alias.name
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "volteras"
        for alias in node.names
    ]
    assert imported
    assert set(imported) <= set(volteras.__all__)

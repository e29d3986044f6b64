"""MkDocs hooks (mkdocs.yml): two pages of the site come from files kept elsewhere, each written once.

- `index.md`, getting started, is README.md, so the newcomer's page on GitHub and on the site are
  one text.
- `reference/operations.md` is `generated/api.md`, which `make generate` writes from the spec's
  `x-volteras` mappings: the list of operations is never written by hand.

Every page links as the repository lays files out, so the links work on GitHub too: the README
to `docs/commands.md`, a page under docs/ to `../generated/api.md`. On the site those links are
retargeted to the pages that show those files; any other link is left for mkdocs to check.

And mkdocstrings reads the package as a wheel lays it out: `src/volteras` and
`generated/volteras/_generated` joined in one folder (`build/docs-src/volteras`, links to the
files), since griffe reads source statically and cannot follow `volteras/_layout.py`'s
`__path__` entry to the generated half (the models `volteras` re-exports would go missing).

The Python reference's webhook event models are the generated `volteras._generated.webhooks`'
imports, one entry each, written in where that page's `EVENT_MODELS_MARK` stands.

`DoctestFences` (a griffe extension, mkdocs.yml) shows the docstrings' `>>>` examples as code:
Markdown would read them as nested block quotes and run their lines together.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
from pathlib import Path

import griffe
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
API = ROOT / "generated" / "api.md"
OPERATIONS_PAGE = "reference/operations.md"
MERGED = ROOT / "build" / "docs-src"  # mkdocs.yml's mkdocstrings `paths`
DOCS = ROOT / "docs"
EVENTS = ROOT / "generated" / "volteras" / "_generated" / "webhooks.py"
EVENT_MODELS_MARK = (
    "<!-- webhook event models: one entry per event of the spec, written in by scripts/docs_hooks.py -->"
)
_LINK = re.compile(r"\]\((?P<target>[^()\s#]+\.md)(?P<anchor>#[^()\s]*)?\)")


def retarget_links(text: str, *, source: Path, page_uri: str) -> str:
    """The relative links of `text`, written from `source` in the repository, made relative to `page_uri`."""

    def site_uri(path: Path) -> str | None:
        if path == API:
            return OPERATIONS_PAGE
        if path == README:
            return "index.md"
        if path.is_relative_to(DOCS):
            return path.relative_to(DOCS).as_posix()
        return None

    def retarget(match: re.Match[str]) -> str:
        target = match["target"]
        uri = None if "://" in target else site_uri(Path(os.path.normpath(source.parent / target)))
        if uri is None:
            return match[0]
        here = Path(page_uri).parent.as_posix()
        return f"]({os.path.relpath(uri, here).replace(os.sep, '/')}{match['anchor'] or ''})"

    return _LINK.sub(retarget, text)


def on_startup(*, command: str, dirty: bool) -> None:
    """Lay out the package for griffe as the wheel holds it: both halves in one folder.

    Before any plugin's `on_config`: a search path missing when mkdocstrings starts is skipped,
    and griffe then finds the editable install's half-package on sys.path instead.
    """
    package = MERGED / "volteras"
    halves = [ROOT / "src" / "volteras", ROOT / "generated" / "volteras"]
    links = {entry.name: entry for half in halves for entry in half.iterdir() if entry.name != "__pycache__"}
    if package.is_dir() and {e.name: e.resolve() for e in package.iterdir()} == links:
        return  # as it was: a build running beside this one (make test's) keeps its files
    shutil.rmtree(MERGED, ignore_errors=True)
    package.mkdir(parents=True)
    for name, entry in links.items():
        (package / name).symlink_to(entry, target_is_directory=entry.is_dir())


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Add the two pages whose text lives outside docs/."""
    pages = {
        "index.md": README.read_text(encoding="utf-8"),
        OPERATIONS_PAGE: API.read_text(encoding="utf-8"),
    }
    for uri, content in pages.items():
        if files.get_file_from_path(uri) is not None:
            raise ValueError(f"docs/{uri} would hide the page built from elsewhere; delete it")
        files.append(File.generated(config, uri, content=content))
    return files


def _exported() -> set[str]:
    """The names `volteras.__all__` lists (read statically, as griffe reads the package)."""
    for node in ast.parse((ROOT / "src" / "volteras" / "__init__.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return set()


def event_models() -> str:
    """A mkdocstrings entry for each model the generated webhooks module imports, headed by its
    public name (`volteras.X`, or `volteras.models.X` for one `volteras` does not export yet)."""
    exported = _exported()
    models = sorted(
        (alias.name, node.module)
        for node in ast.parse(EVENTS.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
        for alias in node.names
    )
    return "\n".join(
        f"::: volteras._generated.{module}.{name}\n    options:\n"
        f"      heading: volteras.{'' if name in exported else 'models.'}{name}\n      heading_level: 3\n"
        for name, module in models
    )


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Links written for the repository's layout, pointed at the site's pages; the event models
    written into the Python reference."""
    uri = page.file.src_uri
    if EVENT_MODELS_MARK in markdown:
        markdown = markdown.replace(EVENT_MODELS_MARK, event_models())
    source = {"index.md": README, OPERATIONS_PAGE: API}.get(uri, DOCS / uri)
    return retarget_links(markdown, source=source, page_uri=uri)


def on_serve(server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """`mkdocs serve` rebuilds when the README, the generated reference or the events change."""
    server.watch(str(README))
    server.watch(str(API))
    server.watch(str(EVENTS))
    return server


def fence_doctests(text: str) -> str:
    """Each run of `>>>` lines, with the output lines after it up to a blank line, fenced as pycon."""
    out: list[str] = []
    in_example = False
    for line in text.split("\n"):
        starts = line.lstrip().startswith(">>>")
        if starts and not in_example:
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the `>>>` examples of every docstring in the package griffe loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: object) -> None:
        todo: list[griffe.Object] = [pkg]
        while todo:
            obj = todo.pop()
            if obj.docstring is not None and ">>>" in obj.docstring.value:
                obj.docstring.value = fence_doctests(obj.docstring.value)
            todo.extend(m for m in obj.members.values() if not m.is_alias and isinstance(m, griffe.Object))

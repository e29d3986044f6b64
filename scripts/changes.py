"""`make changes`: what changed in the public surface since the last release, what it breaks, and
the version it needs.

Compares the surface of the package as it is now (`scripts/surface.py`) with the last
release's snapshot (`release/surface.json`, written by `make release`), classifies every
difference, prints them with the version bump they need, and rewrites the "Unreleased" section
of CHANGELOG.md as a draft (hand-written lines under "### Fixed" are kept).

Classification (each difference gets the most severe level that applies):

- breaking: an entry removed or renamed (a method, argument, field, model, enum member, error
  class, attribute, CLI command or option); a new argument, field or CLI option that is required;
  an argument or field that became required; a default that changed; a positional argument that
  moved, or became keyword-only; a model whose constructor became keyword-only; a base class
  dropped (an `except` clause stops catching); a type narrowed where the user passes a value
  (arguments, model fields, type aliases) or widened where the user reads one (return types,
  attributes, model fields: they are both read and written, so any change to their type breaks);
  async-ness, enum values, CLI actions and choices removed.
- additive: a new entry that nothing requires (method, optional argument or field, enum member,
  error class, CLI command or optional option); an argument that got a default or may now be
  passed positionally; a type widened where the user passes a value or narrowed where they read
  one; a new base class, flag, alias or choice.
- deprecated: an entry that now carries `deprecated_alias_of` or `deprecated` (the spec kept an old
  name, see volteras._deprecation): the old name keeps working, so it is additive, listed under
  "Deprecated". An old name that an alias keeps is not a removal, and the new name it forwards to
  is additive even when required (callers still passing the old name are served). A removed name
  with no alias, even one deprecated before, is breaking.
- none: no difference (a release of fixes only).

Renames: a removed and an added entry of the same kind, under the same parent, whose facts are
the same (type, position, default...; for a method, its parameters too) are reported as one
rename, which is breaking. A pair is only made when the match is unique. A CLI positional argument
renamed is no change (nobody types its name; only the help shows it).

Version bump (semver; X.Y.Z of the last release): from 1.0.0 on, breaking -> (X+1).0.0, additive or
deprecated -> X.(Y+1).0, none -> X.Y.(Z+1). While at 0.x, where semver promises nothing, breaking
-> 0.(Y+1).0 and everything else -> 0.Y.(Z+1).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling scripts import by name
import surface
from introspect import Entries, split_union

ROOT = surface.ROOT
SNAPSHOT = ROOT / "release" / "surface.json"
CHANGELOG = ROOT / "CHANGELOG.md"
UPSTREAM = ROOT.parent / "shared" / "upstream" / "volteras-connect-openapi.json"
LEVELS = ("none", "additive", "deprecated", "breaking")
SECTIONS = {"breaking": "Breaking", "additive": "Added", "deprecated": "Deprecated"}
WORDS = {
    "none": "no change",
    "additive": "additive changes",
    "deprecated": "additive changes with deprecations",
    "breaking": "breaking changes",
}
WRITTEN = ("param", "key", "name")  # kinds whose type the user passes in
READ = ("method", "function", "attribute")  # kinds whose type the user reads
IMPLIED_BY_KEYWORD_ONLY = ("position", "kw_only")


@dataclass(frozen=True)
class Change:
    """One difference: its level, the entry's key (the old one for a rename) and what happened."""

    level: str
    key: str
    text: str


def parent(key: str) -> str:
    """The path an entry belongs to: a parameter's callable, a field's model, an option's command."""
    kind, path = key.split(" ", 1)
    if kind == "param":
        return path[: path.rindex("(")]
    if kind in ("command", "option"):
        return path.rsplit(" ", 1)[0]
    return path.rsplit(".", 1)[0]


def sibling(key: str, name: str) -> str:
    """The entry called `name` beside `key`: a parameter of the same callable, a field of the same model."""
    kind = key.split(" ", 1)[0]
    if kind == "param":
        return f"{kind} {parent(key)}({name})"
    return f"{kind} {parent(key)}{' ' if kind in ('command', 'option') else '.'}{name}"


def name_of(key: str) -> str:
    return key.split(" ", 1)[1]


def _worst(levels: list[str]) -> str:
    return max(levels, key=LEVELS.index, default="none")


def _type_change(kind: str, old: str, new: str) -> tuple[str, str]:
    before, after = set(split_union(old)), set(split_union(new))
    if after > before:
        how, level = "widened", "breaking" if kind in READ or kind == "field" else "additive"
    elif after < before:
        how, level = "narrowed", "additive" if kind in READ else "breaking"
    else:
        how, level = "changed", "breaking"
    return level, f"type {how} from `{old}` to `{new}`"


def _fact_change(kind: str, fact: str, old: Any, new: Any) -> tuple[str, str]:
    """The level and wording of one fact of an entry changing."""
    if fact in ("deprecated_alias_of", "deprecated"):
        if new is None:
            return "additive", "no longer deprecated"
        if old is None:
            use = f"; use `{new}`" if fact == "deprecated_alias_of" else f": {new}"
            return "deprecated", f"deprecated{use}"
        return "none", f"deprecation note changed to {new!r}"
    if fact in ("type", "returns", "alias") and old is not None and new is not None:
        return _type_change("param" if fact == "alias" else kind, old, new)
    if fact == "required":
        return ("breaking", "now required") if new else ("additive", "now optional")
    if fact == "position":
        if new is None:
            return "breaking", f"no longer positional (was position {old})"
        if old is None:
            return "additive", f"may now be passed positionally (position {new})"
        return "breaking", f"positional order changed: position {old} -> {new}"
    if fact in ("kw_only", "keyword_only"):
        return ("breaking", "now keyword-only") if new else ("additive", "no longer keyword-only")
    if fact == "kind":
        loosened = old == "keyword-only" and new == "positional"
        return ("additive" if loosened else "breaking"), f"now {new} (was {old})"
    if fact == "init":
        return (
            ("additive", "now set by the constructor")
            if new
            else ("breaking", "no longer in the constructor")
        )
    if isinstance(old, list) and isinstance(new, list):  # bases, flags, aliases, choices
        lost, gained = sorted(set(old) - set(new)), sorted(set(new) - set(old))
        level = "breaking" if lost else "additive" if gained else "none"
        parts = [f"{fact} removed: {', '.join(lost)}"] * bool(lost) + [
            f"{fact} added: {', '.join(gained)}"
        ] * bool(gained)
        return level, "; ".join(parts) or f"{fact} reordered"
    if fact == "choices" and new is None:
        return "additive", "any value accepted now"
    if fact == "default" and old is not None and new is not None:
        return "breaking", f"default changed from {old} to {new}"
    return "breaking", f"{fact} changed from {old!r} to {new!r}"


def _added_level(kind: str, facts: dict[str, Any]) -> str:
    if facts.get("deprecated_alias_of") or facts.get("deprecated"):
        return "deprecated"
    if kind in ("param", "field", "option", "key") and facts.get("required"):
        return "breaking"
    return "additive"


def _shape(key: str, entries: Entries) -> str:
    """What must match for a removed and an added entry to be one renamed thing: kind, parent,
    facts (but a CLI option's flags, which hold its name) and the direct children's."""
    path = name_of(key)
    facts = {k: v for k, v in entries[key].items() if k != "flags"}
    children = sorted(
        (k.split(" ", 1)[0], name_of(k)[len(path) :], v)
        for k, v in entries.items()
        if k != key and parent(k) == path
    )
    return json.dumps([key.split(" ", 1)[0], parent(key), facts, children], sort_keys=True)


def _renames(removed: list[str], added: list[str], before: Entries, after: Entries) -> dict[str, str]:
    """Old key -> new key, for each removed entry that exactly one added entry matches, and back."""
    pairs: dict[str, tuple[list[str], list[str]]] = {}
    for key in removed:
        pairs.setdefault(_shape(key, before), ([], []))[0].append(key)
    for key in added:
        pairs.setdefault(_shape(key, after), ([], []))[1].append(key)
    return {olds[0]: news[0] for olds, news in pairs.values() if len(olds) == 1 and len(news) == 1}


def _collapse(keys: set[str]) -> list[str]:
    """Keys whose parent is not itself in the set: removing a model says nothing of its fields."""
    paths = {name_of(key) for key in keys}
    return sorted(key for key in keys if not _ancestor_in(parent(key), paths))


def _ancestor_in(path: str, paths: set[str]) -> bool:
    while path:
        if path in paths:
            return True
        shorter = re.sub(r"(\([^()]*\)|[. ][^. ()]*)$", "", path)
        if shorter == path:
            return False
        path = shorter
    return False


def compare(before: Entries, after: Entries) -> list[Change]:
    """Every difference between two surfaces, classified (see the module docstring)."""
    removed = _collapse(set(before) - set(after))
    added = _collapse(set(after) - set(before))
    renames = _renames(removed, added, before, after)
    changes = [
        Change("none", old, f"CLI positional `{name_of(old)}` renamed `{name_of(new).rsplit(' ', 1)[1]}`")
        if old.startswith("option ") and "position" in before[old]
        else Change("breaking", old, f"`{name_of(old)}` renamed to `{name_of(new)}`")
        for old, new in renames.items()
    ]
    kept_by_alias = {  # new name -> the old one, now its deprecated alias
        sibling(key, facts["deprecated_alias_of"]): key
        for key, facts in after.items()
        if facts.get("deprecated_alias_of") and key in before
    }
    for key in removed:
        if key not in renames:
            note = " (it was deprecated)" if before[key].get("deprecated_alias_of") else ""
            changes.append(Change("breaking", key, f"{key.split()[0]} `{name_of(key)}` removed{note}"))
    for key in added:
        if key not in renames.values():
            kind = key.split()[0]
            level = "additive" if key in kept_by_alias else _added_level(kind, after[key])
            required = " (required)" if level == "breaking" else ""
            alias = after[key].get("deprecated_alias_of")
            note = f", a deprecated alias of `{alias}`" if alias else ""
            if key in kept_by_alias:
                note = f", the new name of `{name_of(kept_by_alias[key])}`"
            changes.append(Change(level, key, f"new {kind} `{name_of(key)}`{required}{note}"))
    keyword_only = {
        name_of(k)
        for k in before.keys() & after.keys()
        if k.startswith("model ") and after[k]["keyword_only"] and not before[k]["keyword_only"]
    }
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        kind = key.split()[0]
        facts = [f for f in sorted(old.keys() | new.keys()) if old.get(f) != new.get(f)]
        if kind == "field" and parent(key) in keyword_only:
            facts = [f for f in facts if f not in IMPLIED_BY_KEYWORD_ONLY]
        found = [_fact_change(kind, f, old.get(f), new.get(f)) for f in facts]
        if found:
            level = _worst([lvl for lvl, _ in found])
            changes.append(Change(level, key, f"{kind} `{name_of(key)}`: " + "; ".join(t for _, t in found)))
    return sorted(changes, key=lambda c: (-LEVELS.index(c.level), c.key))


def bump(version: str, changes: list[Change]) -> str:
    """The next version these changes need (the rule is in the module docstring)."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if match is None:
        raise ValueError(f"release versions are X.Y.Z, not {version!r}")
    major, minor, patch = map(int, match.groups())
    level = _worst([c.level for c in changes])
    if major == 0:
        return f"0.{minor + 1}.0" if level == "breaking" else f"0.{minor}.{patch + 1}"
    if level == "breaking":
        return f"{major + 1}.0.0"
    return f"{major}.{minor + 1}.0" if level != "none" else f"{major}.{minor}.{patch + 1}"


# ---- the report and the changelog draft ------------------------------------------------------


def _twin_free(text: str) -> str:
    """The sync, parsed name of a method: the async client and raw twins say the same thing."""
    return text.replace("volteras.AsyncVolteras.", "volteras.Volteras.").replace(".with_raw_response.", ".")


def merged(changes: list[Change]) -> list[Change]:
    """One line for a change shared by a method's sync, async and raw forms."""
    seen: dict[tuple[str, str], Change] = {}
    for change in changes:
        seen.setdefault((change.level, _twin_free(change.text)), change)
    return [Change(level, change.key, text) for (level, text), change in seen.items()]


def drift_lines(upstream: Path) -> list[str]:
    """`make drift` output against a local copy of the published document, or nothing without one."""
    if not upstream.is_file():
        return []
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_drift.py"), str(upstream)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode == 2:
        print(f"drift not checked: {done.stderr.strip()}", file=sys.stderr)
    return done.stdout.splitlines() if done.returncode == 1 else []


def draft(changes: list[Change], since: str, proposed: str, drift: list[str], fixed: list[str]) -> str:
    """The "Unreleased" section of CHANGELOG.md."""
    level = _worst([c.level for c in changes])
    summary = (
        f"No change to the public surface since {since}; {proposed} if this release has fixes."
        if level == "none"
        else f"Needs {proposed}: {WORDS[level]} to the public surface since {since} (`make changes`)."
    )
    lines = ["## Unreleased", "", summary, ""]
    for wanted, title in SECTIONS.items():
        found = [c.text for c in merged(changes) if c.level == wanted]
        if found:
            lines += [f"### {title}", "", *(f"- {text}" for text in found), ""]
    if fixed:
        lines += ["### Fixed", "", *fixed, ""]
    if drift:
        lines += ["### Upstream drift not yet carried into spec/volteras.yaml", "", "```", *drift, "```", ""]
    return "\n".join(lines) + "\n"


def sections(text: str) -> tuple[str, str, str]:
    """CHANGELOG.md as (the preamble, the Unreleased section, the released ones)."""
    starts = [m.start() for m in re.finditer(r"^## ", text, re.MULTILINE)]
    first = starts[0] if starts else len(text)
    if text[first:].startswith("## Unreleased"):
        end = starts[1] if len(starts) > 1 else len(text)
        return text[:first], text[first:end], text[end:]
    return text[:first], "", text[first:]


def fixed_lines(unreleased: str) -> list[str]:
    """The hand-written bullets under "### Fixed", kept when the draft is rewritten."""
    match = re.search(r"^### Fixed\n(.*?)(?=^### |\Z)", unreleased, re.MULTILINE | re.DOTALL)
    return [line for line in match.group(1).splitlines() if line.strip()] if match else []


def write_draft(changelog: Path, changes: list[Change], since: str, drift: list[str]) -> str:
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n\n"
    head, unreleased, released = sections(text)
    section = draft(changes, since, bump(since, changes), drift, fixed_lines(unreleased))
    changelog.write_text((head + section + released).rstrip("\n") + "\n", encoding="utf-8")
    return section


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--since", type=Path, default=SNAPSHOT, help="the last release's surface snapshot")
    parser.add_argument("--current", type=Path, help="a surface file to compare (default: the package here)")
    parser.add_argument("--upstream", type=Path, default=UPSTREAM, help="the published document, if present")
    parser.add_argument("--changelog", type=Path, default=CHANGELOG, help="where to write the draft")
    parser.add_argument("--no-write", action="store_true", help="print only; leave CHANGELOG.md alone")
    args = parser.parse_args(argv)
    before, since = surface.load(args.since)
    after = surface.load(args.current)[0] if args.current else surface.collect()
    if since is None:
        print(f"{args.since} records no release", file=sys.stderr)
        return 2
    changes = compare(before, after)
    for change in merged(changes):
        print(f"{change.level:<10} {change.text}")
    level, proposed = _worst([c.level for c in changes]), bump(since, changes)
    print(f"{len(changes)} difference(s) since {since}, {WORDS[level]}: the next release is {proposed}")
    if not args.no_write:
        write_draft(args.changelog, changes, since, drift_lines(args.upstream))
        print(f"draft written to the Unreleased section of {args.changelog.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Report where the published Volteras Connect API has drifted from spec/volteras.yaml.

Why: spec/volteras.yaml is written by hand, and the SDK is generated from it. When the
published API changes (a new enum value, a dropped field, a new command endpoint), nothing
else tells us; this script compares the FACTS our spec states with the published OpenAPI
document so the SDK can follow.

Usage:

    python scripts/check_drift.py UPSTREAM [--ours spec/volteras.yaml]

UPSTREAM is a file path or an http(s) URL of an OpenAPI 3.x document, JSON or YAML. Exit
status: 0 no drift (one "no drift: N operations compared" line), 1 drift, 2 unusable input
(a one-line reason on stderr). Drift is printed one line per difference (`+` added upstream,
`-` removed upstream, `~` changed), indented under its heading: `operations`, or the
`METHOD /path` of the operation; operations with the very same differences (one schema
returned by many) share one block, their headings printed one after the other.

What is compared: the set of operations, matched by method and path whatever their tags and
whatever their path parameters are called (`+ operation added upstream`, `- operation removed
upstream`; a path parameter with another name at the same place is `~ parameter (path) renamed`);
then, for every operation both have: the security it needs (kind of credentials, oauth2 scopes),
parameters (name, in, required, type; a lone removed+added pair in one place with one type
is a rename), request body (presence, required, content type, schema), the set of response
status codes (`default` aside: errors are one shared envelope, not facts per code), and the
application/json schema of every 2xx code both have (`response` for 200, `response 202`
for 202). Schemas are compared structurally after resolving every `$ref`, so every schema an
operation reaches is covered: fields added / removed / made required or optional, types (the
set of JSON types, "null" included, plus `format`; a field removed and one added at the same
position with the same type is `~ field ... renamed`), and enum values, so
`anyOf: [{$ref: Enum}, {type: string}]` equals a plain `$ref: Enum`. Names of operations, tags
and components, descriptions and titles are not facts and are ignored. In `~ A -> B` lines, A
is ours and B is upstream.

After the report, when upstream added anything, a YAML skeleton of it in our spec's shape
(scripts/drift_skeleton.py) follows a `# skeleton` line, ready to paste in and describe.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the drift_* modules beside this script
from drift_documents import InputError, JsonDict, as_dict, as_list, deref, load_openapi
from drift_facts import Param, Shape, diff_param, diff_parameters, diff_shape, parameters, shape_of

__all__ = ["InputError", "Param", "diff_param", "shape_of"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "spec" / "volteras.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SKELETON_MARK = (
    "# skeleton: what upstream added, in spec/volteras.yaml's shape (facts only: write the descriptions,"
    " choose x-volteras; lists hold what to add)"
)


# --------------------------------------------------------------------------- operations


def operations(doc: JsonDict) -> dict[tuple[str, str], JsonDict]:
    """Every operation of a document, keyed by (METHOD, path), with path-level parameters merged."""
    found: dict[tuple[str, str], JsonDict] = {}
    for path, raw_item in as_dict(doc.get("paths")).items():
        item = deref(doc, raw_item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                op = dict(item[method])
                op["parameters"] = as_list(item.get("parameters")) + as_list(op.get("parameters"))
                found[(method.upper(), str(path))] = op
    return found


def request_body(doc: JsonDict, op: JsonDict) -> JsonDict | None:
    """The resolved request body of an operation, if it has one."""
    return deref(doc, op["requestBody"]) if "requestBody" in op else None


def body_media(doc: JsonDict, body: JsonDict) -> dict[str, Shape]:
    """A request body's schema shapes keyed by content type."""
    content = as_dict(body.get("content"))
    return {str(kind): shape_of(as_dict(media).get("schema"), doc) for kind, media in sorted(content.items())}


def diff_body(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """Request body presence, required, content types and schema."""
    ours, theirs = request_body(ours_doc, ours_op), request_body(up_doc, up_op)
    if ours is None and theirs is None:
        return []
    if theirs is None:
        return ["- request body removed"]
    if ours is None:
        kinds = ", ".join(as_dict(theirs.get("content"))) or "no content"
        need = "required" if theirs.get("required") is True else "optional"
        return [f"+ request body added upstream ({kinds}, {need})"]
    lines: list[str] = []
    mine, yours = bool(ours.get("required")), bool(theirs.get("required"))
    if mine != yours:
        lines.append(f"~ request body: required {str(mine).lower()} -> {str(yours).lower()}")
    our_media, up_media = body_media(ours_doc, ours), body_media(up_doc, theirs)
    if len(our_media) == 1 and len(up_media) == 1 and our_media.keys() != up_media.keys():
        (old_kind, old_shape), (new_kind, new_shape) = *our_media.items(), *up_media.items()
        lines.append(f"~ request body content type: {old_kind} -> {new_kind}")
        return lines + diff_shape("body", old_shape, new_shape)
    for kind in sorted(our_media.keys() | up_media.keys()):
        if kind not in up_media:
            lines.append(f"- request body content type {kind} removed")
        elif kind not in our_media:
            lines.append(f"+ request body content type {kind} added upstream")
        else:
            lines += diff_shape("body", our_media[kind], up_media[kind])
    return lines


def status_codes(doc: JsonDict, op: JsonDict) -> dict[str, JsonDict]:
    """An operation's resolved responses keyed by status code, `default` left out (errors are
    documented once, as the shared envelope, not per code)."""
    responses = as_dict(op.get("responses"))
    return {code: deref(doc, response) for code, response in responses.items() if code != "default"}


def json_schema(response: JsonDict) -> tuple[bool, object]:
    """Whether a response has an application/json body, and its schema."""
    media = as_dict(response.get("content"))
    if "application/json" not in media:
        return False, None
    return True, as_dict(media["application/json"]).get("schema")


def code_sort_key(code: str) -> tuple[int, str]:
    """Numeric status codes in order, patterns such as `2XX` after them."""
    return (int(code), code) if code.isdigit() else (1000, code)


def diff_responses(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """Status codes added or removed, and the application/json schema of every 2xx code both have.
    The 200 body is `response`, any other code's is `response CODE`."""
    ours, theirs = status_codes(ours_doc, ours_op), status_codes(up_doc, up_op)
    lines: list[str] = []
    for code in sorted(ours.keys() | theirs.keys(), key=code_sort_key):
        if code not in theirs:
            lines.append(f"- response {code} removed")
        elif code not in ours:
            lines.append(f"+ response {code} added upstream")
        elif code.startswith("2"):
            lines += diff_body_of(code, ours_doc, ours[code], up_doc, theirs[code])
    return lines


def diff_body_of(
    code: str, ours_doc: JsonDict, ours: JsonDict, up_doc: JsonDict, theirs: JsonDict
) -> list[str]:
    """The application/json schema of one status code present on both sides."""
    (have_ours, our_schema), (have_theirs, up_schema) = json_schema(ours), json_schema(theirs)
    if not have_ours and not have_theirs:
        return []
    if not have_theirs:
        return [f"- response {code} application/json removed"]
    if not have_ours:
        return [f"+ response {code} application/json added upstream"]
    label = "response" if code == "200" else f"response {code}"
    return diff_shape(label, shape_of(our_schema, ours_doc), shape_of(up_schema, up_doc))


PATH_PARAMETER = re.compile(r"\{([^}]*)\}")


def path_key(path: str) -> str:
    """A path template with its parameters unnamed: `/v1/vehicles/{}`, so a rename still matches."""
    return PATH_PARAMETER.sub("{}", path)


def diff_path_parameters(
    ours_path: str, ours: dict[tuple[str, str], Param], up_path: str, theirs: dict[tuple[str, str], Param]
) -> list[str]:
    """Path parameters paired by their place in the template: a new name there is a rename.
    The pairs are taken out of `ours` and `theirs`."""
    lines: list[str] = []
    for old, new in zip(PATH_PARAMETER.findall(ours_path), PATH_PARAMETER.findall(up_path), strict=False):
        mine, yours = ours.pop(("path", old), None), theirs.pop(("path", new), None)
        if old != new:
            lines.append(f"~ parameter (path) renamed {old} -> {new}")
        if mine is not None and yours is not None:
            lines += diff_param(mine, yours)
    return lines


def security(doc: JsonDict, op: JsonDict) -> tuple[list[str], list[str]]:
    """(kinds of scheme, oauth2 scopes) an operation asks for, whatever the schemes are called."""
    schemes = as_dict(as_dict(doc.get("components")).get("securitySchemes"))
    kinds: list[str] = []
    scopes: list[str] = []
    for requirement in as_list(op.get("security", doc.get("security", []))):
        for name, needed in as_dict(requirement).items():
            scheme = as_dict(schemes.get(name))
            kind = " ".join(str(part) for part in (scheme.get("type"), scheme.get("scheme")) if part)
            kinds += [kind] if kind not in kinds else []
            scopes += [str(s) for s in as_list(needed) if str(s) not in scopes]
    return sorted(kinds), sorted(scopes)


def listed(items: list[str]) -> str:
    return ", ".join(items) or "none"


def diff_security(ours_doc: JsonDict, ours_op: JsonDict, up_doc: JsonDict, up_op: JsonDict) -> list[str]:
    """The kind of credentials and the scopes an operation needs."""
    (our_kinds, our_scopes), (up_kinds, up_scopes) = security(ours_doc, ours_op), security(up_doc, up_op)
    lines = []
    if our_kinds != up_kinds:
        lines.append(f"~ security: {listed(our_kinds)} -> {listed(up_kinds)}")
    if our_scopes != up_scopes:
        lines.append(f"~ security scopes: {listed(our_scopes)} -> {listed(up_scopes)}")
    return lines


def diff_operation(
    ours_doc: JsonDict,
    ours_op: JsonDict,
    up_doc: JsonDict,
    up_op: JsonDict,
    paths: tuple[str, str] = ("", ""),
) -> list[str]:
    """Every difference of facts between our operation and upstream's (`paths`: our template, theirs)."""
    ours, theirs = parameters(ours_doc, ours_op), parameters(up_doc, up_op)
    return (
        diff_path_parameters(paths[0], ours, paths[1], theirs)
        + diff_parameters(ours, theirs)
        + diff_body(ours_doc, ours_op, up_doc, up_op)
        + diff_responses(ours_doc, ours_op, up_doc, up_op)
        + diff_security(ours_doc, ours_op, up_doc, up_op)
    )


def op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    """Sort operations by path, then by the usual order of HTTP methods."""
    method, path = key
    return path, HTTP_METHODS.index(method.lower())


def diff_operation_sets(
    ours: dict[tuple[str, str], JsonDict], upstream: dict[tuple[str, str], JsonDict]
) -> list[str]:
    """Operations upstream has and we do not, and ours that upstream no longer has, whatever their tags."""
    lines: list[str] = []
    for key in sorted(ours.keys() | upstream.keys(), key=op_sort_key):
        method, path = key
        if key not in upstream:
            lines.append(f"- operation removed upstream: {method} {path}")
        elif key not in ours:
            lines.append(f"+ operation added upstream: {method} {path}")
    return lines


def by_shape(ops: dict[tuple[str, str], JsonDict]) -> dict[tuple[str, str], tuple[str, JsonDict]]:
    """Operations keyed by (METHOD, path with its parameters unnamed), each with its real path."""
    return {(method, path_key(path)): (path, op) for (method, path), op in ops.items()}


def compare(ours_doc: JsonDict, up_doc: JsonDict) -> tuple[dict[str, list[str]], int]:
    """The differences grouped by heading (`operations`, or `METHOD path` with our path), and how
    many operations of ours were compared. Operations match whatever their path parameters are
    called; a different name is reported as a renamed parameter."""
    ours, upstream = by_shape(operations(ours_doc)), by_shape(operations(up_doc))
    report: dict[str, list[str]] = {}
    named_ours = {(m, ours[(m, k)][0]): op for (m, k), (_, op) in ours.items()}
    named_up = {(m, upstream[(m, k)][0]): op for (m, k), (_, op) in upstream.items()}
    unmatched_ours = {key: op for key, op in named_ours.items() if (key[0], path_key(key[1])) not in upstream}
    unmatched_up = {key: op for key, op in named_up.items() if (key[0], path_key(key[1])) not in ours}
    if lines := diff_operation_sets(unmatched_ours, unmatched_up):
        report["operations"] = lines
    matched = sorted(
        ((ours[key][0], key) for key in ours.keys() & upstream.keys()),
        key=lambda item: op_sort_key((item[1][0], item[0])),
    )
    for our_path, key in matched:
        up_path, up_op = upstream[key]
        if lines := diff_operation(ours_doc, ours[key][1], up_doc, up_op, (our_path, up_path)):
            report[f"{key[0]} {our_path}"] = lines
    return report, len(matched)


def group_headings(report: dict[str, list[str]]) -> dict[tuple[str, ...], list[str]]:
    """Headings that share exactly the same differences (one schema used by many operations),
    in order of first appearance."""
    by_lines: dict[tuple[str, ...], list[str]] = {}
    for heading, lines in report.items():
        by_lines.setdefault(tuple(lines), []).append(heading)
    return {tuple(headings): list(lines) for lines, headings in by_lines.items()}


def plural(count: int, noun: str) -> str:
    """`1 place`, `2 places`."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def render(report: dict[str, list[str]], compared: int) -> str:
    """The text printed on stdout: headings, then their differences indented, then a summary."""
    if not report:
        return f"no drift: {plural(compared, 'operation')} compared\n"
    blocks = [
        "".join(f"{heading}\n" for heading in headings) + "".join(f"  {line}\n" for line in lines)
        for headings, lines in group_headings(report).items()
    ]
    count = sum(len(lines) for lines in report.values())
    summary = f"drift: {plural(count, 'difference')} in {plural(len(report), 'place')}"
    return "\n".join(blocks) + f"\n{summary} ({plural(compared, 'operation')} compared)\n"


def main(argv: list[str] | None = None) -> int:
    """Compare, print, and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("upstream", metavar="UPSTREAM", help="path or http(s) URL of the published document")
    parser.add_argument("--ours", default=str(DEFAULT_OURS), help="our spec (default: spec/volteras.yaml)")
    args = parser.parse_args(argv)
    try:
        ours_doc, up_doc = load_openapi(args.ours), load_openapi(args.upstream)
        report, compared = compare(ours_doc, up_doc)
    except InputError as exc:
        print(f"check_drift: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(report, compared))
    if report:
        from drift_skeleton import skeleton

        added = skeleton(ours_doc, up_doc)
        if added:
            sys.stdout.write(f"\n{SKELETON_MARK}\n{added}")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())

"""Turn a success response into a model, or a ResponseValidationError; nothing else escapes.

The generated `from_dict` trusts its input: it raises KeyError on a missing field and lets a
number through where a string belongs. Here the JSON is decoded, built into the model, and then
every field is checked against the model's own annotations, so code that receives a
`CommandExecution` can rely on its types.
"""

from __future__ import annotations

import datetime
import json
import json.scanner
import operator
import types
import typing
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol, TypeVar, get_args, get_origin

import attrs
import httpx
import volteras_openapi.models as _models
import volteras_openapi.types as _types

from ._errors import ResponseValidationError


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: typing.Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)


class _Namespace(dict[str, Any]):
    """Names in the models' annotations; a model is imported only when an annotation names it."""

    def __missing__(self, name: str) -> Any:
        try:
            value = getattr(_models, name)
        except AttributeError:
            raise KeyError(name) from None
        self[name] = value
        return value


_NAMESPACE = _Namespace({**vars(_types), "datetime": datetime})


class _Check(NamedTuple):
    """What one field may hold, worked out once per model class so each parse is a few isinstance calls."""

    name: str
    classes: tuple[type, ...]
    refuses_bool: bool  # JSON true/false is an int to isinstance; refuse it where only int is allowed
    models: tuple[type, ...]  # attrs classes to validate recursively
    item: type | None  # element class of a list field


def _flatten(hint: Any) -> tuple[tuple[type, ...], type | None]:
    """Classes `isinstance` must accept, and the item class when the hint is a list."""
    origin = get_origin(hint)
    if origin is list:
        return (list,), get_args(hint)[0]
    if origin in (typing.Union, types.UnionType):
        classes: list[type] = []
        item = None
        for arm in get_args(hint):
            arm_classes, arm_item = _flatten(arm)
            classes.extend(arm_classes)
            item = item or arm_item
        return tuple(classes), item
    if origin is typing.Literal:  # a documented constant, such as a unit
        return tuple(dict.fromkeys(type(value) for value in get_args(hint))), None
    if hint is type(None) or hint is None:
        return (type(None),), None
    if hint is float:
        return (float, int), None
    if isinstance(hint, type):
        return (hint,), None
    return (object,), None


_CHECKS: dict[type, tuple[_Check, ...]] = {}
_EXTRAS: dict[type, tuple[tuple[type, ...], tuple[type, ...]] | None] = {}


def _extras(cls: type) -> tuple[tuple[type, ...], tuple[type, ...]] | None:
    """What the values of a model's extra fields may be (classes, models among them), when the spec
    types them (`additionalProperties: {type: integer}`); None when anything goes."""
    if cls not in _EXTRAS:
        found = None
        if any(field.name == "additional_properties" for field in attrs.fields(cls)):
            hint = typing.get_type_hints(cls, localns=_NAMESPACE)["additional_properties"]
            value = get_args(hint)[1] if get_origin(hint) is dict else Any
            if value is not Any:
                classes, _ = _flatten(value)
                found = (classes, tuple(c for c in classes if attrs.has(c)))
        _EXTRAS[cls] = found
    return _EXTRAS[cls]


def _check_extras(obj: object, where: str) -> None:
    """The extra fields of one model, where the spec says what they hold."""
    spec = _extras(obj.__class__)
    if spec is None:
        return
    classes, models = spec
    refuses_bool = bool not in classes
    for key, value in getattr(obj, "additional_properties").items():  # noqa: B009 (typed by attrs)
        if not isinstance(value, classes) or (refuses_bool and value.__class__ is bool):
            raise TypeError(f"field {where}{key} has a {type(value).__name__}")
        if models and isinstance(value, models):
            check_fields(value, f"{where}{key}.")


def _checks(cls: type) -> tuple[_Check, ...]:
    checks = _CHECKS.get(cls)
    if checks is None:
        hints = typing.get_type_hints(cls, localns=_NAMESPACE)
        built = []
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                continue
            classes, item = _flatten(hints[field.name])
            models = tuple(c for c in classes if attrs.has(c))
            built.append(_Check(field.name, classes, bool not in classes, models, item))
        checks = _CHECKS[cls] = tuple(built)
    return checks


class _Plan:
    """A model class's checks, arranged for one fast pass over every field.

    Required fields holding exactly one model are followed into (`odometer.value`), so one
    compiled function tests the leaves of a whole telemetry answer; fields that may hold None, a
    union of models or a list stay in `deep` and are checked per value. (A plain class: a
    NamedTuple would compile code at `import volteras`.)
    """

    __slots__ = ("deep", "extras", "leaves_ok")

    def __init__(
        self,
        leaves_ok: Callable[[object], bool],
        deep: tuple[tuple[str, Callable[[object], Any], tuple[type, ...], type | None], ...],
        extras: tuple[tuple[str, Callable[[object], Any]], ...],
    ) -> None:
        self.leaves_ok = leaves_ok
        self.deep = deep
        self.extras = extras  # the models, among those followed, whose extra fields are typed


_PLANS: dict[type, _Plan] = {}
_NONE = type(None)


def _compile_leaves(paths: list[str], classes: list[tuple[type, ...]]) -> Callable[[object], bool]:
    """A function saying whether every leaf's value is exactly of one of its classes.

    Compiled once per model, as attrs and dataclasses compile their methods, from the model's
    own field names: a run of `value.__class__ is X` tests costs a third of `isinstance` over the
    same values, which matters on every answer parsed. It only says yes or no. A no sends the
    model through `_check_each`, which applies `isinstance` (a subclass passes there, JSON true
    does not pass for an int) and names the field, so the outcome is the same either way.
    """
    names: dict[type, str] = {}
    body: list[str] = []
    for path, allowed in zip(paths, classes, strict=True):
        if not all(part.isidentifier() for part in path.split(".")):
            raise ValueError(f"not a field path: {path!r}")  # attrs names are identifiers
        if object in allowed:
            continue
        tests = [
            f"value.__class__ is {names.setdefault(klass, f'_{len(names)}')}"
            for klass in dict.fromkeys(allowed)
            if klass is not _NONE
        ]
        if _NONE in allowed:
            tests.append("value is None")
        body += [f"value = obj.{path}", f"if not ({' or '.join(tests)}):", "    return False"]
    if not body:  # every field may hold anything
        return lambda obj: True
    source = "\n".join(
        [
            "def leaves_ok(obj):",
            "    try:",
            *(f"        {line}" for line in body),
            "    except AttributeError:  # a nested value that is not the model it should be",
            "        return False",
            "    return True",
        ]
    )
    namespace: dict[str, Any] = {name: klass for klass, name in names.items()}
    exec(compile(source, "<volteras field checks>", "exec"), namespace)  # noqa: S102 (our own field names)
    leaves_ok: Callable[[object], bool] = namespace["leaves_ok"]
    return leaves_ok


def _plan(cls: type) -> _Plan:
    paths: list[str] = []
    classes: list[tuple[type, ...]] = []
    deep: list[tuple[str, Callable[[object], Any], tuple[type, ...], type | None]] = []
    extras: list[tuple[str, Callable[[object], Any]]] = []

    def walk(model: type, prefix: str, seen: tuple[type, ...]) -> None:
        if _extras(model) is not None:
            extras.append((prefix, operator.attrgetter(prefix.rstrip(".")) if prefix else lambda obj: obj))
        for check in _checks(model):
            path = prefix + check.name
            paths.append(path)
            classes.append(check.classes)
            single = check.models if check.classes == check.models and len(check.models) == 1 else ()
            if single and single[0] not in seen:
                walk(single[0], path + ".", (*seen, single[0]))
            elif check.models or check.item is not None:
                deep.append((path, operator.attrgetter(path), check.models, check.item))

    walk(cls, "", (cls,))
    plan = _PLANS[cls] = _Plan(_compile_leaves(paths, classes), tuple(deep), tuple(extras))
    return plan


def check_fields(obj: object, where: str = "") -> None:
    """Raise TypeError naming the first field whose value does not match its annotation."""
    plan = _PLANS.get(obj.__class__) or _plan(obj.__class__)
    if not plan.leaves_ok(obj):
        _check_each(obj, where)  # something is off: check each field, in order, and name the first
        return
    for prefix, get_model in plan.extras:
        _check_extras(get_model(obj), f"{where}{prefix}")
    for path, get, models, item in plan.deep:
        value = get(obj)
        if models and isinstance(value, models):
            check_fields(value, f"{where}{path}.")
        elif item is not None and isinstance(value, list):
            _check_items(value, item, f"{where}{path}")


def _check_each(obj: object, where: str) -> None:
    _check_extras(obj, where)
    for name, classes, refuses_bool, models, item in _checks(type(obj)):
        value = getattr(obj, name)
        if not isinstance(value, classes) or (refuses_bool and value.__class__ is bool):
            raise TypeError(f"field {where}{name} has a {type(value).__name__}")
        if models and isinstance(value, models):
            _check_each(value, f"{where}{name}.")
        elif item is not None and isinstance(value, list):
            _check_items(value, item, f"{where}{name}")


def _check_items(value: list[Any], item: type, where: str) -> None:
    for index, element in enumerate(value):
        if not isinstance(element, item):
            raise TypeError(f"field {where}[{index}] has a {type(element).__name__}")
        if attrs.has(item):
            check_fields(element, f"{where}[{index}].")


_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed's TODO: any decoder


def loads(raw: bytes) -> Any:
    """`json.loads(raw)`, without its fixed cost (about 2 µs) on the usual body: one UTF-8 object or array.

    `json.loads` sniffs the encoding, decodes, and skips whitespace with two regular expressions
    around the C scanner; for a webhook or a small answer that is two thirds of the time. A body
    starting with `{` or `[` and ending where the value ends (JSON whitespace after it allowed)
    goes straight to the scanner; anything else (leading whitespace, UTF-16, a BOM, an error to
    report) is handed to `json.loads`, so the result and the errors are always `json.loads`'s own.
    """
    if raw[:1] in (b"{", b"["):
        try:
            text = raw.decode("utf-8", "surrogatepass")  # as json.loads decodes UTF-8 bytes
            value, end = _SCAN(text, 0)
        except (ValueError, StopIteration):
            pass
        else:
            if end == len(text) or not text[end:].strip(" \t\n\r"):  # JSON's whitespace, as in "...}\n"
                return value
    return json.loads(raw)


def decode_json(response: httpx.Response) -> Any:
    try:
        return loads(response.content)
    except ValueError as exc:
        raise invalid(response, f"not JSON: {exc}") from None
    except RecursionError:
        raise invalid(response, "JSON nested too deeply") from None
    except httpx.DecodingError as exc:  # Content-Encoding says gzip, the bytes say otherwise
        raise invalid(response, f"undecodable body: {exc}") from None


def invalid(response: httpx.Response, reason: str) -> ResponseValidationError:
    return ResponseValidationError(
        reason,
        status_code=response.status_code,
        content=response.content,
        request_id=response.headers.get("x-request-id"),
        response=response,
    )


def parse_data(model: type[M], data: object, response: httpx.Response) -> M:
    """Build `model` from decoded JSON, naming what was wrong when the shape is off."""
    if not isinstance(data, dict):
        raise invalid(response, f"expected a JSON object, got {type(data).__name__}")
    try:
        parsed: M = model.from_dict(data)
        check_fields(parsed)
    except KeyError as exc:
        raise invalid(response, f"missing field {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise invalid(response, str(exc) or type(exc).__name__) from None
    return parsed


def parse_model(model: type[M], response: httpx.Response) -> M:
    return parse_data(model, decode_json(response), response)


R_co = TypeVar("R_co", covariant=True)


class Parser(Protocol[R_co]):
    """Turns a success response into what the method returns."""

    def __call__(self, response: httpx.Response) -> R_co: ...


_MODEL_PARSERS: dict[type, Parser[Any]] = {}
_LIST_PARSERS: dict[type, Parser[Any]] = {}
_PARSED_BY: dict[Parser[Any], type] = {}


def parsed_model(parser: Parser[Any]) -> type | None:
    """The model a `model_parser` builds (a page model, for a listing); None for any other parser."""
    return _PARSED_BY.get(parser)


def field_hints(model: type) -> dict[str, Any]:
    """A model's fields and their type hints, nested models resolved."""
    return typing.get_type_hints(model, localns=_NAMESPACE)


def hint_classes(hint: Any) -> tuple[tuple[type, ...], type | None]:
    """The classes a field's hint allows, and the item class when it is a list."""
    return _flatten(hint)


def model_parser(model: type[M]) -> Parser[M]:
    """The parser of responses whose body is one `model` (made once per model)."""
    parser = _MODEL_PARSERS.get(model)
    if parser is None:

        def parser(response: httpx.Response) -> M:
            return parse_data(model, decode_json(response), response)

        _MODEL_PARSERS[model] = parser
        _PARSED_BY[parser] = model
    return parser


def list_parser(model: type[M]) -> Parser[list[M]]:
    """The parser of responses whose body is a JSON array of `model`."""
    parser = _LIST_PARSERS.get(model)
    if parser is None:

        def parser(response: httpx.Response) -> list[M]:
            data = decode_json(response)
            if not isinstance(data, list):
                raise invalid(response, f"expected a JSON array, got {type(data).__name__}")
            return [parse_data(model, item, response) for item in data]

        _LIST_PARSERS[model] = parser
    return parser


def no_content(response: httpx.Response) -> None:
    """Operations that answer nothing worth reading (a disconnect, a tag change) return None."""
    return None

"""Turn a success response into a model, or a ResponseValidationError; nothing else escapes.

The JSON is decoded here and handed to the model's generated `from_dict`, which checks every
field's type as it reads it (templates/model.py.jinja writes those checks from the spec): a
missing field is a KeyError, a value of the wrong type a FieldError naming the field's path, and
either becomes ResponseValidationError. Code that receives a `CommandExecution` can rely on its
types.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import httpx

from ._errors import ResponseValidationError


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: typing.Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)


def loads(raw: bytes) -> Any:
    """`json.loads(raw)`, decoded by msgspec when msgspec can (about three times faster on an answer).

    msgspec's decoder is strict JSON and gives the same values `json.loads` gives (integers of any
    size included); what it refuses (NaN and Infinity, lone surrogate escapes, a BOM, UTF-16,
    nesting past its limit, anything broken) goes to `json.loads`, so the result or the error is
    always `json.loads`'s own.
    """
    try:
        return _decode(raw)
    except (ValueError, RecursionError):
        return json.loads(raw)


def _first_decode(raw: bytes) -> Any:
    """Import msgspec on the first answer (about 5 ms `import volteras` need not pay), then decode."""
    global _decode
    import msgspec.json

    _decode = msgspec.json.Decoder().decode
    return _decode(raw)


_decode: Callable[[bytes], Any] = _first_decode


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

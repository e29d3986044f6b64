"""The SDK decodes JSON with msgspec, handing `json.loads` whatever msgspec refuses; whatever arrives,
the value (types included) or the error must be exactly `json.loads`'s."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from volteras._parsing import loads

BODIES = [
    b'{"a": 1}',
    b'{"a": 1}\n',
    b'{"a": 1}\r\n\t ',
    b"[1, 2, 3]",
    b" {}",
    b"{}\x0b",  # not JSON whitespace
    b'{"a": 1} x',
    b'{"a": 1}{"b": 2}',
    b"",
    b"[",
    b"{",
    b"1",
    b"null",
    b'"text"',
    b"[NaN, Infinity, -Infinity]",
    b'{"e": "\\ud800"}',
    b'{"e": "\xed\xa0\x80"}',  # a lone surrogate written as UTF-8
    b'{"e": "\xff"}',  # not UTF-8
    b"\xef\xbb\xbf{}",  # UTF-8 with a BOM
    '{"a": "é"}'.encode("utf-16"),
    '{"a": "é"}'.encode("utf-16-le"),
    '{"a": "é"}'.encode("utf-32-be"),
    b'{\x00"\x00a\x00"\x00:\x001\x00}\x00',
    b"[" * 50 + b"]" * 50,
    b"[" * 1100 + b"]" * 1100,  # past msgspec's depth limit, within json's
    b'{"a": 1, "a": 2, "b": 3}',
    b"[18446744073709551616, -9223372036854775809, 123456789012345678901234567890]",  # past 64 bits
    b"[1E400, -1e400, 1e-400, -0, -0.0, 1.0, 1e2, 0.1, 5e-324, 1.7976931348623157e308]",
    rb'["\u0000", "\ud83d\ude00", "\/", "\u00e9"]',
    b'{"a": "\x01"}',  # a raw control character
]


def _typed(value: object) -> object:
    """`value` with each leaf's class beside it, so 1, 1.0 and True no longer compare equal."""
    if isinstance(value, dict):
        return {key: _typed(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_typed(inner) for inner in value]
    return (type(value).__name__, repr(value))


def _outcome(decode: object, body: bytes) -> tuple[str, object]:
    try:
        return "value", _typed(decode(body))  # type: ignore[operator]
    except (ValueError, RecursionError) as error:
        return type(error).__name__, str(error)


@pytest.mark.parametrize("body", BODIES, ids=[repr(body)[:40] for body in BODIES])
def test_same_value_or_error_as_json_loads(body: bytes) -> None:
    """Each awkward body decodes to json.loads's value, or fails with json.loads's error."""
    assert _outcome(loads, body) == _outcome(json.loads, body)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=60),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=8,
        ).map(lambda value: json.dumps(value).encode()),
    ),
    st.sampled_from([b"", b"\n", b" x", b"]", b"\x00"]),
)
def test_same_as_json_loads_on_any_bytes(body: bytes, tail: bytes) -> None:
    """Random bytes and random JSON (any size of integer, any float) decode exactly as json.loads does."""
    assert _outcome(loads, body + tail) == _outcome(json.loads, body + tail)

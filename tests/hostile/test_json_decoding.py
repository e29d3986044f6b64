"""The SDK's JSON decoding takes a shortcut past `json.loads` for the usual body; whatever arrives,
the value or the error must be exactly `json.loads`'s."""

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
]


def _outcome(decode: object, body: bytes) -> tuple[str, object]:
    try:
        return "value", decode(body)  # type: ignore[operator]
    except (ValueError, RecursionError) as error:
        return type(error).__name__, str(error)


@pytest.mark.parametrize("body", BODIES, ids=[repr(body)[:40] for body in BODIES])
def test_same_value_or_error_as_json_loads(body: bytes) -> None:
    assert _outcome(loads, body) == _outcome(json.loads, body)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=60),
        st.recursive(
            st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=8),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=8,
        ).map(lambda value: json.dumps(value).encode()),
    ),
    st.sampled_from([b"", b"\n", b" x", b"]", b"\x00"]),
)
def test_same_as_json_loads_on_any_bytes(body: bytes, tail: bytes) -> None:
    assert _outcome(loads, body + tail) == _outcome(json.loads, body + tail)

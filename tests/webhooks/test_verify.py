"""`Webhooks.verify`: authentic, fresh deliveries pass; everything else is a typed, secret-free error."""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping

import httpx
import pytest

from volteras import VolterasError, Webhooks, WebhookVerificationError

from .helpers import COMMAND_BODY, NOW, OTHER_SECRET, SECRET, clock, sign, svix_headers


def webhooks(secret: str | list[str] = SECRET, **kwargs: float) -> Webhooks:
    return Webhooks(secret, clock=clock, **kwargs)


def refused(wh: Webhooks, body: bytes | str, headers: object) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as info:
        wh.verify(body, headers)
    return info.value


class ReadOnlyHeaders(Mapping[str, str]):
    """A framework-style headers object: a Mapping whose lookups ignore case (like Starlette's)."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._items = [(name.title(), value) for name, value in headers.items()]

    def __getitem__(self, name: str) -> str:
        for key, value in self._items:
            if key.lower() == name.lower():
                return value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(key for key, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)


class CaseSensitiveHeaders(Mapping[str, str]):
    """A Mapping that knows its keys only in the case they were stored in (no helpful `get`)."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._headers = {name.upper(): value for name, value in headers.items()}

    def __getitem__(self, name: str) -> str:
        return self._headers[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)


def test_authentic_delivery_passes() -> None:
    """A delivery signed with the endpoint's secret, stamped now, verifies without error."""
    webhooks().verify(COMMAND_BODY, svix_headers())


def test_webhook_headers_family_accepted() -> None:
    """The Standard Webhooks names (webhook-id, webhook-timestamp, webhook-signature) work like svix-*."""
    webhooks().verify(COMMAND_BODY, svix_headers(prefix="webhook"))


@pytest.mark.parametrize(
    "container",
    [
        pytest.param(lambda h: {k.upper(): v for k, v in h.items()}, id="dict-upper"),
        pytest.param(lambda h: {k.title(): v for k, v in h.items()}, id="dict-title"),
        pytest.param(httpx.Headers, id="httpx.Headers"),
        pytest.param(ReadOnlyHeaders, id="case-insensitive-mapping"),
        pytest.param(CaseSensitiveHeaders, id="case-sensitive-mapping"),
        pytest.param(lambda h: [(k.encode(), v.encode()) for k, v in h.items()], id="asgi-byte-pairs"),
    ],
)
@pytest.mark.parametrize("prefix", ["svix", "webhook"])
def test_any_header_container_and_case(container: object, prefix: str) -> None:
    """Headers are found in dicts, httpx.Headers, framework-style Mappings and pairs, in any letter case."""
    headers = container(svix_headers(prefix=prefix))  # type: ignore[operator]
    webhooks().verify(COMMAND_BODY, headers)


def test_text_body_is_accepted() -> None:
    """A body given as str (already decoded) verifies like its UTF-8 bytes."""
    body = '{"note": "caf\u00e9"}'
    webhooks().verify(body, svix_headers(body.encode()))


def test_rotation_any_signature_in_the_header_matches() -> None:
    """During a rotation Svix sends several signatures; one matching entry is enough, in any position."""
    good = sign(SECRET, "msg_1", NOW, COMMAND_BODY)
    stale = sign(OTHER_SECRET, "msg_1", NOW, COMMAND_BODY)
    for value in (f"{stale} {good}", f"{good} {stale}", f"v1a,c29tZXRoaW5n {stale}  {good}"):
        headers = {**svix_headers(), "svix-signature": value}
        webhooks().verify(COMMAND_BODY, headers)


def test_signature_entries_split_on_any_whitespace() -> None:
    """Entries separated by tabs, newlines or the ASCII separator characters still count."""
    good = sign(SECRET, "msg_1", NOW, COMMAND_BODY)
    stale = sign(OTHER_SECRET, "msg_1", NOW, COMMAND_BODY)
    for separator in ("\t", "\n", "\x1f", "\x1c"):
        headers = {**svix_headers(), "svix-signature": f"{stale}{separator}{good}"}
        webhooks().verify(COMMAND_BODY, headers)


def test_a_clock_returning_nan_is_refused() -> None:
    """A NaN time would pass every tolerance comparison; it is refused instead of trusted."""
    wh = Webhooks(SECRET, clock=lambda: float("nan"))
    with pytest.raises(ValueError, match="clock"):
        wh.verify(COMMAND_BODY, svix_headers())


def test_several_secrets_any_one_verifies() -> None:
    """A receiver holding the old and the new secret accepts deliveries signed with either."""
    wh = webhooks([OTHER_SECRET, SECRET])
    wh.verify(COMMAND_BODY, svix_headers(secret=SECRET))
    wh.verify(COMMAND_BODY, svix_headers(secret=OTHER_SECRET))
    Webhooks(f"{OTHER_SECRET} {SECRET}", clock=clock).verify(COMMAND_BODY, svix_headers())


def test_secret_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an argument the secrets come from VOLTERAS_WEBHOOK_SECRET, space separated."""
    monkeypatch.setenv("VOLTERAS_WEBHOOK_SECRET", f"{OTHER_SECRET}  {SECRET}")
    Webhooks(clock=clock).verify(COMMAND_BODY, svix_headers())
    monkeypatch.delenv("VOLTERAS_WEBHOOK_SECRET")
    with pytest.raises(WebhookVerificationError, match="VOLTERAS_WEBHOOK_SECRET") as info:
        Webhooks()
    assert info.value.reason == "malformed_secret"


def test_secret_without_prefix_or_padding() -> None:
    """The bare base64 part of the secret works too, padded or not, as in Svix's own libraries."""
    bare = SECRET.removeprefix("whsec_")
    webhooks(bare).verify(COMMAND_BODY, svix_headers())
    unpadded_key = base64.b64encode(b"seventeen bytes!!").decode()
    assert unpadded_key.endswith("=")
    headers = svix_headers(secret="whsec_" + unpadded_key)
    webhooks("whsec_" + unpadded_key.rstrip("=")).verify(COMMAND_BODY, headers)


@pytest.mark.parametrize("size", [1, 24, 63, 64, 65, 200])
def test_keys_of_every_size_around_the_hash_block(size: int) -> None:
    """Keys shorter than, equal to and longer than SHA-256's 64-byte block (which HMAC hashes first)
    verify what the standard library's hmac signed, and refuse the same delivery one byte changed."""
    secret = "whsec_" + base64.b64encode(bytes(range(size))).decode()
    headers = svix_headers(secret=secret)
    webhooks(secret).verify(COMMAND_BODY, headers)
    with pytest.raises(WebhookVerificationError) as info:
        webhooks(secret).verify(COMMAND_BODY + b" ", headers)
    assert info.value.reason == "no_matching_signature"


@pytest.mark.parametrize(
    "secret",
    ["whsec_not base64!", "whsec_", "", "   ", "whsec_@@@@", ["whsec_Zm9v", "whsec_%%"]],
    ids=["not-base64", "empty-after-prefix", "empty", "blank", "bad-chars", "one-bad-of-two"],
)
def test_malformed_secret_refused_at_construction(secret: str | list[str]) -> None:
    """An unusable secret fails when the receiver is built, not on the first delivery, without echoing it."""
    with pytest.raises(WebhookVerificationError) as info:
        Webhooks(secret)
    assert info.value.reason == "malformed_secret"
    for value in [secret] if isinstance(secret, str) else secret:
        if value.strip() and value != "whsec_":
            assert value not in str(info.value)


def test_secret_of_wrong_type_refused() -> None:
    """bytes or a number as the secret is refused with a message naming the type."""
    for secret in (b"whsec_Zm9v", 42, [b"whsec_Zm9v"]):
        with pytest.raises(WebhookVerificationError, match="str") as info:
            Webhooks(secret)  # type: ignore[arg-type]
        assert info.value.reason == "malformed_secret"


def test_repr_hides_the_secret() -> None:
    """repr() of a receiver says how many secrets it holds, never their value."""
    text = repr(webhooks([SECRET, OTHER_SECRET]))
    assert "2 secret" in text
    for secret in (SECRET, OTHER_SECRET):
        assert secret.removeprefix("whsec_")[:8] not in text


def test_bad_tolerance_refused() -> None:
    """A negative, infinite or non-numeric tolerance is a ValueError/TypeError at construction."""
    for bad in (-1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="tolerance"):
            Webhooks(SECRET, tolerance=bad)
    with pytest.raises(TypeError, match="tolerance"):
        Webhooks(SECRET, tolerance="300")  # type: ignore[arg-type]


@pytest.mark.parametrize("missing", ["svix-id", "svix-timestamp", "svix-signature"])
def test_missing_header(missing: str) -> None:
    """Each of the three headers is required; the error names the one that is absent."""
    headers = svix_headers()
    del headers[missing]
    error = refused(webhooks(), COMMAND_BODY, headers)
    assert error.reason == "missing_header"
    assert missing.replace("svix-id", "svix-id (or webhook-id)") in str(error)


def test_no_headers_at_all() -> None:
    """Headers without any webhook header are refused as missing."""
    assert refused(webhooks(), COMMAND_BODY, {"content-type": "application/json"}).reason == "missing_header"


def test_headers_not_a_mapping() -> None:
    """A headers argument that is neither a mapping nor pairs is refused by type, not with AttributeError."""
    for headers in (None, 42, "svix-id: 1", [("only-one",)]):
        assert refused(webhooks(), COMMAND_BODY, headers).reason == "malformed_headers"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"svix-id": ""}, "malformed_header"),
        ({"svix-id": 7}, "malformed_header"),
        ({"svix-id": "msg_\udc80"}, "malformed_header"),
        ({"svix-signature": "v1,"}, "malformed_header"),
        ({"svix-signature": "v2,abcd v1a,abcd"}, "malformed_header"),
        ({"svix-signature": "v1,@@not-base64@@"}, "malformed_header"),
        ({"svix-signature": ""}, "malformed_header"),
        ({"svix-signature": None}, "missing_header"),
        ({"svix-timestamp": "soon"}, "bad_timestamp"),
        ({"svix-timestamp": "1.7e9"}, "bad_timestamp"),
        ({"svix-timestamp": "-1700000000"}, "bad_timestamp"),
        ({"svix-timestamp": "\u0661\u0667"}, "bad_timestamp"),
        ({"svix-timestamp": "9" * 40}, "bad_timestamp"),
        ({"svix-timestamp": ""}, "bad_timestamp"),
    ],
)
def test_malformed_headers(changes: dict[str, object], reason: str) -> None:
    """Headers that cannot be read are refused with the check that failed, never a ValueError from inside."""
    headers: dict[str, object] = {**svix_headers(), **changes}
    headers = {k: v for k, v in headers.items() if v is not None}
    assert refused(webhooks(), COMMAND_BODY, headers).reason == reason


def test_stale_and_future_timestamps() -> None:
    """Deliveries stamped more than the tolerance before or after now are refused; at the edge they pass."""
    wh = webhooks(tolerance=300)
    for offset, reason in (
        (-301, "stale_timestamp"),
        (301, "future_timestamp"),
        (-86_400, "stale_timestamp"),
    ):
        error = refused(wh, COMMAND_BODY, svix_headers(timestamp=NOW + offset))
        assert error.reason == reason
        assert "300" in str(error)
    for offset in (-300, 300, 0):
        wh.verify(COMMAND_BODY, svix_headers(timestamp=NOW + offset))


def test_tolerance_and_clock_are_configurable() -> None:
    """A wider tolerance accepts an older delivery; the injected clock is what 'now' means."""
    headers = svix_headers(timestamp=NOW - 3600)
    webhooks(tolerance=3601).verify(COMMAND_BODY, headers)
    Webhooks(SECRET, clock=lambda: NOW - 3600).verify(COMMAND_BODY, headers)
    assert refused(webhooks(), COMMAND_BODY, headers).reason == "stale_timestamp"


def test_wrong_secret_refused() -> None:
    """A delivery signed with another endpoint's secret matches no signature."""
    error = refused(webhooks(), COMMAND_BODY, svix_headers(secret=OTHER_SECRET))
    assert error.reason == "no_matching_signature"
    assert SECRET not in str(error) and OTHER_SECRET not in str(error)


def test_body_checked_as_exact_bytes() -> None:
    """Any change to the body (one byte, whitespace, re-serialised JSON) breaks the signature."""
    headers = svix_headers()
    for body in (
        COMMAND_BODY.replace(b"EXECUTED", b"EXECUTEd"),
        COMMAND_BODY + b"\n",
        COMMAND_BODY.replace(b": ", b":"),
        b"",
    ):
        assert refused(webhooks(), body, headers).reason == "no_matching_signature"


def test_id_and_timestamp_are_signed() -> None:
    """Replaying a signature under another message id or timestamp fails: both are part of the signed content."""
    signature = svix_headers()["svix-signature"]
    assert (
        refused(
            webhooks(), COMMAND_BODY, {**svix_headers(webhook_id="msg_2"), "svix-signature": signature}
        ).reason
        == "no_matching_signature"
    )
    assert (
        refused(
            webhooks(), COMMAND_BODY, {**svix_headers(timestamp=NOW + 1), "svix-signature": signature}
        ).reason
        == "no_matching_signature"
    )


def test_body_of_wrong_type() -> None:
    """A parsed body (dict) instead of the raw bytes is refused with a message saying so."""
    error = refused(webhooks(), {"id": "cmd_1"}, svix_headers())  # type: ignore[arg-type]
    assert error.reason == "malformed_body"
    assert "raw bytes" in str(error)


def test_error_is_a_volteras_error() -> None:
    """WebhookVerificationError can be caught as VolterasError, like everything the SDK raises."""
    assert issubclass(WebhookVerificationError, VolterasError)


def test_sign_produces_headers_that_verify() -> None:
    """Webhooks.sign gives headers for a receiver's own tests, signed with every secret it holds."""
    wh = webhooks([SECRET, OTHER_SECRET])
    headers = wh.sign(COMMAND_BODY, webhook_id="msg_9", timestamp=NOW)
    assert headers["svix-id"] == "msg_9"
    assert headers["svix-timestamp"] == str(NOW)
    assert headers["svix-signature"].split() == [
        sign(SECRET, "msg_9", NOW, COMMAND_BODY),
        sign(OTHER_SECRET, "msg_9", NOW, COMMAND_BODY),
    ]
    webhooks(OTHER_SECRET).verify(COMMAND_BODY, headers)
    webhooks().verify(COMMAND_BODY, wh.sign(COMMAND_BODY))

"""Hypothesis: whatever arrives, only WebhookVerificationError escapes, and it never shows a secret."""

from __future__ import annotations

import base64

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volteras import UnknownEvent, WebhookEvent, Webhooks, WebhookVerificationError

from .helpers import NOW, clock, sign

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

keys = st.binary(min_size=1, max_size=130)  # past SHA-256's 64-byte block, which HMAC hashes first
secrets_ = keys.map(lambda key: "whsec_" + base64.b64encode(key).decode())
names = st.sampled_from(
    ["svix-id", "svix-timestamp", "svix-signature", "webhook-id", "webhook-timestamp", "webhook-signature",
     "SVIX-ID", "Webhook-Signature", "content-type"]
)  # fmt: skip
values = st.one_of(
    st.text(max_size=60),
    st.binary(max_size=60),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=2),
    st.from_regex(r"v1,[A-Za-z0-9+/=]{0,48}( v1,[A-Za-z0-9+/=]{0,48})?", fullmatch=True),
    st.integers(min_value=NOW - 1000, max_value=NOW + 1000).map(str),
)
headers = st.one_of(
    st.dictionaries(names, values, max_size=7),
    st.lists(st.tuples(names, values), max_size=7),
    st.one_of(st.none(), st.integers(), st.text(max_size=10)),
)
bodies = st.one_of(st.binary(max_size=200), st.text(max_size=200), st.integers(), st.none())


def _assert_secret_free(error: WebhookVerificationError, *secret_values: str) -> None:
    text = str(error) + repr(error)
    for secret in secret_values:
        assert secret not in text
        assert secret.removeprefix("whsec_") not in text


@SETTINGS
@given(secret=secrets_, body=bodies, headers=headers, event_type=st.one_of(st.none(), st.text(max_size=20)))
def test_arbitrary_headers_and_bodies(
    secret: str, body: object, headers: object, event_type: str | None
) -> None:
    """Random headers (any container, names, value types) and bodies give an event or WebhookVerificationError."""
    wh = Webhooks(secret, clock=clock)
    try:
        result = wh.unwrap(body, headers, event_type=event_type)  # type: ignore[arg-type]
    except WebhookVerificationError as error:
        _assert_secret_free(error, secret)
    else:
        assert isinstance(result, WebhookEvent | UnknownEvent)


@SETTINGS
@given(
    secret=secrets_,
    body=st.binary(max_size=300),
    webhook_id=st.text(min_size=1, max_size=30),
    offset=st.integers(-400, 400),
)
def test_signed_deliveries_parse_or_are_refused_for_time(
    secret: str, body: bytes, webhook_id: str, offset: int
) -> None:
    """Correctly signed random bodies always unwrap to an event, unless the timestamp is out of tolerance."""
    wh = Webhooks(secret, clock=clock)
    try:
        webhook_id.encode()
    except UnicodeEncodeError:
        return
    headers = {
        "svix-id": webhook_id,
        "svix-timestamp": str(NOW + offset),
        "svix-signature": sign(secret, webhook_id, NOW + offset, body),
    }
    try:
        result: object = wh.unwrap(body, headers)
    except WebhookVerificationError as error:
        result = error
    if abs(offset) > 300:
        assert isinstance(result, WebhookVerificationError)
        assert result.reason in ("stale_timestamp", "future_timestamp")
        _assert_secret_free(result, secret)
    else:
        assert isinstance(result, WebhookEvent | UnknownEvent)


@SETTINGS
@given(
    secret=st.one_of(
        st.text(max_size=60),
        st.lists(st.text(max_size=40), max_size=3),
        st.binary(max_size=20),
        st.integers(),
    )
)
def test_arbitrary_secrets(secret: object) -> None:
    """Any secret value either builds a receiver or fails with WebhookVerificationError, without echoing it."""
    try:
        outcome: object = Webhooks(secret)  # type: ignore[arg-type]
    except WebhookVerificationError as error:
        outcome = error
    if isinstance(outcome, WebhookVerificationError):
        assert outcome.reason == "malformed_secret"
        for value in secret if isinstance(secret, list) else [secret]:
            if isinstance(value, str) and len(value.strip()) > 8:
                assert value.strip() not in str(outcome)
    else:
        assert "whsec" not in repr(outcome)

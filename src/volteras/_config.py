"""Where the client's settings come from: arguments first, then VOLTERAS_* variables."""

from __future__ import annotations

import ipaddress
import os
import ssl
from typing import Final, Literal

import attrs
import httpx

from . import _internals
from ._arguments import as_str
from ._errors import VolterasError
from ._version import __version__

Environment = Literal["production", "sandbox"]
ENVIRONMENTS: Final[dict[str, str]] = {
    "production": "https://api.volteras.com",
    "sandbox": "https://api.sandbox.volteras.com",
}
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2
MAX_TIMEOUT: Final = 24 * 3600.0
# Lets the API's operators tell SDK traffic and its version apart (Stainless SDKs do the same).
USER_AGENT: Final = f"volteras-python/{__version__} httpx/{httpx.__version__}"


class Secret:
    """Holds a credential so that no repr, log line or traceback shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


@attrs.frozen
class Settings:
    client_id: str
    client_secret: Secret
    base_url: str
    source: str
    """What chose `base_url`: an argument, a variable, or the default; said by `volteras --debug`."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str, name: str = "base_url") -> str:
    """Refuse cleartext HTTP except to this machine, where the simulator runs.

    `name` is how the caller gave it (`base_url`, `VOLTERAS_BASE_URL`, the CLI's `--base-url`),
    so the message names what to fix."""
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"{name} {base_url!r} is not a valid URL: {exc}") from None
    if url.userinfo:  # said without the URL: it may hold a password
        raise ValueError(
            f"{name} must not carry a user name or password; give the credentials on their own "
            "(client_id= and client_secret=, or VOLTERAS_CLIENT_ID and VOLTERAS_CLIENT_SECRET)"
        )
    if "?" in base_url or "#" in base_url:
        raise ValueError(
            f"{name} {base_url!r} must not have a query or a fragment: paths are appended to it, "
            "so they would land inside the query"
        )
    if url.scheme not in ("https", "http") or not url.host:
        raise ValueError(f"{name} {base_url!r} must be an absolute https:// URL")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ValueError(f"{name} {base_url!r} uses plain http; only https is allowed except on loopback")
    return base_url.rstrip("/")


def same_api(a: str, b: str) -> bool:
    """Whether two base URLs name the same API: host names compare case-insensitively (DNS does),
    a default port as none, and a trailing slash as none, so `https://API.SANDBOX...` is the sandbox."""
    one, other = httpx.URL(a), httpx.URL(b)  # httpx lowercases the host and drops a default port
    return (one.scheme, one.host, one.port, one.path.rstrip("/")) == (
        other.scheme,
        other.host,
        other.port,
        other.path.rstrip("/"),
    )


def resolve(
    client_id: str | None,
    client_secret: str | None,
    environment: str | None,
    base_url: str | None,
) -> Settings:
    for name, value in (("client_id", client_id), ("client_secret", client_secret), ("base_url", base_url)):
        as_str(name, value)
    as_str("environment", environment)
    client_id = client_id or os.environ.get("VOLTERAS_CLIENT_ID") or None
    client_secret = client_secret or os.environ.get("VOLTERAS_CLIENT_SECRET") or None
    missing = [
        name for name, value in (("client_id", client_id), ("client_secret", client_secret)) if not value
    ]
    if missing:
        variables = " and ".join(f"VOLTERAS_{name.upper()}" for name in missing)
        raise VolterasError(f"missing {' and '.join(missing)}: pass it to the client or set {variables}")
    assert client_id is not None
    assert client_secret is not None
    url, source = choose_base_url(environment, base_url)
    return Settings(
        client_id=client_id,
        client_secret=Secret(client_secret),
        base_url=check_base_url(url, "VOLTERAS_BASE_URL" if source == "VOLTERAS_BASE_URL" else "base_url"),
        source=source,
    )


def _environment(name: str, given_as: str) -> str:
    if name not in ENVIRONMENTS:
        raise ValueError(f"{given_as} must be one of {', '.join(ENVIRONMENTS)}, not {name!r}")
    return ENVIRONMENTS[name]


def choose_base_url(environment: str | None, base_url: str | None) -> tuple[str, str]:
    """The API's address and what chose it: an argument beats every variable, and two sources that
    could disagree are refused rather than one silently winning.

    A user who asked for the sandbox must never reach production because a shell profile or a
    `.env` file set VOLTERAS_BASE_URL: `environment=` and `base_url=` each beat both variables,
    naming both arguments is an error, and so are the two variables naming different APIs.
    """
    environment, base_url = environment or None, base_url or None
    if environment is not None and base_url is not None:
        raise ValueError(
            f"pass environment= or base_url=, not both: environment={environment!r} means "
            f"{ENVIRONMENTS.get(environment, 'an unknown API')}, base_url={base_url!r} another address"
        )
    if environment is not None:
        return _environment(environment, "environment"), f"environment={environment!r}"
    if base_url is not None:
        return base_url, "base_url="
    env_name = os.environ.get("VOLTERAS_ENVIRONMENT") or None
    env_url = os.environ.get("VOLTERAS_BASE_URL") or None
    named = None if env_name is None else _environment(env_name, "VOLTERAS_ENVIRONMENT")
    if (
        named is not None
        and env_url is not None
        and not same_api(check_base_url(env_url, "VOLTERAS_BASE_URL"), named)
    ):
        raise ValueError(
            f"VOLTERAS_ENVIRONMENT={env_name} ({named}) and VOLTERAS_BASE_URL={env_url} name different "
            "APIs; unset one of them, or choose one explicitly (environment= or base_url= in Python, "
            "--sandbox or --base-url on the command line)"
        )
    if env_url is not None:
        return env_url, "VOLTERAS_BASE_URL"
    if named is not None:
        return named, f"VOLTERAS_ENVIRONMENT={env_name}"
    return ENVIRONMENTS["production"], "the default (production)"


def check_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Refuse a timeout that leaves any phase unbounded: a command call must never hang for ever."""
    phases: tuple[float | None, ...]
    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool):
        phases = (float(timeout),)
    else:
        raise ValueError(f"timeout must be seconds or an httpx.Timeout, not {timeout!r}")
    if any(phase is None or not 0 < phase <= MAX_TIMEOUT for phase in phases):
        raise ValueError(
            f"timeout must bound every phase with a positive number of seconds up to {MAX_TIMEOUT:g}, "
            f"not {timeout!r}"
        )
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def direct_mounts(base_url: str) -> dict[str, None]:
    """httpx mounts that send a plain-HTTP base URL's requests straight to it, never through a proxy.

    Plain HTTP is only allowed to loopback, where a proxy named by HTTP_PROXY or ALL_PROXY has no
    business: through it the Basic credentials and bearer tokens would travel in clear text to
    another machine. HTTPS keeps whatever proxy the environment names (a CONNECT tunnel, so
    the proxy sees the host name and nothing else).
    """
    url = httpx.URL(base_url)
    return {f"http://{url.netloc.decode('ascii')}": None} if url.scheme == "http" else {}


def _proxied(http: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> bool:
    """Whether a request to `url` would go through a mounted transport (a proxy) instead of the default."""
    return _internals.transport_for_url(http, url) is not _internals.transports(http)[0]


def check_http_client(
    http: httpx.Client | httpx.AsyncClient, *, allow_insecure: bool, base_url: str | None = None
) -> None:
    """Refuse a caller's http client that would follow redirects or skip TLS checks.

    Followed, a redirect would send a command a second time to wherever the server points, and
    the token request's refresh token and client secret with it. A client that does not verify
    certificates hands every credential to whoever sits in the middle, so it takes an argument
    whose name says so. A custom transport's TLS settings cannot be seen and are trusted.
    """
    if http.follow_redirects:
        raise ValueError(
            "http_client follows redirects: a redirected command would be sent twice and a redirected "
            "token request would carry the credentials elsewhere; create it with follow_redirects=False"
        )
    for origin in direct_mounts(base_url) if base_url is not None else ():
        if _proxied(http, httpx.URL(origin)):
            raise ValueError(
                f"http_client would send the plain-HTTP requests for {origin} through a proxy (HTTP_PROXY "
                "or ALL_PROXY), credentials included, in clear text; create it with trust_env=False or "
                f"mounts={{{origin!r}: None}}"
            )
    if not allow_insecure and _skips_tls_checks(http):
        raise ValueError(
            "http_client does not verify TLS certificates or host names (verify=False), so anyone on the "
            "path could read the credentials; pass allow_insecure_http_client=True only if you mean it"
        )


def _skips_tls_checks(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether any of the client's default or proxy transports has certificate checks off."""
    for transport in _internals.transports(http):
        pool = _internals.pool(transport)
        context = None if pool is None else _internals.ssl_context(pool)
        if context is not None and (context.verify_mode == ssl.CERT_NONE or not context.check_hostname):
            return True
    return False


def pool_limits(max_connections: int | None, limits: httpx.Limits | None) -> httpx.Limits | None:
    """The pool size asked for, if any: `max_connections` is the short way to say `limits`."""
    if max_connections is None:
        if limits is not None and not isinstance(limits, httpx.Limits):
            raise TypeError(f"limits must be an httpx.Limits, not {type(limits).__name__}")
        return limits
    if limits is not None:
        raise ValueError("pass max_connections or limits, not both")
    if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
        raise ValueError(f"max_connections must be an int >= 1, not {max_connections!r}")
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=min(20, max_connections))

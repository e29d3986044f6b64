"""`make soak`'s checks, at 200 commands and 40 jobs over the rest of the API: no violations, and
the checks do fire on a broken SDK."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import volteras._auth
import volteras._retry

from .conftest import load_script

TOKEN_LIFETIME = 1.0  # short, so that even this short run renews by lifetime several times


@pytest.mark.timeout(120)
def test_short_soak_has_no_violations() -> None:
    """`make soak`'s setup (500 vehicles, concurrency 50, 5% faults) with 200 commands and 40 other jobs passes every check."""
    soak = load_script("soak")
    report = asyncio.run(soak.soak(commands=200, token_lifetime=TOKEN_LIFETIME, deadline=90.0))
    assert report.violations == [], report.table()
    assert len(report.outcomes.results) == report.jobs == 240
    assert report.others == {"walk": 10, "telemetry": 10, "tag": 10, "connect": 10}
    done = {detail for kind, detail in report.outcomes.results.values() if kind == "ok"}
    assert done == set(report.others), "some kind of job never succeeded: its checks went untested"
    assert report.faults_fired > 0
    assert report.token_requests >= 2, "the token lifetime never ran out: the token bound went untested"
    assert report.token_requests <= report.token_allowed


@pytest.mark.timeout(120)
def test_soak_reports_an_sdk_that_resends_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the SDK to retry command POSTs after a 5xx or a dropped connection, the soak would fail."""
    soak = load_script("soak")

    should_retry = volteras._retry.should_retry

    def as_if_repeatable(
        repeatable: bool, outcome: httpx.Response | Exception, attempt: int, most: int
    ) -> bool:
        return should_retry(True, outcome, attempt, most)

    monkeypatch.setattr(volteras._retry, "should_retry", as_if_repeatable)
    report = asyncio.run(soak.soak(commands=80, vehicles=40, fault_rate=0.2, deadline=90.0))
    assert any("re-sent" in violation for violation in report.violations), report.table()
    assert any("duplicate" in violation for violation in report.violations), report.table()
    assert "FAILED" in report.table()


@pytest.mark.timeout(120)
def test_soak_reports_an_sdk_that_gives_up_on_revoked_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the SDK to never replay a call after a 401 on a revoked token, the soak would fail."""
    soak = load_script("soak")
    monkeypatch.setattr(volteras._auth, "MAX_REPLAYS", 0)
    report = asyncio.run(soak.soak(commands=80, vehicles=40, fault_rate=0.2, deadline=90.0))
    assert any("AuthenticationError" in violation for violation in report.violations), report.table()

"""A short soak (scripts/soak.py, 300 commands under injected faults) ends with zero violations."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import volteras._retry

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "soak.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("volteras_soak_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building classes
    spec.loader.exec_module(module)
    return module


def test_short_soak_has_no_violations() -> None:
    soak = _load()
    backoff = volteras._retry.backoff_enabled()
    report = asyncio.run(
        soak.soak(commands=300, vehicles=60, concurrency=20, fault_rate=0.05, seed=1, deadline=25.0)
    )
    assert report.violations == [], report.table()
    assert len(report.outcomes.results) == report.jobs == 300
    assert report.faults_fired > 0
    assert volteras._retry.backoff_enabled() == backoff

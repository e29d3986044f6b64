"""The suite's shared builds: a regeneration asked for by both pytest workers runs once, and a
failed one fails every worker that waited for it with the builder's error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.conftest import build_shared


def test_a_folder_claimed_by_two_workers_at_once_is_built_once_and_complete_for_both(tmp_path: Path) -> None:
    builds: list[str] = []
    started = threading.Event()

    def build(folder: Path) -> None:
        builds.append(threading.current_thread().name)
        started.set()
        threading.Event().wait(0.2)  # the other worker arrives while this one is still writing
        (folder / "tree").write_text("built")

    seen: dict[str, str] = {}

    def worker() -> None:
        seen[threading.current_thread().name] = (build_shared(tmp_path / "once", build) / "tree").read_text()

    first = threading.Thread(target=worker, name="gw0")
    second = threading.Thread(target=worker, name="gw1")
    first.start()
    assert started.wait(5)
    second.start()
    for thread in (first, second):
        thread.join(10)
    assert builds == ["gw0"]
    assert seen == {"gw0": "built", "gw1": "built"}


def test_a_build_that_failed_fails_the_waiting_worker_with_the_builders_error(tmp_path: Path) -> None:
    def broken(folder: Path) -> None:
        raise RuntimeError("generator exploded on volteras.yaml")

    with pytest.raises(RuntimeError):
        build_shared(tmp_path / "once", broken)
    with pytest.raises(pytest.fail.Exception, match="generator exploded on volteras"):
        build_shared(tmp_path / "once", broken)


def test_a_worker_gives_up_waiting_for_a_build_that_never_finishes(tmp_path: Path) -> None:
    (tmp_path / "once").mkdir()  # claimed by a worker that died before marking it done
    with pytest.raises(pytest.fail.Exception, match="not built by another worker in time"):
        build_shared(tmp_path / "once", lambda folder: None, wait=0.1)

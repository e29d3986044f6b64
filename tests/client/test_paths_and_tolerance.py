"""Path parameters reach the API exactly; unknown and free-text values come through as str."""

from __future__ import annotations

from typing import Any

import pytest

import volteras
import volteras._enums
from tests import spec_facts
from volteras import CommandFailedError, CommandStatus, FailedReason
from volteras.testing import Simulator

from .conftest import ASLEEP, gets, posts

UNSAFE_IDS = ["", ".", "..", "a/b", "/", "../veh_1"]
ODD_IDS = [
    "veh 1",
    "veh%201",
    "100%",
    "veh?x=1",
    "veh#frag",
    "véhicule-ü",
    "車両",
    "a+b",
    "a;b",
    "~tilde",
    "%2F",
    ":colon",
]


@pytest.mark.parametrize("vehicle_id", UNSAFE_IDS)
def test_unsafe_vehicle_ids_refused_before_sending(sim: Simulator, client: Any, vehicle_id: str) -> None:
    """Vehicle ids that would change the path ("", ".", "..", containing "/") raise ValueError before any request."""
    with pytest.raises(ValueError, match="vehicle_id"):
        client.commands.lock_doors(vehicle_id)
    with pytest.raises(ValueError, match="vehicle_id"):
        client.commands.set_charge_limit(vehicle_id, 50)
    with pytest.raises(ValueError, match="vehicle_id"):
        client.commands.get(vehicle_id, "cmd_1")
    with pytest.raises(ValueError, match="vehicle_id"):
        client.commands.list(vehicle_id)
    assert sim.requests == []


@pytest.mark.parametrize("execution_id", ["", ".", "..", "x/y"])
def test_unsafe_execution_ids_refused_before_sending(sim: Simulator, client: Any, execution_id: str) -> None:
    """An execution id that would change the path raises ValueError before any request."""
    with pytest.raises(ValueError, match="execution_id"):
        client.commands.get("veh_1", execution_id)
    assert sim.requests == []


@pytest.mark.parametrize("vehicle_id", [None, 7])
def test_non_string_vehicle_id_refused(sim: Simulator, client: Any, vehicle_id: Any) -> None:
    """A vehicle id that is not a str raises TypeError before any request."""
    with pytest.raises(TypeError):
        client.commands.lock_doors(vehicle_id)
    assert sim.requests == []


@pytest.mark.parametrize("vehicle_id", ODD_IDS)
def test_odd_vehicle_ids_reach_the_api_exactly(sim: Simulator, client: Any, vehicle_id: str) -> None:
    """Ids with spaces, %, ?, #, unicode and other specials arrive as exactly that one path segment."""
    sim.add_vehicle(vehicle_id, latency=0)
    execution = client.commands.lock_doors(vehicle_id)
    [post] = posts(sim)
    assert post.segments[3] == vehicle_id
    assert post.segments[4] == "command-execution:lock-doors"
    assert post.query == {}
    assert execution.vehicle_id == vehicle_id
    assert sim.executions[0].vehicle_id == vehicle_id
    assert client.commands.get(vehicle_id, execution.id).id == execution.id
    assert [e.id for e in client.commands.list(vehicle_id)] == [execution.id]
    for request in gets(sim):
        assert request.segments[3] == vehicle_id


@pytest.mark.parametrize("execution_id", ["cmd ?#%", "ünï"])
def test_odd_execution_ids_reach_the_api_exactly(sim: Simulator, client: Any, execution_id: str) -> None:
    """An execution id with specials arrives as exactly one path segment (and is not found)."""
    with pytest.raises(volteras.NotFoundError):
        client.commands.get("veh_1", execution_id)
    assert gets(sim)[0].segments[5] == execution_id


def test_plain_text_failed_reason_is_str(client: Any) -> None:
    """A failedReason that is free text comes through as that str, not an error."""
    execution = client.commands.lock_doors("veh_asleep")
    assert execution.status == CommandStatus.FAILED
    assert execution.failed_reason == ASLEEP
    assert not isinstance(execution.failed_reason, FailedReason)
    assert not volteras.is_documented_reason(execution.failed_reason)
    assert volteras.describe_reason(execution.failed_reason) == ASLEEP


def test_documented_failed_reason_is_enum_member(client: Any) -> None:
    """A documented failedReason comes through as the FailedReason member, with our description."""
    execution = client.commands.lock_doors("veh_offline")
    assert execution.failed_reason is FailedReason.OEM_VEHICLE_OFFLINE
    assert volteras.is_documented_reason(execution.failed_reason)
    assert (
        volteras.describe_reason(execution.failed_reason)
        == volteras.FAILURE_DESCRIPTIONS[FailedReason.OEM_VEHICLE_OFFLINE]
    )


@pytest.mark.parametrize("reason", [*[r.value for r in FailedReason][::7], "", "OEM_NEW_FAILURE_2031"])
def test_every_kind_of_reason_survives_wait(sim: Simulator, client: Any, reason: str) -> None:
    """Whatever failedReason the server sends reaches CommandFailedError.failed_reason unchanged."""
    sim.add_vehicle("veh_x", latency=0, outcome=reason)
    execution = client.commands.lock_doors("veh_x", wait=True)
    assert execution.status == CommandStatus.FAILED
    assert execution.failed_reason == reason
    with pytest.raises(CommandFailedError) as info:
        client.commands.wait(execution, wait_timeout=1, poll_interval=0.05, raise_on_failure=True)
    assert info.value.failed_reason == reason
    assert isinstance(info.value.failed_reason, str)


def test_failure_descriptions_cover_every_reason() -> None:
    """The spec describes every failure code it lists, and FAILURE_DESCRIPTIONS holds exactly those descriptions."""
    described = spec_facts.marked("FailedReason", "description")
    assert set(described) == set(spec_facts.enum_values("FailedReason")) == set(FailedReason)
    assert {str(code): text for code, text in volteras.FAILURE_DESCRIPTIONS.items()} == described
    assert all(isinstance(text, str) and text.strip() for text in volteras.FAILURE_DESCRIPTIONS.values())
    with pytest.raises(TypeError):
        volteras.FAILURE_DESCRIPTIONS[FailedReason.OEM_TIMEOUT] = "changed"  # type: ignore[index]


@pytest.mark.parametrize(
    ("reason", "documented", "described"),
    [
        ("OEM_VEHICLE_OFFLINE", True, "The vehicle is offline or asleep and could not be reached."),
        (FailedReason.SERVER_ERROR, True, "The Volteras platform failed while handling the command."),
        ("car asleep", False, "car asleep"),
        ("oem_vehicle_offline", False, "oem_vehicle_offline"),
        (None, False, None),
        (42, False, None),
    ],
)
def test_reason_helpers(reason: Any, documented: bool, described: str | None) -> None:
    """is_documented_reason tells codes from free text; describe_reason explains codes and echoes text."""
    assert volteras.is_documented_reason(reason) is documented
    assert volteras.describe_reason(reason) == described


def test_terminal_statuses() -> None:
    """TERMINAL_STATUSES are exactly the command statuses the spec marks final."""
    assert spec_facts.final_values("CommandStatus") == set(volteras.TERMINAL_STATUSES)


def test_describe_reason_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """A documented code the spec has no description for yet reads as the code itself, without raising."""
    monkeypatch.setattr(volteras._enums, "DESCRIPTIONS", {})
    assert volteras.describe_reason(FailedReason.OEM_TIMEOUT) == "OEM_TIMEOUT"

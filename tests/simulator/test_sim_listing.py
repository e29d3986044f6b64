"""Listing executions: cursor paging, page-size limits, page tokens and filters."""

from __future__ import annotations

import json

import httpx
import pytest

from tests import spec_facts
from tests.simulator.helpers import assert_error, command_path, executions_path
from volteras.testing import ManualClock, Simulator

LIST = executions_path("veh_1")
NO_BODY = sorted(
    path.rpartition(":")[2]
    for _, path, op in spec_facts.operations_of_kind("command")
    if "requestBody" not in op
)


def _create(api: httpx.Client, clock: ManualClock, count: int, vehicle: str = "veh_1") -> list[str]:
    """Create ``count`` executions, finishing each before the next so none conflict."""
    ids = []
    for n in range(count):
        response = api.post(command_path(vehicle, NO_BODY[n % len(NO_BODY)]))
        assert response.is_success, response.text
        ids.append(response.json()["id"])
        clock.advance(1)
    return ids


def _walk(api: httpx.Client, params: dict[str, str]) -> tuple[list[str], int]:
    """Follow nextPageToken to the end (bounded); return ids in order and the page count."""
    ids: list[str] = []
    token = None
    for pages in range(1, 100):
        query = dict(params, **({"pageToken": token} if token else {}))
        body = api.get(LIST, params=query).json()
        ids += [row["id"] for row in body["results"]]
        token = body["nextPageToken"]
        if token is None:
            return ids, pages
    raise AssertionError("paging did not end")


def test_empty_list(api: httpx.Client) -> None:
    """A vehicle without executions lists an empty last page."""
    assert api.get(LIST).json() == {"results": [], "nextPageToken": None, "totalResults": 0}


def test_default_page_size_is_20_oldest_first(api: httpx.Client, clock: ManualClock) -> None:
    """Without maxPageSize a page holds 20 results, oldest first, with totalResults for all."""
    ids = _create(api, clock, 25)
    body = api.get(LIST).json()
    assert [row["id"] for row in body["results"]] == ids[:20]
    assert body["totalResults"] == 25
    assert isinstance(body["nextPageToken"], str)


def test_walking_pages_yields_every_execution_once(api: httpx.Client, clock: ManualClock) -> None:
    """Following nextPageToken visits each execution exactly once, in creation order."""
    ids = _create(api, clock, 7)
    walked, pages = _walk(api, {"maxPageSize": "3"})
    assert walked == ids
    assert pages == 3


def test_exact_fit_has_no_next_page(api: httpx.Client, clock: ManualClock) -> None:
    """When the results fit the page exactly, nextPageToken is null."""
    _create(api, clock, 4)
    assert api.get(LIST, params={"maxPageSize": "4"}).json()["nextPageToken"] is None


def test_list_is_per_vehicle(api: httpx.Client, clock: ManualClock) -> None:
    """A vehicle's list holds only its own executions."""
    mine = _create(api, clock, 2)
    _create(api, clock, 3, vehicle="veh_2")
    assert [row["id"] for row in api.get(LIST).json()["results"]] == mine


def test_page_size_may_change_between_pages(api: httpx.Client, clock: ManualClock) -> None:
    """A later page may ask for a different maxPageSize."""
    ids = _create(api, clock, 6)
    first = api.get(LIST, params={"maxPageSize": "2"}).json()
    second = api.get(LIST, params={"maxPageSize": "10", "pageToken": first["nextPageToken"]}).json()
    assert [row["id"] for row in second["results"]] == ids[2:]


def test_page_size_limits(api: httpx.Client) -> None:
    """100 is the largest page; 101 is PAGE_SIZE_TOO_LARGE; 0, negative or non-integers are invalid."""
    assert api.get(LIST, params={"maxPageSize": "100"}).status_code == 200
    assert_error(api.get(LIST, params={"maxPageSize": "101"}), 400, "PAGE_SIZE_TOO_LARGE")
    for bad in ("0", "-1", "abc", "2.5", ""):
        assert_error(api.get(LIST, params={"maxPageSize": bad}), 400, "REQUEST_VALIDATION_ERROR")


def test_unknown_page_token_is_expired(api: httpx.Client) -> None:
    """A page token the server never issued gets QUERY_PAGE_TOKEN_EXPIRED."""
    assert_error(api.get(LIST, params={"pageToken": "pt_bogus"}), 400, "QUERY_PAGE_TOKEN_EXPIRED")


def test_expired_page_tokens(api: httpx.Client, sim: Simulator, clock: ManualClock) -> None:
    """After expire_page_tokens(), an issued token gets QUERY_PAGE_TOKEN_EXPIRED."""
    _create(api, clock, 3)
    token = api.get(LIST, params={"maxPageSize": "1"}).json()["nextPageToken"]
    sim.expire_page_tokens()
    assert_error(api.get(LIST, params={"pageToken": token}), 400, "QUERY_PAGE_TOKEN_EXPIRED")


def test_page_token_is_bound_to_its_vehicle(api: httpx.Client, clock: ManualClock) -> None:
    """A token issued for one vehicle is unknown for another."""
    _create(api, clock, 3)
    token = api.get(LIST, params={"maxPageSize": "1"}).json()["nextPageToken"]
    response = api.get(executions_path("veh_2"), params={"pageToken": token})
    assert_error(response, 400, "QUERY_PAGE_TOKEN_EXPIRED")


def test_changed_filter_is_refused(api: httpx.Client, clock: ManualClock) -> None:
    """Sending a different filter (or none) with a page token gets PAGINATED_QUERY_FILTER_CHANGED."""
    _create(api, clock, 3)
    first_filter = json.dumps({"field": "status", "operator": "==", "value": "EXECUTED"})
    token = api.get(LIST, params={"maxPageSize": "1", "filter": first_filter}).json()["nextPageToken"]
    other = json.dumps({"field": "status", "operator": "!=", "value": "EXECUTED"})
    for params in ({"pageToken": token, "filter": other}, {"pageToken": token}):
        assert_error(api.get(LIST, params=params), 400, "PAGINATED_QUERY_FILTER_CHANGED")


def test_same_filter_with_other_whitespace_is_accepted(api: httpx.Client, clock: ManualClock) -> None:
    """Filters are compared as JSON, not as text."""
    _create(api, clock, 3)
    tight = '{"field":"status","operator":"==","value":"EXECUTED"}'
    loose = '{ "value": "EXECUTED",  "operator": "==", "field": "status" }'
    token = api.get(LIST, params={"maxPageSize": "1", "filter": tight}).json()["nextPageToken"]
    assert api.get(LIST, params={"pageToken": token, "filter": loose}).status_code == 200


def test_paging_is_stable_while_statuses_change(api: httpx.Client, clock: ManualClock) -> None:
    """Executions finishing between pages neither repeat nor vanish from an unfiltered walk."""
    ids = [api.post(command_path("veh_1", action)).json()["id"] for action in NO_BODY[:4]]
    first = api.get(LIST, params={"maxPageSize": "2"}).json()
    clock.advance(5)
    second = api.get(LIST, params={"maxPageSize": "2", "pageToken": first["nextPageToken"]}).json()
    assert [row["id"] for row in first["results"] + second["results"]] == ids
    assert {row["status"] for row in second["results"]} == {"EXECUTED"}


def _leaf(field: str, operator: str, value: object = None) -> dict[str, object]:
    node: dict[str, object] = {"field": field, "operator": operator}
    if value is not None:
        node["value"] = value
    return node


def test_filters_select_matching_executions(api: httpx.Client, sim: Simulator, clock: ManualClock) -> None:
    """==, !=, isNull, isNotNull, and, or and not select the right executions and totals."""
    sim.add_vehicle("veh_1", latency=10)
    lock = api.post(command_path("veh_1", "lock-doors")).json()["id"]
    clock.advance(10)
    unlock = api.post(command_path("veh_1", "unlock-doors")).json()["id"]
    horn = api.post(command_path("veh_1", "climate-on")).json()["id"]  # both still PENDING
    cases: list[tuple[object, list[str]]] = [
        (_leaf("command", "==", "LOCK_DOORS"), [lock]),
        (_leaf("status", "!=", "PENDING"), [lock]),
        (_leaf("status", "==", "PENDING"), [unlock, horn]),
        (_leaf("status", "isNotNull"), [lock, unlock, horn]),
        (_leaf("status", "isNull"), []),
        ({"and": [_leaf("status", "==", "PENDING"), _leaf("command", "==", "CLIMATE_ON")]}, [horn]),
        ({"or": [_leaf("command", "==", "LOCK_DOORS"), _leaf("command", "==", "CLIMATE_ON")]}, [lock, horn]),
        ({"not": [_leaf("command", "==", "LOCK_DOORS")]}, [unlock, horn]),
        ({"not": [{"or": [_leaf("command", "==", "LOCK_DOORS"), _leaf("status", "==", "PENDING")]}]}, []),
    ]
    for tree, expected in cases:
        body = api.get(LIST, params={"filter": json.dumps(tree)}).json()
        assert [row["id"] for row in body["results"]] == expected, tree
        assert body["totalResults"] == len(expected)


def test_filtered_paging(api: httpx.Client, clock: ManualClock) -> None:
    """Paging under a filter walks only the matching executions."""
    ids = _create(api, clock, 9)  # cycles through actions; one of the nine is lock-doors
    executions = api.get(LIST, params={"maxPageSize": "100"}).json()["results"]
    wanted = [row["id"] for row in executions if row["command"] != "LOCK_DOORS"]
    tree = json.dumps(_leaf("command", "!=", "LOCK_DOORS"))
    walked, _ = _walk(api, {"maxPageSize": "2", "filter": tree})
    assert walked == wanted
    assert set(walked) <= set(ids)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        "42",
        "{}",
        '{"field": "status", "operator": "between", "value": "x"}',
        '{"field": "status..x", "operator": "==", "value": "x"}',
        '{"field": "status", "operator": "like", "value": 3}',
        '{"field": "status", "operator": "==", "value": ["x"]}',
        '{"field": "status", "operator": "==", "value": null}',
        '{"field": "status", "operator": "=="}',
        '{"field": "status", "operator": "isNull", "value": "x"}',
        '{"field": "status", "operator": "==", "value": "x", "extra": 1}',
        '{"and": []}',
        '{"and": {"field": "status", "operator": "isNull"}}',
        '{"or": [{"field": "status"}]}',
        '{"not": []}',
        '{"not": {"field": "status", "operator": "isNull"}}',
        '{"field": "status", "operator": "isNull", "and": [{"field": "status", "operator": "isNull"}]}',
        '{"and": [], "or": []}',
        '{"value": NaN, "field": "status", "operator": "=="}',
    ],
)
def test_malformed_filters_are_validation_errors(api: httpx.Client, text: str) -> None:
    """Anything that is not a valid filter tree gets 400 REQUEST_VALIDATION_ERROR."""
    assert_error(api.get(LIST, params={"filter": text}), 400, "REQUEST_VALIDATION_ERROR")


def test_deeply_nested_filter_is_refused(api: httpx.Client) -> None:
    """A pathologically deep filter is a validation error, not a crash."""
    tree: object = _leaf("status", "isNull")
    for _ in range(100):
        tree = {"not": [tree]}
    assert_error(api.get(LIST, params={"filter": json.dumps(tree)}), 400, "REQUEST_VALIDATION_ERROR")

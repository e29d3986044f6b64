"""The simulator's filter evaluator: the whole grammar, three-valued logic, typed comparisons and LIKE."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from volteras._generated import facts
from volteras._generated.facts import FILTER_COMPARISONS, FILTER_NULL_TESTS, FILTER_OPERATORS, FILTER_PATTERNS

from tests import spec_facts
from tests.conftest import load_script
from tests.simulator.helpers import assert_error, command_path, executions_path
from volteras import _filter_values
from volteras.testing._filter import MAX_CONDITIONS, MAX_DEPTH, FilterError, parse_filter, unsimulated

CAR: dict[str, Any] = {
    "make": "TESLA",
    "model": "Model 3 (2021)",
    "year": 2021,
    "battery": 0.75,
    "active": True,
    "vin": None,
    "tags": ["a", "b"],
    "metadata": {"lastSeenAt": "2025-03-01T12:00:00+01:00", "region": "eu-west", "tier": 2, "owner": None},
}


def cond(field: str, operator: str, value: Any = None) -> dict[str, Any]:
    node: dict[str, Any] = {"field": field, "operator": operator}
    if operator not in ("isNull", "isNotNull"):
        node["value"] = value
    return node


def ev(tree: Any, record: dict[str, Any] = CAR) -> bool | None:
    """The filter's three-valued answer on ``record``."""
    return parse_filter(json.dumps(tree)).evaluate(record)


@pytest.mark.parametrize(
    ("tree", "expected"),
    [
        (cond("make", "==", "TESLA"), True),
        (cond("make", "==", "tesla"), False),
        (cond("make", "!=", "BMW"), True),
        (cond("year", ">", 2020), True),
        (cond("year", "<", 2021), False),
        (cond("year", ">=", 2021.0), True),
        (cond("year", "<=", 2020.5), False),
        (cond("battery", "==", 0.75), True),
        (cond("active", "==", True), True),
        (cond("active", ">", False), True),
        (cond("vin", "isNull"), True),
        (cond("vin", "isNotNull"), False),
        (cond("make", "isNotNull"), True),
        (cond("nowhere", "isNull"), True),
        (cond("make", "like", "TES%"), True),
        (cond("make", "like", "tes%"), False),
        (cond("make", "ilike", "tes%"), True),
        (cond("make", "notIlike", "tes%"), False),
        (cond("make", "notIlike", "bmw"), True),
        (cond("make", "like", "T_SLA"), True),
        (cond("make", "like", "T_LA"), False),
        (cond("model", "like", "Model 3 (2021)"), True),  # ( ) literal, not regex groups
        (cond("model", "like", "Model . (____)"), False),  # . is a literal dot
        (cond("model", "like", "%(%)"), True),
    ],
)
def test_every_operator(tree: Any, expected: bool) -> None:
    """Each of the 11 operators compares the field with the value as documented."""
    assert ev(tree) is expected


def test_dot_paths_reach_nested_fields_and_missing_steps_are_null() -> None:
    """metadata.region reaches inside; a missing key, or a step through a non-object, reads as null."""
    assert ev(cond("metadata.region", "==", "eu-west")) is True
    assert ev(cond("metadata.tier", ">", 1)) is True
    assert ev(cond("metadata.owner", "isNull")) is True
    assert ev(cond("metadata.nowhere.deeper", "isNull")) is True
    assert ev(cond("make.length", "isNull")) is True  # "make" is a string: no fields inside
    assert ev(cond("metadata", "isNotNull")) is True
    assert ev(cond("metadata.region", "==", "x"), {"metadata": None}) is None


def test_date_times_compare_as_instants() -> None:
    """A date-time field and a date-time value compare as instants whatever their offsets."""
    assert ev(cond("metadata.lastSeenAt", "==", "2025-03-01T11:00:00Z")) is True
    assert ev(cond("metadata.lastSeenAt", ">", "2025-03-01T10:59:59.999+00:00")) is True
    assert ev(cond("metadata.lastSeenAt", "<", "2025-03-01T06:00:01-05:00")) is True
    assert ev(cond("metadata.lastSeenAt", ">=", "2025-03-01T11:00:00")) is True  # no offset: UTC
    # Not a date-time on one side: compared as strings, by code point.
    assert ev(cond("metadata.lastSeenAt", "<", "2025-03-01X")) is True
    assert ev(cond("metadata.lastSeenAt", "like", "2025-03-%")) is True


def test_arrays_and_side_by_side_functions_all_must_hold() -> None:
    """An array, or and/or/not side by side in one object, holds only when every part holds."""
    yes, no = cond("make", "==", "TESLA"), cond("year", "<", 2000)
    assert ev([yes, yes]) is True
    assert ev([yes, no]) is False
    assert ev({"and": [[yes, yes]]}) is True
    assert ev({"and": [yes], "or": [no, yes], "not": [no]}) is True
    assert ev({"and": [yes], "or": [no, yes], "not": [yes]}) is False
    assert ev({"and": [yes], "or": [no]}) is False


def test_null_is_unknown_and_not_of_unknown_is_unknown() -> None:
    """Comparing null is unknown; not keeps it unknown; and/or follow SQL's three-valued truth tables."""
    unknown, yes, no = cond("vin", "==", "X"), cond("make", "==", "TESLA"), cond("year", "<", 2000)
    assert ev(unknown) is None
    assert ev({"not": [unknown]}) is None
    assert ev(cond("vin", "!=", "X")) is None
    assert ev(cond("vin", "notIlike", "%")) is None
    assert ev({"or": [unknown, yes]}) is True
    assert ev({"or": [unknown, no]}) is None
    assert ev({"and": [unknown, no]}) is False
    assert ev({"and": [unknown, yes]}) is None
    assert ev({"not": [{"and": [unknown, no]}]}) is True
    assert not parse_filter(json.dumps({"not": [unknown]})).matches(CAR)


def test_like_escapes_and_wildcards() -> None:
    """% and _ are wildcards; a backslash makes the next character literal; regex syntax is plain text."""
    record = {"name": "50%_off.*[x]"}
    assert ev(cond("name", "like", "50\\%\\_off.*[x]"), record) is True
    assert ev(cond("name", "like", "50\\%\\_off.*[y]"), record) is False
    assert ev(cond("name", "like", "5_\\%%"), record) is True
    assert ev(cond("name", "like", "%"), {"name": ""}) is True
    assert ev(cond("name", "like", "_"), {"name": ""}) is False
    assert ev(cond("name", "like", "a\\\\b"), {"name": "a\\b"}) is True
    assert ev(cond("name", "like", "%\n%"), {"name": "one\ntwo"}) is True
    assert ev(cond("name", "ilike", "ÉCOLE%"), {"name": "école normale"}) is True


def test_like_with_many_wildcards_is_not_exponential() -> None:
    """A pattern of many % against a long near-miss string finishes with the right answer."""
    pattern = "%a" * 40 + "%b"
    assert ev(cond("name", "like", pattern), {"name": "a" * 3000}) is False
    assert ev(cond("name", "like", pattern), {"name": "a" * 3000 + "b"}) is True


@pytest.mark.parametrize(
    ("tree", "message"),
    [
        (
            cond("year", ">", "2020"),
            "field 'year' holds a number, which cannot be compared with the string value",
        ),
        (cond("make", "==", 3), "field 'make' holds a string"),
        (cond("active", "==", 1), "field 'active' holds a boolean"),
        (cond("year", "==", True), "field 'year' holds a number"),
        (cond("metadata", "==", "x"), "field 'metadata' holds an object"),
        (cond("tags", "!=", "a"), "field 'tags' holds an array"),
        (cond("year", "like", "20%"), "field 'year' holds a number; like tests strings only"),
        ({"and": [cond("year", "<", 0), cond("make", ">", 1)]}, r"filter\.and\[1\]: field 'make'"),
    ],
)
def test_type_mismatches_are_errors_naming_the_field(tree: Any, message: str) -> None:
    """Comparing values of different types is a FilterError naming the field, even after a false part."""
    with pytest.raises(FilterError, match=message):
        ev(tree)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"field": "a", "operator": "==", "value": NaN}', "not valid JSON"),
        ("42", "expected an object or an array"),
        ("[]", "non-empty array"),
        ("{}", "expected a dot-separated field name"),
        ('{"field": "a", "operator": "in", "value": 1}', "unsupported operator 'in'"),
        ('{"field": "a.", "operator": "isNull"}', "field name"),
        ('{"field": "a", "operator": "isNull", "value": 1}', "takes no value"),
        ('{"field": "a", "operator": "=="}', "needs a value"),
        ('{"field": "a", "operator": "==", "value": null}', "needs a value"),
        ('{"field": "a", "operator": "==", "value": {"b": 1}}', "got object"),
        ('{"field": "a", "operator": "ilike", "value": 1}', "pattern is a string"),
        ('{"field": "a", "operator": "like", "value": "ab\\\\"}', "escape character"),
        ('{"field": "a", "operator": "==", "value": 1, "op": 2}', "unexpected keys"),
        ('{"and": []}', r"filter\.and: expected a non-empty array"),
        ('{"or": {"field": "a", "operator": "isNull"}}', r"filter\.or: expected a non-empty array"),
        (
            '{"not": [{"field": "a", "operator": "isNull"}, {"field": "b", "operator": "isNull"}]}',
            "exactly one",
        ),
        ('{"not": {"field": "a", "operator": "isNull"}}', "exactly one node, got an object"),
        ('{"and": [{"field": "a", "operator": "isNull"}], "field": "a"}', "cannot sit beside"),
        ('{"or": [{"and": [{"field": "a", "operator": "~"}]}]}', r"filter\.or\[0\]\.and\[0\]\.operator"),
    ],
)
def test_malformed_filters_name_the_problem(text: str, message: str) -> None:
    """Every malformed filter is a FilterError whose message says where and what."""
    with pytest.raises(FilterError, match=message):
        parse_filter(text)


def test_depth_size_and_length_are_bounded() -> None:
    """Filters deeper than MAX_DEPTH, with more than MAX_CONDITIONS conditions, or over 8 KiB are refused."""
    deep: Any = cond("a", "isNull")
    for _ in range(MAX_DEPTH - 1):
        deep = {"not": [deep]}
    assert parse_filter(json.dumps(deep)).evaluate({}) is False  # 32 levels: fine (31 nots of true)
    with pytest.raises(FilterError, match="levels deep"):
        parse_filter(json.dumps({"not": [deep]}))
    with pytest.raises(FilterError, match="levels deep"):
        parse_filter("[" * 4000 + "]" * 4000)
    wide = {"or": [cond("a", "isNull")] * (MAX_CONDITIONS + 1)}
    with pytest.raises(FilterError, match="conditions"):
        parse_filter(json.dumps(wide, separators=(",", ":")))
    with pytest.raises(FilterError, match="longer than"):
        parse_filter(json.dumps(cond("a", "==", "x" * 9000)))


def test_the_tree_is_kept() -> None:
    """The parsed filter keeps its JSON tree (page tokens compare it)."""
    tree = {"or": [cond("a", "isNull"), {"not": [cond("b", "==", 1)]}]}
    assert parse_filter(json.dumps(tree, indent=2)).tree == tree


# ---- over HTTP -------------------------------------------------------------------------------------


def test_listing_mismatch_is_request_validation_error(api: httpx.Client) -> None:
    """Listing with a number compared to a string field answers 400 REQUEST_VALIDATION_ERROR naming the field."""
    assert api.post(command_path("veh_1", "lock-doors")).is_success
    response = api.get(executions_path("veh_1"), params={"filter": json.dumps(cond("command", ">", 3))})
    body = assert_error(response, 400, "REQUEST_VALIDATION_ERROR")
    assert "'command'" in str(body["message"])


def test_listing_filters_on_any_field(api: httpx.Client) -> None:
    """Any field of an execution can be filtered on, nested ones too; an absent field is null."""
    assert api.post(command_path("veh_1", "lock-doors")).is_success
    limit = api.post(command_path("veh_1", "set-charge-limit"), json={"limit": 80}).json()["id"]
    cases: list[tuple[Any, int]] = [
        (cond("commandArguments.limit", "==", 80), 1),
        (cond("commandArguments.limit", ">", 80), 0),
        (cond("vehicleId", "==", "veh_1"), 2),
        (cond("timeout", ">=", 1), 2),
        (cond("color", "==", "red"), 0),
        (cond("color", "isNull"), 2),
        (cond("id", "like", "%" + limit[-6:]), 1),
    ]
    for tree, count in cases:
        body = api.get(executions_path("veh_1"), params={"filter": json.dumps(tree)}).json()
        assert body["totalResults"] == count, tree


def test_every_operator_of_the_spec_has_a_class_and_the_simulator_evaluates_it() -> None:
    """The spec gives each operator one class, generated once; the simulator evaluates every one."""

    classes = spec_facts.spec()["components"]["parameters"]["Filter"]["x-volteras-filter"]["operators"]
    assert list(classes) == list(FILTER_OPERATORS)
    for operators, name in (
        (FILTER_NULL_TESTS, "nullTest"),
        (FILTER_COMPARISONS, "comparison"),
        (FILTER_PATTERNS, "pattern"),
    ):
        assert operators == {op for op, kind in classes.items() if kind == name}
    assert unsimulated() == []


def test_generation_refuses_an_operator_of_no_known_class() -> None:
    """A new operator the spec lists without a known class stops `make generate`, naming it."""
    tables = load_script("spec_tables")
    broken = copy.deepcopy(spec_facts.spec())
    broken["components"]["parameters"]["Filter"]["x-volteras-filter"]["operators"]["in"] = "membership"
    with pytest.raises(tables.TableError, match="'in': 'membership'"):
        tables.filter_grammar(broken)
    broken["components"]["parameters"]["Filter"]["x-volteras-filter"]["operators"] = ["isNull", "like"]
    with pytest.raises(tables.TableError, match="operator: class"):
        tables.filter_grammar(broken)


def test_sdk_and_simulator_read_the_same_operator_classes() -> None:
    """The SDK's filter checks and the simulator's evaluator hold one definition of each class."""

    assert _filter_values.NULL_TESTS is facts.FILTER_NULL_TESTS
    assert _filter_values.PATTERNS is facts.FILTER_PATTERNS
    assert _filter_values.COMPARISONS is facts.FILTER_COMPARISONS

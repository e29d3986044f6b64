"""`where(...)` and `encode_filter`: the exact JSON each filter sends, and every misuse refused before sending."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from volteras import (
    Command,
    CommandStatus,
    FilterExpression,
    encode_filter,
    where,
)
from volteras.testing import ManualClock, Simulator

from .conftest import gets

CET = timezone(timedelta(hours=1))


def _nested(levels: int) -> Any:
    """A condition inside arrays, ``levels`` deep in all."""
    node: Any = {"field": "a", "operator": "isNull"}
    for _ in range(levels - 1):
        node = [node]
    return node


NESTED_33 = _nested(33)


def tree(expression: FilterExpression) -> Any:
    """What the expression sends, decoded."""
    return json.loads(encode_filter(expression))


def cond(field: str, operator: str, value: Any = None) -> dict[str, Any]:
    node: dict[str, Any] = {"field": field, "operator": operator}
    if operator not in ("isNull", "isNotNull"):
        node["value"] = value
    return node


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (where("make") == "TESLA", cond("make", "==", "TESLA")),
        (where("make") != "TESLA", cond("make", "!=", "TESLA")),
        (where("year") < 2020, cond("year", "<", 2020)),
        (where("year") <= 2020, cond("year", "<=", 2020)),
        (where("battery") > 0.5, cond("battery", ">", 0.5)),
        (where("battery") >= 1, cond("battery", ">=", 1)),
        (where("active") == True, cond("active", "==", True)),  # noqa: E712 (the builder needs ==)
        (where("name").like("%X_%"), cond("name", "like", "%X_%")),
        (where("name").ilike("%x%"), cond("name", "ilike", "%x%")),
        (where("name").not_ilike("a%"), cond("name", "notIlike", "a%")),
        (where("metadata.accountId").is_null(), cond("metadata.accountId", "isNull")),
        (where("metadata.accountId").is_not_null(), cond("metadata.accountId", "isNotNull")),
        (where("status") == CommandStatus.FAILED, cond("status", "==", "FAILED")),
    ],
)
def test_every_operator_sends_the_documented_condition(expression: FilterExpression, expected: Any) -> None:
    """Each comparison and method sends one {field, operator, value} node; null tests carry no value."""
    assert tree(expression) == expected


def test_value_on_the_left_is_turned_around() -> None:
    """2020 < where(f) sends f > 2020, and "X" == where(f) sends f == "X": the field is always on the left."""
    assert tree(2020 < where("year")) == cond("year", ">", 2020)  # noqa: SIM300 (the point of the test)
    assert tree("TESLA" == where("make")) == cond("make", "==", "TESLA")  # type: ignore[arg-type]  # noqa: SIM300


def test_datetimes_are_iso_8601_with_z_for_utc() -> None:
    """A datetime is sent as ISO 8601: Z for UTC, its own offset otherwise, microseconds when present."""
    assert tree(where("t") >= datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))["value"] == "2025-01-02T03:04:05Z"
    assert tree(where("t") < datetime(2025, 1, 2, 3, 4, 5, 6000, tzinfo=CET))["value"] == (
        "2025-01-02T03:04:05.006000+01:00"
    )
    odd = timezone(timedelta(hours=1, seconds=30))  # ISO 8601 offsets have no seconds: sent as UTC
    assert tree(where("t") == datetime(2025, 1, 1, 1, 0, 30, tzinfo=odd))["value"] == "2025-01-01T00:00:00Z"


def test_and_or_not_combine_and_flatten() -> None:
    """& and | flatten chains into one and/or list; ~ wraps one node in a not list; nesting keeps its shape."""
    a, b, c = where("a") == 1, where("b") == 2, where("c") == 3
    assert tree(a & b & c) == {"and": [cond("a", "==", 1), cond("b", "==", 2), cond("c", "==", 3)]}
    assert tree(a | (b | c)) == {"or": [cond("a", "==", 1), cond("b", "==", 2), cond("c", "==", 3)]}
    assert tree(~a) == {"not": [cond("a", "==", 1)]}
    assert tree((a | b) & ~c) == {
        "and": [{"or": [cond("a", "==", 1), cond("b", "==", 2)]}, {"not": [cond("c", "==", 3)]}]
    }
    assert tree((a & b) | c) == {
        "or": [{"and": [cond("a", "==", 1), cond("b", "==", 2)]}, cond("c", "==", 3)]
    }


def test_expressions_compare_print_and_export() -> None:
    """Expressions are equal when they send the same JSON; str() is that JSON; to_dict() is a fresh copy."""
    a = (where("a") == 1) & (where("b").is_null())
    assert a == ((where("a") == 1) & (where("b").is_null()))
    assert a != (where("a") == 1)
    assert len({a, (where("a") == 1) & (where("b").is_null())}) == 1
    assert str(a) == '{"and":[{"field":"a","operator":"==","value":1},{"field":"b","operator":"isNull"}]}'
    assert repr(a).startswith("<FilterExpression {")
    copy = a.to_dict()
    copy["and"].clear()
    assert tree(a)["and"]
    assert repr(where("a")) == "where('a')"


@pytest.mark.parametrize(
    "value",
    [None, [1], {"a": 1}, b"x", Decimal("1.5"), {1}, object(), where("other")],
    ids=["None", "list", "dict", "bytes", "Decimal", "set", "object", "field"],
)
def test_values_the_api_cannot_take_are_type_errors(value: Any) -> None:
    """Comparing with None, a container, bytes, a Decimal or another field raises TypeError naming the field."""
    with pytest.raises(TypeError, match=r"where\('x'\)"):
        where("x") == value  # noqa: B015 (the comparison itself must raise)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_value_errors(value: float) -> None:
    """NaN and infinity raise ValueError: JSON cannot carry them."""
    with pytest.raises(ValueError, match="finite"):
        where("x") < value  # noqa: B015


def test_dates_must_be_timezone_aware_datetimes() -> None:
    """A naive datetime or a bare date raises TypeError saying a timezone-aware datetime is needed."""
    with pytest.raises(TypeError, match="no timezone"):
        where("t") > datetime(2025, 1, 1)  # noqa: B015 (the point of the test)
    with pytest.raises(TypeError, match="timezone-aware datetime"):
        where("t") > date(2025, 1, 1)  # type: ignore[operator]  # noqa: B015


def test_patterns_must_be_strings() -> None:
    """like/ilike/not_ilike with a non-string pattern raise TypeError."""
    for method in (where("n").like, where("n").ilike, where("n").not_ilike):
        with pytest.raises(TypeError, match="pattern"):
            method(5)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["", ".a", "a.", "a..b"])
def test_bad_field_names_are_value_errors(name: str) -> None:
    """An empty field name or an empty dot-separated part raises ValueError."""
    with pytest.raises(ValueError, match="field name"):
        where(name)


def test_field_name_must_be_a_string() -> None:
    """where() with a non-string raises TypeError."""
    with pytest.raises(TypeError, match="str"):
        where(3)  # type: ignore[arg-type]


def test_truth_value_is_refused() -> None:
    """if/and/or/not and chained comparisons on a filter raise TypeError instead of silently dropping a part."""
    expression = where("a") == 1
    with pytest.raises(TypeError, match="no truth value"):
        bool(expression)
    with pytest.raises(TypeError, match="no truth value"):
        expression and (where("b") == 2)
    with pytest.raises(TypeError, match="no truth value"):
        1 < where("a") < 5  # noqa: B015
    with pytest.raises(TypeError, match="not a condition"):
        bool(where("a"))


def test_precedence_mistake_is_explained() -> None:
    """where(a) == 1 & where(b) == 2 (missing parentheses) raises TypeError showing the parenthesised form."""
    with pytest.raises(TypeError, match="parentheses"):
        where("a") == 1 & where("b") == 2  # noqa: B015
    with pytest.raises(TypeError, match="parentheses"):
        (where("a") == 1) | where("b")
    with pytest.raises(TypeError, match="parentheses"):
        ~where("a")


def test_combining_with_a_non_expression_is_a_type_error() -> None:
    """& or | with a dict, a bool or a string raises TypeError naming the other type."""
    for other in ({"field": "a", "operator": "isNull"}, True, "x"):
        with pytest.raises(TypeError, match=type(other).__name__):
            (where("a") == 1) & other  # type: ignore[operator]
        with pytest.raises(TypeError, match=type(other).__name__):
            other | (where("a") == 1)


def test_expressions_cannot_be_constructed_directly() -> None:
    """FilterExpression() raises TypeError pointing at where()."""
    with pytest.raises(TypeError, match="where"):
        FilterExpression()


def test_nesting_is_bounded() -> None:
    """Nesting ~ more than 32 levels deep raises ValueError before anything is sent."""
    expression = where("a") == 1
    for _ in range(31):
        expression = ~expression
    with pytest.raises(ValueError, match="levels deep"):
        _ = ~expression


# ---- encode_filter -------------------------------------------------------------------------------


def test_encode_filter_accepts_every_documented_shape() -> None:
    """Dicts, lists, tuples, JSON strings and expressions come out as the same compact JSON; None stays None."""
    assert encode_filter(None) is None
    node = {"field": "status", "operator": "==", "value": "FAILED"}
    compact = '{"field":"status","operator":"==","value":"FAILED"}'
    assert encode_filter(node) == compact
    assert encode_filter(json.dumps(node, indent=2)) == compact
    assert encode_filter(where("status") == "FAILED") == compact
    assert encode_filter([node, node]) == f"[{compact},{compact}]"
    assert encode_filter((node,)) == f"[{compact}]"
    side_by_side = {"and": [node], "or": [node], "not": [node]}
    assert json.loads(encode_filter(side_by_side)) == side_by_side
    assert encode_filter({"field": "é", "operator": "==", "value": "ü"}) == (
        '{"field":"é","operator":"==","value":"ü"}'
    )


def test_encode_filter_converts_values_in_dicts() -> None:
    """Datetimes and enums inside a hand-written dict are sent as ISO 8601 and their values; null tests drop value."""
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    assert json.loads(encode_filter({"field": "t", "operator": ">", "value": moment}))["value"] == (
        "2025-01-01T00:00:00Z"
    )
    assert json.loads(encode_filter({"field": "c", "operator": "==", "value": Command.LOCK_DOORS}))[
        "value"
    ] == ("LOCK_DOORS")
    assert encode_filter({"field": "a", "operator": "isNull", "value": None}) == (
        '{"field":"a","operator":"isNull"}'
    )


def test_encode_filter_accepts_expressions_inside_dicts() -> None:
    """A where() expression may sit inside a hand-written and/or/not list."""
    assert json.loads(encode_filter({"or": [where("a") == 1, {"field": "b", "operator": "isNull"}]})) == {
        "or": [cond("a", "==", 1), cond("b", "isNull")]
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"field": "a", "operator": "between", "value": 1}, "unknown operator 'between'"),
        ({"field": "a", "operator": "==", "value": 1, "extra": 2}, "unknown keys"),
        ({"field": "a", "operator": "=="}, "needs a value"),
        ({"operator": "==", "value": 1}, "needs a 'field'"),
        ({"field": "a", "value": 1}, "needs a 'operator'"),
        ({"field": "a", "operator": "isNull", "value": 1}, "takes no value"),
        ({"field": "", "operator": "==", "value": 1}, "field name"),
        ({"and": []}, "at least one"),
        ({"or": []}, "at least one"),
        ({"not": []}, "exactly one"),
        ({"not": [cond("a", "isNull"), cond("b", "isNull")]}, "exactly one"),
        ({"and": cond("a", "isNull")}, "expected an array"),
        ({"and": [cond("a", "isNull")], "field": "a"}, "cannot sit beside"),
        ([], "at least one"),
        ({"and": [{"or": [{"field": "a", "operator": "~"}]}]}, r"filter\.and\[0\]\.or\[0\]\.operator"),
        ({"field": "a", "operator": "==", "value": float("nan")}, "finite"),
        ("{not json", "not valid JSON"),
        ('{"field": "a", "operator": "==", "value": NaN}', "not valid JSON"),
        ('{"field": "a", "operator": "==", "value": [1]}', "expected a str"),
        ('{"field": "a", "operator": "like", "value": 1}', "pattern"),
        ("[" * 5000 + "]" * 5000, "deep"),
        (json.dumps(NESTED_33), "levels deep"),
        (NESTED_33, "levels deep"),
    ],
)
def test_encode_filter_refuses_malformed_filters(value: Any, message: str) -> None:
    """Every malformed dict, list or JSON string raises ValueError naming the part that is wrong."""
    with pytest.raises(ValueError, match=message):
        encode_filter(value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (42, "int"),
        (where("a"), "is a field, not a condition"),
        ({"field": "a", "operator": "==", "value": None}, "isNull"),
        ({"field": "a", "operator": "==", "value": [1]}, "list"),
        ({"field": 3, "operator": "==", "value": 1}, "field name is a str"),
        ({"and": [3]}, r"filter\.and\[0\]: expected a condition"),
        ({"field": "a", "operator": "like", "value": 1}, "pattern"),
    ],
)
def test_encode_filter_wrong_python_types_are_type_errors(value: Any, message: str) -> None:
    """A wrong Python type (not a filter at all, or a wrong value type in a dict) raises TypeError."""
    with pytest.raises(TypeError, match=message):
        encode_filter(value)


# ---- through the client ---------------------------------------------------------------------------


def test_list_sends_a_where_expression(sim: Simulator, client: Any) -> None:
    """commands.list(filter=where(...)) sends the compact JSON on every page and lists only matches."""
    client.commands.lock_doors("veh_1")
    client.commands.unlock_doors("veh_1")
    client.commands.climate_on("veh_1")
    wanted = (where("command") != "LOCK_DOORS") & (where("status") == CommandStatus.EXECUTED)
    items = list(client.commands.list("veh_1", filter=wanted, page_size=1))
    assert [e.command for e in items] == [Command.UNLOCK_DOORS, Command.CLIMATE_ON]
    assert {r.query["filter"] for r in gets(sim)} == {str(wanted)}


def test_list_filters_on_date_times_and_nested_fields(client: Any, clock: ManualClock) -> None:
    """A datetime comparison selects by instant and a dot path reaches into commandArguments."""
    first = client.commands.set_charge_limit("veh_1", 60)
    clock.advance(1)
    client.commands.set_charge_limit("veh_1", 90)
    clock.advance(1)
    client.commands.lock_doors("veh_1")
    executed_at = first.executed_at
    assert isinstance(executed_at, datetime)
    same_instant = executed_at.astimezone(CET)
    assert [e.id for e in client.commands.list("veh_1", filter=where("executedAt") == same_instant)] == [
        first.id
    ]
    high = list(client.commands.list("veh_1", filter=where("commandArguments.limit") > 75))
    assert [e.command_arguments["limit"] for e in high] == [90]


def test_misused_filter_sends_nothing(sim: Simulator, client: Any) -> None:
    """A malformed filter raises when list() is called, before any request is made."""
    with pytest.raises(ValueError, match="operator"):
        client.commands.list("veh_1", filter={"field": "a", "operator": "~", "value": 1})
    assert gets(sim) == []


# ---- fields checked against the listed model --------------------------------------------------------


@pytest.mark.parametrize(
    ("listing", "filter_", "message"),
    [
        (
            "vehicles",
            where("stateOfCharge.value") > 50,
            r"Vehicle has no field 'stateOfCharge' .*its fields are .*make",
        ),
        (
            "vehicles",
            where("metadata.acountId") == "acc_1",
            r"VehicleMetaData \(at 'metadata'\) has no field 'acountId'.*accountId",
        ),
        ("vehicles", where("make.name") == "TESLA", r"'make' of Vehicle is a plain value"),
        (
            "commands",
            (where("status") == "FAILED") & where("stauts").is_null(),
            r"CommandExecution has no field 'stauts'",
        ),
        ("commands", {"field": "failedReasn", "operator": "isNull"}, r"no field 'failedReasn'"),
        (
            "commands",
            '[{"field": "executedAt", "operator": "isNull"}, {"field": "x", "operator": "isNull"}]',
            r"no field 'x'",
        ),
    ],
)
def test_a_filter_on_a_field_the_listed_model_lacks_is_refused(
    sim: Simulator, client: Any, listing: str, filter_: Any, message: str
) -> None:
    """A filter field the listed model does not have (through nested models) is a ValueError naming its fields; nothing is sent."""
    with pytest.raises(ValueError, match=message):
        if listing == "vehicles":
            client.vehicles.list(filter=filter_)
        else:
            client.commands.list("veh_1", filter=filter_)
    with pytest.raises(ValueError, match=message):  # the first page alone too
        if listing == "vehicles":
            client.vehicles.with_raw_response.list(filter=filter_)
        else:
            client.commands.with_raw_response.list("veh_1", filter=filter_)
    assert sim.requests == []


def test_unchecked_sends_a_field_the_sdk_does_not_know_yet(sim: Simulator, client: Any) -> None:
    """where(name, unchecked=True) goes out as written, beside checked fields, and the server answers it."""
    client.commands.lock_doors("veh_1")
    newer = (where("status") == "EXECUTED") & where("priority", unchecked=True).is_null()
    assert repr(where("priority", unchecked=True)) == "where('priority', unchecked=True)"
    assert len(list(client.commands.list("veh_1", filter=newer))) == 1  # a missing field reads as null
    assert {r.query["filter"] for r in gets(sim)} == {str(newer)}
    inside_a_list = [
        {"field": "status", "operator": "isNotNull"},
        where("priority", unchecked=True).is_null(),
    ]
    assert len(list(client.commands.list("veh_1", filter=inside_a_list))) == 1

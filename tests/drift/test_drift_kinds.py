"""Each kind of drift is found, named and placed under the right operation; non-facts are not drift."""

from __future__ import annotations

import copy
import json

from tests.drift.conftest import (
    CHARGE_LIMIT,
    CHARGING_WINDOWS,
    CLOSE_PORT,
    COMMAND,
    GET_ONE,
    JOURNEYS,
    LIST,
    LISTENING,
    TOKEN,
    VEHICLE,
    Check,
    Doc,
    check_drift,
    our_spec,
)

CLOSE = f"POST {CLOSE_PORT}"
LISTING = f"GET {LIST}"
LIMIT = f"POST {CHARGE_LIMIT}"


def returning_executions() -> list[str]:
    """The operations of the frozen spec that answer an execution or a page of them."""
    targets = ('"#/components/schemas/CommandExecution"', '"#/components/schemas/CommandExecutionPage"')
    found = []
    for path, item in our_spec()["paths"].items():
        for method, op in item.items():
            text = json.dumps(op["responses"])
            if any(target in text for target in targets) or "CommandAccepted" in text:
                found.append(f"{method.upper()} {path}")
    return found


def schema(doc: Doc, name: str) -> Doc:
    found: Doc = doc["components"]["schemas"][name]
    return found


def list_param(doc: Doc, name: str) -> Doc:
    return next(p for p in doc["paths"][LIST]["get"]["parameters"] if p["name"] == name)


def test_upstream_style_copy_of_our_facts_is_no_drift(upstream: Doc, check: Check) -> None:
    """Other names, tags and prose, inlined refs, FastAPI enum forms, no error responses: no drift."""
    assert check(upstream) == {}


def test_operation_added_upstream(upstream: Doc, check: Check) -> None:
    """A new operation upstream is reported as added."""
    upstream["paths"][COMMAND + "honk-horn"] = {"post": upstream["paths"][CLOSE_PORT]["post"]}
    assert check(upstream) == {"operations": [f"+ operation added upstream: POST {COMMAND}honk-horn"]}


def test_operation_added_in_a_new_tag_is_reported(upstream: Doc, check: Check) -> None:
    """An operation in a tag none of ours use is drift too: every operation is covered."""
    upstream["paths"]["/v1/fleets"] = {  # forged: a path in no document of ours
        "get": {"tags": ["Fleets"], "responses": {"200": {"description": "ok"}}}
    }
    assert check(upstream) == {"operations": ["+ operation added upstream: GET /v1/fleets"]}


def test_operation_outside_the_command_tags_removed(upstream: Doc, check: Check) -> None:
    """An operation far from commands and tokens (a vehicle's journeys) that upstream dropped is reported."""
    del upstream["paths"][JOURNEYS]
    assert check(upstream) == {"operations": [f"- operation removed upstream: GET {JOURNEYS}"]}


def test_operation_removed_upstream(upstream: Doc, check: Check) -> None:
    """An operation of ours that upstream no longer has is reported as removed."""
    del upstream["paths"][CLOSE_PORT]
    assert check(upstream) == {"operations": [f"- operation removed upstream: POST {CLOSE_PORT}"]}


def test_operation_method_changed(upstream: Doc, check: Check) -> None:
    """An operation moved to another method is one removal plus one covered addition."""
    upstream["paths"][CLOSE_PORT]["put"] = upstream["paths"][CLOSE_PORT].pop("post")
    assert check(upstream)["operations"] == [
        f"+ operation added upstream: PUT {CLOSE_PORT}",
        f"- operation removed upstream: POST {CLOSE_PORT}",
    ]


def test_parameter_added(upstream: Doc, check: Check) -> None:
    """A new parameter is reported with its place, type and whether it is required."""
    upstream["paths"][LIST]["get"]["parameters"].append(
        {"name": "sort", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    assert check(upstream) == {LISTING: ["+ parameter query sort (string, required) added upstream"]}


def test_parameter_removed(upstream: Doc, check: Check) -> None:
    """A parameter upstream no longer takes is reported as removed."""
    params = upstream["paths"][LIST]["get"]["parameters"]
    params.remove(list_param(upstream, "pageToken"))
    assert check(upstream) == {LISTING: ["- parameter query pageToken (string|null, optional) removed"]}


def test_parameter_renamed(upstream: Doc, check: Check) -> None:
    """A removed and an added parameter in the same place with the same type is a rename."""
    list_param(upstream, "maxPageSize")["name"] = "pageSize"
    assert check(upstream) == {LISTING: ["~ parameter (query) renamed maxPageSize -> pageSize"]}


def test_parameter_renamed_and_made_required(upstream: Doc, check: Check) -> None:
    """A renamed parameter is still compared on everything else."""
    param = list_param(upstream, "maxPageSize")
    param.update(name="pageSize", required=True)
    assert check(upstream) == {
        LISTING: [
            "~ parameter (query) renamed maxPageSize -> pageSize",
            "~ parameter pageSize: required false -> true",
        ]
    }


def test_ambiguous_renames_stay_added_and_removed(upstream: Doc, check: Check) -> None:
    """Two renames in the same place with the same type are not guessed at: each side is listed."""
    list_param(upstream, "pageToken")["name"] = "cursor"
    list_param(upstream, "filter")["name"] = "where"
    assert check(upstream) == {
        LISTING: [
            "+ parameter query cursor (string|null, optional) added upstream",
            "+ parameter query where (string|null, optional) added upstream",
            "- parameter query filter (string|null, optional) removed",
            "- parameter query pageToken (string|null, optional) removed",
        ]
    }


def test_parameter_type_changed(upstream: Doc, check: Check) -> None:
    """A parameter's schema type change is reported from ours to upstream."""
    list_param(upstream, "maxPageSize")["schema"] = {"type": "string"}
    assert check(upstream) == {LISTING: ["~ parameter maxPageSize: type integer -> string"]}


def test_parameter_required_changed(upstream: Doc, check: Check) -> None:
    """A parameter made required is reported."""
    list_param(upstream, "maxPageSize")["required"] = True
    assert check(upstream) == {LISTING: ["~ parameter maxPageSize: required false -> true"]}


def test_parameter_moved_to_another_place(upstream: Doc, check: Check) -> None:
    """A parameter that keeps its name but changes `in` is reported as moved, not added and removed."""
    list_param(upstream, "pageToken")["in"] = "header"
    assert check(upstream) == {LISTING: ["~ parameter pageToken: in query -> header"]}


def test_path_level_parameters_count(upstream: Doc, check: Check) -> None:
    """Parameters declared on the path item apply to its operations."""
    item = upstream["paths"][CLOSE_PORT]
    item["parameters"] = item["post"].pop("parameters")
    assert check(upstream) == {}


def test_field_added(upstream: Doc, check: Check) -> None:
    """A new response field is reported under every operation that returns it, with its full path."""
    schema(upstream, "VehicleCommandExecution")["properties"]["priority"] = {"type": "integer"}
    report = check(upstream)
    assert report[CLOSE] == ["+ field response.priority added upstream"]
    assert report[LISTING] == ["+ field response.results[].priority added upstream"]
    assert len(report) == len(returning_executions())


def test_field_removed(upstream: Doc, check: Check) -> None:
    """A field upstream no longer has is reported as removed."""
    del schema(upstream, "VehicleCommandExecution")["properties"]["timeout"]
    assert check(upstream)[CLOSE] == ["- field response.timeout removed"]


def test_field_made_required(upstream: Doc, check: Check) -> None:
    """A field that became required is reported."""
    schema(upstream, "VehicleCommandExecution")["required"].append("status")
    assert check(upstream)[f"GET {GET_ONE}"] == ["~ field response.status: made required"]


def test_field_made_optional(upstream: Doc, check: Check) -> None:
    """A field that became optional is reported."""
    schema(upstream, "Page_VehicleCommandExecution_")["required"].remove("totalResults")
    assert check(upstream) == {LISTING: ["~ field response.totalResults: made optional"]}


def test_enum_value_added(upstream: Doc, check: Check) -> None:
    """A new value of an enum referenced through our `anyOf [Enum, string]` form is reported."""
    schema(upstream, "VehicleCommandEnum")["enum"].append("BEEP")
    assert check(upstream)[CLOSE] == ['+ enum value response.command: "BEEP"']


def test_enum_value_removed(upstream: Doc, check: Check) -> None:
    """A value upstream dropped from an enum is reported."""
    schema(upstream, "OEMDeviceCommandExecutionStatus")["enum"].remove("FAILED")
    assert check(upstream)[CLOSE] == ['- enum value response.status: "FAILED"']


def test_sibling_enum_value_added(upstream: Doc, check: Check) -> None:
    """Enum values written FastAPI's way, as an `enum` beside `anyOf`, are compared too."""
    schema(upstream, "VehicleCommandExecution")["properties"]["failedReason"]["enum"].append("OEM_NEW_CODE")
    assert check(upstream)[CLOSE] == ['+ enum value response.failedReason: "OEM_NEW_CODE"']


def test_field_type_changed(upstream: Doc, check: Check) -> None:
    """A field's type change, nullability included, is reported."""
    timeout = schema(upstream, "VehicleCommandExecution")["properties"]["timeout"]
    timeout["anyOf"] = [{"type": "number"}]
    assert check(upstream)[CLOSE] == ["~ field response.timeout: type integer|null -> number"]


def test_field_format_changed(upstream: Doc, check: Check) -> None:
    """A `format` change is a type change."""
    executed_at = schema(upstream, "VehicleCommandExecution")["properties"]["executedAt"]
    executed_at["anyOf"][0]["format"] = "date"
    assert check(upstream)[CLOSE] == [
        "~ field response.executedAt: type string|null (format date-time) -> string|null (format date)"
    ]


def test_body_field_type_changed(upstream: Doc, check: Check) -> None:
    """Request body schemas are compared like responses, under `body`."""
    schema(upstream, "SetChargeLimitPayload")["properties"]["limit"]["type"] = "number"
    assert check(upstream) == {LIMIT: ["~ field body.limit: type integer -> number"]}


def test_body_removed(upstream: Doc, check: Check) -> None:
    """A request body upstream no longer takes is reported."""
    del upstream["paths"][CHARGE_LIMIT]["post"]["requestBody"]
    assert check(upstream) == {LIMIT: ["- request body removed"]}


def test_body_added(upstream: Doc, check: Check) -> None:
    """A request body on an operation that had none is reported with its content type."""
    body = {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}}
    upstream["paths"][CLOSE_PORT]["post"]["requestBody"] = body
    assert check(upstream) == {CLOSE: ["+ request body added upstream (application/json, required)"]}


def test_body_required_and_content_type_changed(upstream: Doc, check: Check) -> None:
    """A body made required and sent as another content type is reported."""
    body = upstream["paths"][TOKEN]["post"]["requestBody"]
    body["required"] = True
    body["content"] = {"multipart/form-data": body["content"]["application/x-www-form-urlencoded"]}
    assert check(upstream) == {
        f"POST {TOKEN}": [
            "~ request body: required false -> true",
            "~ request body content type: application/x-www-form-urlencoded -> multipart/form-data",
        ]
    }


def test_response_schema_replaced(upstream: Doc, check: Check) -> None:
    """A 200 response with a different structure is compared field by field."""
    media = upstream["paths"][CLOSE_PORT]["post"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/APIAccess"}
    lines = check(upstream)[CLOSE]
    assert "+ field response.clientId added upstream (required)" in lines
    assert "- field response.command removed" in lines


def test_response_code_added(upstream: Doc, check: Check) -> None:
    """A status code upstream now documents (a command answering 202) is named."""
    upstream["paths"][CLOSE_PORT]["post"]["responses"]["202"] = {"description": "queued"}
    assert check(upstream) == {CLOSE: ["+ response 202 added upstream"]}


def test_response_code_removed(upstream: Doc, check: Check) -> None:
    """A status code upstream no longer documents (disconnect's 202) is named."""
    del upstream["paths"][VEHICLE]["delete"]["responses"]["202"]
    assert check(upstream) == {f"DELETE {VEHICLE}": ["- response 202 removed"]}


def test_202_schema_field_changed(upstream: Doc, check: Check) -> None:
    """The 202 body is compared like the 200 one, under `response 202`, and only where it changed."""
    media = upstream["paths"][LISTENING]["post"]["responses"]["202"]["content"]["application/json"]
    body = copy.deepcopy(schema(upstream, "VehicleListeningResponse"))
    body["properties"]["isListening"] = {"type": "string"}
    media["schema"] = body
    assert check(upstream) == {
        f"POST {LISTENING}": ["~ field response 202.isListening: type boolean -> string"]
    }


def test_202_body_dropped(upstream: Doc, check: Check) -> None:
    """A 2xx code that stops carrying a JSON body is named with its code."""
    del upstream["paths"][LISTENING]["post"]["responses"]["202"]["content"]
    assert check(upstream) == {f"POST {LISTENING}": ["- response 202 application/json removed"]}


def test_enum_of_a_new_resource_is_compared(upstream: Doc, check: Check) -> None:
    """Enums reached only by the newer operations (a schedule's weekdays) are compared too."""
    schema(upstream, "Weekdays")["enum"].append("FUNDAY")
    report = check(upstream)
    line = '+ enum value response.chargingWindows[].daysOfWeek[]: "FUNDAY"'
    assert report[f"GET {CHARGING_WINDOWS}"] == [line]


def test_recursive_schema_terminates(upstream: Doc, check: Check) -> None:
    """A schema that refers to itself is walked once and compared without looping."""
    children = {"type": "array", "items": {"$ref": "#/components/schemas/VehicleCommandExecution"}}
    schema(upstream, "VehicleCommandExecution")["properties"]["children"] = children
    assert check(upstream)[CLOSE] == ["+ field response.children added upstream"]


def test_any_of_enum_or_string_equals_the_enum() -> None:
    """`anyOf: [{$ref: Enum}, {type: string}]` normalizes to a string with the enum's values."""
    doc = our_spec()
    ours = check_drift.shape_of(
        {"anyOf": [{"$ref": "#/components/schemas/CommandStatus"}, {"type": "string"}]}, doc
    )
    plain = check_drift.shape_of({"$ref": "#/components/schemas/CommandStatus"}, doc)
    assert ours == plain
    assert ours.types == {"string"}
    assert ours.enum == {'"PENDING"', '"EXECUTED"', '"FAILED"'}


def test_openapi_30_nullable_is_null_type() -> None:
    """`nullable: true` (OpenAPI 3.0) means the same as a `null` type (3.1)."""
    doc: Doc = {}
    old = check_drift.shape_of({"type": "integer", "nullable": True}, doc)
    new = check_drift.shape_of({"anyOf": [{"type": "integer"}, {"type": "null"}]}, doc)
    assert old == new


def test_field_we_may_see_omitted_is_required_like_upstream(upstream: Doc, check: Check) -> None:
    """Vehicle.vin is required upstream and optional in our spec (x-volteras-may-omit): no drift;
    were upstream to make it optional, that would be reported."""
    assert "vin" in schema(upstream, "Vehicle")["required"]
    assert check(upstream) == {}
    schema(upstream, "Vehicle")["required"].remove("vin")
    assert any(
        "field response.vin: made optional" in line for lines in check(upstream).values() for line in lines
    )

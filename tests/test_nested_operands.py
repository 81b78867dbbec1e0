"""Rules whose operands sit in objects within the message (dYdX's order_id.clob_pair_id and
twap_parameters.duration), on a small spec of their own: read by their path, an absent member
read as its default, skipped where the member or an object above it already failed (in Python
and in the schema + CEL consumer alike, including a member's own field-scope CEL rule), a
violation pointed at the member where it sits, and the drawers satisfying and breaking each.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import both_verdicts, made_up_drawers, made_up_header, made_up_venue
from twapschema.testing import drawing

SPEC = (
    made_up_header("nested", "rules over members of objects within the message")
    + """\
reference:
  markets:
    kind: table
    description: Markets, keyed by a label; found by their integer id.
    source: {doc: api, section: markets}
    columns:
      id: {type: integer, description: Market id., minimum: 0}
      open: {type: boolean, description: Takes orders.}
      step: {type: decimal, description: Size grid., minimum: 0.001}
      min_child: {type: decimal, description: Least child size., minimum: 0}
      max_weight: {type: decimal, description: Most weight., minimum: 0}
    unique: [[id]]
objects:
  Schedule:
    description: The schedule.
    source: {doc: api, section: schedule}
    unknown_fields: {policy: reject, source: {inferred: Three members.}}
    fields:
      duration:
        type: integer
        required: true
        description: Seconds.
        source: {doc: api, section: duration}
        minimum: 60
        maximum: 3600
      interval:
        type: integer
        required: true
        description: Seconds between children.
        source: {doc: api, section: interval}
        minimum: 10
        maximum: 60
      weight:
        type: decimal_string
        description: A weight (its bound is a field-scope CEL rule).
        source: {doc: api, section: weight}
        exclusiveMinimum: 0
        maximum: 1000
    rules:
      duration_multiple:
        kind: multiple_of_field
        field: duration
        divisor: interval
        message: schedule.duration must be a multiple of schedule.interval
        source: {doc: api, section: duration}
messages:
  order:
    kind: request
    description: An order.
    source: {doc: api, section: order}
    http: {method: POST, path: /order}
    unknown_fields: {policy: reject, source: {inferred: Every member is listed.}}
    fields:
      ids:
        type: object
        required: true
        description: Ids.
        source: {doc: api, section: ids}
        unknown_fields: {policy: reject, source: {inferred: One member.}}
        fields:
          market:
            type: integer
            default: 0
            description: Market id; absent, market 0.
            source: {doc: api, section: market}
            minimum: 0
            maximum: 1000
      size:
        type: decimal_string
        required: true
        description: Size.
        source: {doc: api, section: size}
        exclusiveMinimum: 0
        maximum: 1000000
      schedule:
        type: object
        object: Schedule
        required: true
        description: The schedule.
        source: {doc: api, section: schedule}
    rules:
      market_open:
        kind: reference_active
        field: ids.market
        table: markets
        match: {id: ids.market}
        active_column: open
        message: ids.market must be an open market
        source: {doc: api, section: markets}
      size_on_grid:
        kind: multiple_of_reference
        field: size
        step: markets[id=ids.market].step
        message: size must be on the market's grid
        source: {doc: api, section: size}
      child_at_least_minimum:
        kind: quotient_above_reference
        dividend: size
        divisor: schedule.duration
        scale: schedule.interval
        minimum: markets[id=ids.market].min_child
        message: size / (duration / interval) must be at least the market's min_child
        source: {doc: api, section: size}
      weight_within:
        kind: within_reference
        field: schedule.weight
        maximum: markets[id=ids.market].max_weight
        message: schedule.weight must be at most the market's max_weight
        source: {doc: api, section: weight}
"""
)

REFERENCE = {
    "markets": {
        "A": {"id": 0, "open": True, "step": "0.1", "min_child": "1", "max_weight": "10"},
        "B": {"id": 1, "open": True, "step": "1", "min_child": "5", "max_weight": "100"},
        "X": {"id": 2, "open": False, "step": "1", "min_child": "1", "max_weight": "10"},
    }
}

BASE: dict[str, Any] = {
    "ids": {"market": 0},
    "size": "6",  # six children of 1 on market 0
    "schedule": {"duration": 60, "interval": 10, "weight": "10"},
}


def order(**changes: Any) -> dict[str, Any]:
    """BASE with members of its objects changed: ``ids={"market": 1}`` merges, ``ids=None``
    leaves the object out, ``ids="x"`` sets it whole."""
    payload: dict[str, Any] = {k: dict(v) if isinstance(v, dict) else v for k, v in BASE.items()}
    for name, value in changes.items():
        if value is None:
            payload.pop(name)
        elif isinstance(value, dict) and isinstance(payload.get(name), dict):
            for k, v in value.items():
                if v is None:
                    payload[name].pop(k, None)
                else:
                    payload[name][k] = v
        else:
            payload[name] = value
    return payload


@pytest.fixture(scope="module")
def venue() -> Iterator[tuple[types.ModuleType, dict[str, Any]]]:
    with made_up_venue(SPEC, "specs/nested.yaml") as generated:
        yield generated


def _verdicts(venue: tuple[types.ModuleType, dict[str, Any]], payload: dict[str, Any]) -> set[str]:
    return both_verdicts(*venue, payload, REFERENCE, "order")


UNCHECKED_ALL = {
    "unchecked:size_on_grid",
    "unchecked:child_at_least_minimum",
    "unchecked:weight_within",
}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (order(), set()),
        (order(ids={"market": None}), set()),  # absent: market 0
        (order(ids={"market": 1}), {"child_at_least_minimum"}),  # on its grid of 1, but 6 < 5 x 6
        (order(ids={"market": 1}, size="30"), set()),
        (order(ids={"market": 1}, size="29"), {"child_at_least_minimum"}),
        (order(size="5.9"), {"child_at_least_minimum"}),  # one step short of six children of 1
        (order(size="6.05"), {"size_on_grid"}),
        (order(schedule={"weight": "10.000001"}), {"weight_within"}),
        (order(schedule={"weight": None}), set()),  # an optional operand absent: not applied
        (order(ids={"market": 2}), {"market_open"}),
        (order(ids={"market": 9}), {"market_open", *UNCHECKED_ALL}),
        # The member failed its own check: the rules reading it are skipped, not unchecked.
        (order(ids={"market": -1}), {"ids.market.minimum"}),
        (order(ids={"market": "0"}), {"ids.market.type"}),
        # An object above it failed: skipped too.
        (order(ids="x"), {"ids.type"}),
        (order(ids=None), {"ids.required"}),
        # A field-scope CEL rule of the member (an exact bound on a decimal string) ran first.
        (order(schedule={"weight": "0"}), {"weight.exclusiveMinimum"}),
        (order(schedule={"weight": "1000.5"}), {"weight.maximum"}),
        # The nested object's own rule fails; the body's rule reads the members as they are.
        # (6 x 10 < 1 x 65: the chain would count 6 children; the order is refused either way.)
        (order(schedule={"duration": 65}), {"duration_multiple", "child_at_least_minimum"}),
        (order(schedule={"duration": 59}), {"duration.minimum"}),
    ],
)
def test_nested_operands(
    venue: tuple[types.ModuleType, dict[str, Any]], payload: dict[str, Any], expected: set[str]
) -> None:
    assert _verdicts(venue, payload) == expected


def test_a_nested_subject_is_pointed_at_where_it_sits(
    venue: tuple[types.ModuleType, dict[str, Any]],
) -> None:
    module, _ = venue
    reference = module.REFERENCE.model_validate(REFERENCE)
    (violation,) = module.MESSAGES["order"].check(order(ids={"market": 2}), reference)[0]
    assert violation.path == "/ids/market"
    assert violation.message == (
        "ids.market must be an open market (inactive in the reference data) (got ids.market=2)"
    )


def test_the_schema_names_nested_operands_by_pointer(
    venue: tuple[types.ModuleType, dict[str, Any]],
) -> None:
    _, schema = venue
    rules = {r["id"]: r for r in schema["x-twapschema-rules"]}
    child = rules["child_at_least_minimum"]
    assert child["fields"] == ["/size", "/schedule/duration", "/schedule/interval", "/ids/market"]
    assert "(has(self.ids.market) ? self.ids.market : 0)" in child["expression"]
    assert rules["market_open"]["path"] == "/ids/market"
    assert rules["weight_within"]["requires"] == ["/schedule/weight"]


@pytest.fixture(scope="module")
def drawn() -> drawing.MessageSpec:
    return made_up_drawers(SPEC, "specs/nested.yaml", "order")


@pytest.mark.parametrize(
    "rule", ["market_open", "size_on_grid", "child_at_least_minimum", "weight_within"]
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_drawers_break_each_rule_alone_and_satisfy_all(
    venue: tuple[types.ModuleType, dict[str, Any]],
    drawn: drawing.MessageSpec,
    rule: str,
    data: st.DataObject,
) -> None:
    valid = data.draw(drawing.valid_payloads(drawn, REFERENCE))
    assert isinstance(valid, dict)
    assert _verdicts(venue, valid) == set()
    broken = data.draw(drawing.breaking_payloads(drawn, rule, REFERENCE))
    assert isinstance(broken, dict)
    assert {r for r in _verdicts(venue, broken) if not r.startswith("unchecked:")} == {rule}


def test_absent_defaulted_keys_are_drawn(drawn: drawing.MessageSpec) -> None:
    found: list[bool] = []

    @settings(max_examples=80, derandomize=True, database=None)
    @given(drawing.valid_payloads(drawn, REFERENCE))
    def collect(payload: object) -> None:
        assert isinstance(payload, dict)
        found.append("market" not in payload["ids"])

    collect()
    assert any(found)
    assert not all(found)

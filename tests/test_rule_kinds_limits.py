"""Instrument status and limits from reference data, on a small spec of their own: a status in
twapschema's words (tradable, reduce_only, cancel_only) that admits a reduce-only order on a
reduce-only instrument, and `within_reference` limits. Python at the boundaries, the same
verdict from the schema with its CEL rules, and the drawers satisfying and breaking each alone.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import twapschema
from tests.helpers import both_verdicts, made_up_drawers, made_up_header, made_up_venue
from twapschema import testing
from twapschema.errors import SpecError
from twapschema.spec.check import load_spec_text
from twapschema.testing import drawing

SPEC = (
    made_up_header("limits", "instrument status and limits")
    + """\
reference:
  markets:
    kind: table
    description: Markets, keyed by a label; found by their integer id.
    source: {doc: api, section: markets}
    columns:
      id: {type: integer, description: Market id., minimum: 0}
      status:
        type: string
        values: [tradable, reduce_only, cancel_only]
        description: The market's state.
      min_size: {type: decimal, description: Least size., minimum: 0}
      max_size: {type: decimal, description: Most size., minimum: 0}
      takes_market: {type: boolean, description: Takes market orders.}
    unique: [[id]]
messages:
  order:
    kind: request
    description: An order.
    source: {doc: api, section: order}
    http: {method: POST, path: /order}
    unknown_fields: {policy: reject, source: {inferred: Every member is listed.}}
    fields:
      market:
        type: integer
        required: true
        description: Market id.
        source: {doc: api, section: m}
        minimum: 0
      size:
        type: decimal_string
        required: true
        description: Size.
        source: {doc: api, section: s}
        exclusiveMinimum: 0
      reduceOnly:
        type: boolean
        default: false
        description: Reduce only.
        source: {doc: api, section: r}
    rules:
      market_open:
        kind: reference_active
        field: market
        table: markets
        match: {id: market}
        status_column: status
        reduce_only: reduceOnly
        message: market must be open to this order
        source: {doc: api, section: status}
      takes_market_orders:
        kind: reference_active
        field: market
        table: markets
        match: {id: market}
        active_column: takes_market
        unlisted: unchecked
        message: market must take market orders
        source: {doc: api, section: status}
      size_within_limits:
        kind: within_reference
        field: size
        minimum: markets[id=market].min_size
        maximum: markets[id=market].max_size
        message: size must be within the market's limits
        source: {doc: api, section: s}
"""
)

REFERENCE = {
    "markets": {
        "BTC": {
            "id": 0,
            "status": "tradable",
            "min_size": "0.001",
            "max_size": "100",
            "takes_market": True,
        },
        "OLD": {
            "id": 1,
            "status": "reduce_only",
            "min_size": "1",
            "max_size": "1000",
            "takes_market": True,
        },
        "HALT": {
            "id": 2,
            "status": "cancel_only",
            "min_size": "1",
            "max_size": "1000",
            "takes_market": True,
        },
        "LIMIT": {
            "id": 3,
            "status": "tradable",
            "min_size": "1",
            "max_size": "1000",
            "takes_market": False,
        },
    }
}


@pytest.fixture(scope="module")
def venue() -> Iterator[tuple[types.ModuleType, dict[str, Any]]]:
    with made_up_venue(SPEC, "specs/limits.yaml") as generated:
        yield generated


@pytest.fixture(scope="module")
def module(venue: tuple[types.ModuleType, dict[str, Any]]) -> types.ModuleType:
    return venue[0]


@pytest.fixture(scope="module")
def schema(venue: tuple[types.ModuleType, dict[str, Any]]) -> dict[str, Any]:
    return venue[1]


def _verdicts(
    module: types.ModuleType, schema: dict[str, Any], payload: dict[str, object]
) -> set[str]:
    return both_verdicts(module, schema, payload, REFERENCE, "order")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"market": 0, "size": "1"}, set()),
        ({"market": 1, "size": "1"}, {"market_open"}),  # reduce-only market, opening order
        ({"market": 1, "size": "1", "reduceOnly": False}, {"market_open"}),
        ({"market": 1, "size": "1", "reduceOnly": True}, set()),
        ({"market": 2, "size": "1", "reduceOnly": True}, {"market_open"}),  # cancel-only
        (
            {"market": 7, "size": "1"},
            {"market_open", "unchecked:size_within_limits", "unchecked:takes_market_orders"},
        ),
        # A listed market's flag: false refuses; unlisted, market_open refuses and this rule
        # says unchecked (above).
        ({"market": 3, "size": "1"}, {"takes_market_orders"}),
        # The limits, inclusive, at and one step past each end.
        ({"market": 0, "size": "0.001"}, set()),
        ({"market": 0, "size": "0.00099999"}, {"size_within_limits"}),
        ({"market": 0, "size": "100"}, set()),
        ({"market": 0, "size": "100.00000001"}, {"size_within_limits"}),
        ({"market": 0, "size": "0"}, {"size.exclusiveMinimum"}),  # invalid: no rule judges it
    ],
)
def test_status_and_limits(
    module: types.ModuleType,
    schema: dict[str, Any],
    payload: dict[str, object],
    expected: set[str],
) -> None:
    assert _verdicts(module, schema, payload) == expected


def test_the_message_says_the_status(module: types.ModuleType) -> None:
    reference = module.REFERENCE.model_validate(REFERENCE)
    (violation,) = module.MESSAGES["order"].check({"market": 2, "size": "1"}, reference)[0]
    assert violation.message == (
        "market must be open to this order (cancel_only in the reference data)"
        " (got market=2, reduceOnly=false)"
    )


def test_a_status_outside_the_listed_values_is_refused_on_load(module: types.ModuleType) -> None:
    bad = {"markets": {"X": {"id": 9, "status": "online", "min_size": "1", "max_size": "2"}}}
    with pytest.raises(ValueError, match="status"):
        module.REFERENCE.model_validate(bad)


@pytest.fixture(scope="module")
def drawn() -> drawing.MessageSpec:
    return made_up_drawers(SPEC, "specs/limits.yaml", "order")


@pytest.mark.parametrize("rule", ["market_open", "size_within_limits", "takes_market_orders"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_drawers_break_each_rule_alone_and_satisfy_all(
    module: types.ModuleType,
    schema: dict[str, Any],
    drawn: drawing.MessageSpec,
    rule: str,
    data: st.DataObject,
) -> None:
    valid = data.draw(drawing.valid_payloads(drawn, REFERENCE))
    assert isinstance(valid, dict)
    assert _verdicts(module, schema, valid) == set()
    broken = data.draw(drawing.breaking_payloads(drawn, rule, REFERENCE))
    assert isinstance(broken, dict)
    assert {r for r in _verdicts(module, schema, broken) if not r.startswith("unchecked:")} == {
        rule
    }


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        (
            "        status_column: status\n",
            "        status_column: min_size\n",
            "must list `values`",
        ),
        ("        reduce_only: reduceOnly\n", "        reduce_only: size\n", "must be a boolean"),
        (
            "        status_column: status\n",
            "        status_column: status\n        active_column: status\n",
            "not both",
        ),
        (
            "        minimum: markets[id=market].min_size\n"
            "        maximum: markets[id=market].max_size\n",
            "",
            "needs a `minimum`, a `maximum`, or both",
        ),
        (
            "        values: [tradable, reduce_only, cancel_only]\n",
            "        values: []\n",
            "one or more",
        ),
        (
            "        active_column: takes_market\n",
            "",
            "unlisted: unchecked needs an active_column or status_column to check",
        ),
    ],
)
def test_bad_status_and_limits_are_located_errors(old: str, new: str, says: str) -> None:
    assert old in SPEC
    with pytest.raises(SpecError) as caught:
        load_spec_text(SPEC.replace(old, new, 1), "specs/limits.yaml")
    text = str(caught.value)
    assert text.startswith("specs/limits.yaml:")
    assert says in text, text


BYBIT = {"symbol": "BTCUSDT", "side": "Buy", "strategyType": "twap", "duration": 300}


@pytest.mark.parametrize(
    ("category", "size", "expected"),
    [
        ("UTA_USDT", "100", set()),  # 10 sub-orders of 10: half of maxOrderQty 20 exactly
        ("UTA_USDT", "100.01", {"sub_order_at_most_half_the_max_order_qty"}),
        ("UTA_SPOT", "100.01", set()),  # spot is not held to the cap
        ("UTA_SPOT", "100000", set()),
    ],
)
def test_only_when_applies_the_rule_for_its_values_alone(
    category: str, size: str, expected: set[str]
) -> None:
    reference = testing.bundled_reference()
    payload = {**BYBIT, "category": category, "size": size}
    result = twapschema.validate("bybit", "create_strategy", payload, reference=reference)
    assert {v.rule for v in result.violations} == expected
    assert "sub_order_at_most_half_the_max_order_qty" not in result.unchecked
    testing.check_schema_agrees("bybit", "create_strategy", payload, result)


def test_only_when_is_checked_against_its_field() -> None:
    old = "        source: {doc: api, section: s}\n"
    rule = "        only_when: {field: reduceOnly, is: [maybe]}\n"
    text = SPEC.replace(
        "        message: size must be within the market's limits\n",
        rule + "        message: size must be within the market's limits\n",
        1,
    )
    assert old in SPEC
    with pytest.raises(SpecError) as caught:
        load_spec_text(text, "specs/limits.yaml")
    assert "are not bool values of 'reduceOnly'" in str(caught.value)

"""The rule kinds added for more venues, on a small spec of their own: each kind's Python
check at its boundaries, the same verdict from the JSON Schema with its CEL rules, and each
kind's Hypothesis drawer making payloads that satisfy it and payloads that break it alone.

The venues' own specs use them too (Binance, OKX, Kraken); this file pins the semantics
without depending on any venue's facts.
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import twapschema
from tests.helpers import both_verdicts, made_up_drawers, made_up_venue
from twapschema import testing
from twapschema.emit.json_schema import message_schema
from twapschema.emit.judge import generated_module
from twapschema.emit.pysource import format_python
from twapschema.emit.python import emit_python
from twapschema.errors import SpecError
from twapschema.schema_consumer import verdict
from twapschema.spec.check import load_spec_text
from twapschema.testing import drawing

SPEC = """\
format: twapschema/1
venue:
  id: kinds
  name: Kinds
  description: A venue made up to exercise rule kinds.
  transport: {kind: rest, url: https://example.com}
  auth: {scheme: none, description: None., source: {inferred: A test venue.}}
  version: "1.0.0"
  api_version: v1
  checked: '2026-12-01'
  sources:
    api: {title: Kinds API}
enums:
  OrderType:
    description: Order type.
    source: {doc: api, section: ordertype}
    values: {market: , limit: , stop: }
  Tif:
    description: Time in force.
    source: {doc: api, section: tif}
    values: {gtc: , ioc: , fok: }
reference:
  symbols:
    kind: table
    description: Symbols.
    source: {doc: api, section: symbols}
    columns:
      min_qty: {type: decimal, description: Smallest quantity.}
      tick: {type: decimal, description: Price grid., minimum: 0.00000001}
      lot: {type: integer, description: Quantity decimals., minimum: 0}
messages:
  order:
    kind: request
    description: An order.
    source: {doc: api, section: order}
    http: {method: POST, path: /order}
    unknown_fields: {policy: reject, source: {inferred: Every member is listed.}}
    fields:
      symbol: {type: string, required: true, description: Symbol., source: {doc: api, section: s}}
      quantity:
        type: decimal_string
        required: true
        description: Quantity.
        source: {doc: api, section: q}
        exclusiveMinimum: 0
      duration:
        type: integer
        required: true
        description: Seconds.
        source: {doc: api, section: d}
        minimum: 300
        maximum: 86400
      ordertype:
        type: enum
        enum: OrderType
        required: true
        description: Type.
        source: {doc: api, section: t}
      price:
        type: decimal_string
        description: Limit price.
        source: {doc: api, section: p}
        exclusiveMinimum: 0
      pxVar:
        type: decimal_string
        description: Price variance.
        source: {doc: api, section: v}
        minimum: 0.0001
        maximum: 0.01
      pxSpread:
        type: decimal_string
        nullable: true
        description: Price spread.
        source: {doc: api, section: w}
      reduceOnly: {type: boolean, description: Reduce only., source: {doc: api, section: r}}
      tif: {type: enum, enum: Tif, description: Time in force., source: {doc: api, section: tif}}
    rules:
      rate_above_min_qty:
        kind: quotient_above_reference
        dividend: quantity
        divisor: duration
        scale: 60
        minimum: symbols[symbol].min_qty
        strict: true
        message: quantity * 60 / duration must be above minQty
        source: {doc: api, section: q}
      one_price_band:
        kind: exactly_one_of
        fields: [pxVar, pxSpread]
        message: give exactly one of pxVar and pxSpread
        source: {doc: api, section: v}
      price_only_for_limit:
        kind: present_when
        field: price
        when: ordertype
        in: [limit, stop]
        message: price is for limit and stop orders only, and they need it
        source: {doc: api, section: p}
      price_on_tick:
        kind: multiple_of_reference
        field: price
        step: symbols[symbol].tick
        message: price must be on the symbol's tick grid
        source: {doc: api, section: p}
      quantity_within_lot:
        kind: multiple_of_reference
        field: quantity
        decimals: symbols[symbol].lot
        message: quantity must have at most the symbol's lot decimals
        source: {doc: api, section: q}
      reduce_only_needs_ioc:
        kind: value_when
        field: tif
        in: [ioc, fok]
        when: reduceOnly
        is: [true]
        message: a reduce-only order must be ioc or fok
        source: {doc: api, section: r}
"""

REFERENCE = {"symbols": {"BTCUSDT": {"min_qty": "0.001", "tick": "0.5", "lot": 10}}}
BASE: dict[str, object] = {
    "symbol": "BTCUSDT",
    "quantity": "0.0051",  # 0.0051 * 60 / 300 = 0.00102 > 0.001
    "duration": 300,
    "ordertype": "market",
    "pxVar": "0.001",
}


@pytest.fixture(scope="module")
def venue() -> Iterator[tuple[types.ModuleType, dict[str, Any]]]:
    with made_up_venue(SPEC, "specs/kinds.yaml") as generated:
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
    ("changes", "expected"),
    [
        ({}, set()),
        # quantity * 60 / duration > 0.001: at 300 s the boundary is quantity 0.005.
        ({"quantity": "0.005"}, {"rate_above_min_qty"}),
        ({"quantity": "0.0050000001"}, set()),
        ({"quantity": "0.004"}, {"rate_above_min_qty"}),
        ({"quantity": "0.0051", "duration": 306}, {"rate_above_min_qty"}),  # exactly 0.001
        ({"quantity": "0.0051", "duration": 305}, set()),
        # Not judged against a row that is not there, nor with an invalid operand.
        (
            {"symbol": "NOPE"},
            {"unchecked:rate_above_min_qty", "unchecked:quantity_within_lot"},
        ),
        ({"quantity": "0"}, {"quantity.exclusiveMinimum"}),
        # exactly one of pxVar, pxSpread; a null pxSpread is absent.
        ({"pxVar": None}, {"pxVar.type"}),
        ({"pxSpread": "5"}, {"one_price_band"}),
        ({"pxSpread": None}, set()),
        ({"pxVar": "0.02"}, {"pxVar.maximum"}),  # invalid, so not counted either way
    ],
)
def test_quotient_above_reference_and_exactly_one_of(
    module: types.ModuleType,
    schema: dict[str, Any],
    changes: dict[str, object],
    expected: set[str],
) -> None:
    assert _verdicts(module, schema, {**BASE, **changes}) == expected


def test_exactly_one_of_counts_absent_and_null_as_not_given(
    module: types.ModuleType, schema: dict[str, Any]
) -> None:
    none = {k: v for k, v in BASE.items() if k != "pxVar"}
    assert _verdicts(module, schema, none) == {"one_price_band"}
    assert _verdicts(module, schema, {**none, "pxSpread": None}) == {"one_price_band"}
    assert _verdicts(module, schema, {**none, "pxSpread": "1.5"}) == set()


@pytest.mark.parametrize(
    ("ordertype", "price", "expected"),
    [
        ("market", None, set()),
        ("market", "100", {"price_only_for_limit"}),
        ("limit", "100", set()),
        ("stop", "100", set()),
        ("limit", None, {"price_only_for_limit"}),
        ("stop", None, {"price_only_for_limit"}),
        ("limit", "-1", {"price.type"}),  # an invalid price has its own violation only
        ("limit", "0", {"price.exclusiveMinimum"}),
        ("bogus", "100", {"ordertype.enum"}),  # no condition to judge by
    ],
)
def test_present_when(
    module: types.ModuleType,
    schema: dict[str, Any],
    ordertype: str,
    price: str | None,
    expected: set[str],
) -> None:
    payload = {**BASE, "ordertype": ordertype}
    if price is not None:
        payload["price"] = price
    assert _verdicts(module, schema, payload) == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"ordertype": "limit", "price": "100.5"}, set()),
        ({"ordertype": "limit", "price": "100"}, set()),
        ({"ordertype": "limit", "price": "100.25"}, {"price_on_tick"}),
        ({"ordertype": "limit", "price": "0.5"}, set()),  # the smallest price on the grid
        ({"quantity": "0.0051000001"}, set()),  # 10 decimals, the lot's limit
        ({"quantity": "0.00510000010"}, set()),  # a trailing zero changes no amount
        ({"quantity": "0.00510000001"}, {"quantity_within_lot"}),
        ({"quantity": "1.00000000001"}, {"quantity_within_lot"}),
        # Not judged against a row that is not there, nor with an invalid operand.
        (
            {"symbol": "NOPE", "ordertype": "limit", "price": "1.25"},
            {
                "unchecked:rate_above_min_qty",
                "unchecked:price_on_tick",
                "unchecked:quantity_within_lot",
            },
        ),
        ({"ordertype": "limit", "price": "-1"}, {"price.type"}),
    ],
)
def test_multiple_of_reference(
    module: types.ModuleType,
    schema: dict[str, Any],
    changes: dict[str, object],
    expected: set[str],
) -> None:
    assert _verdicts(module, schema, {**BASE, **changes}) == expected


def test_an_absent_optional_operand_leaves_a_reference_rule_out_not_unchecked(
    module: types.ModuleType, schema: dict[str, Any]
) -> None:
    # Without reference data, price_on_tick is unchecked only when there is a price to check.
    check = module.MESSAGES["order"].check
    assert "price_on_tick" not in check(BASE, None)[1]
    limit = {**BASE, "ordertype": "limit", "price": "100.5"}
    assert "price_on_tick" in check(limit, None)[1]
    for payload in (BASE, limit):
        expected = sorted(check(json.loads(json.dumps(payload), parse_float=Decimal), None)[1])
        assert verdict(schema, payload, None)[1] == expected


@pytest.mark.parametrize(
    ("reduce_only", "tif", "expected"),
    [
        (True, "ioc", set()),
        (True, "fok", set()),
        (True, "gtc", {"reduce_only_needs_ioc"}),
        (True, None, {"reduce_only_needs_ioc"}),  # absent (no default) is none of the values
        (False, "gtc", set()),
        (False, None, set()),
        (None, "gtc", set()),  # no condition to judge by
        (True, "bogus", {"tif.enum"}),  # an invalid tif has its own violation only
        ("true", "gtc", {"reduceOnly.type"}),
    ],
)
def test_value_when(
    module: types.ModuleType,
    schema: dict[str, Any],
    reduce_only: object,
    tif: str | None,
    expected: set[str],
) -> None:
    payload = dict(BASE)
    if reduce_only is not None:
        payload["reduceOnly"] = reduce_only
    if tif is not None:
        payload["tif"] = tif
    assert _verdicts(module, schema, payload) == expected


def test_value_when_reads_an_absent_field_as_its_default() -> None:
    text = SPEC.replace(
        "      tif: {type: enum, enum: Tif, description:",
        "      tif: {type: enum, enum: Tif, default: ioc, description:",
        1,
    ).replace("  id: kinds\n", "  id: kinds_tif\n", 1)  # its own module, beside the fixture's
    spec = load_spec_text(text, "specs/kinds_tif.yaml")
    with generated_module(spec, format_python(emit_python(spec), "kinds.py")) as generated:
        reference = generated.REFERENCE.model_validate(REFERENCE)
        check = generated.MESSAGES["order"].check
        assert check({**BASE, "reduceOnly": True}, reference)[0] == []
        rules = [v.rule for v in check({**BASE, "reduceOnly": True, "tif": "gtc"}, reference)[0]]
        assert rules == ["reduce_only_needs_ioc"]
        verdicts = verdict(
            message_schema(spec, spec.messages[0]), {**BASE, "reduceOnly": True}, REFERENCE
        )
        assert verdicts == ([], [])


def test_violation_messages_show_what_was_given(module: types.ModuleType) -> None:
    reference = module.REFERENCE.model_validate(REFERENCE)
    check = module.MESSAGES["order"].check
    payload = {**BASE, "quantity": "0.005", "pxSpread": "1", "price": "5", "reduceOnly": True}
    messages = {v.rule: v.message for v in check(payload, reference)[0]}
    assert messages == {
        "rate_above_min_qty": "quantity * 60 / duration must be above minQty"
        " (got quantity=0.005, duration=300, symbols[symbol].min_qty=0.001)",
        "one_price_band": "give exactly one of pxVar and pxSpread (2 of pxVar, pxSpread given)",
        "price_only_for_limit": "price is for limit and stop orders only, and they need it"
        ' (got ordertype="market")',
        "reduce_only_needs_ioc": "a reduce-only order must be ioc or fok"
        " (got reduceOnly=true) (tif absent)",
    }
    payload = {**BASE, "reduceOnly": True, "tif": "gtc"}
    assert [v.message for v in check(payload, reference)[0]] == [
        'a reduce-only order must be ioc or fok (got reduceOnly=true, tif="gtc")'
    ]
    assert module.MESSAGES["order"].check(BASE, None)[1] == [
        "rate_above_min_qty",
        "quantity_within_lot",
    ]


@pytest.fixture(scope="module")
def drawn() -> drawing.MessageSpec:
    return made_up_drawers(SPEC, "specs/kinds.yaml", "order")


@pytest.mark.parametrize(
    "rule",
    [
        "rate_above_min_qty",
        "one_price_band",
        "price_only_for_limit",
        "reduce_only_needs_ioc",
        "price_on_tick",
        "quantity_within_lot",
    ],
)
# This made-up spec has no reference_active rule on symbol, so a valid body's symbol is rarely
# a row of the table; a reference rule's drawer picks one to break it, and the quantity drawn
# before then often misses the other reference rule's minimum: filtered, not wrong.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
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
    # Valid: no violation (a symbol not in the reference data leaves its rule unchecked).
    assert {r for r in _verdicts(module, schema, valid) if not r.startswith("unchecked:")} == set()
    broken = data.draw(drawing.breaking_payloads(drawn, rule, REFERENCE))
    assert isinstance(broken, dict)
    assert {r for r in _verdicts(module, schema, broken) if not r.startswith("unchecked:")} == {
        rule
    }


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("        scale: 60\n", "        scale: 0\n", "scale must be positive"),
        ("        divisor: duration\n", "        divisor: ordertype\n", "is not numeric"),
        ("minimum: symbols[symbol].min_qty", "minimum: symbols[nope].min_qty", "no field 'nope'"),
        ("fields: [pxVar, pxSpread]", "fields: [pxVar, pxVar]", "listed twice"),
        ("fields: [pxVar, pxSpread]", "fields: [pxVar, symbol]", "'symbol' is required"),
        ("fields: [pxVar, pxSpread]", "fields: [pxVar]", "at least 2 items"),
        ("in: [limit, stop]", "in: [limit, twap]", "not values of enum OrderType"),
        ("in: [limit, stop]", "in: []", "at least 1 item"),
        ("        when: ordertype\n", "        when: quantity\n", "must be an enum, string"),
        ("        field: price\n", "        field: symbol\n", "'symbol' is required"),
        ("        field: price\n", "        field: ordertype\n", "same field"),
        ("in: [ioc, fok]", "in: [ioc, day]", "not values of enum Tif"),
        ("step: symbols[symbol].tick", "step: symbols[symbol].lot", "of type decimal"),
        ("decimals: symbols[symbol].lot", "decimals: symbols[symbol].tick", "of type integer"),
        (
            "step: symbols[symbol].tick",
            "step: symbols[symbol].tick\n        decimals: symbols[symbol].lot",
            "`step` or `decimals`, not both",
        ),
        (
            "      tick: {type: decimal, description: Price grid., minimum: 0.00000001}",
            "      tick: {type: decimal, description: Price grid.}",
            "positive `minimum`",
        ),
        (
            "        field: quantity\n        decimals:",
            "        field: ordertype\n        decimals:",
            "is not numeric",
        ),
        ("is: [true]", "is: [1]", "are not bool values of 'reduceOnly'"),
        ("is: [true]", "is: []", "at least 1 item"),
        ("        when: reduceOnly\n", "        when: quantity\n", "must be an enum, string"),
        ("        when: reduceOnly\n", "        when: tif\n", "same field"),
        (
            "        in: [limit, stop]\n",
            "        in: [limit, stop]\n        required: false\n        absent_otherwise: false\n",
            "no rule",
        ),
    ],
)
def test_bad_rules_are_located_errors(old: str, new: str, says: str | None) -> None:
    assert old in SPEC
    with pytest.raises(SpecError) as caught:
        load_spec_text(SPEC.replace(old, new, 1), "specs/kinds.yaml")
    text = str(caught.value)
    assert text.startswith("specs/kinds.yaml:")
    if says is not None:
        assert says in text, text


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"duration": 330}, set()),  # 11 children at the default 30 s
        ({"duration": 310}, {"duration_divisible_by_interval"}),
        ({"duration": 310, "interval": 10}, set()),
        ({"duration": 330, "interval": 60}, {"duration_divisible_by_interval"}),
    ],
)
def test_an_absent_operand_with_a_default_is_read_as_its_default(
    changes: dict[str, object], expected: set[str], reference: twapschema.Reference
) -> None:
    # Bybit's interval defaults to 30 s: absent, the venue divides by 30, and so does the rule.
    payload = {
        "category": "UTA_USDT",
        "symbol": "BTCUSDT",
        "side": "Buy",
        "size": "1",
        "strategyType": "twap",
        **changes,
    }
    # With the bundled reference data, as check_schema_agrees reads it.
    result = twapschema.validate("bybit", "create_strategy", payload, reference=reference)
    assert {v.rule for v in result.violations} == expected
    testing.check_schema_agrees("bybit", "create_strategy", payload, result)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ({"algoId": "590919993110396111"}, set()),
        ({"algoClOrdId": "order1234"}, set()),
        ({"algoId": "1", "algoClOrdId": "order1234"}, set()),  # both: algoId wins, says OKX
        ({}, {"algo_id_or_client_id"}),
        ({"algoId": 1}, {"algoId.type"}),  # invalid, so not counted either way
    ],
)
def test_at_least_one_of(ids: dict[str, object], expected: set[str]) -> None:
    payload = [{"instId": "BTC-USDT", **ids}]  # the body is an array of such orders
    result = twapschema.validate("okx", "cancel_algos", payload)
    assert {v.rule for v in result.violations} == expected
    assert all(v.path.startswith("/0") for v in result.violations)
    testing.check_schema_agrees("okx", "cancel_algos", payload, result)


OBJECT_SPEC = """\
format: twapschema/1
venue:
  id: shared_rules
  name: Kinds
  description: A venue made up to put a rule on a shared object.
  transport: {kind: rest, url: https://example.com}
  auth: {scheme: none, description: None., source: {inferred: A test venue.}}
  version: "1.0.0"
  api_version: v1
  checked: '2026-12-01'
  sources:
    api: {title: Kinds API}
objects:
  Timing:
    description: When the children go.
    source: {doc: api, section: timing}
    unknown_fields: {policy: reject, source: {inferred: Every member is listed.}}
    fields:
      duration:
        type: integer
        required: true
        description: Seconds.
        source: {doc: api, section: d}
        minimum: 60
      interval:
        type: integer
        required: true
        description: Seconds.
        source: {doc: api, section: i}
        minimum: 1
    rules:
      whole_children:
        kind: multiple_of_field
        field: duration
        divisor: interval
        message: duration must be a multiple of interval
        source: {doc: api, section: timing}
messages:
  order:
    kind: request
    description: An order.
    source: {doc: api, section: order}
    http: {method: POST, path: /order}
    unknown_fields: {policy: reject, source: {inferred: Every member is listed.}}
    fields:
      timing:
        type: object
        object: Timing
        required: true
        description: Timing.
        source: {doc: api, section: timing}
      later:
        type: array
        items:
          type: object
          object: Timing
          description: A later slice.
          source: {doc: api, section: later}
        description: More slices.
        source: {doc: api, section: later}
"""


def test_a_shared_objects_rule_is_checked_wherever_the_object_appears() -> None:
    spec = load_spec_text(OBJECT_SPEC, "specs/shared_rules.yaml")
    schema = message_schema(spec, spec.messages[0])
    good, bad = {"duration": 120, "interval": 30}, {"duration": 130, "interval": 30}
    with generated_module(spec, format_python(emit_python(spec), "shared_rules.py")) as module:
        check = module.MESSAGES["order"].check
        for payload, expected in [
            ({"timing": good, "later": [good, good]}, []),
            (
                {"timing": bad, "later": [good, bad]},
                [("whole_children", "/later/1/duration"), ("whole_children", "/timing/duration")],
            ),
            # An invalid operand has its own violation only.
            (
                {"timing": {"duration": 30, "interval": 7}},
                [("duration.minimum", "/timing/duration")],
            ),
        ]:
            violations, _, _ = check(payload, None)
            assert sorted((v.rule, v.path) for v in violations) == expected
            assert verdict(schema, payload, None) == (expected, [])


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        # A rule on an object reads that object's own fields.
        ("        field: duration\n", "        field: timing\n", "no field 'timing'"),
        # A violation names its rule by id alone: a message may not reuse an object's rule id.
        (
            "      later:\n",
            "      whole:\n        type: integer\n        description: x.\n"
            "        source: {doc: api, section: x}\n        minimum: 1\n      later:\n",
            None,
        ),
    ],
)
def test_bad_object_rules_are_located_errors(old: str, new: str, says: str | None) -> None:
    text = OBJECT_SPEC.replace(old, new, 1)
    if says is None:  # the duplicate-id case: add a message rule named like the object's
        text += (
            "    rules:\n      whole_children:\n        kind: multiple_of_field\n"
            "        field: whole\n        divisor: whole\n        message: x\n"
            "        source: {doc: api, section: x}\n"
        )
        says = "rule id 'whole_children' is also a rule of object Timing"
    with pytest.raises(SpecError) as caught:
        load_spec_text(text, "specs/shared_rules.yaml")
    assert str(caught.value).startswith("specs/shared_rules.yaml:")
    assert says in str(caught.value), str(caught.value)


def test_a_duration_or_interval_says_its_unit() -> None:
    text = SPEC.replace(
        "      duration:\n        type: integer\n",
        "      duration:\n        concept: duration\n        type: integer\n",
    )
    with pytest.raises(SpecError, match="a duration field needs `unit:` one of seconds, minutes"):
        load_spec_text(text, "specs/kinds.yaml")
    assert load_spec_text(
        text.replace("description: Seconds.", "unit: minutes\n        description: Minutes."),
        "specs/kinds.yaml",
    )

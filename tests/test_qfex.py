"""QFEX add_twap: every field constraint and rule of specs/qfex.yaml, on both sides of each bound.

Every case starts from the venue document's own add_twap example (000_*.txt, "2) Add TWAP")
and changes one thing. Reference data is examples/reference.yaml: AAPL-USD active,
min_quantity 0.1, quantity_precision 2; GOOG-USD active, 0.001, 3; HALT-USD inactive;
client ids 1..36 characters.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import pytest

import twapschema
from tests.helpers import ABSENT, Expected, assert_verdict, changed, message_of
from twapschema import Reference, ValidationResult

VENUE: Final = "qfex"
MESSAGE: Final = "add_twap"
REFERENCE_RULES: Final = frozenset(
    {"symbol_active", "average_child_at_least_min_quantity", "client_twap_id_length"}
)


# The document's example, member for member.
DOC_PARAMS: Final[dict[str, object]] = {
    "symbol": "AAPL-USD",
    "side": "BUY",
    "total_quantity": 10,
    "num_orders": 5,
    "order_interval_secs": 30,
    "reduce_only": False,
    "client_twap_id": "rebalance-aapl-001",
}


def params(**changes: object) -> dict[str, object]:
    return changed(DOC_PARAMS, **changes)


def frame(**changes: object) -> dict[str, object]:
    return {"type": "add_twap", "params": params(**changes)}


def run(payload: object, reference: Reference | None = None) -> ValidationResult:
    return twapschema.validate(VENUE, MESSAGE, payload, reference=reference)


# --- the document's example ------------------------------------------------------------------


def test_document_example_is_valid_with_reference(reference: Reference) -> None:
    result = run(frame(), reference)
    assert result.valid is True
    assert result.violations == ()
    assert result.unchecked == ()


def test_document_example_without_reference_lists_exactly_the_three_reference_rules() -> None:
    result = run(frame())
    assert result.valid is True
    assert result.violations == ()
    assert sorted(result.unchecked) == sorted(REFERENCE_RULES)
    assert len(result.unchecked) == 3


def test_reference_without_a_qfex_part_is_like_no_reference() -> None:
    result = run(frame(), twapschema.parse_reference({}))
    assert result.valid is True
    assert set(result.unchecked) == REFERENCE_RULES


def test_reference_with_only_limits_checks_the_length_and_leaves_symbol_rules_unchecked() -> None:
    ref = twapschema.parse_reference(
        {"qfex": {"limits": {"client_id_min_length": 1, "client_id_max_length": 3}}}
    )
    result = run(frame(client_twap_id="abcd"), ref)
    assert_verdict(result, [("client_twap_id_length", "/params/client_twap_id")])
    assert sorted(result.unchecked) == ["average_child_at_least_min_quantity", "symbol_active"]
    assert run(frame(client_twap_id="abc"), ref).valid is True


# --- order_interval_secs >= 30 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(29, [("order_interval_secs.minimum", "/params/order_interval_secs")], id="29"),
        pytest.param(30, [], id="30"),
        pytest.param(31, [], id="31"),
        pytest.param(86_400 * 365, [], id="one-year-no-upper-bound"),
        pytest.param(0, [("order_interval_secs.minimum", "/params/order_interval_secs")], id="0"),
        pytest.param(
            -30, [("order_interval_secs.minimum", "/params/order_interval_secs")], id="-30"
        ),
        pytest.param(30.0, [], id="30.0"),  # a whole number, however spelled
        pytest.param(
            29.0, [("order_interval_secs.minimum", "/params/order_interval_secs")], id="29.0"
        ),
        pytest.param(
            30.5, [("order_interval_secs.type", "/params/order_interval_secs")], id="30.5"
        ),
        pytest.param("30", [("order_interval_secs.type", "/params/order_interval_secs")], id="str"),
        pytest.param(
            None, [("order_interval_secs.type", "/params/order_interval_secs")], id="null"
        ),
        pytest.param(
            ABSENT, [("order_interval_secs.required", "/params/order_interval_secs")], id="absent"
        ),
    ],
)
def test_order_interval_secs(reference: Reference, value: object, expected: Expected) -> None:
    assert_verdict(run(frame(order_interval_secs=value), reference), expected)


def test_order_interval_secs_message_names_the_minimum(reference: Reference) -> None:
    result = run(frame(order_interval_secs=29), reference)
    text = message_of(result, "order_interval_secs.minimum")
    assert "at least 30" in text
    assert "29" in text


# --- num_orders >= 2 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(1, [("num_orders.minimum", "/params/num_orders")], id="1"),
        pytest.param(2, [], id="2"),
        pytest.param(3, [], id="3"),
        pytest.param(0, [("num_orders.minimum", "/params/num_orders")], id="0"),
        pytest.param(-5, [("num_orders.minimum", "/params/num_orders")], id="-5"),
        pytest.param(5.0, [], id="5.0"),
        pytest.param(2.5, [("num_orders.type", "/params/num_orders")], id="2.5"),
        pytest.param(True, [("num_orders.type", "/params/num_orders")], id="true"),
        pytest.param("5", [("num_orders.type", "/params/num_orders")], id="str"),
        pytest.param(ABSENT, [("num_orders.required", "/params/num_orders")], id="absent"),
    ],
)
def test_num_orders(reference: Reference, value: object, expected: Expected) -> None:
    assert_verdict(run(frame(num_orders=value), reference), expected)


def test_num_orders_message_says_at_least_two(reference: Reference) -> None:
    text = message_of(run(frame(num_orders=1), reference), "num_orders.minimum")
    assert "at least 2" in text


def test_invalid_num_orders_does_not_trigger_the_min_quantity_rule(reference: Reference) -> None:
    """0.05 in one child is below min_quantity 0.1, but num_orders is itself invalid, so the
    cross-field rule must not be evaluated (nor listed as unchecked)."""
    result = run(frame(total_quantity=Decimal("0.05"), num_orders=1), reference)
    assert_verdict(result, [("num_orders.minimum", "/params/num_orders")])
    assert result.unchecked == ()


# --- total_quantity > 0 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(10, [], id="10"),
        pytest.param(10.5, [], id="10.5"),
        pytest.param(Decimal("10.5"), [], id="Decimal"),
        pytest.param(0, [("total_quantity.exclusiveMinimum", "/params/total_quantity")], id="0"),
        pytest.param(
            0.0, [("total_quantity.exclusiveMinimum", "/params/total_quantity")], id="0.0"
        ),
        pytest.param(-1, [("total_quantity.exclusiveMinimum", "/params/total_quantity")], id="-1"),
        pytest.param(
            Decimal("-0.01"),
            [("total_quantity.exclusiveMinimum", "/params/total_quantity")],
            id="-0.01",
        ),
        pytest.param("10", [("total_quantity.type", "/params/total_quantity")], id="str"),
        pytest.param(True, [("total_quantity.type", "/params/total_quantity")], id="true"),
        pytest.param(None, [("total_quantity.type", "/params/total_quantity")], id="null"),
        pytest.param([10], [("total_quantity.type", "/params/total_quantity")], id="array"),
        pytest.param(ABSENT, [("total_quantity.required", "/params/total_quantity")], id="absent"),
    ],
)
def test_total_quantity(reference: Reference, value: object, expected: Expected) -> None:
    assert_verdict(run(frame(total_quantity=value), reference), expected)


def test_tiny_positive_quantity_is_valid_shape_without_reference() -> None:
    result = run(frame(total_quantity=Decimal("0.000001")))
    assert_verdict(result, [])
    assert set(result.unchecked) == REFERENCE_RULES


# --- total_quantity / num_orders >= min_quantity (after truncation to quantity_precision) ------


def test_total_quantity_0_3_over_3_children_is_exactly_min_quantity_and_valid(
    reference: Reference,
) -> None:
    """0.3 / 3 == 0.1 exactly; in binary floating point 0.3 / 3 is 0.09999999999999999, which a
    float implementation would wrongly reject. The check must be decimal-exact."""
    for quantity in (0.3, Decimal("0.3"), Decimal("0.30"), Decimal("3E-1")):
        result = run(frame(total_quantity=quantity, num_orders=3), reference)
        assert result.violations == (), quantity
        assert result.valid is True
        assert result.unchecked == ()


def test_total_quantity_0_29_over_3_children_is_below_min_quantity(reference: Reference) -> None:
    result = run(frame(total_quantity=0.29, num_orders=3), reference)
    assert_verdict(result, [("average_child_at_least_min_quantity", "/params/total_quantity")])
    text = message_of(result, "average_child_at_least_min_quantity")
    assert "min_quantity" in text
    assert "0.29" in text


@pytest.mark.parametrize(
    ("symbol", "quantity", "num_orders", "valid"),
    [
        # AAPL-USD: min_quantity 0.1, quantity_precision 2
        pytest.param("AAPL-USD", "0.309", 3, True, id="AAPL-0.309-truncates-to-0.30"),
        pytest.param("AAPL-USD", "0.2999", 3, False, id="AAPL-0.2999-truncates-to-0.29"),
        pytest.param("AAPL-USD", "0.30", 3, True, id="AAPL-0.30"),
        pytest.param("AAPL-USD", "0.31", 3, True, id="AAPL-0.31"),
        pytest.param("AAPL-USD", "0.2", 2, True, id="AAPL-0.2-over-2"),
        pytest.param("AAPL-USD", "0.199", 2, False, id="AAPL-0.199-over-2"),
        pytest.param("AAPL-USD", "0.5", 10, False, id="AAPL-spec-example-0.5-over-10"),
        pytest.param("AAPL-USD", "1", 10, True, id="AAPL-1-over-10"),
        # GOOG-USD: min_quantity 0.001, quantity_precision 3
        pytest.param("GOOG-USD", "0.003", 3, True, id="GOOG-0.003"),
        pytest.param("GOOG-USD", "0.0039", 3, True, id="GOOG-0.0039-truncates-to-0.003"),
        pytest.param("GOOG-USD", "0.0030001", 3, True, id="GOOG-0.0030001"),
        pytest.param("GOOG-USD", "0.0029", 3, False, id="GOOG-0.0029-truncates-to-0.002"),
        pytest.param("GOOG-USD", "0.00299999", 3, False, id="GOOG-0.00299999"),
        pytest.param("GOOG-USD", "0.002", 2, True, id="GOOG-0.002-over-2"),
        pytest.param("GOOG-USD", "0.0019", 2, False, id="GOOG-0.0019-over-2"),
    ],
)
def test_average_child_truncated_to_quantity_precision(
    reference: Reference, symbol: str, quantity: str, num_orders: int, valid: bool
) -> None:
    result = run(
        frame(symbol=symbol, total_quantity=Decimal(quantity), num_orders=num_orders), reference
    )
    expected = [] if valid else [("average_child_at_least_min_quantity", "/params/total_quantity")]
    assert_verdict(result, expected)


def test_truncation_is_toward_zero_not_rounding(reference: Reference) -> None:
    """0.2999 rounds to 0.30 (valid) but truncates to 0.29 (invalid): the spec says truncate."""
    result = run(frame(total_quantity=0.2999, num_orders=3), reference)
    assert_verdict(result, [("average_child_at_least_min_quantity", "/params/total_quantity")])


@pytest.mark.parametrize(
    ("quantity", "num_orders", "expected"),
    [
        pytest.param(3, 30, [], id="int-3-over-30"),
        pytest.param(3.0, 30, [], id="float-3.0-over-30"),
        pytest.param(Decimal("3"), 30, [], id="Decimal-3-over-30"),
        pytest.param(
            "3", 30, [("total_quantity.type", "/params/total_quantity")], id="string-3-over-30"
        ),
        pytest.param(0.3, 3, [], id="float-0.3-over-3"),
        pytest.param(Decimal("0.3"), 3, [], id="Decimal-0.3-over-3"),
        pytest.param(
            "0.3", 3, [("total_quantity.type", "/params/total_quantity")], id="string-0.3-over-3"
        ),
        pytest.param(
            2,
            30,
            [("average_child_at_least_min_quantity", "/params/total_quantity")],
            id="int-2-over-30",
        ),
        pytest.param(
            2.99,
            30,
            [("average_child_at_least_min_quantity", "/params/total_quantity")],
            id="float-2.99-over-30",
        ),
    ],
)
def test_quantity_as_int_float_decimal_and_string(
    reference: Reference, quantity: object, num_orders: int, expected: Expected
) -> None:
    result = run(frame(total_quantity=quantity, num_orders=num_orders), reference)
    assert_verdict(result, expected)


def test_string_quantity_message_says_number(reference: Reference) -> None:
    result = run(frame(total_quantity="0.3", num_orders=3), reference)
    text = message_of(result, "total_quantity.type")
    assert "number" in text
    assert "string" in text


def test_min_quantity_rule_unchecked_for_a_symbol_not_in_the_reference(
    reference: Reference,
) -> None:
    result = run(frame(symbol="TSLA-USD", total_quantity=Decimal("0.0001")), reference)
    assert_verdict(result, [("symbol_active", "/params/symbol")])
    assert result.unchecked == ("average_child_at_least_min_quantity",)


# With the bundled reference data (min_quantity has no more decimals than quantity_precision)
# truncation can never change a verdict: trunc_p(x) >= T <=> x >= T when T has <= p decimals.
# These symbols make the threshold min_quantity * num_orders finer than the precision, so
# only an implementation that really truncates gets them right.
FINE_REFERENCE: Final = {
    "qfex": {
        "symbols": {
            # threshold for 3 children: 0.015, finer than 2 decimals
            "FINE-USD": {"active": True, "min_quantity": "0.005", "quantity_precision": 2},
            # threshold for 3 children: 1.5, finer than 0 decimals
            "WHOLE-USD": {"active": True, "min_quantity": "0.5", "quantity_precision": 0},
        }
    }
}


@pytest.mark.parametrize(
    ("symbol", "quantity", "valid"),
    [
        pytest.param("FINE-USD", "0.019", False, id="FINE-0.019-truncates-to-0.01"),
        pytest.param("FINE-USD", "0.015", False, id="FINE-0.015-truncates-to-0.01"),
        pytest.param("FINE-USD", "0.02", True, id="FINE-0.02"),
        pytest.param("FINE-USD", "0.0299", True, id="FINE-0.0299-truncates-to-0.02"),
        pytest.param("WHOLE-USD", "1.9", False, id="WHOLE-1.9-truncates-to-1"),
        pytest.param("WHOLE-USD", "1.5", False, id="WHOLE-1.5-truncates-to-1"),
        pytest.param("WHOLE-USD", "2", True, id="WHOLE-2"),
        pytest.param("WHOLE-USD", "2.9", True, id="WHOLE-2.9-truncates-to-2"),
    ],
)
def test_truncation_is_observable_with_a_finer_threshold(
    symbol: str, quantity: str, valid: bool
) -> None:
    ref = twapschema.parse_reference(FINE_REFERENCE)
    result = run(frame(symbol=symbol, total_quantity=Decimal(quantity), num_orders=3), ref)
    expected = [] if valid else [("average_child_at_least_min_quantity", "/params/total_quantity")]
    assert_verdict(result, expected)
    # the reference has no limits: only the client id length is left unchecked
    assert result.unchecked == ("client_twap_id_length",)


# --- symbol must be active --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "expected", "unchecked"),
    [
        pytest.param("AAPL-USD", [], (), id="active-AAPL"),
        pytest.param("GOOG-USD", [], (), id="active-GOOG"),
        pytest.param("HALT-USD", [("symbol_active", "/params/symbol")], (), id="inactive-HALT"),
        pytest.param(
            "TSLA-USD",
            [("symbol_active", "/params/symbol")],
            ("average_child_at_least_min_quantity",),
            id="unknown-TSLA",
        ),
        pytest.param(
            "aapl-usd",
            [("symbol_active", "/params/symbol")],
            ("average_child_at_least_min_quantity",),
            id="unknown-wrong-case",
        ),
        pytest.param(
            "",
            [("symbol_active", "/params/symbol")],
            ("average_child_at_least_min_quantity",),
            id="unknown-empty",
        ),
        pytest.param(123, [("symbol.type", "/params/symbol")], (), id="integer"),
        pytest.param(None, [("symbol.type", "/params/symbol")], (), id="null"),
        pytest.param(ABSENT, [("symbol.required", "/params/symbol")], (), id="absent"),
    ],
)
def test_symbol(
    reference: Reference, symbol: object, expected: Expected, unchecked: tuple[str, ...]
) -> None:
    result = run(frame(symbol=symbol), reference)
    assert_verdict(result, expected)
    assert result.unchecked == unchecked


def test_symbol_unknown_and_inactive_messages_differ(reference: Reference) -> None:
    unknown = message_of(run(frame(symbol="TSLA-USD"), reference), "symbol_active")
    inactive = message_of(run(frame(symbol="HALT-USD"), reference), "symbol_active")
    assert "not in the reference data" in unknown
    assert "TSLA-USD" in unknown
    assert "inactive" in inactive
    assert "HALT-USD" in inactive


# --- side ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("BUY", [], id="BUY"),
        pytest.param("SELL", [], id="SELL"),
        pytest.param("buy", [("side.enum", "/params/side")], id="buy-wrong-case"),
        pytest.param("LONG", [("side.enum", "/params/side")], id="LONG"),
        pytest.param("", [("side.enum", "/params/side")], id="empty"),
        pytest.param(1, [("side.type", "/params/side")], id="integer"),
        pytest.param(None, [("side.type", "/params/side")], id="null"),
        pytest.param(ABSENT, [("side.required", "/params/side")], id="absent"),
    ],
)
def test_side(reference: Reference, value: object, expected: Expected) -> None:
    assert_verdict(run(frame(side=value), reference), expected)


def test_side_enum_message_lists_the_values(reference: Reference) -> None:
    text = message_of(run(frame(side="buy"), reference), "side.enum")
    assert '"BUY"' in text
    assert '"SELL"' in text


# --- reduce_only (required boolean) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(True, [], id="true"),
        pytest.param(False, [], id="false"),
        pytest.param("false", [("reduce_only.type", "/params/reduce_only")], id="string"),
        pytest.param(0, [("reduce_only.type", "/params/reduce_only")], id="zero"),
        pytest.param(None, [("reduce_only.type", "/params/reduce_only")], id="null"),
        pytest.param(ABSENT, [("reduce_only.required", "/params/reduce_only")], id="absent"),
    ],
)
def test_reduce_only(reference: Reference, value: object, expected: Expected) -> None:
    assert_verdict(run(frame(reduce_only=value), reference), expected)


# --- client_twap_id length within limits 1..36 ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("", [("client_twap_id_length", "/params/client_twap_id")], id="length-0"),
        pytest.param("a", [], id="length-1"),
        pytest.param("x" * 36, [], id="length-36"),
        pytest.param("x" * 37, [("client_twap_id_length", "/params/client_twap_id")], id="len-37"),
        pytest.param(None, [], id="null"),
        pytest.param(ABSENT, [], id="absent"),
        pytest.param(123, [("client_twap_id.type", "/params/client_twap_id")], id="integer"),
    ],
)
def test_client_twap_id(reference: Reference, value: object, expected: Expected) -> None:
    result = run(frame(client_twap_id=value), reference)
    assert_verdict(result, expected)
    assert result.unchecked == ()


def test_client_twap_id_message_gives_the_length(reference: Reference) -> None:
    text = message_of(run(frame(client_twap_id="x" * 37), reference), "client_twap_id_length")
    assert "37" in text
    assert "limits" in text


@pytest.mark.parametrize(
    "value", [pytest.param(None, id="null"), pytest.param(ABSENT, id="absent")]
)
def test_client_twap_id_not_given_is_not_unchecked(value: object) -> None:
    """Without a client_twap_id there is no length to check, so only the two symbol rules are
    unchecked when no reference is given."""
    result = run(frame(client_twap_id=value))
    assert_verdict(result, [])
    assert sorted(result.unchecked) == ["average_child_at_least_min_quantity", "symbol_active"]


# --- the WebSocket frame --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        pytest.param({**frame(), "type": "auth"}, [("type.const", "/type")], id="type-auth"),
        pytest.param({**frame(), "type": "ADD_TWAP"}, [("type.const", "/type")], id="type-case"),
        pytest.param({**frame(), "type": None}, [("type.const", "/type")], id="type-null"),
        pytest.param({**frame(), "type": 1}, [("type.const", "/type")], id="type-integer"),
        pytest.param({"params": params()}, [("type.required", "/type")], id="type-missing"),
        pytest.param({"type": "add_twap"}, [("params.required", "/params")], id="params-missing"),
        pytest.param(
            {"type": "add_twap", "params": [params()]}, [("params.type", "/params")], id="list"
        ),
        pytest.param({"type": "add_twap", "params": "x"}, [("params.type", "/params")], id="str"),
        pytest.param({"type": "add_twap", "params": None}, [("params.type", "/params")], id="null"),
        pytest.param({**frame(), "id": 7}, [("unknown_field", "/id")], id="extra-top-level"),
        pytest.param(
            {"type": "auth", "params": {}},
            [
                ("type.const", "/type"),
                ("symbol.required", "/params/symbol"),
                ("side.required", "/params/side"),
                ("total_quantity.required", "/params/total_quantity"),
                ("num_orders.required", "/params/num_orders"),
                ("order_interval_secs.required", "/params/order_interval_secs"),
                ("reduce_only.required", "/params/reduce_only"),
            ],
            id="wrong-type-and-empty-params",
        ),
        pytest.param({}, [("type.required", "/type"), ("params.required", "/params")], id="empty"),
    ],
)
def test_frame(reference: Reference, payload: object, expected: Expected) -> None:
    assert_verdict(run(payload, reference), expected)


def test_frame_messages(reference: Reference) -> None:
    assert '"add_twap"' in message_of(run({**frame(), "type": "auth"}, reference), "type.const")
    assert "required" in message_of(run({"params": params()}, reference), "type.required")
    extra = message_of(run({**frame(), "id": 7}, reference), "unknown_field")
    assert '"id"' in extra
    assert "frame" in extra


def test_unknown_member_in_params_is_rejected(reference: Reference) -> None:
    """reduceOnly for reduce_only: the typo is reported, and reduce_only is still missing."""
    result = run(frame(reduce_only=ABSENT, reduceOnly=False), reference)
    assert_verdict(
        result,
        [
            ("reduce_only.required", "/params/reduce_only"),
            ("unknown_field", "/params/reduceOnly"),
        ],
    )
    text = message_of(result, "unknown_field")
    assert '"reduceOnly"' in text
    assert "reduce_only" in text


def test_every_error_reported_at_once(reference: Reference) -> None:
    result = run(
        frame(
            symbol="HALT-USD",
            side="HOLD",
            total_quantity=0,
            num_orders=1,
            order_interval_secs=29,
            reduce_only="no",
            client_twap_id="",
        ),
        reference,
    )
    assert_verdict(
        result,
        [
            ("client_twap_id_length", "/params/client_twap_id"),
            ("num_orders.minimum", "/params/num_orders"),
            ("order_interval_secs.minimum", "/params/order_interval_secs"),
            ("reduce_only.type", "/params/reduce_only"),
            ("side.enum", "/params/side"),
            ("symbol_active", "/params/symbol"),
            ("total_quantity.exclusiveMinimum", "/params/total_quantity"),
        ],
    )

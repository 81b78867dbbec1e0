"""Ondo Perps create_twap_order: every field constraint and rule of specs/ondo.yaml.

Every case starts from the document's request example (004_*.txt) and changes one thing.
Values for the cross-field rules are picked so that exactly one rule is at stake.
"""

from __future__ import annotations

from typing import Final

import pytest

import twapschema
from tests.helpers import ABSENT, Expected, changed, message_of
from tests.helpers import assert_verdict as assert_found
from twapschema import ValidationResult

VENUE: Final = "ondo"
MESSAGE: Final = "create_twap_order"


# The document's request example, member for member.
DOC_BODY: Final[dict[str, object]] = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
    "reduceOnly": False,
    "maxPrice": "160.00",
    "minPrice": "140.00",
}


def body(**changes: object) -> dict[str, object]:
    return changed(DOC_BODY, **changes)


def run(payload: object) -> ValidationResult:
    return twapschema.validate(VENUE, MESSAGE, payload)


def assert_verdict(result: ValidationResult, expected: Expected) -> None:
    """No reference data here, and none needed: nothing is ever unchecked."""
    assert_found(result, expected)
    assert result.unchecked == ()


def test_document_example_is_valid() -> None:
    result = run(body())
    assert result.valid is True
    assert result.violations == ()
    assert result.unchecked == ()


def test_only_required_members_are_valid() -> None:
    assert_verdict(run(body(reduceOnly=ABSENT, maxPrice=ABSENT, minPrice=ABSENT)), [])


# --- runningTime: 300..86400 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("running_time", "frequency", "expected"),
    [
        # 299 is also not a multiple of 60: an invalid runningTime must not reach the cross rules.
        pytest.param(299, 60, [("runningTime.minimum", "/runningTime")], id="299"),
        pytest.param(300, 60, [], id="300"),
        pytest.param(300, 150, [], id="300-in-2-children"),
        pytest.param(86_400, 432, [], id="86400-in-200-children"),
        pytest.param(86_401, 432, [("runningTime.maximum", "/runningTime")], id="86401"),
        pytest.param(0, 60, [("runningTime.minimum", "/runningTime")], id="0"),
        pytest.param(-3600, 60, [("runningTime.minimum", "/runningTime")], id="negative"),
        pytest.param(3600.0, 60, [], id="3600.0"),
        pytest.param(3600.5, 60, [("runningTime.type", "/runningTime")], id="3600.5"),
        pytest.param("3600", 60, [("runningTime.type", "/runningTime")], id="string"),
        pytest.param(None, 60, [("runningTime.type", "/runningTime")], id="null"),
        pytest.param(ABSENT, 60, [("runningTime.required", "/runningTime")], id="absent"),
    ],
)
def test_running_time(running_time: object, frequency: object, expected: Expected) -> None:
    assert_verdict(run(body(runningTime=running_time, frequency=frequency)), expected)


def test_running_time_messages() -> None:
    low = message_of(run(body(runningTime=299)), "runningTime.minimum")
    assert "300" in low
    assert "299" in low
    high = message_of(run(body(runningTime=86_401, frequency=432)), "runningTime.maximum")
    assert "86400" in high
    assert "86401" in high


# --- frequency >= 1 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [
        pytest.param(60, [], id="60"),
        pytest.param(0, [("frequency.minimum", "/frequency")], id="0"),
        pytest.param(-60, [("frequency.minimum", "/frequency")], id="-60"),
        pytest.param(60.0, [], id="60.0"),
        pytest.param(60.5, [("frequency.type", "/frequency")], id="60.5"),
        pytest.param(True, [("frequency.type", "/frequency")], id="true"),
        pytest.param("60", [("frequency.type", "/frequency")], id="string"),
        pytest.param(None, [("frequency.type", "/frequency")], id="null"),
        pytest.param(ABSENT, [("frequency.required", "/frequency")], id="absent"),
    ],
)
def test_frequency(frequency: object, expected: Expected) -> None:
    """frequency 0 is the divisor of both cross-field rules: it must give only its own
    violation, no ZeroDivisionError and no cross-field rule."""
    assert_verdict(run(body(frequency=frequency)), expected)


def test_frequency_one_passes_its_own_bound_and_reaches_the_count_rule() -> None:
    """frequency 1 satisfies frequency >= 1, but 300 one-second slices are 300 children."""
    assert_verdict(run(body(runningTime=300, frequency=1)), [("child_order_count", "/runningTime")])
    assert_verdict(run(body(runningTime=300, frequency=2)), [])


# --- running_time_multiple_of_frequency ------------------------------------------------------


@pytest.mark.parametrize(
    ("running_time", "frequency", "expected"),
    [
        pytest.param(3600, 60, [], id="3600/60"),
        pytest.param(
            3601, 60, [("running_time_multiple_of_frequency", "/runningTime")], id="3601/60"
        ),
        pytest.param(
            3599, 60, [("running_time_multiple_of_frequency", "/runningTime")], id="3599/60"
        ),
        # 401 / 200 = 2.005: at least 2 children, so only the multiple rule fails.
        pytest.param(
            401, 200, [("running_time_multiple_of_frequency", "/runningTime")], id="401/200"
        ),
        pytest.param(
            3600, 70, [("running_time_multiple_of_frequency", "/runningTime")], id="3600/70"
        ),
    ],
)
def test_running_time_multiple_of_frequency(
    running_time: int, frequency: int, expected: Expected
) -> None:
    result = run(body(runningTime=running_time, frequency=frequency))
    assert_verdict(result, expected)
    if expected:
        text = message_of(result, "running_time_multiple_of_frequency")
        assert "multiple of frequency" in text
        assert str(running_time) in text


# --- child_order_count: runningTime / frequency in 2..200 ------------------------------------


@pytest.mark.parametrize(
    ("running_time", "frequency", "expected"),
    [
        pytest.param(300, 150, [], id="2-children"),
        pytest.param(600, 300, [], id="2-children-600"),
        pytest.param(600, 600, [("child_order_count", "/runningTime")], id="1-child"),
        pytest.param(300, 300, [("child_order_count", "/runningTime")], id="1-child-300"),
        pytest.param(60_000, 300, [], id="200-children"),
        pytest.param(60_300, 300, [("child_order_count", "/runningTime")], id="201-children"),
        pytest.param(86_400, 432, [], id="200-children-max-time"),
        pytest.param(86_400, 300, [("child_order_count", "/runningTime")], id="288-children"),
        # 3600 / 7200 = 0.5: fewer than 2 children and not a whole number.
        pytest.param(
            3600,
            7200,
            [
                ("child_order_count", "/runningTime"),
                ("running_time_multiple_of_frequency", "/runningTime"),
            ],
            id="half-child",
        ),
        # 86400 / 431 = 200.46: more than 200 children and not a whole number.
        pytest.param(
            86_400,
            431,
            [
                ("child_order_count", "/runningTime"),
                ("running_time_multiple_of_frequency", "/runningTime"),
            ],
            id="200.46-children",
        ),
        # 301 / 200 = 1.505: fewer than 2 children and not a whole number.
        pytest.param(
            301,
            200,
            [
                ("child_order_count", "/runningTime"),
                ("running_time_multiple_of_frequency", "/runningTime"),
            ],
            id="1.5-children",
        ),
    ],
)
def test_child_order_count(running_time: int, frequency: int, expected: Expected) -> None:
    result = run(body(runningTime=running_time, frequency=frequency))
    assert_verdict(result, expected)
    if expected:
        assert "between 2 and 200" in message_of(result, "child_order_count")


# --- size: unsigned decimal string > 0 ------------------------------------------------------


@pytest.mark.parametrize(
    "size",
    ["20.30", "1", "0.0001", "007.5", "100000000000000000000000000000.5"],
)
def test_size_valid(size: str) -> None:
    assert_verdict(run(body(size=size)), [])


@pytest.mark.parametrize("size", ["0", "0.00", "000"])
def test_size_zero_is_below_the_exclusive_minimum(size: str) -> None:
    result = run(body(size=size))
    assert_verdict(result, [("size.exclusiveMinimum", "/size")])
    assert "greater than 0" in message_of(result, "size.exclusiveMinimum")


@pytest.mark.parametrize(
    "size",
    [
        pytest.param("-1", id="negative"),
        pytest.param("-0", id="negative-zero"),
        pytest.param("+1", id="plus"),
        pytest.param("1e3", id="exponent"),
        pytest.param("1E3", id="exponent-upper"),
        pytest.param(" 1", id="leading-space"),
        pytest.param("1 ", id="trailing-space"),
        pytest.param("1\n", id="trailing-newline"),
        pytest.param(".5", id="no-integer-part"),
        pytest.param("1.", id="no-fraction-digits"),
        pytest.param("", id="empty"),
        pytest.param("1,000", id="thousands-comma"),
        pytest.param("1_000", id="underscore"),
        pytest.param("0x10", id="hex"),
        pytest.param("NaN", id="NaN"),
        pytest.param("Infinity", id="Infinity"),
        pytest.param("\u0661\u0662", id="arabic-indic-digits"),
        pytest.param("1.2.3", id="two-points"),
    ],
)
def test_size_malformed_strings(size: str) -> None:
    result = run(body(size=size))
    assert_verdict(result, [("size.type", "/size")])
    assert "decimal string" in message_of(result, "size.type")


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        pytest.param(20.3, [("size.type", "/size")], id="number"),
        pytest.param(20, [("size.type", "/size")], id="integer"),
        pytest.param(None, [("size.type", "/size")], id="null"),
        pytest.param(ABSENT, [("size.required", "/size")], id="absent"),
    ],
)
def test_size_not_a_string(size: object, expected: Expected) -> None:
    assert_verdict(run(body(size=size)), expected)


# --- side --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        pytest.param("buy", [], id="buy"),
        pytest.param("sell", [], id="sell"),
        pytest.param("BUY", [("side.enum", "/side")], id="BUY-wrong-case"),
        pytest.param("Sell", [("side.enum", "/side")], id="Sell-wrong-case"),
        pytest.param("long", [("side.enum", "/side")], id="long"),
        pytest.param(True, [("side.type", "/side")], id="boolean"),
        pytest.param(None, [("side.type", "/side")], id="null"),
        pytest.param(ABSENT, [("side.required", "/side")], id="absent"),
    ],
)
def test_side(side: object, expected: Expected) -> None:
    assert_verdict(run(body(side=side)), expected)


def test_side_enum_message_lists_the_values() -> None:
    text = message_of(run(body(side="BUY")), "side.enum")
    assert '"buy"' in text
    assert '"sell"' in text
    assert '"BUY"' in text


# --- market ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("market", "expected"),
    [
        pytest.param("ANY-MARKET", [], id="any-string"),
        pytest.param(1, [("market.type", "/market")], id="integer"),
        pytest.param(None, [("market.type", "/market")], id="null"),
        pytest.param(ABSENT, [("market.required", "/market")], id="absent"),
    ],
)
def test_market(market: object, expected: Expected) -> None:
    assert_verdict(run(body(market=market)), expected)


# --- reduceOnly (optional boolean) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("reduce_only", "expected"),
    [
        pytest.param(True, [], id="true"),
        pytest.param(False, [], id="false"),
        pytest.param(ABSENT, [], id="absent"),
        pytest.param("false", [("reduceOnly.type", "/reduceOnly")], id="string"),
        pytest.param(None, [("reduceOnly.type", "/reduceOnly")], id="null-not-nullable"),
        pytest.param(1, [("reduceOnly.type", "/reduceOnly")], id="integer"),
    ],
)
def test_reduce_only(reduce_only: object, expected: Expected) -> None:
    assert_verdict(run(body(reduceOnly=reduce_only)), expected)


# --- minPrice / maxPrice ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("min_price", "max_price", "expected"),
    [
        pytest.param("140.00", "160.00", [], id="document"),
        pytest.param("150.00", "150.00", [], id="equal"),
        pytest.param("150.0", "150.00", [], id="equal-different-scale"),
        pytest.param("150.01", "150.00", [("min_price_not_above_max_price", "")], id="above"),
        pytest.param("160.00", "140.00", [("min_price_not_above_max_price", "")], id="reversed"),
        pytest.param("140.00", ABSENT, [], id="only-minPrice"),
        pytest.param(ABSENT, "160.00", [], id="only-maxPrice"),
        pytest.param(ABSENT, ABSENT, [], id="neither"),
        pytest.param("0", "160.00", [("minPrice.exclusiveMinimum", "/minPrice")], id="min-zero"),
        pytest.param("140.00", "0.00", [("maxPrice.exclusiveMinimum", "/maxPrice")], id="max-0"),
        # An invalid operand keeps the ordering rule from being evaluated.
        pytest.param("1e3", "160.00", [("minPrice.type", "/minPrice")], id="min-exponent"),
        pytest.param("170.00", "-1", [("maxPrice.type", "/maxPrice")], id="max-negative"),
        pytest.param(170, "160.00", [("minPrice.type", "/minPrice")], id="min-number"),
        pytest.param("140.00", None, [("maxPrice.type", "/maxPrice")], id="max-null"),
    ],
)
def test_prices(min_price: object, max_price: object, expected: Expected) -> None:
    assert_verdict(run(body(minPrice=min_price, maxPrice=max_price)), expected)


def test_reversed_prices_message() -> None:
    result = run(body(minPrice="160.00", maxPrice="140.00"))
    text = message_of(result, "min_price_not_above_max_price")
    assert "minPrice must not be above maxPrice" in text
    assert "160.00" in text
    assert "140.00" in text


# --- unknown members and several errors at once --------------------------------------------


def test_unknown_member_is_rejected() -> None:
    """run_time for runningTime: the typo is reported and runningTime is still missing."""
    result = run(body(runningTime=ABSENT, run_time=3600))
    assert_verdict(
        result, [("runningTime.required", "/runningTime"), ("unknown_field", "/run_time")]
    )
    text = message_of(result, "unknown_field")
    assert '"run_time"' in text
    assert "runningTime" in text


def test_every_error_reported_at_once() -> None:
    result = run(
        {
            "market": None,
            "side": "BUY",
            "size": "0",
            "runningTime": 299,
            "frequency": 0,
            "reduceOnly": "yes",
            "maxPrice": "1.",
            "minPrice": "0",
            "extra": 1,
        }
    )
    assert_verdict(
        result,
        [
            ("frequency.minimum", "/frequency"),
            ("market.type", "/market"),
            ("maxPrice.type", "/maxPrice"),
            ("minPrice.exclusiveMinimum", "/minPrice"),
            ("reduceOnly.type", "/reduceOnly"),
            ("runningTime.minimum", "/runningTime"),
            ("side.enum", "/side"),
            ("size.exclusiveMinimum", "/size"),
            ("unknown_field", "/extra"),
        ],
    )

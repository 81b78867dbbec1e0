"""Aevo create_twap_order (POST /twap-orders): every field constraint of specs/aevo.yaml.

The document (003_*.txt) has no request body example, only one example per field; the spec
assembles them into one body, which every case here starts from.
"""

from __future__ import annotations

from typing import Final

import pytest

import twapschema
from tests.helpers import ABSENT, Expected, changed, message_of
from tests.helpers import assert_verdict as assert_found
from twapschema import ValidationResult

VENUE: Final = "aevo"
MESSAGE: Final = "create_twap_order"


# The document's field examples: instrument_id 12, is_buy True, amount_float 12.23,
# duration 30, reduce_only False.
DOC_BODY: Final[dict[str, object]] = {
    "instrument_id": 12,
    "is_buy": True,
    "amount_float": "12.23",
    "duration": 30,
    "reduce_only": False,
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


# --- amount_float: unsigned decimal string > 0 ---------------------------------------------


@pytest.mark.parametrize(
    "amount",
    ["12.23", "1", "0.000001", "012.5", "99999999999999999999999999999999.99"],
)
def test_amount_float_valid(amount: str) -> None:
    assert_verdict(run(body(amount_float=amount)), [])


@pytest.mark.parametrize("amount", ["0", "0.0", "0.000000"])
def test_amount_float_zero(amount: str) -> None:
    result = run(body(amount_float=amount))
    assert_verdict(result, [("amount_float.exclusiveMinimum", "/amount_float")])
    assert "greater than 0" in message_of(result, "amount_float.exclusiveMinimum")


@pytest.mark.parametrize(
    "amount",
    [
        pytest.param("-12.23", id="signed"),
        pytest.param("+12.23", id="plus"),
        pytest.param("1e3", id="exponent"),
        pytest.param("1.2E+1", id="exponent-signed"),
        pytest.param(" 1", id="leading-space"),
        pytest.param("1 ", id="trailing-space"),
        pytest.param(".5", id="no-integer-part"),
        pytest.param("1.", id="no-fraction-digits"),
        pytest.param("", id="empty"),
        pytest.param("twelve", id="words"),
        pytest.param("NaN", id="NaN"),
        pytest.param("inf", id="inf"),
    ],
)
def test_amount_float_malformed_strings(amount: str) -> None:
    result = run(body(amount_float=amount))
    assert_verdict(result, [("amount_float.type", "/amount_float")])
    text = message_of(result, "amount_float.type")
    assert "decimal string" in text


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        pytest.param(12.23, [("amount_float.type", "/amount_float")], id="number"),
        pytest.param(12, [("amount_float.type", "/amount_float")], id="integer"),
        pytest.param(None, [("amount_float.type", "/amount_float")], id="null"),
        pytest.param(ABSENT, [("amount_float.required", "/amount_float")], id="absent"),
    ],
)
def test_amount_float_not_a_string(amount: object, expected: Expected) -> None:
    assert_verdict(run(body(amount_float=amount)), expected)


def test_amount_float_number_message_names_the_json_type() -> None:
    text = message_of(run(body(amount_float=12.23)), "amount_float.type")
    assert "number 12.23" in text
    assert "decimal string" in text


# --- duration >= 1 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        pytest.param(0, [("duration.minimum", "/duration")], id="0"),
        pytest.param(1, [], id="1"),
        pytest.param(30, [], id="30"),
        pytest.param(10**9, [], id="no-upper-bound"),
        pytest.param(-30, [("duration.minimum", "/duration")], id="-30"),
        pytest.param(30.0, [], id="30.0"),  # the value is whole: JSON Schema agrees
        pytest.param(30.5, [("duration.type", "/duration")], id="30.5"),
        pytest.param("30", [("duration.type", "/duration")], id="string"),
        pytest.param(True, [("duration.type", "/duration")], id="true"),
        pytest.param(None, [("duration.type", "/duration")], id="null"),
        pytest.param(ABSENT, [("duration.required", "/duration")], id="absent"),
    ],
)
def test_duration(duration: object, expected: Expected) -> None:
    assert_verdict(run(body(duration=duration)), expected)


def test_duration_message() -> None:
    text = message_of(run(body(duration=0)), "duration.minimum")
    assert "at least 1" in text


# --- instrument_id >= 0 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "expected"),
    [
        pytest.param(-1, [("instrument_id.minimum", "/instrument_id")], id="-1"),
        pytest.param(0, [], id="0"),
        pytest.param(12, [], id="12"),
        pytest.param("12", [("instrument_id.type", "/instrument_id")], id="string"),
        pytest.param(12.0, [], id="12.0"),
        pytest.param(12.5, [("instrument_id.type", "/instrument_id")], id="12.5"),
        pytest.param(False, [("instrument_id.type", "/instrument_id")], id="false"),
        pytest.param(None, [("instrument_id.type", "/instrument_id")], id="null"),
        pytest.param(ABSENT, [("instrument_id.required", "/instrument_id")], id="absent"),
    ],
)
def test_instrument_id(instrument_id: object, expected: Expected) -> None:
    assert_verdict(run(body(instrument_id=instrument_id)), expected)


# --- is_buy (required boolean) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("is_buy", "expected"),
    [
        pytest.param(True, [], id="true"),
        pytest.param(False, [], id="false"),
        pytest.param("true", [("is_buy.type", "/is_buy")], id="string-true"),
        pytest.param("True", [("is_buy.type", "/is_buy")], id="string-True"),
        pytest.param(1, [("is_buy.type", "/is_buy")], id="integer-1"),
        pytest.param(None, [("is_buy.type", "/is_buy")], id="null"),
        pytest.param(ABSENT, [("is_buy.required", "/is_buy")], id="absent"),
    ],
)
def test_is_buy(is_buy: object, expected: Expected) -> None:
    assert_verdict(run(body(is_buy=is_buy)), expected)


def test_is_buy_string_message() -> None:
    text = message_of(run(body(is_buy="true")), "is_buy.type")
    assert "true or false" in text
    assert 'string "true"' in text


# --- reduce_only (optional boolean) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("reduce_only", "expected"),
    [
        pytest.param(ABSENT, [], id="absent"),
        pytest.param(True, [], id="true"),
        pytest.param(False, [], id="false"),
        pytest.param("false", [("reduce_only.type", "/reduce_only")], id="string"),
        pytest.param(0, [("reduce_only.type", "/reduce_only")], id="integer"),
        pytest.param(None, [("reduce_only.type", "/reduce_only")], id="null-not-nullable"),
    ],
)
def test_reduce_only(reduce_only: object, expected: Expected) -> None:
    assert_verdict(run(body(reduce_only=reduce_only)), expected)


# --- unknown members and several errors at once --------------------------------------------


def test_unknown_member_is_rejected() -> None:
    """isBuy for is_buy: the typo is reported, and is_buy is still missing."""
    result = run(body(is_buy=ABSENT, isBuy=True))
    assert_verdict(result, [("is_buy.required", "/is_buy"), ("unknown_field", "/isBuy")])
    text = message_of(result, "unknown_field")
    assert '"isBuy"' in text
    assert "is_buy" in text


def test_every_error_reported_at_once() -> None:
    result = run(
        {
            "instrument_id": -1,
            "is_buy": "true",
            "amount_float": "-12.23",
            "duration": 0,
            "reduce_only": None,
            "side": "buy",
        }
    )
    assert_verdict(
        result,
        [
            ("amount_float.type", "/amount_float"),
            ("duration.minimum", "/duration"),
            ("instrument_id.minimum", "/instrument_id"),
            ("is_buy.type", "/is_buy"),
            ("reduce_only.type", "/reduce_only"),
            ("unknown_field", "/side"),
        ],
    )

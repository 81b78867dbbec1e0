"""Ondo Perps' response envelope and the TWAP order in its `result` (004_*.txt "Response")."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Final

import pytest

import twapschema
from tests.helpers import ABSENT, Expected, assert_verdict, changed
from twapschema import ValidationResult
from twapschema.models import ondo

# 004_*.txt, the response example's result, member for member.
DOC_RESULT: Final[dict[str, object]] = {
    "twapId": "twap_70a37d8f972f2494837f9dba8364cbb4",
    "market": "AAPL-USD.P",
    "side": "buy",
    "startTime": "2025-03-05T14:00:00Z",
    "runningTime": 3600,
    "frequency": 60,
    "avgFilledPrice": "0.00",
    "filledSize": "0.00",
    "totalSize": "20.00",
    "totalFees": "0.00",
    "orderStatus": "running",
    "reduceOnly": False,
}
DOC_RESPONSE: Final = {"success": True, "result": DOC_RESULT}
DECIMAL_STRINGS: Final = ["avgFilledPrice", "filledSize", "totalSize", "totalFees"]


def run(message: str, payload: object) -> ValidationResult:
    return twapschema.validate("ondo", message, payload)


def result(**changes: object) -> dict[str, object]:
    return {"success": True, "result": changed(DOC_RESULT, **changes)}


def test_document_response_parses_with_exact_values() -> None:
    assert_verdict(run("create_twap_order_response", DOC_RESPONSE), [])
    model = ondo.CreateTwapOrderResponse.model_validate(DOC_RESPONSE)
    assert model.success is True
    assert model.result is not None
    order = model.result
    assert order.twap_id == "twap_70a37d8f972f2494837f9dba8364cbb4"
    assert order.side is ondo.Side.BUY
    assert order.start_time == datetime(2025, 3, 5, 14, 0, tzinfo=UTC)
    assert (order.running_time, order.frequency) == (3600, 60)
    assert order.total_size == Decimal("20.00")
    assert order.order_status == "running"


def test_document_response_round_trips_to_the_same_strings() -> None:
    model = ondo.CreateTwapOrderResponse.model_validate(DOC_RESPONSE)
    dumped = model.model_dump(mode="json")
    assert dumped["result"]["totalSize"] == "20.00"  # trailing zeros kept
    assert dumped["result"]["startTime"] == "2025-03-05T14:00:00+00:00"
    assert ondo.CreateTwapOrderResponse.model_validate(dumped) == model


@pytest.mark.parametrize("member", list(DOC_RESULT))
def test_result_members_shown_only_by_example_are_optional(member: str) -> None:
    # The document gives the result by example, with no requiredness: a report is read with
    # what it has, and a member that is there is still checked (null is not a string).
    assert_verdict(run("create_twap_order_response", result(**{member: ABSENT})), [])
    assert_verdict(
        run("create_twap_order_response", result(**{member: None})),
        [(f"{member}.type", f"/result/{member}")],
    )


@pytest.mark.parametrize("member", DECIMAL_STRINGS)
@pytest.mark.parametrize("value", [20, "1e3", "-1", "", "1.", "1,5"])
def test_result_amounts_are_decimal_strings(member: str, value: object) -> None:
    refused = [(f"{member}.type", f"/result/{member}")]
    if member == "totalFees" and value == "-1":
        refused = []  # fees may be negative (rebates): see test_fees_may_be_negative
    assert_verdict(run("create_twap_order_response", result(**{member: value})), refused)


@pytest.mark.parametrize(
    ("side", "expected"),
    [("sell", []), ("SELL", [("side.enum", "/result/side")])],
)
def test_result_side(side: str, expected: Expected) -> None:
    assert_verdict(run("create_twap_order_response", result(side=side)), expected)


@pytest.mark.parametrize(
    ("fees", "expected"),
    [
        ("-0.01", []),  # a net rebate is read, not refused for its sign
        ("0.00", []),
        ("-", [("totalFees.type", "/result/totalFees")]),
        ("+0.01", [("totalFees.type", "/result/totalFees")]),
    ],
)
def test_fees_may_be_negative(fees: str, expected: Expected) -> None:
    assert_verdict(run("create_twap_order_response", result(totalFees=fees)), expected)
    # The other amounts keep their sign rule: a negative size is refused.
    assert_verdict(
        run("create_twap_order_response", result(totalSize="-1")),
        [("totalSize.type", "/result/totalSize")],
    )


def test_result_members_of_the_history_endpoint_are_ignored() -> None:
    payload = result(finishTime="2025-03-05T15:00:00Z", successfulOrders=60, failedOrders=0)
    assert_verdict(run("create_twap_order_response", payload), [])


@pytest.mark.parametrize(
    ("envelope", "expected"),
    [
        ({"success": True}, []),  # result is optional, as the document types it
        ({"success": False, "error": "bad", "error_code": "x", "deprecated": ""}, []),
        ({"result": DOC_RESULT}, [("success.required", "/success")]),
        ({"success": "true"}, [("success.type", "/success")]),
        ({"success": True, "error": None}, [("error.type", "/error")]),
        ({"success": True, "result": "twap_1"}, [("result.type", "/result")]),
        ({"success": True, "future": 1}, []),
    ],
)
def test_envelope_members(envelope: dict[str, object], expected: Expected) -> None:
    assert_verdict(run("create_twap_order_response", envelope), expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"success": False, "error": "signature mismatch", "error_code": "signature_mismatch"}, []),
        ({"success": False, "error": ""}, []),
        ({"success": True, "error": "x"}, [("success.const", "/success")]),
        ({"success": False}, []),  # error is optional, as the document types it
        ({"error": "x"}, [("success.required", "/success")]),
    ],
)
def test_error_response(body: dict[str, object], expected: Expected) -> None:
    assert_verdict(run("error_response", body), expected)


def test_error_response_const_message_names_the_value() -> None:
    [violation] = run("error_response", {"success": True, "error": "x"}).violations
    assert violation.message == "success must be false (got true)"

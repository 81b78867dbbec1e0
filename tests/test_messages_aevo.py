"""Aevo's 200 response and its 400/401/429/500 error bodies (003_*.txt "Responses").

Amounts in the response are counted in 6-decimal internal units; the model holds the amount
itself, exactly, and dumps it back to units.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import pytest

import twapschema
from tests.conftest import ROOT
from tests.helpers import ABSENT, Expected, assert_verdict, changed
from twapschema import ValidationResult
from twapschema.models import aevo
from twapschema.spec.check import load_spec

# 003_*.txt "Responses: 200": each field's own example, assembled into one body.
DOC_RESPONSE: Final[dict[str, object]] = {
    "order_id": "0x4c43e0ab72a4edb72dfe4b129148899815d816837b9a7e22d964b884834639f8",
    "account": "0xE9b3a48d15BE316A8e34FAd53fFDFDddf0C3D24b",
    "instrument_id": "12",
    "instrument_name": "ETH-30JUN23-1600-C",
    "side": "buy",
    "total_amount": "10000000",
    "executed_amount": "5000000",
    "remaining_amount": "5000000",
    "slices_total": "100",
    "slices_executed": "50",
    "status": "requested",
    "duration_seconds": "3600",
    "interval_seconds": "36",
    "reduce_only": False,
    "created_time": "2025-01-01T00:00:00Z",
    "average_price": "3500000000",
}
# The table's "Required: Yes" rows, written out.
REQUIRED: Final = [
    "order_id",
    "account",
    "instrument_id",
    "instrument_name",
    "side",
    "total_amount",
    "executed_amount",
    "remaining_amount",
    "slices_total",
    "slices_executed",
    "status",
    "duration_seconds",
    "interval_seconds",
    "reduce_only",
]
OPTIONAL: Final = ["created_time", "average_price"]
DIGIT_STRINGS: Final = [
    "instrument_id",
    "total_amount",
    "executed_amount",
    "remaining_amount",
    "slices_total",
    "slices_executed",
    "duration_seconds",
    "interval_seconds",
    "average_price",
]
ERRORS: Final = {
    "error_400": "ERR_MALFORMED_REQUEST",
    "error_401": "UNAUTHORIZED",
    "error_429": "RATE_LIMIT_EXCEEDED",
    "error_500": "INTERNAL_ERROR",
}


def run(message: str, payload: object) -> ValidationResult:
    return twapschema.validate("aevo", message, payload)


def response(**changes: object) -> dict[str, object]:
    return changed(DOC_RESPONSE, **changes)


def test_document_response_parses_with_exact_amounts() -> None:
    assert_verdict(run("create_twap_order_response", DOC_RESPONSE), [])
    model = aevo.CreateTwapOrderResponse.model_validate(DOC_RESPONSE)
    assert model.total_amount == Decimal(10)
    assert model.executed_amount == Decimal(5)
    assert model.remaining_amount == Decimal(5)
    assert model.average_price == Decimal(3500)
    assert model.instrument_id == 12
    assert (model.slices_total, model.slices_executed) == (100, 50)
    assert (model.duration_seconds, model.interval_seconds) == (3600, 36)
    assert model.side is aevo.Side.BUY
    assert model.created_time is not None
    assert model.created_time.isoformat() == "2025-01-01T00:00:00+00:00"


def test_document_response_dumps_back_to_internal_units() -> None:
    model = aevo.CreateTwapOrderResponse.model_validate(DOC_RESPONSE)
    dumped = model.model_dump(mode="json")
    for member in DIGIT_STRINGS:
        assert dumped[member] == DOC_RESPONSE[member], member
    assert aevo.CreateTwapOrderResponse.model_validate(dumped) == model


def test_the_smallest_unit_is_exact() -> None:
    model = aevo.CreateTwapOrderResponse.model_validate(response(executed_amount="1"))
    assert model.executed_amount == Decimal("0.000001")
    assert model.model_dump(mode="json")["executed_amount"] == "1"


@pytest.mark.parametrize("member", REQUIRED)
def test_required_members(member: str) -> None:
    result = run("create_twap_order_response", response(**{member: ABSENT}))
    assert_verdict(result, [(f"{member}.required", f"/{member}")])


@pytest.mark.parametrize("member", OPTIONAL)
def test_optional_members(member: str) -> None:
    assert_verdict(run("create_twap_order_response", response(**{member: ABSENT})), [])
    model = aevo.CreateTwapOrderResponse.model_validate(response(**{member: ABSENT}))
    assert getattr(model, member) is None
    assert member not in model.model_dump(mode="json")  # absent stays absent, not null


@pytest.mark.parametrize("member", DIGIT_STRINGS)
@pytest.mark.parametrize("value", ["1.5", "-1", "", " 1", "1e6", "0x10", "١٢"])
def test_counts_and_units_are_digit_strings(member: str, value: str) -> None:
    result = run("create_twap_order_response", response(**{member: value}))
    assert_verdict(result, [(f"{member}.type", f"/{member}")])


@pytest.mark.parametrize("member", DIGIT_STRINGS)
def test_counts_and_units_as_json_numbers_are_refused(member: str) -> None:
    result = run("create_twap_order_response", response(**{member: 100}))
    assert_verdict(result, [(f"{member}.type", f"/{member}")])


def test_a_digit_string_too_long_to_be_a_number_is_refused_not_crashed() -> None:
    result = run("create_twap_order_response", response(slices_total="9" * 5000))
    assert_verdict(result, [("slices_total.type", "/slices_total")])


@pytest.mark.parametrize(
    ("side", "expected"),
    [("sell", []), ("BUY", [("side.enum", "/side")]), ("long", [("side.enum", "/side")])],
)
def test_side(side: str, expected: Expected) -> None:
    assert_verdict(run("create_twap_order_response", response(side=side)), expected)


@pytest.mark.parametrize(
    ("created", "expected"),
    [
        ("2025-01-01T00:00:00.123456Z", []),
        ("2025-01-01T00:00:00+02:00", []),
        ("2025-01-01", [("created_time.type", "/created_time")]),
        ("2025-13-01T00:00:00Z", [("created_time.type", "/created_time")]),
        (1735689600, [("created_time.type", "/created_time")]),
    ],
)
def test_created_time_is_rfc3339(created: object, expected: Expected) -> None:
    assert_verdict(run("create_twap_order_response", response(created_time=created)), expected)


def test_members_aevo_adds_are_ignored() -> None:
    payload = response(label="x", limit_price="1")
    assert_verdict(run("create_twap_order_response", payload), [])
    dumped = aevo.CreateTwapOrderResponse.model_validate(payload).model_dump(mode="json")
    assert "label" not in dumped


@pytest.mark.parametrize(("message", "code"), ERRORS.items())
def test_document_error_bodies(message: str, code: str) -> None:
    assert_verdict(run(message, {"error": code}), [])
    model = getattr(aevo, message.replace("_", " ").title().replace(" ", ""))
    assert model.model_validate({"error": code}).error == code


@pytest.mark.parametrize("message", ERRORS)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, [("error.required", "/error")]),
        ({"error": None}, [("error.type", "/error")]),
        ({"error": 400}, [("error.type", "/error")]),
        ({"error": "ANY_NEW_CODE", "detail": "kept out"}, []),
    ],
)
def test_error_body_members(message: str, body: dict[str, object], expected: Expected) -> None:
    assert_verdict(run(message, body), expected)


def test_error_messages_carry_their_http_status() -> None:

    spec = load_spec(ROOT / "specs" / "aevo.yaml")
    statuses = {m.id: (m.kind, m.http.status if m.http else None) for m in spec.messages}
    assert statuses == {
        "create_twap_order": ("request", None),
        "create_twap_order_response": ("response", 200),
        "error_400": ("error", 400),
        "error_401": ("error", 401),
        "error_429": ("error", 429),
        "error_500": ("error", 500),
    }

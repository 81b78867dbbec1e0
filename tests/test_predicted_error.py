"""For an invalid request, the venue's most likely error reply: rendered, labelled, and valid.

The prediction must itself be a valid instance of the venue's error message, or it would be a
reply the venue could never send.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Final

import pytest

import twapschema
from twapschema import PredictedError
from twapschema.runtime.registry import message_entry, venue_module

QFEX_BAD: Final[dict[str, Any]] = {
    "type": "add_twap",
    "params": {
        "symbol": "AAPL-USD",
        "side": "BUY",
        "total_quantity": 10,
        "num_orders": 1,
        "order_interval_secs": 29,
        "reduce_only": False,
    },
}
ONDO_BAD: Final = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3601,
    "frequency": 60,
}
AEVO_BAD: Final = {"instrument_id": 12, "is_buy": True, "amount_float": "-1", "duration": 30}
REQUESTS_WITH_REJECTIONS: Final = [
    ("qfex", "add_twap", QFEX_BAD, "err"),
    ("ondo", "create_twap_order", ONDO_BAD, "error_response"),
    ("aevo", "create_twap_order", AEVO_BAD, "error_400"),
]


def test_qfex_prediction_is_err_invalid_parameter_as_the_errors_page_spells_it() -> None:
    result = twapschema.validate("qfex", "add_twap", QFEX_BAD)
    predicted = result.predicted_error
    assert isinstance(predicted, PredictedError)
    assert predicted.message == "err"
    messages = [v.message for v in result.violations]
    assert len(messages) == 2
    assert predicted.payload == {
        "err": {"error_code": "InvalidParameter", "message": "; ".join(messages)}
    }
    assert "InvalidParameter" in predicted.source
    assert predicted.to_json()["prediction"] is True


def test_ondo_prediction_is_the_failure_envelope() -> None:
    result = twapschema.validate("ondo", "create_twap_order", ONDO_BAD)
    assert result.predicted_error is not None
    assert result.predicted_error.payload == {
        "success": False,
        "error": "runningTime must be a multiple of frequency (got runningTime=3601, frequency=60)",
    }
    assert result.predicted_error.source.startswith("inferred: ")


def test_aevo_prediction_is_the_400_body() -> None:
    result = twapschema.validate("aevo", "create_twap_order", AEVO_BAD)
    assert result.predicted_error is not None
    assert result.predicted_error.message == "error_400"
    assert result.predicted_error.payload == {"error": "ERR_MALFORMED_REQUEST"}


@pytest.mark.parametrize(("venue", "message", "bad", "error"), REQUESTS_WITH_REJECTIONS)
def test_prediction_is_a_valid_reply_of_the_error_message(
    venue: str, message: str, bad: object, error: str
) -> None:
    predicted = twapschema.validate(venue, message, bad).predicted_error
    assert predicted is not None
    assert predicted.message == error
    assert message_entry(venue, error).kind == "error"
    assert twapschema.validate(venue, error, predicted.payload).valid
    message_entry(venue, error).model.model_validate(predicted.payload)


@pytest.mark.parametrize(
    ("venue", "error"), [("qfex", "err"), ("ondo", "error_response"), ("aevo", "error_400")]
)
def test_replies_have_no_rejection_and_no_prediction(venue: str, error: str) -> None:
    for entry in venue_module(venue).MESSAGES.values():
        if entry.kind != "request":
            assert entry.rejection is None, entry.id
    result = twapschema.validate(venue, error, {})
    assert not result.valid
    assert result.predicted_error is None


def test_valid_request_has_no_prediction() -> None:
    good = {**ONDO_BAD, "runningTime": 3600}
    result = twapschema.validate("ondo", "create_twap_order", good)
    assert result.valid
    assert result.predicted_error is None


def test_requests_without_a_rejection_have_no_prediction() -> None:
    # dYdX's specs give no reply for a refused broadcast (the chain's answer is not modelled).
    result = twapschema.validate("dydx", "cancel_twap_order", {})
    assert not result.valid
    assert result.predicted_error is None


def test_placeholder_is_replaced_literally_not_formatted() -> None:
    # A violation message with braces must not be taken as a format field.
    frame = {**QFEX_BAD, "params": {**QFEX_BAD["params"], "symbol": 1, "side": "{x}"}}
    predicted = twapschema.validate("qfex", "add_twap", frame).predicted_error
    assert predicted is not None
    message = predicted.payload["err"]["message"]  # type: ignore[index]
    assert '"{x}"' in message


def test_json_verdict_keeps_the_contract_unless_asked() -> None:
    result = twapschema.validate("qfex", "add_twap", QFEX_BAD)
    assert set(result.to_json()) == {"valid", "violations", "unchecked"}
    with_prediction = result.to_json(with_prediction=True)
    assert with_prediction["predicted_error"] == {
        "prediction": True,
        "message": "err",
        "payload": result.predicted_error.payload if result.predicted_error else None,
        "source": result.predicted_error.source if result.predicted_error else None,
        "code_for": None,  # QFEX documents no code per check: the spec's fallback
    }


BINANCE = "symbol=BTCUSDT&side=BUY&quantity=1&duration=5000&timestamp=1641522717552"


@pytest.mark.parametrize(
    ("text", "code", "rule"),
    [
        (BINANCE + "&symbol=ETHUSDT", -1101, "duplicate_field"),
        (BINANCE + "&positionside=LONG", -1104, "unknown_field"),
        (BINANCE.replace("symbol=BTCUSDT&", ""), -1102, "symbol.required"),
        (BINANCE.replace("quantity=1", "quantity=5e-05"), -1100, "quantity.type"),
        (BINANCE.replace("quantity=1", "quantity=-1"), -1100, "quantity.type"),
        (BINANCE.replace("duration=5000", "duration=299"), -1130, None),  # no documented code
    ],
)
def test_binance_replies_with_the_code_it_documents(text: str, code: int, rule: str | None) -> None:
    result = twapschema.validate_wire("binance", "new_order_twap", text)
    predicted = result.predicted_error
    assert predicted is not None
    assert isinstance(predicted.payload, dict)
    assert predicted.payload["code"] == code
    assert predicted.rule == rule
    assert predicted.to_json()["code_for"] == rule
    if rule is not None:
        assert "errors.md" in predicted.source or "Error codes" in predicted.source


def test_the_first_violation_with_a_code_picks_the_reply() -> None:
    # The wire's findings come first (duplicate_field), before duration's bound (no code).
    text = BINANCE.replace("duration=5000", "duration=299") + "&symbol=ETHUSDT"
    predicted = twapschema.validate_wire("binance", "new_order_twap", text).predicted_error
    assert predicted is not None
    assert predicted.rule == "duplicate_field"


def test_okx_51274_comes_in_data_scode() -> None:
    body = {
        "instId": "BTC-USDT-SWAP",
        "tdMode": "cross",
        "side": "buy",
        "ordType": "twap",
        "sz": "1",
        "szLimit": "2",
        "pxLimit": "60000",
        "pxVar": "0.01",
        "timeInterval": "10",
    }
    predicted = twapschema.validate("okx", "order_algo_twap", body).predicted_error
    assert predicted is not None
    assert predicted.rule == "child_size_within_total"
    assert isinstance(predicted.payload, dict)
    assert predicted.payload["data"][0]["sCode"] == "51274"


def _cli(*args: str, payload: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "twapschema.cli", *args],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_cli_predict_error_text() -> None:
    done = _cli("validate", "qfex", "add_twap", "--predict-error", payload=QFEX_BAD)
    assert (done.returncode, done.stderr) == (1, "")
    last = done.stdout.splitlines()[-1]
    assert last.startswith("  predicted venue reply (err; a prediction): ")
    reply = json.loads(last.split(": ", 1)[1])
    assert reply["err"]["error_code"] == "InvalidParameter"


def test_cli_predict_error_json() -> None:
    done = _cli(
        "validate", "qfex", "add_twap", "--predict-error", "--format", "json", payload=QFEX_BAD
    )
    assert (done.returncode, done.stderr) == (1, "")
    verdict = json.loads(done.stdout)
    assert verdict["predicted_error"]["prediction"] is True
    assert verdict["predicted_error"]["payload"]["err"]["error_code"] == "InvalidParameter"


def test_cli_without_the_flag_prints_no_prediction() -> None:
    done = _cli("validate", "qfex", "add_twap", "--format", "json", payload=QFEX_BAD)
    assert set(json.loads(done.stdout)) == {"input", "valid", "violations", "unchecked"}
    text = _cli("validate", "qfex", "add_twap", payload=QFEX_BAD)
    assert "predicted" not in text.stdout


BYBIT = {"category": "UTA_USDT", "symbol": "BTCUSDT", "side": "Buy", "strategyType": "twap"}


@pytest.mark.parametrize(
    ("changes", "code", "rule"),
    [
        ({"size": "0.0099", "duration": 300}, 60066, "size_per_child_at_least_min_order_qty"),
        (
            {"positionValue": "49.99", "duration": 300},
            60200,
            "position_value_per_child_at_least_min_notional",
        ),
        ({"symbol": "LUNAUSDT", "size": "10", "duration": 300}, 60078, "instrument_tradable"),
        ({"size": "1", "duration": 300, "interval": 25}, 10001, None),  # no Strategy code
    ],
)
def test_bybit_replies_with_its_strategy_codes(
    changes: dict[str, object], code: int, rule: str | None, reference: twapschema.Reference
) -> None:
    result = twapschema.validate("bybit", "create_strategy", BYBIT | changes, reference=reference)
    predicted = result.predicted_error
    assert predicted is not None
    assert isinstance(predicted.payload, dict)
    assert predicted.payload["retCode"] == code
    assert predicted.rule == rule

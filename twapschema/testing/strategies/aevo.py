"""Hypothesis strategies for Aevo (aevo).

Generated from specs/aevo.yaml (sha256 13cf45bcc03da108)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "aevo"
MESSAGES: dict[str, MessageSpec] = {
    "create_twap_order": MessageSpec(
        "create_twap_order",
        "request",
        (
            F("instrument_id", "integer", "instrument_id", required=True, minimum=Decimal("0")),
            F("is_buy", "boolean", "is_buy", required=True),
            F(
                "amount_float",
                "decimal_string",
                "amount_float",
                required=True,
                exclusive_minimum=Decimal("0"),
                multiple_of=Decimal("0.000001"),
            ),
            F("duration", "integer", "duration", required=True, minimum=Decimal("1")),
            F("reduce_only", "boolean", "reduce_only"),
        ),
        True,
        (),
    ),
    "create_twap_order_response": MessageSpec(
        "create_twap_order_response",
        "response",
        (
            F("order_id", "string", "order_id", required=True),
            F("account", "string", "account", required=True),
            F("instrument_id", "integer_string", "instrument_id", required=True),
            F("instrument_name", "string", "instrument_name", required=True),
            F("side", "enum", "side", required=True, values=("buy", "sell")),
            F("total_amount", "fixed_point_string", "total_amount", required=True, decimals=6),
            F(
                "executed_amount",
                "fixed_point_string",
                "executed_amount",
                required=True,
                decimals=6,
            ),
            F(
                "remaining_amount",
                "fixed_point_string",
                "remaining_amount",
                required=True,
                decimals=6,
            ),
            F("slices_total", "integer_string", "slices_total", required=True),
            F("slices_executed", "integer_string", "slices_executed", required=True),
            F("status", "string", "status", required=True),
            F("duration_seconds", "integer_string", "duration_seconds", required=True),
            F("interval_seconds", "integer_string", "interval_seconds", required=True),
            F("reduce_only", "boolean", "reduce_only", required=True),
            F("created_time", "rfc3339", "created_time"),
            F("average_price", "fixed_point_string", "average_price", decimals=6),
        ),
        False,
        (),
    ),
    "error_400": MessageSpec(
        "error_400", "error", (F("error", "string", "error", required=True),), False, ()
    ),
    "error_401": MessageSpec(
        "error_401", "error", (F("error", "string", "error", required=True),), False, ()
    ),
    "error_429": MessageSpec(
        "error_429", "error", (F("error", "string", "error", required=True),), False, ()
    ),
    "error_500": MessageSpec(
        "error_500", "error", (F("error", "string", "error", required=True),), False, ()
    ),
}

"""Hypothesis strategies for Ondo Perps (ondo).

Generated from specs/ondo.yaml (sha256 8cf85055ac16bdf3)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "ondo"
_TWAP_ORDER = (
    F("twapId", "string", "twapId"),
    F("market", "string", "market"),
    F("side", "enum", "side", values=("buy", "sell")),
    F("startTime", "rfc3339", "startTime"),
    F("runningTime", "integer", "runningTime"),
    F("frequency", "integer", "frequency"),
    F("avgFilledPrice", "decimal_string", "avgFilledPrice"),
    F("filledSize", "decimal_string", "filledSize"),
    F("totalSize", "decimal_string", "totalSize"),
    F("totalFees", "decimal_string", "totalFees", signed=True),
    F("orderStatus", "string", "orderStatus"),
    F("reduceOnly", "boolean", "reduceOnly"),
)
MESSAGES: dict[str, MessageSpec] = {
    "create_twap_order": MessageSpec(
        "create_twap_order",
        "request",
        (
            F("market", "string", "market", required=True),
            F("side", "enum", "side", required=True, values=("buy", "sell")),
            F("size", "decimal_string", "size", required=True, exclusive_minimum=Decimal("0")),
            F(
                "runningTime",
                "integer",
                "runningTime",
                required=True,
                minimum=Decimal("300"),
                maximum=Decimal("86400"),
            ),
            F("frequency", "integer", "frequency", required=True, minimum=Decimal("1")),
            F("reduceOnly", "boolean", "reduceOnly"),
            F("maxPrice", "decimal_string", "maxPrice", exclusive_minimum=Decimal("0")),
            F("minPrice", "decimal_string", "minPrice", exclusive_minimum=Decimal("0")),
        ),
        True,
        (
            kinds.MultipleOfFieldDrawer(
                "running_time_multiple_of_frequency", "runningTime", "frequency"
            ),
            kinds.QuotientBetweenDrawer(
                "child_order_count", "runningTime", "frequency", Decimal("2"), Decimal("200")
            ),
            kinds.OrderedDrawer("min_price_not_above_max_price", "minPrice", "maxPrice", False),
        ),
    ),
    "create_twap_order_response": MessageSpec(
        "create_twap_order_response",
        "response",
        (
            F("success", "boolean", "success", required=True),
            F("error", "string", "error"),
            F("error_code", "string", "error_code"),
            F("deprecated", "string", "deprecated"),
            F("result", "object", "result", fields=_TWAP_ORDER, reject_unknown=False),
        ),
        False,
        (),
    ),
    "error_response": MessageSpec(
        "error_response",
        "error",
        (
            F("success", "boolean", "success", required=True, const=False),
            F("error", "string", "error"),
            F("error_code", "string", "error_code"),
            F("deprecated", "string", "deprecated"),
        ),
        False,
        (),
    ),
}

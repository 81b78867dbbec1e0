"""Hypothesis strategies for QFEX (qfex).

Generated from specs/qfex.yaml (sha256 cd015ccacd172962)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "qfex"
_TWAP_ORDER = (
    F("twap_id", "string", "twap_id"),
    F("client_twap_id", "string", "client_twap_id", nullable=True),
    F("user_id", "string", "user_id"),
    F("status", "string", "status"),
    F("symbol", "string", "symbol"),
    F("total_quantity", "decimal_number", "total_quantity"),
    F("filled_quantity", "decimal_number", "filled_quantity"),
    F("average_fill_price", "decimal_number", "average_fill_price"),
    F("total_num_orders", "integer", "total_num_orders"),
    F("order_interval_secs", "integer", "order_interval_secs"),
    F("reduce_only", "boolean", "reduce_only"),
    F("side", "enum", "side", values=("BUY", "SELL")),
    F("updated_at", "unix_seconds", "updated_at", nullable=True),
    F("created_at", "unix_seconds", "created_at", nullable=True),
)
MESSAGES: dict[str, MessageSpec] = {
    "auth": MessageSpec(
        "auth",
        "request",
        (
            F(
                "hmac",
                "object",
                "hmac",
                required=True,
                fields=(
                    F("public_key", "string", "hmac.public_key", required=True),
                    F("nonce", "string", "hmac.nonce", required=True, max_length=100),
                    F("unix_ts", "integer", "hmac.unix_ts", required=True, minimum=Decimal("0")),
                    F("signature", "string", "hmac.signature", required=True),
                ),
                reject_unknown=True,
            ),
        ),
        True,
        (),
        constants=(("type", "auth"),),
        body_key="params",
    ),
    "add_twap": MessageSpec(
        "add_twap",
        "request",
        (
            F("symbol", "string", "symbol", required=True),
            F("side", "enum", "side", required=True, values=("BUY", "SELL")),
            F(
                "total_quantity",
                "decimal_number",
                "total_quantity",
                required=True,
                exclusive_minimum=Decimal("0"),
            ),
            F("num_orders", "integer", "num_orders", required=True, minimum=Decimal("2")),
            F(
                "order_interval_secs",
                "integer",
                "order_interval_secs",
                required=True,
                minimum=Decimal("30"),
            ),
            F("reduce_only", "boolean", "reduce_only", required=True),
            F("client_twap_id", "string", "client_twap_id", nullable=True),
        ),
        True,
        (
            kinds.ReferenceActiveDrawer(
                "symbol_active",
                "symbol",
                "symbols",
                "active",
                (("symbol", None),),
                False,
                None,
                False,
            ),
            kinds.AverageAtLeastReferenceDrawer(
                "average_child_at_least_min_quantity",
                "total_quantity",
                "num_orders",
                "symbols",
                (("symbol", None),),
                "min_quantity",
                "quantity_precision",
            ),
            kinds.LengthWithinReferenceDrawer(
                "client_twap_id_length",
                "client_twap_id",
                "limits",
                "client_id_min_length",
                "client_id_max_length",
            ),
        ),
        constants=(("type", "add_twap"),),
        body_key="params",
    ),
    "twap_response": MessageSpec(
        "twap_response", "response", _TWAP_ORDER, False, (), constants=(), body_key="twap_response"
    ),
    "all_orders_response": MessageSpec(
        "all_orders_response",
        "response",
        (
            F(
                "twaps",
                "array",
                "twaps",
                required=True,
                items=F("items", "object", "twaps.items", fields=_TWAP_ORDER, reject_unknown=False),
            ),
        ),
        False,
        (),
        constants=(),
        body_key="all_orders_response",
    ),
    "cancel_order": MessageSpec(
        "cancel_order",
        "request",
        (
            F("symbol", "string", "symbol", required=True),
            F("order_id", "string", "order_id", required=True),
            F(
                "cancel_order_id_type",
                "enum",
                "cancel_order_id_type",
                required=True,
                values=("order_id", "client_order_id", "twap_id", "client_twap_id"),
            ),
        ),
        True,
        (),
        constants=(("type", "cancel_order"),),
        body_key="params",
    ),
    "err": MessageSpec(
        "err",
        "error",
        (
            F(
                "error_code",
                "enum",
                "error_code",
                required=True,
                values=(
                    "invalid_parameter",
                    "InvalidParameter",
                    "RateLimited",
                    "InvalidJSONFormat",
                    "AlreadyAuthenticated",
                    "PermissionDenied",
                    "ServerError",
                    "InvalidOrder",
                    "AlreadySubscribedToLeaderboard",
                    "KycRequired",
                    "TncRequired",
                ),
            ),
            F("message", "string", "message", nullable=True),
            F("incoming_message", "json_object", "incoming_message", nullable=True),
        ),
        False,
        (),
        constants=(),
        body_key="err",
    ),
}

"""Hypothesis strategies for Binance Algo trading (binance).

Generated from specs/binance.yaml (sha256 13190f46954f938a)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "binance"
_NEW_TWAP_ACK = (
    F("clientAlgoId", "string", "clientAlgoId", required=True),
    F("success", "boolean", "success", required=True),
    F("code", "integer", "code", required=True),
    F("msg", "string", "msg", required=True),
)
MESSAGES: dict[str, MessageSpec] = {
    "new_order_twap": MessageSpec(
        "new_order_twap",
        "request",
        (
            F("symbol", "string", "symbol", required=True),
            F("side", "enum", "side", required=True, values=("BUY", "SELL")),
            F(
                "positionSide",
                "enum",
                "positionSide",
                default="BOTH",
                values=("BOTH", "LONG", "SHORT"),
            ),
            F(
                "quantity",
                "decimal_string",
                "quantity",
                required=True,
                exclusive_minimum=Decimal("0"),
                digits=(20, 20),
            ),
            F(
                "duration",
                "integer",
                "duration",
                required=True,
                minimum=Decimal("300"),
                maximum=Decimal("86400"),
            ),
            F("clientAlgoId", "string", "clientAlgoId", min_length=32, max_length=32),
            F("reduceOnly", "boolean", "reduceOnly"),
            F(
                "limitPrice",
                "decimal_string",
                "limitPrice",
                exclusive_minimum=Decimal("0"),
                digits=(20, 20),
            ),
            F("recvWindow", "integer", "recvWindow", maximum=Decimal("60000")),
            F("timestamp", "unix_milliseconds", "timestamp", required=True),
        ),
        True,
        (
            kinds.QuotientAboveReferenceDrawer(
                "quantity_per_minute_above_min_qty",
                "quantity",
                "duration",
                Decimal("60"),
                "symbols",
                (("symbol", None),),
                "min_qty",
                True,
                False,
                Decimal("1"),
            ),
            kinds.WithinReferenceDrawer(
                "notional_within_limits",
                "quantity",
                "symbols",
                (("symbol", None),),
                Decimal("1000"),
                Decimal("1000000"),
                "mark_price",
                True,
                None,
            ),
            kinds.PresentWhenDrawer(
                "reduce_only_one_way_mode_only",
                "reduceOnly",
                "positionSide",
                ("BOTH",),
                False,
                True,
            ),
        ),
        wire={
            "encoding": "query",
            "absent": [],
            "ignored": ["signature"],
            "text": {
                "duration": "integer",
                "reduceOnly": "boolean",
                "recvWindow": "integer",
                "timestamp": "integer",
            },
        },
    ),
    "new_order_twap_response": MessageSpec(
        "new_order_twap_response", "response", _NEW_TWAP_ACK, False, ()
    ),
    "new_order_twap_spot": MessageSpec(
        "new_order_twap_spot",
        "request",
        (
            F("symbol", "string", "symbol", required=True),
            F("side", "enum", "side", required=True, values=("BUY", "SELL")),
            F(
                "quantity",
                "decimal_string",
                "quantity",
                required=True,
                exclusive_minimum=Decimal("0"),
                digits=(20, 20),
            ),
            F(
                "duration",
                "integer",
                "duration",
                required=True,
                minimum=Decimal("300"),
                maximum=Decimal("86400"),
            ),
            F("clientAlgoId", "string", "clientAlgoId", min_length=32, max_length=32),
            F(
                "limitPrice",
                "decimal_string",
                "limitPrice",
                exclusive_minimum=Decimal("0"),
                digits=(20, 20),
            ),
            F(
                "stpMode",
                "enum",
                "stpMode",
                values=("EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "NONE"),
            ),
            F("recvWindow", "integer", "recvWindow", maximum=Decimal("60000")),
            F("timestamp", "unix_milliseconds", "timestamp", required=True),
        ),
        True,
        (
            kinds.WithinReferenceDrawer(
                "notional_within_symbol_cap",
                "quantity",
                "spot_symbols",
                (("symbol", None),),
                None,
                "max_notional",
                "usd_price",
                False,
                None,
            ),
        ),
        wire={
            "encoding": "query",
            "absent": [],
            "ignored": ["signature"],
            "text": {"duration": "integer", "recvWindow": "integer", "timestamp": "integer"},
        },
    ),
    "new_order_twap_spot_response": MessageSpec(
        "new_order_twap_spot_response", "response", _NEW_TWAP_ACK, False, ()
    ),
    "cancel_algo_order": MessageSpec(
        "cancel_algo_order",
        "request",
        (
            F("algoId", "integer", "algoId"),
            F("clientAlgoId", "string", "clientAlgoId"),
            F("recvWindow", "integer", "recvWindow", maximum=Decimal("60000")),
            F("timestamp", "unix_milliseconds", "timestamp", required=True),
        ),
        True,
        (kinds.FieldsGivenDrawer("algo_id_or_client_algo_id", ("algoId", "clientAlgoId"), False),),
        wire={
            "encoding": "query",
            "absent": [],
            "ignored": ["signature"],
            "text": {"algoId": "integer", "recvWindow": "integer", "timestamp": "integer"},
        },
    ),
    "cancel_algo_order_response": MessageSpec(
        "cancel_algo_order_response",
        "response",
        (
            F("algoId", "integer", "algoId", required=True),
            F("success", "boolean", "success", required=True),
            F("code", "integer", "code", required=True),
            F("msg", "string", "msg", required=True),
        ),
        False,
        (),
    ),
    "error_response": MessageSpec(
        "error_response",
        "error",
        (F("code", "integer", "code", required=True), F("msg", "string", "msg", required=True)),
        False,
        (),
    ),
    "error_response_spot": MessageSpec(
        "error_response_spot",
        "error",
        (F("code", "integer", "code", required=True), F("msg", "string", "msg", required=True)),
        False,
        (),
    ),
    "cancel_error_response": MessageSpec(
        "cancel_error_response",
        "error",
        (F("code", "integer", "code", required=True), F("msg", "string", "msg", required=True)),
        False,
        (),
    ),
}

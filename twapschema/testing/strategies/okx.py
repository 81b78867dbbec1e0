"""Hypothesis strategies for OKX (okx).

Generated from specs/okx.yaml (sha256 9a292b2dcc6a4196)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "okx"
_ALGO_ORDER_RESULT = (
    F("algoId", "string", "algoId", required=True),
    F("clOrdId", "string", "clOrdId"),
    F("algoClOrdId", "string", "algoClOrdId"),
    F("sCode", "string", "sCode", required=True),
    F("sMsg", "string", "sMsg", required=True),
    F("tag", "string", "tag"),
)
MESSAGES: dict[str, MessageSpec] = {
    "order_algo_twap": MessageSpec(
        "order_algo_twap",
        "request",
        (
            F("instId", "string", "instId", required=True),
            F(
                "tdMode",
                "enum",
                "tdMode",
                required=True,
                values=("cross", "isolated", "cash", "spot_isolated"),
            ),
            F("ccy", "string", "ccy"),
            F("side", "enum", "side", required=True, values=("buy", "sell")),
            F("posSide", "enum", "posSide", values=("long", "short", "net")),
            F("ordType", "string", "ordType", required=True, const="twap"),
            F("sz", "decimal_string", "sz", required=True, exclusive_minimum=Decimal("0")),
            F(
                "szLimit",
                "decimal_string",
                "szLimit",
                required=True,
                exclusive_minimum=Decimal("0"),
            ),
            F("pxLimit", "decimal_string", "pxLimit", required=True),
            F(
                "pxVar",
                "decimal_string",
                "pxVar",
                minimum=Decimal("0.0001"),
                maximum=Decimal("0.01"),
            ),
            F("pxSpread", "decimal_string", "pxSpread"),
            F(
                "timeInterval",
                "integer_string",
                "timeInterval",
                required=True,
                minimum=Decimal("1"),
            ),
            F("algoClOrdId", "string", "algoClOrdId", max_length=32, pattern="^[A-Za-z0-9]+$"),
            F("tag", "string", "tag", max_length=16, pattern="^[A-Za-z0-9]+$"),
            F("tgtCcy", "enum", "tgtCcy", values=("base_ccy", "quote_ccy")),
            F("clOrdId", "string", "clOrdId", max_length=32),
            F("reduceOnly", "boolean", "reduceOnly"),
            F("tradeQuoteCcy", "string", "tradeQuoteCcy"),
            F("isTradeBorrowMode", "boolean", "isTradeBorrowMode"),
        ),
        True,
        (
            kinds.FieldsGivenDrawer("price_variance_exactly_one", ("pxVar", "pxSpread"), True),
            kinds.ReferenceActiveDrawer(
                "instrument_live",
                "instId",
                "instruments",
                "live",
                (("instId", None),),
                False,
                None,
                False,
            ),
            kinds.OrderedDrawer("child_size_within_total", "szLimit", "sz", False),
        ),
        absent=("empty_string", "empty_array", "null"),
        wire={
            "encoding": "json",
            "absent": ["empty_string", "empty_array", "null"],
            "ignored": [],
            "text": {"reduceOnly": "boolean", "isTradeBorrowMode": "boolean"},
        },
    ),
    "order_algo_response": MessageSpec(
        "order_algo_response",
        "response",
        (
            F("code", "string", "code", required=True),
            F("msg", "string", "msg", required=True),
            F(
                "data",
                "array",
                "data",
                required=True,
                items=F(
                    "items", "object", "data.items", fields=_ALGO_ORDER_RESULT, reject_unknown=False
                ),
            ),
        ),
        False,
        (),
    ),
    "cancel_algos": MessageSpec(
        "cancel_algos",
        "request",
        (
            F("instId", "string", "instId", required=True),
            F("algoId", "string", "algoId"),
            F("algoClOrdId", "string", "algoClOrdId", max_length=32, pattern="^[A-Za-z0-9]+$"),
        ),
        True,
        (kinds.FieldsGivenDrawer("algo_id_or_client_id", ("algoId", "algoClOrdId"), False),),
        batch=10,
        wire={"encoding": "json", "absent": [], "ignored": [], "batch": 10},
    ),
    "cancel_algos_response": MessageSpec(
        "cancel_algos_response",
        "response",
        (
            F("code", "string", "code", required=True),
            F("msg", "string", "msg", required=True),
            F(
                "data",
                "array",
                "data",
                required=True,
                max_items=10,
                items=F(
                    "items", "object", "data.items", fields=_ALGO_ORDER_RESULT, reject_unknown=False
                ),
            ),
        ),
        False,
        (),
    ),
    "error_response": MessageSpec(
        "error_response",
        "error",
        (
            F("code", "string", "code", required=True),
            F("msg", "string", "msg", required=True),
            F(
                "data",
                "array",
                "data",
                items=F(
                    "items", "object", "data.items", fields=_ALGO_ORDER_RESULT, reject_unknown=False
                ),
            ),
        ),
        False,
        (),
    ),
}

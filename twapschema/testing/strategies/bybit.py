"""Hypothesis strategies for Bybit (bybit).

Generated from specs/bybit.yaml (sha256 77431d4eaae1e59f)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "bybit"
MESSAGES: dict[str, MessageSpec] = {
    "create_strategy": MessageSpec(
        "create_strategy",
        "request",
        (
            F(
                "category",
                "enum",
                "category",
                required=True,
                values=(
                    "UTA_USDT",
                    "UTA_USDC",
                    "UTA_SPOT",
                    "UTA_INVERSE",
                    "UTA_INVERSE_FUTURE",
                    "UTA_USDT_FUTURE",
                ),
            ),
            F("symbol", "string", "symbol", required=True),
            F("side", "enum", "side", required=True, values=("Buy", "Sell")),
            F("size", "decimal_string", "size", exclusive_minimum=Decimal("0")),
            F("positionValue", "decimal_string", "positionValue", exclusive_minimum=Decimal("0")),
            F("strategyType", "string", "strategyType", required=True, const="twap"),
            F(
                "duration",
                "integer",
                "duration",
                required=True,
                minimum=Decimal("300"),
                maximum=Decimal("86400"),
            ),
            F("interval", "integer", "interval", default=30, values=(5, 10, 15, 30, 60, 120)),
            F("reduceOnly", "boolean", "reduceOnly"),
            F("positionIdx", "integer", "positionIdx", minimum=Decimal("0"), maximum=Decimal("2")),
            F(
                "leverageType",
                "integer",
                "leverageType",
                minimum=Decimal("0"),
                maximum=Decimal("1"),
            ),
            F("isRandom", "boolean", "isRandom"),
            F("triggerPrice", "decimal_string", "triggerPrice", exclusive_minimum=Decimal("0")),
            F("maxChasePrice", "decimal_string", "maxChasePrice", exclusive_minimum=Decimal("0")),
            F("chaseDistance", "decimal_string", "chaseDistance"),
            F(
                "chasePercentE4",
                "integer",
                "chasePercentE4",
                minimum=Decimal("1"),
                maximum=Decimal("9999"),
            ),
        ),
        True,
        (
            kinds.MultipleOfFieldDrawer("duration_divisible_by_interval", "duration", "interval"),
            kinds.FieldsGivenDrawer("size_or_position_value", ("size", "positionValue"), True),
            kinds.ReferenceActiveDrawer(
                "instrument_tradable",
                "symbol",
                "instruments",
                "tradable",
                (("category", "category"), ("symbol", "symbol")),
                False,
                None,
                False,
            ),
            kinds.QuotientAboveReferenceDrawer(
                "size_per_child_at_least_min_order_qty",
                "size",
                "duration",
                "interval",
                "instruments",
                (("category", "category"), ("symbol", "symbol")),
                "min_order_qty",
                False,
                False,
                Decimal("1"),
            ),
            kinds.QuotientAboveReferenceDrawer(
                "position_value_per_child_at_least_min_notional",
                "positionValue",
                "duration",
                "interval",
                "instruments",
                (("category", "category"), ("symbol", "symbol")),
                "min_notional_value",
                False,
                False,
                Decimal("1"),
            ),
            kinds.ConditionalDrawer(
                "sub_order_at_most_half_the_max_order_qty",
                kinds.QuotientAboveReferenceDrawer(
                    "sub_order_at_most_half_the_max_order_qty",
                    "size",
                    "duration",
                    "interval",
                    "instruments",
                    (("category", "category"), ("symbol", "symbol")),
                    "max_order_qty",
                    False,
                    True,
                    Decimal("0.5"),
                ),
                "category",
                ("UTA_USDT", "UTA_USDC", "UTA_INVERSE", "UTA_INVERSE_FUTURE", "UTA_USDT_FUTURE"),
            ),
        ),
        wire={
            "encoding": "json",
            "absent": [],
            "ignored": [],
            "text": {
                "duration": "integer",
                "interval": "integer",
                "positionIdx": "integer",
                "leverageType": "integer",
                "chasePercentE4": "integer",
            },
        },
    ),
    "create_strategy_response": MessageSpec(
        "create_strategy_response",
        "response",
        (
            F("retCode", "integer", "retCode", required=True, const=0),
            F("retMsg", "string", "retMsg", required=True),
            F(
                "result",
                "object",
                "result",
                required=True,
                fields=(
                    F("strategyId", "string", "result.strategyId", required=True),
                    F("result", "string", "result.result", nullable=True),
                ),
                reject_unknown=False,
            ),
            F("retExtInfo", "json_object", "retExtInfo", required=True),
            F("time", "unix_milliseconds", "time", required=True),
        ),
        False,
        (),
    ),
    "stop_strategy": MessageSpec(
        "stop_strategy",
        "request",
        (
            F(
                "strategyId",
                "string",
                "strategyId",
                required=True,
                pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
            ),
        ),
        True,
        (),
    ),
    "stop_strategy_response": MessageSpec(
        "stop_strategy_response",
        "response",
        (
            F("retCode", "integer", "retCode", required=True, const=0),
            F("retMsg", "string", "retMsg", required=True),
            F(
                "result",
                "object",
                "result",
                required=True,
                fields=(F("strategyId", "string", "result.strategyId", required=True),),
                reject_unknown=False,
            ),
            F("retExtInfo", "json_object", "retExtInfo", required=True),
            F("time", "unix_milliseconds", "time", required=True),
        ),
        False,
        (),
    ),
    "error_response": MessageSpec(
        "error_response",
        "error",
        (
            F("retCode", "integer", "retCode", required=True, minimum=Decimal("1")),
            F("retMsg", "string", "retMsg", required=True),
            F("result", "json_object", "result"),
            F("retExtInfo", "json_object", "retExtInfo"),
            F("time", "unix_milliseconds", "time"),
        ),
        False,
        (),
    ),
}

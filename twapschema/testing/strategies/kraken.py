"""Hypothesis strategies for Kraken (spot) (kraken).

Generated from specs/kraken.yaml (sha256 a7cc6e3c077b250a)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "kraken"
_STRATEGY = (
    F("strategy_id", "string", "strategy_id", required=True),
    F("status", "string", "status", required=True),
    F("reason", "string", "reason"),
    F("details", "json_object", "details", required=True),
)
MESSAGES: dict[str, MessageSpec] = {
    "add_strategy": MessageSpec(
        "add_strategy",
        "request",
        (
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0")),
            F("strategy_type", "string", "strategy_type", required=True, const="twap"),
            F("symbol", "string", "symbol", required=True),
            F("asset_class", "enum", "asset_class", values=("forex",)),
            F("side", "enum", "side", required=True, values=("buy", "sell")),
            F("volume", "decimal_string", "volume", required=True, exclusive_minimum=Decimal("0")),
            F("ordertype", "enum", "ordertype", required=True, values=("market", "limit")),
            F("price", "decimal_string", "price", exclusive_minimum=Decimal("0")),
            F("starttm", "string", "starttm"),
            F("expiretm", "string", "expiretm", required=True),
            F("validate", "boolean", "validate"),
        ),
        True,
        (
            kinds.TimeWindowDrawer("window_at_least_60s", "starttm", "expiretm", 60, None),
            kinds.TimeWindowDrawer("within_30_days", "starttm", "expiretm", None, 2592000),
            kinds.PresentWhenDrawer(
                "price_only_for_limit", "price", "ordertype", ("limit",), True, True
            ),
            kinds.ReferenceActiveDrawer(
                "symbol_supported",
                "symbol",
                "pairs",
                "status",
                (("symbol", None),),
                True,
                None,
                False,
            ),
            kinds.ConditionalDrawer(
                "market_strategy_on_a_pair_taking_market_orders",
                kinds.ReferenceActiveDrawer(
                    "market_strategy_on_a_pair_taking_market_orders",
                    "symbol",
                    "pairs",
                    "market_orders",
                    (("symbol", None),),
                    False,
                    None,
                    True,
                ),
                "ordertype",
                ("market",),
            ),
            kinds.WithinReferenceDrawer(
                "volume_at_least_ordermin",
                "volume",
                "pairs",
                (("symbol", None),),
                "ordermin",
                None,
                None,
                False,
                None,
            ),
            kinds.WithinReferenceDrawer(
                "limit_cost_at_least_costmin",
                "volume",
                "pairs",
                (("symbol", None),),
                "costmin",
                None,
                None,
                False,
                "price",
            ),
            kinds.MultipleOfReferenceDrawer(
                "volume_within_lot_decimals",
                "volume",
                "pairs",
                (("symbol", None),),
                "lot_decimals",
                True,
            ),
            kinds.MultipleOfReferenceDrawer(
                "price_on_tick_grid", "price", "pairs", (("symbol", None),), "tick_size", False
            ),
        ),
        wire={
            "encoding": "form",
            "absent": [],
            "ignored": [],
            "text": {"nonce": "integer", "validate": "boolean"},
        },
    ),
    "add_strategy_response": MessageSpec(
        "add_strategy_response",
        "response",
        (
            F("error", "array", "error", required=True, items=F("items", "string", "error.items")),
            F(
                "result",
                "object",
                "result",
                required=True,
                fields=(F("strategy_id", "string", "result.strategy_id", required=True),),
                reject_unknown=False,
            ),
        ),
        False,
        (),
    ),
    "cancel_strategy": MessageSpec(
        "cancel_strategy",
        "request",
        (
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0")),
            F("strategy_id", "string", "strategy_id", required=True, pattern="^AS"),
        ),
        True,
        (),
        wire={"encoding": "form", "absent": [], "ignored": [], "text": {"nonce": "integer"}},
    ),
    "cancel_strategy_response": MessageSpec(
        "cancel_strategy_response",
        "response",
        (
            F("error", "array", "error", required=True, items=F("items", "string", "error.items")),
            F("result", "json_object", "result"),
        ),
        False,
        (),
    ),
    "query_strategies": MessageSpec(
        "query_strategies",
        "request",
        (
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0")),
            F(
                "strategy_ids",
                "string",
                "strategy_ids",
                required=True,
                pattern="^AS[A-Z0-9-]*(,AS[A-Z0-9-]*)*$",
            ),
        ),
        True,
        (),
        wire={"encoding": "form", "absent": [], "ignored": [], "text": {"nonce": "integer"}},
    ),
    "query_strategies_response": MessageSpec(
        "query_strategies_response",
        "response",
        (
            F("error", "array", "error", required=True, items=F("items", "string", "error.items")),
            F(
                "result",
                "object",
                "result",
                required=True,
                fields=(F("strategies", "json_object", "result.strategies", required=True),),
                reject_unknown=False,
            ),
        ),
        False,
        (),
    ),
    "get_open_strategies": MessageSpec(
        "get_open_strategies",
        "request",
        (
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0")),
            F("strategy_type", "string", "strategy_type", const="twap"),
        ),
        True,
        (),
        wire={"encoding": "form", "absent": [], "ignored": [], "text": {"nonce": "integer"}},
    ),
    "get_closed_strategies": MessageSpec(
        "get_closed_strategies",
        "request",
        (
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0")),
            F("strategy_type", "string", "strategy_type", const="twap"),
            F("asset_class", "enum", "asset_class", values=("forex",)),
            F("status", "enum", "status", values=("closed", "expired", "cancelled")),
            F("start", "integer", "start", minimum=Decimal("0")),
            F("end", "integer", "end", minimum=Decimal("0")),
            F("query_time_mode", "enum", "query_time_mode", values=("close", "open")),
            F("limit", "integer", "limit", minimum=Decimal("1"), maximum=Decimal("100")),
            F("cursor", "string", "cursor"),
        ),
        True,
        (kinds.OrderedDrawer("start_before_end", "start", "end", False),),
        wire={
            "encoding": "form",
            "absent": [],
            "ignored": [],
            "text": {"nonce": "integer", "start": "integer", "end": "integer", "limit": "integer"},
        },
    ),
    "get_closed_strategies_response": MessageSpec(
        "get_closed_strategies_response",
        "response",
        (
            F("error", "array", "error", required=True, items=F("items", "string", "error.items")),
            F(
                "result",
                "object",
                "result",
                required=True,
                fields=(
                    F(
                        "closed",
                        "array",
                        "result.closed",
                        required=True,
                        items=F(
                            "items",
                            "object",
                            "result.closed.items",
                            fields=_STRATEGY,
                            reject_unknown=False,
                        ),
                    ),
                    F("next_cursor", "string", "result.next_cursor"),
                ),
                reject_unknown=False,
            ),
        ),
        False,
        (),
    ),
    "error_response": MessageSpec(
        "error_response",
        "error",
        (
            F(
                "error",
                "array",
                "error",
                required=True,
                min_items=1,
                items=F("items", "string", "error.items", pattern="^[EW][A-Za-z]+:"),
            ),
            F("result", "json_object", "result"),
        ),
        False,
        (),
    ),
}

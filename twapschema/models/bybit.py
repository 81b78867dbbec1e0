"""Models and validators for Bybit (bybit).

Generated from specs/bybit.yaml (sha256 77431d4eaae1e59f)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    DecimalString,
    M,
    MessageModel,
    PartModel,
    ReferenceModel,
    bind,
    bind_part,
    construct,
    reference_decimal,
)
from twapschema.runtime.registry import MessageEntry, Rejection
from twapschema.runtime.rejection import CodedReply
from twapschema.runtime.result import Violation, new_violation
from twapschema.runtime.wire import Wire, WireNode
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "bybit"
VENUE_NAME = "Bybit"
SPEC_VERSION = "1.1.0"
API_VERSION = "V5"
_VALUES0 = frozenset({5, 10, 15, 30, 60, 120})
_KNOWN1 = frozenset(
    {
        "category",
        "chaseDistance",
        "chasePercentE4",
        "duration",
        "interval",
        "isRandom",
        "leverageType",
        "maxChasePrice",
        "positionIdx",
        "positionValue",
        "reduceOnly",
        "side",
        "size",
        "strategyType",
        "symbol",
        "triggerPrice",
    }
)
_DEC2 = Decimal("0.5")
_PATTERN3 = re.compile(
    "^[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}\\Z",
    re.ASCII,
)
_KNOWN4 = frozenset({"strategyId"})
_NAMES5 = {
    "category": "category",
    "symbol": "symbol",
    "side": "side",
    "size": "size",
    "positionValue": "position_value",
    "strategyType": "strategy_type",
    "duration": "duration",
    "interval": "interval",
    "reduceOnly": "reduce_only",
    "positionIdx": "position_idx",
    "leverageType": "leverage_type",
    "isRandom": "is_random",
    "triggerPrice": "trigger_price",
    "maxChasePrice": "max_chase_price",
    "chaseDistance": "chase_distance",
    "chasePercentE4": "chase_percent_e4",
}
_FIELDS6 = frozenset(_NAMES5.values())
_NAMES7 = {
    "retCode": "ret_code",
    "retMsg": "ret_msg",
    "result": "result",
    "retExtInfo": "ret_ext_info",
    "time": "time",
}
_FIELDS8 = frozenset(_NAMES7.values())
_NAMES9 = {"strategyId": "strategy_id", "result": "result"}
_FIELDS10 = frozenset(_NAMES9.values())
_NAMES11 = {"strategyId": "strategy_id"}
_FIELDS12 = frozenset(_NAMES11.values())


class Category(enum.StrEnum):
    """Product type, in the strategy API's own UTA_* spelling."""

    UTA_USDT = "UTA_USDT"
    """USDT Perpetual."""
    UTA_USDC = "UTA_USDC"
    """USDC Perpetual."""
    UTA_SPOT = "UTA_SPOT"
    """Spot."""
    UTA_INVERSE = "UTA_INVERSE"
    """Inverse Perpetual."""
    UTA_INVERSE_FUTURE = "UTA_INVERSE_FUTURE"
    """Inverse Futures."""
    UTA_USDT_FUTURE = "UTA_USDT_FUTURE"
    """USDT Futures."""


_CATEGORY_BY_WIRE: dict[str, Category] = {m.value: m for m in Category}


class Side(enum.StrEnum):
    """Order side."""

    BUY = "Buy"
    """Buy."""
    SELL = "Sell"
    """Sell."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class InstrumentsEntry(ReferenceModel):
    """Instruments by strategy category and symbol, with the limits the TWAP's sub-orders are held to (from GET /v5/market/instruments-info)."""

    category: str = Field(
        description="The strategy API's category the instrument trades under (UTA_USDT, UTA_SPOT, ...)."
    )
    symbol: str = Field(description="The symbol as sent (BTCUSDT, BTCUSD, BTCUSDT-26JUN26).")
    tradable: bool = Field(
        description="The instrument's status is Trading (not PreLaunch, Delivering or Closed: enums page, status)."
    )
    min_order_qty: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description='lotSizeFilter.minOrderQty, the MinSize of the TWAP constraints. ⚠ For spot Bybit marks it deprecated ("check minOrderAmt instead"); whether the strategy engine still reads it is not said.',
        ge=0,
    )
    min_notional_value: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="lotSizeFilter.minNotionalValue (linear, inverse); spot's lotSizeFilter.minOrderAmt.",
        ge=0,
    )
    max_order_qty: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description='lotSizeFilter.maxOrderQty, the largest single order (the TWAP constraints\' "maximum single order size"; Bybit changes it twice a month, audit-2026-12.md).',
        ge=0,
    )


class Reference(ReferenceModel):
    """Reference data for Bybit: every section is optional."""

    instruments: dict[str, InstrumentsEntry] | None = Field(None)

    LOOKUPS = ("instruments:category,symbol",)


class CreateStrategy(MessageModel):
    """Create a TWAP strategy that splits size (or positionValue) into duration / interval equal sub-orders, one every interval seconds."""

    category: Category = Field(description="Product type.")
    symbol: str = Field(description="Symbol name, e.g. BTCUSDT.")
    side: Side = Field(description="Buy or Sell.")
    size: DecimalString | None = Field(
        None, description="Total order quantity (coin). Either size or positionValue is needed."
    )
    position_value: DecimalString | None = Field(
        None,
        description="Total order quantity (value). Either size or positionValue is needed.",
        alias="positionValue",
    )
    strategy_type: str = Field(description="Strategy type; twap for a TWAP.", alias="strategyType")
    duration: int = Field(
        description="Total execution duration in seconds, 300..86400, divisible by interval."
    )
    interval: int = Field(
        30,
        description="Sub-order placement interval in seconds; 5, 10, 15, 30 (default), 60 or 120.",
    )
    reduce_only: bool | None = Field(
        None,
        description="Reduce-only order; must be true when reducing the position.",
        alias="reduceOnly",
    )
    position_idx: int | None = Field(
        None,
        description="Position index. 0 one-way mode, 1 buy side of hedge mode, 2 sell side of hedge mode; required in hedge mode.",
        alias="positionIdx",
    )
    leverage_type: int | None = Field(
        None,
        description="Spot leverage type. 0 normal, 1 borrow to trade (UTA_SPOT only).",
        alias="leverageType",
    )
    is_random: bool | None = Field(
        None, description="Whether to randomize each sub-order quantity by ±20%.", alias="isRandom"
    )
    trigger_price: DecimalString | None = Field(
        None,
        description="Trigger price; the strategy activates when the market price reaches it.",
        alias="triggerPrice",
    )
    max_chase_price: DecimalString | None = Field(
        None,
        description="Stop price; the strategy terminates when the last traded price reaches it.",
        alias="maxChasePrice",
    )
    chase_distance: DecimalString | None = Field(
        None,
        description="Limit sub-orders at this absolute distance from best bid/ask (market orders without it). Mutually exclusive with chasePercentE4; chaseDistance takes priority if both are set.",
        alias="chaseDistance",
    )
    chase_percent_e4: int | None = Field(
        None,
        description="Limit sub-orders at this offset from best bid/ask in basis points (100 = 1%). Mutually exclusive with chaseDistance.",
        alias="chasePercentE4",
    )


class CreateStrategyResponseResult(PartModel):
    """An object within create_strategy_response."""

    strategy_id: str = Field(description="Strategy ID (UUID format).", alias="strategyId")
    result: str | None = Field(None, description="Execution result; null if creation succeeded.")


class CreateStrategyResponse(MessageModel):
    """The V5 envelope of a created strategy, with its strategyId."""

    ret_code: int = Field(description="Success/Error code; 0 on success.", alias="retCode")
    ret_msg: str = Field(
        description="Success/Error message; OK, success or SUCCESS on success.", alias="retMsg"
    )
    result: CreateStrategyResponseResult = Field(description="The created strategy.")
    ret_ext_info: dict[str, Any] = Field(
        description="Extended info; most of the time {}.", alias="retExtInfo"
    )
    time: int = Field(description="Current server timestamp (ms).")


class StopStrategy(MessageModel):
    """Stop a running strategy; its unfilled orders are canceled and it cannot be resumed."""

    strategy_id: str = Field(description="ID of the strategy to stop.", alias="strategyId")


class StopStrategyResponseResult(PartModel):
    """An object within stop_strategy_response."""

    strategy_id: str = Field(description="ID of the stopped strategy.", alias="strategyId")


class StopStrategyResponse(MessageModel):
    """The V5 envelope of a stopped strategy."""

    ret_code: int = Field(description="Success/Error code; 0 on success.", alias="retCode")
    ret_msg: str = Field(
        description="Success/Error message; OK, success or SUCCESS on success.", alias="retMsg"
    )
    result: StopStrategyResponseResult = Field(description="The stopped strategy.")
    ret_ext_info: dict[str, Any] = Field(
        description="Extended info; most of the time {}.", alias="retExtInfo"
    )
    time: int = Field(description="Current server timestamp (ms).")


class ErrorResponse(MessageModel):
    """The V5 envelope of a refused request (create or stop): a non-zero retCode and a retMsg saying why."""

    ret_code: int = Field(
        description="The error code, e.g. 10001 (request parameter error).", alias="retCode"
    )
    ret_msg: str = Field(description="The error message.", alias="retMsg")
    result: dict[str, Any] | None = Field(
        None, description="Business data; usually {} on an error."
    )
    ret_ext_info: dict[str, Any] | None = Field(
        None, description="Extended info; most of the time {}.", alias="retExtInfo"
    )
    time: int | None = Field(None, description="Current server timestamp (ms).")


def _check_create_strategy(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("category", _c.MISSING)
    x_category: Category | None = (
        _CATEGORY_BY_WIRE[raw_0]
        if type(raw_0) is str and raw_0 in _CATEGORY_BY_WIRE
        else _c.take_enum(raw_0, at, "category", "category", True, False, _CATEGORY_BY_WIRE, v)
    )
    if x_category is not None:
        out["category"] = x_category
    raw_1 = obj.get("symbol", _c.MISSING)
    x_symbol: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "symbol", "symbol", True, False, v)
    )
    if x_symbol is not None:
        out["symbol"] = x_symbol
    raw_2 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_2]
        if type(raw_2) is str and raw_2 in _SIDE_BY_WIRE
        else _c.take_enum(raw_2, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_3 = obj.get("size", _c.MISSING)
    x_size: Decimal | None = (
        Decimal(raw_3)
        if type(raw_3) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_3)
        else None
        if raw_3 is _c.MISSING
        else _c.take_decimal_string(raw_3, at, "size", "size", False, False, False, v)
    )
    if x_size is not None and (x_size <= 0):
        if x_size <= 0:
            v.append(
                new_violation(
                    (
                        "size.exclusiveMinimum",
                        at + "/size",
                        "size must be greater than 0" + _c.got1(x_size),
                    )
                )
            )
        x_size = None
    if x_size is not None:
        out["size"] = x_size
    raw_4 = obj.get("positionValue", _c.MISSING)
    x_position_value: Decimal | None = (
        Decimal(raw_4)
        if type(raw_4) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_4)
        else None
        if raw_4 is _c.MISSING
        else _c.take_decimal_string(
            raw_4, at, "positionValue", "positionValue", False, False, False, v
        )
    )
    if x_position_value is not None and (x_position_value <= 0):
        if x_position_value <= 0:
            v.append(
                new_violation(
                    (
                        "positionValue.exclusiveMinimum",
                        at + "/positionValue",
                        "positionValue must be greater than 0" + _c.got1(x_position_value),
                    )
                )
            )
        x_position_value = None
    if x_position_value is not None:
        out["positionValue"] = x_position_value
    raw_5 = obj.get("strategyType", _c.MISSING)
    x_strategy_type: str | None = (
        raw_5
        if type(raw_5) is str
        else _c.take_string(raw_5, at, "strategyType", "strategyType", True, False, v)
    )
    if x_strategy_type is not None and (x_strategy_type != "twap"):
        if x_strategy_type != "twap":
            v.append(
                new_violation(
                    (
                        "strategyType.const",
                        at + "/strategyType",
                        "strategyType must be twap (chaseOrder, iceberg and pov are other strategies)"
                        + _c.got1(x_strategy_type),
                    )
                )
            )
        x_strategy_type = None
    if x_strategy_type is not None:
        out["strategyType"] = x_strategy_type
    raw_6 = obj.get("duration", _c.MISSING)
    x_duration: int | None = (
        raw_6
        if type(raw_6) is int and -9007199254740991 <= raw_6 <= 9007199254740991
        else _c.take_integer(raw_6, at, "duration", "duration", True, False, v)
    )
    if x_duration is not None and ((x_duration < 300) or (x_duration > 86400)):
        if x_duration < 300:
            v.append(
                new_violation(
                    (
                        "duration.minimum",
                        at + "/duration",
                        "duration must be at least 300 seconds (5 minutes)" + _c.got1(x_duration),
                    )
                )
            )
        if x_duration > 86400:
            v.append(
                new_violation(
                    (
                        "duration.maximum",
                        at + "/duration",
                        "duration must be at most 86400 seconds (24 hours)" + _c.got1(x_duration),
                    )
                )
            )
        x_duration = None
    if x_duration is not None:
        out["duration"] = x_duration
    raw_7 = obj.get("interval", _c.MISSING)
    x_interval: int | None = (
        raw_7
        if type(raw_7) is int and -9007199254740991 <= raw_7 <= 9007199254740991
        else None
        if raw_7 is _c.MISSING
        else _c.take_integer(raw_7, at, "interval", "interval", False, False, v)
    )
    if x_interval is not None and (x_interval not in _VALUES0):
        if x_interval not in _VALUES0:
            v.append(
                new_violation(
                    (
                        "interval.enum",
                        at + "/interval",
                        "interval must be one of 5, 10, 15, 30, 60, 120 seconds"
                        + _c.got1(x_interval),
                    )
                )
            )
        x_interval = None
    if x_interval is not None:
        out["interval"] = x_interval
    raw_8 = obj.get("reduceOnly", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_8
        if raw_8 is True or raw_8 is False
        else None
        if raw_8 is _c.MISSING
        else _c.take_boolean(raw_8, at, "reduceOnly", "reduceOnly", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduceOnly"] = x_reduce_only
    raw_9 = obj.get("positionIdx", _c.MISSING)
    x_position_idx: int | None = (
        raw_9
        if type(raw_9) is int and -9007199254740991 <= raw_9 <= 9007199254740991
        else None
        if raw_9 is _c.MISSING
        else _c.take_integer(raw_9, at, "positionIdx", "positionIdx", False, False, v)
    )
    if x_position_idx is not None and ((x_position_idx < 0) or (x_position_idx > 2)):
        if x_position_idx < 0:
            v.append(
                new_violation(
                    (
                        "positionIdx.minimum",
                        at + "/positionIdx",
                        "positionIdx must be at least 0" + _c.got1(x_position_idx),
                    )
                )
            )
        if x_position_idx > 2:
            v.append(
                new_violation(
                    (
                        "positionIdx.maximum",
                        at + "/positionIdx",
                        "positionIdx must be at most 2" + _c.got1(x_position_idx),
                    )
                )
            )
        x_position_idx = None
    if x_position_idx is not None:
        out["positionIdx"] = x_position_idx
    raw_10 = obj.get("leverageType", _c.MISSING)
    x_leverage_type: int | None = (
        raw_10
        if type(raw_10) is int and -9007199254740991 <= raw_10 <= 9007199254740991
        else None
        if raw_10 is _c.MISSING
        else _c.take_integer(raw_10, at, "leverageType", "leverageType", False, False, v)
    )
    if x_leverage_type is not None and ((x_leverage_type < 0) or (x_leverage_type > 1)):
        if x_leverage_type < 0:
            v.append(
                new_violation(
                    (
                        "leverageType.minimum",
                        at + "/leverageType",
                        "leverageType must be at least 0" + _c.got1(x_leverage_type),
                    )
                )
            )
        if x_leverage_type > 1:
            v.append(
                new_violation(
                    (
                        "leverageType.maximum",
                        at + "/leverageType",
                        "leverageType must be at most 1" + _c.got1(x_leverage_type),
                    )
                )
            )
        x_leverage_type = None
    if x_leverage_type is not None:
        out["leverageType"] = x_leverage_type
    raw_11 = obj.get("isRandom", _c.MISSING)
    x_is_random: bool | None = (
        raw_11
        if raw_11 is True or raw_11 is False
        else None
        if raw_11 is _c.MISSING
        else _c.take_boolean(raw_11, at, "isRandom", "isRandom", False, False, v)
    )
    if x_is_random is not None:
        out["isRandom"] = x_is_random
    raw_12 = obj.get("triggerPrice", _c.MISSING)
    x_trigger_price: Decimal | None = (
        Decimal(raw_12)
        if type(raw_12) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_12)
        else None
        if raw_12 is _c.MISSING
        else _c.take_decimal_string(
            raw_12, at, "triggerPrice", "triggerPrice", False, False, False, v
        )
    )
    if x_trigger_price is not None and (x_trigger_price <= 0):
        if x_trigger_price <= 0:
            v.append(
                new_violation(
                    (
                        "triggerPrice.exclusiveMinimum",
                        at + "/triggerPrice",
                        "triggerPrice must be greater than 0" + _c.got1(x_trigger_price),
                    )
                )
            )
        x_trigger_price = None
    if x_trigger_price is not None:
        out["triggerPrice"] = x_trigger_price
    raw_13 = obj.get("maxChasePrice", _c.MISSING)
    x_max_chase_price: Decimal | None = (
        Decimal(raw_13)
        if type(raw_13) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_13)
        else None
        if raw_13 is _c.MISSING
        else _c.take_decimal_string(
            raw_13, at, "maxChasePrice", "maxChasePrice", False, False, False, v
        )
    )
    if x_max_chase_price is not None and (x_max_chase_price <= 0):
        if x_max_chase_price <= 0:
            v.append(
                new_violation(
                    (
                        "maxChasePrice.exclusiveMinimum",
                        at + "/maxChasePrice",
                        "maxChasePrice must be greater than 0" + _c.got1(x_max_chase_price),
                    )
                )
            )
        x_max_chase_price = None
    if x_max_chase_price is not None:
        out["maxChasePrice"] = x_max_chase_price
    raw_14 = obj.get("chaseDistance", _c.MISSING)
    x_chase_distance: Decimal | None = (
        Decimal(raw_14)
        if type(raw_14) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_14)
        else None
        if raw_14 is _c.MISSING
        else _c.take_decimal_string(
            raw_14, at, "chaseDistance", "chaseDistance", False, False, False, v
        )
    )
    if x_chase_distance is not None:
        out["chaseDistance"] = x_chase_distance
    raw_15 = obj.get("chasePercentE4", _c.MISSING)
    x_chase_percent_e4: int | None = (
        raw_15
        if type(raw_15) is int and -9007199254740991 <= raw_15 <= 9007199254740991
        else None
        if raw_15 is _c.MISSING
        else _c.take_integer(raw_15, at, "chasePercentE4", "chasePercentE4", False, False, v)
    )
    if x_chase_percent_e4 is not None and ((x_chase_percent_e4 < 1) or (x_chase_percent_e4 > 9999)):
        if x_chase_percent_e4 < 1:
            v.append(
                new_violation(
                    (
                        "chasePercentE4.minimum",
                        at + "/chasePercentE4",
                        "chasePercentE4 must be at least 1" + _c.got1(x_chase_percent_e4),
                    )
                )
            )
        if x_chase_percent_e4 > 9999:
            v.append(
                new_violation(
                    (
                        "chasePercentE4.maximum",
                        at + "/chasePercentE4",
                        "chasePercentE4 must be at most 9999" + _c.got1(x_chase_percent_e4),
                    )
                )
            )
        x_chase_percent_e4 = None
    if x_chase_percent_e4 is not None:
        out["chasePercentE4"] = x_chase_percent_e4
    if not _KNOWN1.issuperset(obj):
        _c.unknown_members(obj, _KNOWN1, at, "create_strategy", v)
    if x_interval is None and "interval" not in obj:
        x_interval = 30
    if x_duration is not None and x_interval is not None:
        if x_duration % x_interval != 0:
            v.append(
                new_violation(
                    (
                        "duration_divisible_by_interval",
                        at + "/duration",
                        "duration must be divisible by interval"
                        + _c.got(("duration", x_duration), ("interval", x_interval)),
                    )
                )
            )
    if (x_size is not None or "size" not in obj) and (
        x_position_value is not None or "positionValue" not in obj
    ):
        given_0 = (x_size is not None) + (x_position_value is not None)
        if given_0 != 1:
            v.append(
                new_violation(
                    (
                        "size_or_position_value",
                        at,
                        "give exactly one of size (coin) and positionValue (value)"
                        + " ("
                        + str(given_0)
                        + " of size, positionValue given)",
                    )
                )
            )
    if x_category is not None and x_symbol is not None:
        if ref is None or ref.instruments is None:
            unchecked.append("instrument_tradable")
        else:
            row_0 = ref.find(
                "instruments:category,symbol",
                (
                    x_category,
                    x_symbol,
                ),
            )
            if row_0 is None:
                v.append(
                    new_violation(
                        (
                            "instrument_tradable",
                            at + "/symbol",
                            "symbol must be an instrument of the category that is trading"
                            + " (not in the reference data)"
                            + _c.got(("category", x_category), ("symbol", x_symbol)),
                        )
                    )
                )
            elif not row_0.tradable:
                v.append(
                    new_violation(
                        (
                            "instrument_tradable",
                            at + "/symbol",
                            "symbol must be an instrument of the category that is trading"
                            + " (inactive in the reference data)"
                            + _c.got(("category", x_category), ("symbol", x_symbol)),
                        )
                    )
                )
    if x_interval is None and "interval" not in obj:
        x_interval = 30
    if (
        x_size is not None
        and x_duration is not None
        and x_interval is not None
        and x_category is not None
        and x_symbol is not None
    ):
        if ref is None or ref.instruments is None:
            unchecked.append("size_per_child_at_least_min_order_qty")
        else:
            row_1 = ref.find(
                "instruments:category,symbol",
                (
                    x_category,
                    x_symbol,
                ),
            )
            if row_1 is None:
                _c.unlisted(
                    unchecked,
                    "size_per_child_at_least_min_order_qty",
                    at,
                    "symbol",
                    "size must be at least the instrument's minOrderQty times the number of sub-orders (duration / interval)",
                    "instruments",
                    _c.got(("category", x_category), ("symbol", x_symbol)),
                )
            elif _c.mul(x_size, x_interval) < _c.mul(row_1.min_order_qty, x_duration):
                v.append(
                    new_violation(
                        (
                            "size_per_child_at_least_min_order_qty",
                            at + "/size",
                            "size must be at least the instrument's minOrderQty times the number of sub-orders (duration / interval)"
                            + _c.got(
                                ("size", x_size),
                                ("duration", x_duration),
                                ("interval", x_interval),
                                (
                                    "instruments[category=category, symbol=symbol].min_order_qty",
                                    row_1.min_order_qty,
                                ),
                            ),
                        )
                    )
                )
    if x_interval is None and "interval" not in obj:
        x_interval = 30
    if (
        x_position_value is not None
        and x_duration is not None
        and x_interval is not None
        and x_category is not None
        and x_symbol is not None
    ):
        if ref is None or ref.instruments is None:
            unchecked.append("position_value_per_child_at_least_min_notional")
        else:
            row_2 = ref.find(
                "instruments:category,symbol",
                (
                    x_category,
                    x_symbol,
                ),
            )
            if row_2 is None:
                _c.unlisted(
                    unchecked,
                    "position_value_per_child_at_least_min_notional",
                    at,
                    "symbol",
                    "positionValue must be at least the instrument's minimum notional value times the number of sub-orders (duration / interval)",
                    "instruments",
                    _c.got(("category", x_category), ("symbol", x_symbol)),
                )
            elif _c.mul(x_position_value, x_interval) < _c.mul(
                row_2.min_notional_value, x_duration
            ):
                v.append(
                    new_violation(
                        (
                            "position_value_per_child_at_least_min_notional",
                            at + "/positionValue",
                            "positionValue must be at least the instrument's minimum notional value times the number of sub-orders (duration / interval)"
                            + _c.got(
                                ("positionValue", x_position_value),
                                ("duration", x_duration),
                                ("interval", x_interval),
                                (
                                    "instruments[category=category, symbol=symbol].min_notional_value",
                                    row_2.min_notional_value,
                                ),
                            ),
                        )
                    )
                )
    if x_interval is None and "interval" not in obj:
        x_interval = 30
    if (
        x_size is not None
        and x_duration is not None
        and x_interval is not None
        and x_category is not None
        and x_symbol is not None
    ):
        if ref is None or ref.instruments is None:
            unchecked.append("sub_order_at_most_half_the_max_order_qty")
        elif x_category in (
            "UTA_USDT",
            "UTA_USDC",
            "UTA_INVERSE",
            "UTA_INVERSE_FUTURE",
            "UTA_USDT_FUTURE",
        ):
            row_3 = ref.find(
                "instruments:category,symbol",
                (
                    x_category,
                    x_symbol,
                ),
            )
            if row_3 is None:
                _c.unlisted(
                    unchecked,
                    "sub_order_at_most_half_the_max_order_qty",
                    at,
                    "symbol",
                    "a sub-order (size / (duration / interval)) must be at most 50% of the instrument's maxOrderQty on perpetuals and futures",
                    "instruments",
                    _c.got(("category", x_category), ("symbol", x_symbol)),
                )
            elif _c.mul(x_size, x_interval) > _c.mul(
                _c.mul(row_3.max_order_qty, _DEC2), x_duration
            ):
                v.append(
                    new_violation(
                        (
                            "sub_order_at_most_half_the_max_order_qty",
                            at + "/size",
                            "a sub-order (size / (duration / interval)) must be at most 50% of the instrument's maxOrderQty on perpetuals and futures"
                            + _c.got(
                                ("size", x_size),
                                ("duration", x_duration),
                                ("interval", x_interval),
                                (
                                    "instruments[category=category, symbol=symbol].max_order_qty",
                                    row_3.max_order_qty,
                                ),
                            ),
                        )
                    )
                )
    return out


def _check_create_strategy_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("retCode", _c.MISSING)
    x_ret_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "retCode", "retCode", True, False, v)
    )
    if x_ret_code is not None and (x_ret_code != 0):
        if x_ret_code != 0:
            v.append(
                new_violation(
                    ("retCode.const", at + "/retCode", "retCode must be 0" + _c.got1(x_ret_code))
                )
            )
        x_ret_code = None
    if x_ret_code is not None:
        out["retCode"] = x_ret_code
    raw_1 = obj.get("retMsg", _c.MISSING)
    x_ret_msg: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "retMsg", "retMsg", True, False, v)
    )
    if x_ret_msg is not None:
        out["retMsg"] = x_ret_msg
    raw_2 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "result", "result", True, False, v)
    )
    if x_result is not None:
        x_result = _check_create_strategy_response_result(
            x_result, at + "/result", ref, v, unchecked
        )
    if x_result is not None:
        out["result"] = x_result
    x_ret_ext_info = _c.take_object(
        obj.get("retExtInfo", _c.MISSING), at, "retExtInfo", "retExtInfo", True, False, v
    )
    if x_ret_ext_info is not None:
        out["retExtInfo"] = x_ret_ext_info
    raw_3 = obj.get("time", _c.MISSING)
    x_time: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "time", "time", True, False, v)
    )
    if x_time is not None:
        out["time"] = x_time
    return out


def _check_create_strategy_response_result(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("strategyId", _c.MISSING)
    x_strategy_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "strategyId", "result.strategyId", True, False, v)
    )
    if x_strategy_id is not None:
        out["strategyId"] = x_strategy_id
    raw_1 = obj.get("result", _c.MISSING)
    x_result: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "result", "result.result", False, True, v)
    )
    if x_result is not None:
        out["result"] = x_result
    elif obj.get("result", 0) is None:
        out["result"] = None
    return out


def _check_stop_strategy(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("strategyId", _c.MISSING)
    x_strategy_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "strategyId", "strategyId", True, False, v)
    )
    if x_strategy_id is not None and (_PATTERN3.search(x_strategy_id) is None):
        if _PATTERN3.search(x_strategy_id) is None:
            v.append(
                new_violation(
                    (
                        "strategyId.pattern",
                        at + "/strategyId",
                        "strategyId must be a UUID, as create returns it" + _c.got1(x_strategy_id),
                    )
                )
            )
        x_strategy_id = None
    if x_strategy_id is not None:
        out["strategyId"] = x_strategy_id
    if not _KNOWN4.issuperset(obj):
        _c.unknown_members(obj, _KNOWN4, at, "stop_strategy", v)
    return out


def _check_stop_strategy_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("retCode", _c.MISSING)
    x_ret_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "retCode", "retCode", True, False, v)
    )
    if x_ret_code is not None and (x_ret_code != 0):
        if x_ret_code != 0:
            v.append(
                new_violation(
                    ("retCode.const", at + "/retCode", "retCode must be 0" + _c.got1(x_ret_code))
                )
            )
        x_ret_code = None
    if x_ret_code is not None:
        out["retCode"] = x_ret_code
    raw_1 = obj.get("retMsg", _c.MISSING)
    x_ret_msg: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "retMsg", "retMsg", True, False, v)
    )
    if x_ret_msg is not None:
        out["retMsg"] = x_ret_msg
    raw_2 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "result", "result", True, False, v)
    )
    if x_result is not None:
        x_result = _check_stop_strategy_response_result(x_result, at + "/result", ref, v, unchecked)
    if x_result is not None:
        out["result"] = x_result
    x_ret_ext_info = _c.take_object(
        obj.get("retExtInfo", _c.MISSING), at, "retExtInfo", "retExtInfo", True, False, v
    )
    if x_ret_ext_info is not None:
        out["retExtInfo"] = x_ret_ext_info
    raw_3 = obj.get("time", _c.MISSING)
    x_time: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "time", "time", True, False, v)
    )
    if x_time is not None:
        out["time"] = x_time
    return out


def _check_stop_strategy_response_result(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("strategyId", _c.MISSING)
    x_strategy_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "strategyId", "result.strategyId", True, False, v)
    )
    if x_strategy_id is not None:
        out["strategyId"] = x_strategy_id
    return out


def _check_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("retCode", _c.MISSING)
    x_ret_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "retCode", "retCode", True, False, v)
    )
    if x_ret_code is not None and (x_ret_code < 1):
        if x_ret_code < 1:
            v.append(
                new_violation(
                    (
                        "retCode.minimum",
                        at + "/retCode",
                        "retCode must be at least 1" + _c.got1(x_ret_code),
                    )
                )
            )
        x_ret_code = None
    if x_ret_code is not None:
        out["retCode"] = x_ret_code
    raw_1 = obj.get("retMsg", _c.MISSING)
    x_ret_msg: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "retMsg", "retMsg", True, False, v)
    )
    if x_ret_msg is not None:
        out["retMsg"] = x_ret_msg
    x_result = _c.take_object(
        obj.get("result", _c.MISSING), at, "result", "result", False, False, v
    )
    if x_result is not None:
        out["result"] = x_result
    x_ret_ext_info = _c.take_object(
        obj.get("retExtInfo", _c.MISSING), at, "retExtInfo", "retExtInfo", False, False, v
    )
    if x_ret_ext_info is not None:
        out["retExtInfo"] = x_ret_ext_info
    raw_2 = obj.get("time", _c.MISSING)
    x_time: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else None
        if raw_2 is _c.MISSING
        else _c.take_integer(raw_2, at, "time", "time", False, False, v)
    )
    if x_time is not None:
        out["time"] = x_time
    return out


def _check_create_strategy_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_strategy(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_strategy)


WIRE_CREATE_STRATEGY = Wire(
    "json",
    (),
    frozenset([]),
    WireNode(
        text={
            "duration": "integer",
            "interval": "integer",
            "positionIdx": "integer",
            "leverageType": "integer",
            "chasePercentE4": "integer",
        }
    ),
)


def check_create_strategy(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_strategy payload as it travels, read as the venue reads it (WIRE_CREATE_STRATEGY), violations at the names sent."""
    return WIRE_CREATE_STRATEGY.check(payload, ref, _check_create_strategy_decoded)


def check_create_strategy_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_strategy_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_strategy_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_strategy_response)


def check_stop_strategy(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a stop_strategy payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_stop_strategy(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_stop_strategy)


def check_stop_strategy_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a stop_strategy_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_stop_strategy_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_stop_strategy_response)


def check_error_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error_response)


def _build_create_strategy(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "category": get("category"),
        "symbol": get("symbol"),
        "side": get("side"),
        "size": get("size"),
        "position_value": get("positionValue"),
        "strategy_type": get("strategyType"),
        "duration": get("duration"),
        "interval": get("interval", 30),
        "reduce_only": get("reduceOnly"),
        "position_idx": get("positionIdx"),
        "leverage_type": get("leverageType"),
        "is_random": get("isRandom"),
        "trigger_price": get("triggerPrice"),
        "max_chase_price": get("maxChasePrice"),
        "chase_distance": get("chaseDistance"),
        "chase_percent_e4": get("chasePercentE4"),
    }
    return construct(
        cls, values, set(_FIELDS6) if len(d) == 16 else set(map(_NAMES5.__getitem__, d))
    )


def _build_create_strategy_response(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "ret_code": get("retCode"),
        "ret_msg": get("retMsg"),
        "result": get("result"),
        "ret_ext_info": get("retExtInfo"),
        "time": get("time"),
    }
    x = values["result"]
    if x is not None:
        values["result"] = _build_create_strategy_response_result(CreateStrategyResponseResult, x)
    return construct(
        cls, values, set(_FIELDS8) if len(d) == 5 else set(map(_NAMES7.__getitem__, d))
    )


def _build_create_strategy_response_result(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {"strategy_id": get("strategyId"), "result": get("result")}
    return construct(
        cls, values, set(_FIELDS10) if len(d) == 2 else set(map(_NAMES9.__getitem__, d))
    )


def _build_stop_strategy(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {"strategy_id": get("strategyId")}
    return construct(
        cls, values, set(_FIELDS12) if len(d) == 1 else set(map(_NAMES11.__getitem__, d))
    )


def _build_stop_strategy_response(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "ret_code": get("retCode"),
        "ret_msg": get("retMsg"),
        "result": get("result"),
        "ret_ext_info": get("retExtInfo"),
        "time": get("time"),
    }
    x = values["result"]
    if x is not None:
        values["result"] = _build_stop_strategy_response_result(StopStrategyResponseResult, x)
    return construct(
        cls, values, set(_FIELDS8) if len(d) == 5 else set(map(_NAMES7.__getitem__, d))
    )


def _build_stop_strategy_response_result(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {"strategy_id": get("strategyId")}
    return construct(
        cls, values, set(_FIELDS12) if len(d) == 1 else set(map(_NAMES11.__getitem__, d))
    )


def _build_error_response(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "ret_code": get("retCode"),
        "ret_msg": get("retMsg"),
        "result": get("result"),
        "ret_ext_info": get("retExtInfo"),
        "time": get("time"),
    }
    return construct(
        cls, values, set(_FIELDS8) if len(d) == 5 else set(map(_NAMES7.__getitem__, d))
    )


bind(CreateStrategy, check_create_strategy, _build_create_strategy, VENUE_ID)
bind(
    CreateStrategyResponse,
    check_create_strategy_response,
    _build_create_strategy_response,
    VENUE_ID,
)
bind(StopStrategy, check_stop_strategy, _build_stop_strategy, VENUE_ID)
bind(StopStrategyResponse, check_stop_strategy_response, _build_stop_strategy_response, VENUE_ID)
bind(ErrorResponse, check_error_response, _build_error_response, VENUE_ID)
bind_part(
    CreateStrategyResponseResult,
    _check_create_strategy_response_result,
    _build_create_strategy_response_result,
    VENUE_ID,
)
bind_part(
    StopStrategyResponseResult,
    _check_stop_strategy_response_result,
    _build_stop_strategy_response_result,
    VENUE_ID,
)

MESSAGES: dict[str, MessageEntry] = {
    "create_strategy": MessageEntry(
        "create_strategy",
        "request",
        CreateStrategy,
        check_create_strategy,
        (
            "instrument_tradable",
            "size_per_child_at_least_min_order_qty",
            "position_value_per_child_at_least_min_notional",
            "sub_order_at_most_half_the_max_order_qty",
        ),
        Rejection(
            "error_response",
            {"retCode": 10001, "retMsg": "{violations}", "result": {}, "retExtInfo": {}},
            "Bybit V5 API — Error Code, 10001: Request parameter error. (10001 is Bybit's general code for a bad request parameter, used where the Strategy codes name no rule. The retMsg text is ours. time is left out: a predicted reply has no server time.)",
            (
                CodedReply(
                    ("instrument_tradable",),
                    {
                        "retCode": 60078,
                        "retMsg": "strategy symbol not supported",
                        "result": {},
                        "retExtInfo": {},
                    },
                    "Bybit V5 API — Error Code, Strategy: 60078 strategy symbol not supported",
                ),
                CodedReply(
                    ("size_per_child_at_least_min_order_qty",),
                    {
                        "retCode": 60066,
                        "retMsg": "sub size should more than {minSize}",
                        "result": {},
                        "retExtInfo": {},
                    },
                    'Bybit V5 API — Error Code, Strategy: 60066 size should more than {minSize} / sub size should more than {minSize} (⚠ 60085 "Quantity is less than minimum order quantity" may be the one a TWAP meets; the page ties neither to a strategy type. {minSize} is the venue\'s placeholder, left as written.)',
                ),
                CodedReply(
                    ("sub_order_at_most_half_the_max_order_qty",),
                    {
                        "retCode": 60067,
                        "retMsg": "sub size should less than {maxSize}",
                        "result": {},
                        "retExtInfo": {},
                    },
                    'Bybit V5 API — Error Code, Strategy: 60067 too large size / size should less than {maxSize} / sub size should less than {maxSize} (⚠ For inverse contracts 60201 ("twap step position value exceeds max value") may be the one.)',
                ),
                CodedReply(
                    ("position_value_per_child_at_least_min_notional",),
                    {
                        "retCode": 60200,
                        "retMsg": "strategy stepPositionValue less than minNationValue",
                        "result": {},
                        "retExtInfo": {},
                    },
                    "Bybit V5 API — Error Code, Strategy: 60200",
                ),
            ),
        ),
        wire=WIRE_CREATE_STRATEGY,
    ),
    "create_strategy_response": MessageEntry(
        "create_strategy_response",
        "response",
        CreateStrategyResponse,
        check_create_strategy_response,
        (),
    ),
    "stop_strategy": MessageEntry(
        "stop_strategy",
        "request",
        StopStrategy,
        check_stop_strategy,
        (),
        Rejection(
            "error_response",
            {"retCode": 10001, "retMsg": "{violations}", "result": {}, "retExtInfo": {}},
            "Bybit V5 API — Error Code, 10001: Request parameter error. (The general code for a bad parameter; the retMsg text is ours.)",
        ),
    ),
    "stop_strategy_response": MessageEntry(
        "stop_strategy_response", "response", StopStrategyResponse, check_stop_strategy_response, ()
    ),
    "error_response": MessageEntry(
        "error_response", "error", ErrorResponse, check_error_response, ()
    ),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "create_strategy",
    (
        ("symbol", ConceptField("symbol", "string", ())),
        ("side", ConceptField("side", "enum", (("buy", "Buy"), ("sell", "Sell")))),
        ("quantity", ConceptField("size", "decimal_string", ())),
        ("duration", ConceptField("duration", "integer", ())),
        ("interval", ConceptField("interval", "integer", (), default=30)),
        ("reduce_only", ConceptField("reduceOnly", "boolean", ())),
        ("randomize", ConceptField("isRandom", "boolean", ())),
    ),
    fixed=(("strategyType", "twap"),),
)

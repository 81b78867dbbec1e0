"""Models and validators for Binance Algo trading (binance).

Generated from specs/binance.yaml (sha256 13190f46954f938a)
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

VENUE_ID = "binance"
VENUE_NAME = "Binance Algo trading"
SPEC_VERSION = "1.1.0"
API_VERSION = "Algo REST /sapi/v1"
_DIGITS0 = re.compile("[0-9]{1,20}(\\.[0-9]{1,20})?")
_KNOWN1 = frozenset(
    {
        "clientAlgoId",
        "duration",
        "limitPrice",
        "positionSide",
        "quantity",
        "recvWindow",
        "reduceOnly",
        "side",
        "symbol",
        "timestamp",
    }
)
_DEC2 = Decimal("1000")
_DEC3 = Decimal("1000000")
_KNOWN4 = frozenset(
    {
        "clientAlgoId",
        "duration",
        "limitPrice",
        "quantity",
        "recvWindow",
        "side",
        "stpMode",
        "symbol",
        "timestamp",
    }
)
_KNOWN5 = frozenset({"algoId", "clientAlgoId", "recvWindow", "timestamp"})
_NAMES6 = {"clientAlgoId": "client_algo_id", "success": "success", "code": "code", "msg": "msg"}
_FIELDS7 = frozenset(_NAMES6.values())
_NAMES8 = {
    "symbol": "symbol",
    "side": "side",
    "positionSide": "position_side",
    "quantity": "quantity",
    "duration": "duration",
    "clientAlgoId": "client_algo_id",
    "reduceOnly": "reduce_only",
    "limitPrice": "limit_price",
    "recvWindow": "recv_window",
    "timestamp": "timestamp",
}
_FIELDS9 = frozenset(_NAMES8.values())
_NAMES10 = {
    "symbol": "symbol",
    "side": "side",
    "quantity": "quantity",
    "duration": "duration",
    "clientAlgoId": "client_algo_id",
    "limitPrice": "limit_price",
    "stpMode": "stp_mode",
    "recvWindow": "recv_window",
    "timestamp": "timestamp",
}
_FIELDS11 = frozenset(_NAMES10.values())
_NAMES12 = {
    "algoId": "algo_id",
    "clientAlgoId": "client_algo_id",
    "recvWindow": "recv_window",
    "timestamp": "timestamp",
}
_FIELDS13 = frozenset(_NAMES12.values())
_NAMES14 = {"algoId": "algo_id", "success": "success", "code": "code", "msg": "msg"}
_FIELDS15 = frozenset(_NAMES14.values())


class Side(enum.StrEnum):
    """Trading side."""

    BUY = "BUY"
    """Buy."""
    SELL = "SELL"
    """Sell."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class PositionSide(enum.StrEnum):
    """Position side; BOTH in One-way Mode, LONG or SHORT in Hedge Mode."""

    BOTH = "BOTH"
    """One-way Mode (the default)."""
    LONG = "LONG"
    """The long side of a Hedge Mode position."""
    SHORT = "SHORT"
    """The short side of a Hedge Mode position."""


_POSITION_SIDE_BY_WIRE: dict[str, PositionSide] = {m.value: m for m in PositionSide}


class StpMode(enum.StrEnum):
    """Self-trade prevention mode for spot TWAP child orders."""

    EXPIRE_TAKER = "EXPIRE_TAKER"
    """Expire the taker order."""
    EXPIRE_MAKER = "EXPIRE_MAKER"
    """Expire the maker order."""
    EXPIRE_BOTH = "EXPIRE_BOTH"
    """Expire both orders."""
    NONE = "NONE"
    """No self-trade prevention."""


_STP_MODE_BY_WIRE: dict[str, StpMode] = {m.value: m for m in StpMode}


class SymbolsEntry(ReferenceModel):
    """USDⓈ-M futures symbols, with the minimum quantity the TWAP rule compares against."""

    min_qty: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The symbol's minQty (base asset), the larger of LOT_SIZE and MARKET_LOT_SIZE.",
        ge=0,
    )
    mark_price: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The mark price (GET /fapi/v1/premiumIndex markPrice) when the reference data was taken: the price the notional rule judges a quantity at. A stale price misjudges an order near the limits; refresh it as often as the desk needs.",
        ge=Decimal("1E-8"),
    )


class SpotSymbolsEntry(ReferenceModel):
    """Spot symbols, with the largest notional Binance takes in one spot TWAP on each and the price that notional is judged at."""

    max_notional: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The symbol's cap in USD (200000, 2000000 or 10000000).", ge=0
    )
    usd_price: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The base asset's price in USD when the reference data was taken (for a USDT pair, its last price): the price the cap judges a quantity at. A stale price misjudges an order near the cap.",
        ge=Decimal("1E-8"),
    )


class Reference(ReferenceModel):
    """Reference data for Binance Algo trading: every section is optional."""

    symbols: dict[str, SymbolsEntry] | None = Field(None)
    spot_symbols: dict[str, SpotSymbolsEntry] | None = Field(None)


class NewTwapAck(PartModel):
    """Binance's acknowledgement of a new TWAP order (futures and spot alike)."""

    client_algo_id: str = Field(
        description="The client algo id, the one sent or the one Binance assigned.",
        alias="clientAlgoId",
    )
    success: bool = Field(
        description="Whether the order was accepted; true does not mean it will be executed."
    )
    code: int = Field(description="Result code; 0 in the example.")
    msg: str = Field(description="Result message; OK in the example.")


class NewOrderTwap(MessageModel):
    """Place a TWAP order on a USDⓈ-M futures symbol: quantity of the base asset over duration seconds. The parameters travel as a query string or form body (all values text, read here as Binance reads them); typed, quantity and limitPrice are decimal strings, duration, recvWindow and timestamp integers, reduceOnly a boolean."""

    symbol: str = Field(description="Trading symbol, e.g. BTCUSDT (USDⓈ-M contracts only).")
    side: Side = Field(description="Trading side (BUY or SELL).")
    position_side: PositionSide = Field(
        PositionSide.BOTH,
        description="Default BOTH for One-way Mode; LONG or SHORT for Hedge Mode, where it must be sent.",
        alias="positionSide",
    )
    quantity: DecimalString = Field(
        description="Quantity of base asset. Its notional (quantity * mark price) must be more than 1,000 USDT and less than 1,000,000 USDT (rule notional_within_limits, at the reference data's mark price)."
    )
    duration: int = Field(
        description="Duration of the TWAP in seconds, [300, 86400] (5 minutes to 24 hours)."
    )
    client_algo_id: str | None = Field(
        None,
        description="A unique id among algo orders, exactly 32 characters; Binance assigns one if it is not sent.",
        alias="clientAlgoId",
    )
    reduce_only: bool | None = Field(
        None,
        description="Default false. Cannot be sent in Hedge Mode, nor when opening a position.",
        alias="reduceOnly",
    )
    limit_price: DecimalString | None = Field(
        None,
        description="Limit price of the order; without it, the order is placed at market price.",
        alias="limitPrice",
    )
    recv_window: int | None = Field(
        None,
        description="How long after timestamp the request stays valid (Binance's default 5000).",
        alias="recvWindow",
    )
    timestamp: int = Field(
        description="When the request was created, in milliseconds since the epoch (SIGNED endpoints)."
    )


class NewOrderTwapResponse(NewTwapAck):
    """Binance's reply to a futures TWAP order (HTTP 200)."""


class NewOrderTwapSpot(MessageModel):
    """Place a spot TWAP order: quantity of the base asset over duration seconds. The parameters travel as a query string or form body (all values text, read here as Binance reads them); typed, quantity and limitPrice are decimal strings, duration, recvWindow and timestamp integers."""

    symbol: str = Field(description="Trading symbol, e.g. BTCUSDT.")
    side: Side = Field(description="Trading side (BUY or SELL).")
    quantity: DecimalString = Field(
        description="Quantity of base asset. Its notional is bounded (⚠ the page's versions differ; not checked here: it needs a market price)."
    )
    duration: int = Field(description="Duration of the TWAP in seconds, [300, 86400].")
    client_algo_id: str | None = Field(
        None,
        description="A unique id among algo orders, exactly 32 characters; Binance assigns one if it is not sent.",
        alias="clientAlgoId",
    )
    limit_price: DecimalString | None = Field(
        None,
        description="Limit price of the order; without it, the order is placed at market price.",
        alias="limitPrice",
    )
    stp_mode: StpMode | None = Field(
        None,
        description="Self-trade prevention mode; which values a symbol allows depends on the symbol.",
        alias="stpMode",
    )
    recv_window: int | None = Field(
        None,
        description="How long after timestamp the request stays valid (Binance's default 5000).",
        alias="recvWindow",
    )
    timestamp: int = Field(
        description="When the request was created, in milliseconds since the epoch (SIGNED endpoints)."
    )


class NewOrderTwapSpotResponse(NewTwapAck):
    """Binance's reply to a spot TWAP order (HTTP 200)."""


class CancelAlgoOrder(MessageModel):
    """Cancel an active futures algo (TWAP) order by algoId or clientAlgoId. The parameters travel as a query string (all values text, read here as Binance reads them)."""

    algo_id: int | None = Field(
        None, description="The algo order's id, e.g. 14511.", alias="algoId"
    )
    client_algo_id: str | None = Field(
        None,
        description="The client algo id given (or assigned) when the order was placed.",
        alias="clientAlgoId",
    )
    recv_window: int | None = Field(
        None,
        description="How long after timestamp the request stays valid (Binance's default 5000).",
        alias="recvWindow",
    )
    timestamp: int = Field(
        description="When the request was created, in milliseconds since the epoch (SIGNED endpoints)."
    )


class CancelAlgoOrderResponse(MessageModel):
    """Binance's reply to a cancel (HTTP 200)."""

    algo_id: int = Field(description="The cancelled algo order's id.", alias="algoId")
    success: bool = Field(description="Whether the cancel was accepted.")
    code: int = Field(description="Result code; 0 in the example.")
    msg: str = Field(description="Result message; OK in the example.")


class ErrorResponse(MessageModel):
    """Binance's error body for a refused futures TWAP order (HTTP 4XX)."""

    code: int = Field(description="The error code; codes are universal.")
    msg: str = Field(description="The error message; messages can vary.")


class ErrorResponseSpot(MessageModel):
    """Binance's error body for a refused spot TWAP order (HTTP 4XX)."""

    code: int = Field(description="The error code; codes are universal.")
    msg: str = Field(description="The error message; messages can vary.")


class CancelErrorResponse(MessageModel):
    """Binance's error body for a refused cancel (HTTP 4XX)."""

    code: int = Field(description="The error code; codes are universal.")
    msg: str = Field(description="The error message; messages can vary.")


def _check_new_twap_ack(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("clientAlgoId", _c.MISSING)
    x_client_algo_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "clientAlgoId", "clientAlgoId", True, False, v)
    )
    if x_client_algo_id is not None:
        out["clientAlgoId"] = x_client_algo_id
    raw_1 = obj.get("success", _c.MISSING)
    x_success: bool | None = (
        raw_1
        if raw_1 is True or raw_1 is False
        else _c.take_boolean(raw_1, at, "success", "success", True, False, v)
    )
    if x_success is not None:
        out["success"] = x_success
    raw_2 = obj.get("code", _c.MISSING)
    x_code: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "code", "code", True, False, v)
    )
    if x_code is not None:
        out["code"] = x_code
    raw_3 = obj.get("msg", _c.MISSING)
    x_msg: str | None = (
        raw_3 if type(raw_3) is str else _c.take_string(raw_3, at, "msg", "msg", True, False, v)
    )
    if x_msg is not None:
        out["msg"] = x_msg
    return out


def _check_new_order_twap(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("symbol", _c.MISSING)
    x_symbol: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "symbol", "symbol", True, False, v)
    )
    if x_symbol is not None:
        out["symbol"] = x_symbol
    raw_1 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_1]
        if type(raw_1) is str and raw_1 in _SIDE_BY_WIRE
        else _c.take_enum(raw_1, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_2 = obj.get("positionSide", _c.MISSING)
    x_position_side: PositionSide | None = (
        _POSITION_SIDE_BY_WIRE[raw_2]
        if type(raw_2) is str and raw_2 in _POSITION_SIDE_BY_WIRE
        else None
        if raw_2 is _c.MISSING
        else _c.take_enum(
            raw_2, at, "positionSide", "positionSide", False, False, _POSITION_SIDE_BY_WIRE, v
        )
    )
    if x_position_side is not None:
        out["positionSide"] = x_position_side
    raw_3 = obj.get("quantity", _c.MISSING)
    x_quantity: Decimal | None = (
        Decimal(raw_3)
        if type(raw_3) is str and _DIGITS0.fullmatch(raw_3)
        else _c.take_decimal_string(
            raw_3, at, "quantity", "quantity", True, False, False, v, False, (20, 20)
        )
    )
    if x_quantity is not None and (x_quantity <= 0):
        if x_quantity <= 0:
            v.append(
                new_violation(
                    (
                        "quantity.exclusiveMinimum",
                        at + "/quantity",
                        "quantity must be greater than 0" + _c.got1(x_quantity),
                    )
                )
            )
        x_quantity = None
    if x_quantity is not None:
        out["quantity"] = x_quantity
    raw_4 = obj.get("duration", _c.MISSING)
    x_duration: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else _c.take_integer(raw_4, at, "duration", "duration", True, False, v)
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
    raw_5 = obj.get("clientAlgoId", _c.MISSING)
    x_client_algo_id: str | None = (
        raw_5
        if type(raw_5) is str
        else None
        if raw_5 is _c.MISSING
        else _c.take_string(raw_5, at, "clientAlgoId", "clientAlgoId", False, False, v)
    )
    if x_client_algo_id is not None and (
        (len(x_client_algo_id) < 32) or (len(x_client_algo_id) > 32)
    ):
        if len(x_client_algo_id) < 32:
            v.append(
                new_violation(
                    (
                        "clientAlgoId.minLength",
                        at + "/clientAlgoId",
                        "clientAlgoId must be exactly 32 characters long"
                        + _c.got1(len(x_client_algo_id)),
                    )
                )
            )
        if len(x_client_algo_id) > 32:
            v.append(
                new_violation(
                    (
                        "clientAlgoId.maxLength",
                        at + "/clientAlgoId",
                        "clientAlgoId must be exactly 32 characters long"
                        + _c.got1(len(x_client_algo_id)),
                    )
                )
            )
        x_client_algo_id = None
    if x_client_algo_id is not None:
        out["clientAlgoId"] = x_client_algo_id
    raw_6 = obj.get("reduceOnly", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_6
        if raw_6 is True or raw_6 is False
        else None
        if raw_6 is _c.MISSING
        else _c.take_boolean(raw_6, at, "reduceOnly", "reduceOnly", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduceOnly"] = x_reduce_only
    raw_7 = obj.get("limitPrice", _c.MISSING)
    x_limit_price: Decimal | None = (
        Decimal(raw_7)
        if type(raw_7) is str and _DIGITS0.fullmatch(raw_7)
        else None
        if raw_7 is _c.MISSING
        else _c.take_decimal_string(
            raw_7, at, "limitPrice", "limitPrice", False, False, False, v, False, (20, 20)
        )
    )
    if x_limit_price is not None and (x_limit_price <= 0):
        if x_limit_price <= 0:
            v.append(
                new_violation(
                    (
                        "limitPrice.exclusiveMinimum",
                        at + "/limitPrice",
                        "limitPrice must be greater than 0" + _c.got1(x_limit_price),
                    )
                )
            )
        x_limit_price = None
    if x_limit_price is not None:
        out["limitPrice"] = x_limit_price
    raw_8 = obj.get("recvWindow", _c.MISSING)
    x_recv_window: int | None = (
        raw_8
        if type(raw_8) is int and -9007199254740991 <= raw_8 <= 9007199254740991
        else None
        if raw_8 is _c.MISSING
        else _c.take_integer(raw_8, at, "recvWindow", "recvWindow", False, False, v)
    )
    if x_recv_window is not None and (x_recv_window > 60000):
        if x_recv_window > 60000:
            v.append(
                new_violation(
                    (
                        "recvWindow.maximum",
                        at + "/recvWindow",
                        "recvWindow cannot exceed 60000 milliseconds" + _c.got1(x_recv_window),
                    )
                )
            )
        x_recv_window = None
    if x_recv_window is not None:
        out["recvWindow"] = x_recv_window
    raw_9 = obj.get("timestamp", _c.MISSING)
    x_timestamp: int | None = (
        raw_9
        if type(raw_9) is int and -9007199254740991 <= raw_9 <= 9007199254740991
        else _c.take_integer(raw_9, at, "timestamp", "timestamp", True, False, v)
    )
    if x_timestamp is not None:
        out["timestamp"] = x_timestamp
    if not _KNOWN1.issuperset(obj):
        _c.unknown_members(obj, _KNOWN1, at, "new_order_twap", v)
    if x_quantity is not None and x_duration is not None and x_symbol is not None:
        if ref is None or ref.symbols is None:
            unchecked.append("quantity_per_minute_above_min_qty")
        else:
            row_0 = ref.symbols.get(x_symbol)
            if row_0 is None:
                _c.unlisted(
                    unchecked,
                    "quantity_per_minute_above_min_qty",
                    at,
                    "symbol",
                    "quantity * 60 / duration must be larger than the symbol's minQty",
                    "symbols",
                    _c.got(("symbol", x_symbol)),
                )
            elif _c.mul(x_quantity, 60) <= _c.mul(row_0.min_qty, x_duration):
                v.append(
                    new_violation(
                        (
                            "quantity_per_minute_above_min_qty",
                            at + "/quantity",
                            "quantity * 60 / duration must be larger than the symbol's minQty"
                            + _c.got(
                                ("quantity", x_quantity),
                                ("duration", x_duration),
                                ("symbols[symbol].min_qty", row_0.min_qty),
                            ),
                        )
                    )
                )
    if x_quantity is not None and x_symbol is not None:
        if ref is None or ref.symbols is None:
            unchecked.append("notional_within_limits")
        else:
            row_1 = ref.symbols.get(x_symbol)
            if row_1 is None:
                _c.unlisted(
                    unchecked,
                    "notional_within_limits",
                    at,
                    "symbol",
                    "quantity x mark price (the notional, at the reference data's mark price) must be more than 1,000 and less than 1,000,000 USDT",
                    "symbols",
                    _c.got(("symbol", x_symbol)),
                )
            else:
                notional_0 = _c.mul(x_quantity, row_1.mark_price)
                if notional_0 <= _DEC2 or notional_0 >= _DEC3:
                    v.append(
                        new_violation(
                            (
                                "notional_within_limits",
                                at + "/quantity",
                                "quantity x mark price (the notional, at the reference data's mark price) must be more than 1,000 and less than 1,000,000 USDT"
                                + _c.got(
                                    ("quantity", x_quantity),
                                    ("symbols[symbol].mark_price", row_1.mark_price),
                                ),
                            )
                        )
                    )
    if x_position_side is None and "positionSide" not in obj:
        x_position_side = PositionSide.BOTH
    if x_position_side is not None and (x_reduce_only is not None or "reduceOnly" not in obj):
        if x_reduce_only is not None and x_position_side not in ("BOTH",):
            v.append(
                new_violation(
                    (
                        "reduce_only_one_way_mode_only",
                        at + "/reduceOnly",
                        "reduceOnly cannot be sent in Hedge Mode (positionSide LONG or SHORT)"
                        + _c.got(("positionSide", x_position_side)),
                    )
                )
            )
    return out


def _check_new_order_twap_spot(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("symbol", _c.MISSING)
    x_symbol: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "symbol", "symbol", True, False, v)
    )
    if x_symbol is not None:
        out["symbol"] = x_symbol
    raw_1 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_1]
        if type(raw_1) is str and raw_1 in _SIDE_BY_WIRE
        else _c.take_enum(raw_1, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_2 = obj.get("quantity", _c.MISSING)
    x_quantity: Decimal | None = (
        Decimal(raw_2)
        if type(raw_2) is str and _DIGITS0.fullmatch(raw_2)
        else _c.take_decimal_string(
            raw_2, at, "quantity", "quantity", True, False, False, v, False, (20, 20)
        )
    )
    if x_quantity is not None and (x_quantity <= 0):
        if x_quantity <= 0:
            v.append(
                new_violation(
                    (
                        "quantity.exclusiveMinimum",
                        at + "/quantity",
                        "quantity must be greater than 0" + _c.got1(x_quantity),
                    )
                )
            )
        x_quantity = None
    if x_quantity is not None:
        out["quantity"] = x_quantity
    raw_3 = obj.get("duration", _c.MISSING)
    x_duration: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "duration", "duration", True, False, v)
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
    raw_4 = obj.get("clientAlgoId", _c.MISSING)
    x_client_algo_id: str | None = (
        raw_4
        if type(raw_4) is str
        else None
        if raw_4 is _c.MISSING
        else _c.take_string(raw_4, at, "clientAlgoId", "clientAlgoId", False, False, v)
    )
    if x_client_algo_id is not None and (
        (len(x_client_algo_id) < 32) or (len(x_client_algo_id) > 32)
    ):
        if len(x_client_algo_id) < 32:
            v.append(
                new_violation(
                    (
                        "clientAlgoId.minLength",
                        at + "/clientAlgoId",
                        "clientAlgoId must be exactly 32 characters long"
                        + _c.got1(len(x_client_algo_id)),
                    )
                )
            )
        if len(x_client_algo_id) > 32:
            v.append(
                new_violation(
                    (
                        "clientAlgoId.maxLength",
                        at + "/clientAlgoId",
                        "clientAlgoId must be exactly 32 characters long"
                        + _c.got1(len(x_client_algo_id)),
                    )
                )
            )
        x_client_algo_id = None
    if x_client_algo_id is not None:
        out["clientAlgoId"] = x_client_algo_id
    raw_5 = obj.get("limitPrice", _c.MISSING)
    x_limit_price: Decimal | None = (
        Decimal(raw_5)
        if type(raw_5) is str and _DIGITS0.fullmatch(raw_5)
        else None
        if raw_5 is _c.MISSING
        else _c.take_decimal_string(
            raw_5, at, "limitPrice", "limitPrice", False, False, False, v, False, (20, 20)
        )
    )
    if x_limit_price is not None and (x_limit_price <= 0):
        if x_limit_price <= 0:
            v.append(
                new_violation(
                    (
                        "limitPrice.exclusiveMinimum",
                        at + "/limitPrice",
                        "limitPrice must be greater than 0" + _c.got1(x_limit_price),
                    )
                )
            )
        x_limit_price = None
    if x_limit_price is not None:
        out["limitPrice"] = x_limit_price
    raw_6 = obj.get("stpMode", _c.MISSING)
    x_stp_mode: StpMode | None = (
        _STP_MODE_BY_WIRE[raw_6]
        if type(raw_6) is str and raw_6 in _STP_MODE_BY_WIRE
        else None
        if raw_6 is _c.MISSING
        else _c.take_enum(raw_6, at, "stpMode", "stpMode", False, False, _STP_MODE_BY_WIRE, v)
    )
    if x_stp_mode is not None:
        out["stpMode"] = x_stp_mode
    raw_7 = obj.get("recvWindow", _c.MISSING)
    x_recv_window: int | None = (
        raw_7
        if type(raw_7) is int and -9007199254740991 <= raw_7 <= 9007199254740991
        else None
        if raw_7 is _c.MISSING
        else _c.take_integer(raw_7, at, "recvWindow", "recvWindow", False, False, v)
    )
    if x_recv_window is not None and (x_recv_window > 60000):
        if x_recv_window > 60000:
            v.append(
                new_violation(
                    (
                        "recvWindow.maximum",
                        at + "/recvWindow",
                        "recvWindow cannot exceed 60000 milliseconds" + _c.got1(x_recv_window),
                    )
                )
            )
        x_recv_window = None
    if x_recv_window is not None:
        out["recvWindow"] = x_recv_window
    raw_8 = obj.get("timestamp", _c.MISSING)
    x_timestamp: int | None = (
        raw_8
        if type(raw_8) is int and -9007199254740991 <= raw_8 <= 9007199254740991
        else _c.take_integer(raw_8, at, "timestamp", "timestamp", True, False, v)
    )
    if x_timestamp is not None:
        out["timestamp"] = x_timestamp
    if not _KNOWN4.issuperset(obj):
        _c.unknown_members(obj, _KNOWN4, at, "new_order_twap_spot", v)
    if x_quantity is not None and x_symbol is not None:
        if ref is None or ref.spot_symbols is None:
            unchecked.append("notional_within_symbol_cap")
        else:
            row_0 = ref.spot_symbols.get(x_symbol)
            if row_0 is None:
                _c.unlisted(
                    unchecked,
                    "notional_within_symbol_cap",
                    at,
                    "symbol",
                    "quantity x price (the notional in USD, at the reference data's price) must be at most the symbol's cap (200,000, 2,000,000 or 10,000,000 USD)",
                    "spot_symbols",
                    _c.got(("symbol", x_symbol)),
                )
            elif _c.mul(x_quantity, row_0.usd_price) > row_0.max_notional:
                v.append(
                    new_violation(
                        (
                            "notional_within_symbol_cap",
                            at + "/quantity",
                            "quantity x price (the notional in USD, at the reference data's price) must be at most the symbol's cap (200,000, 2,000,000 or 10,000,000 USD)"
                            + _c.got(
                                ("quantity", x_quantity),
                                ("spot_symbols[symbol].usd_price", row_0.usd_price),
                                ("spot_symbols[symbol].max_notional", row_0.max_notional),
                            ),
                        )
                    )
                )
    return out


def _check_cancel_algo_order(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("algoId", _c.MISSING)
    x_algo_id: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else None
        if raw_0 is _c.MISSING
        else _c.take_integer(raw_0, at, "algoId", "algoId", False, False, v)
    )
    if x_algo_id is not None:
        out["algoId"] = x_algo_id
    raw_1 = obj.get("clientAlgoId", _c.MISSING)
    x_client_algo_id: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "clientAlgoId", "clientAlgoId", False, False, v)
    )
    if x_client_algo_id is not None:
        out["clientAlgoId"] = x_client_algo_id
    raw_2 = obj.get("recvWindow", _c.MISSING)
    x_recv_window: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else None
        if raw_2 is _c.MISSING
        else _c.take_integer(raw_2, at, "recvWindow", "recvWindow", False, False, v)
    )
    if x_recv_window is not None and (x_recv_window > 60000):
        if x_recv_window > 60000:
            v.append(
                new_violation(
                    (
                        "recvWindow.maximum",
                        at + "/recvWindow",
                        "recvWindow cannot exceed 60000 milliseconds" + _c.got1(x_recv_window),
                    )
                )
            )
        x_recv_window = None
    if x_recv_window is not None:
        out["recvWindow"] = x_recv_window
    raw_3 = obj.get("timestamp", _c.MISSING)
    x_timestamp: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "timestamp", "timestamp", True, False, v)
    )
    if x_timestamp is not None:
        out["timestamp"] = x_timestamp
    if not _KNOWN5.issuperset(obj):
        _c.unknown_members(obj, _KNOWN5, at, "cancel_algo_order", v)
    if (x_algo_id is not None or "algoId" not in obj) and (
        x_client_algo_id is not None or "clientAlgoId" not in obj
    ):
        given_0 = (x_algo_id is not None) + (x_client_algo_id is not None)
        if given_0 == 0:
            v.append(
                new_violation(
                    (
                        "algo_id_or_client_algo_id",
                        at,
                        "send algoId or clientAlgoId"
                        + " ("
                        + str(given_0)
                        + " of algoId, clientAlgoId given)",
                    )
                )
            )
    return out


def _check_cancel_algo_order_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("algoId", _c.MISSING)
    x_algo_id: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "algoId", "algoId", True, False, v)
    )
    if x_algo_id is not None:
        out["algoId"] = x_algo_id
    raw_1 = obj.get("success", _c.MISSING)
    x_success: bool | None = (
        raw_1
        if raw_1 is True or raw_1 is False
        else _c.take_boolean(raw_1, at, "success", "success", True, False, v)
    )
    if x_success is not None:
        out["success"] = x_success
    raw_2 = obj.get("code", _c.MISSING)
    x_code: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "code", "code", True, False, v)
    )
    if x_code is not None:
        out["code"] = x_code
    raw_3 = obj.get("msg", _c.MISSING)
    x_msg: str | None = (
        raw_3 if type(raw_3) is str else _c.take_string(raw_3, at, "msg", "msg", True, False, v)
    )
    if x_msg is not None:
        out["msg"] = x_msg
    return out


def _check_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("code", _c.MISSING)
    x_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "code", "code", True, False, v)
    )
    if x_code is not None:
        out["code"] = x_code
    raw_1 = obj.get("msg", _c.MISSING)
    x_msg: str | None = (
        raw_1 if type(raw_1) is str else _c.take_string(raw_1, at, "msg", "msg", True, False, v)
    )
    if x_msg is not None:
        out["msg"] = x_msg
    return out


def _check_error_response_spot(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("code", _c.MISSING)
    x_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "code", "code", True, False, v)
    )
    if x_code is not None:
        out["code"] = x_code
    raw_1 = obj.get("msg", _c.MISSING)
    x_msg: str | None = (
        raw_1 if type(raw_1) is str else _c.take_string(raw_1, at, "msg", "msg", True, False, v)
    )
    if x_msg is not None:
        out["msg"] = x_msg
    return out


def _check_cancel_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("code", _c.MISSING)
    x_code: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "code", "code", True, False, v)
    )
    if x_code is not None:
        out["code"] = x_code
    raw_1 = obj.get("msg", _c.MISSING)
    x_msg: str | None = (
        raw_1 if type(raw_1) is str else _c.take_string(raw_1, at, "msg", "msg", True, False, v)
    )
    if x_msg is not None:
        out["msg"] = x_msg
    return out


def _check_new_order_twap_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_new_order_twap(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_new_order_twap)


WIRE_NEW_ORDER_TWAP = Wire(
    "query",
    (),
    frozenset(["signature"]),
    WireNode(
        text={
            "duration": "integer",
            "reduceOnly": "boolean",
            "recvWindow": "integer",
            "timestamp": "integer",
        }
    ),
)


def check_new_order_twap(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a new_order_twap payload as it travels, read as the venue reads it (WIRE_NEW_ORDER_TWAP), violations at the names sent."""
    return WIRE_NEW_ORDER_TWAP.check(payload, ref, _check_new_order_twap_decoded)


def check_new_order_twap_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a new_order_twap_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_new_twap_ack(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_new_twap_ack)


def _check_new_order_twap_spot_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_new_order_twap_spot(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_new_order_twap_spot)


WIRE_NEW_ORDER_TWAP_SPOT = Wire(
    "query",
    (),
    frozenset(["signature"]),
    WireNode(text={"duration": "integer", "recvWindow": "integer", "timestamp": "integer"}),
)


def check_new_order_twap_spot(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a new_order_twap_spot payload as it travels, read as the venue reads it (WIRE_NEW_ORDER_TWAP_SPOT), violations at the names sent."""
    return WIRE_NEW_ORDER_TWAP_SPOT.check(payload, ref, _check_new_order_twap_spot_decoded)


def check_new_order_twap_spot_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a new_order_twap_spot_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_new_twap_ack(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_new_twap_ack)


def _check_cancel_algo_order_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_algo_order(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_algo_order)


WIRE_CANCEL_ALGO_ORDER = Wire(
    "query",
    (),
    frozenset(["signature"]),
    WireNode(text={"algoId": "integer", "recvWindow": "integer", "timestamp": "integer"}),
)


def check_cancel_algo_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_algo_order payload as it travels, read as the venue reads it (WIRE_CANCEL_ALGO_ORDER), violations at the names sent."""
    return WIRE_CANCEL_ALGO_ORDER.check(payload, ref, _check_cancel_algo_order_decoded)


def check_cancel_algo_order_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_algo_order_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_algo_order_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_algo_order_response)


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


def check_error_response_spot(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_response_spot payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error_response_spot(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error_response_spot)


def check_cancel_error_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_error_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_error_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_error_response)


def _build_new_twap_ack(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "client_algo_id": get("clientAlgoId"),
        "success": get("success"),
        "code": get("code"),
        "msg": get("msg"),
    }
    return construct(
        cls, values, set(_FIELDS7) if len(d) == 4 else set(map(_NAMES6.__getitem__, d))
    )


def _build_new_order_twap(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "symbol": get("symbol"),
        "side": get("side"),
        "position_side": get("positionSide", PositionSide.BOTH),
        "quantity": get("quantity"),
        "duration": get("duration"),
        "client_algo_id": get("clientAlgoId"),
        "reduce_only": get("reduceOnly"),
        "limit_price": get("limitPrice"),
        "recv_window": get("recvWindow"),
        "timestamp": get("timestamp"),
    }
    return construct(
        cls, values, set(_FIELDS9) if len(d) == 10 else set(map(_NAMES8.__getitem__, d))
    )


def _build_new_order_twap_spot(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "symbol": get("symbol"),
        "side": get("side"),
        "quantity": get("quantity"),
        "duration": get("duration"),
        "client_algo_id": get("clientAlgoId"),
        "limit_price": get("limitPrice"),
        "stp_mode": get("stpMode"),
        "recv_window": get("recvWindow"),
        "timestamp": get("timestamp"),
    }
    return construct(
        cls, values, set(_FIELDS11) if len(d) == 9 else set(map(_NAMES10.__getitem__, d))
    )


def _build_cancel_algo_order(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "algo_id": get("algoId"),
        "client_algo_id": get("clientAlgoId"),
        "recv_window": get("recvWindow"),
        "timestamp": get("timestamp"),
    }
    return construct(
        cls, values, set(_FIELDS13) if len(d) == 4 else set(map(_NAMES12.__getitem__, d))
    )


def _build_cancel_algo_order_response(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "algo_id": get("algoId"),
        "success": get("success"),
        "code": get("code"),
        "msg": get("msg"),
    }
    return construct(
        cls, values, set(_FIELDS15) if len(d) == 4 else set(map(_NAMES14.__getitem__, d))
    )


_DEFAULTS_ERROR_RESPONSE: dict[str, Any] = {"code": None, "msg": None}


def _build_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR_RESPONSE, **d}
    return construct(cls, values, set(d))


_DEFAULTS_ERROR_RESPONSE_SPOT: dict[str, Any] = {"code": None, "msg": None}


def _build_error_response_spot(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR_RESPONSE_SPOT, **d}
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_ERROR_RESPONSE: dict[str, Any] = {"code": None, "msg": None}


def _build_cancel_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_ERROR_RESPONSE, **d}
    return construct(cls, values, set(d))


bind(NewOrderTwap, check_new_order_twap, _build_new_order_twap, VENUE_ID)
bind(NewOrderTwapResponse, check_new_order_twap_response, _build_new_twap_ack, VENUE_ID)
bind(NewOrderTwapSpot, check_new_order_twap_spot, _build_new_order_twap_spot, VENUE_ID)
bind(NewOrderTwapSpotResponse, check_new_order_twap_spot_response, _build_new_twap_ack, VENUE_ID)
bind(CancelAlgoOrder, check_cancel_algo_order, _build_cancel_algo_order, VENUE_ID)
bind(
    CancelAlgoOrderResponse,
    check_cancel_algo_order_response,
    _build_cancel_algo_order_response,
    VENUE_ID,
)
bind(ErrorResponse, check_error_response, _build_error_response, VENUE_ID)
bind(ErrorResponseSpot, check_error_response_spot, _build_error_response_spot, VENUE_ID)
bind(CancelErrorResponse, check_cancel_error_response, _build_cancel_error_response, VENUE_ID)
bind_part(NewTwapAck, _check_new_twap_ack, _build_new_twap_ack, VENUE_ID)

MESSAGES: dict[str, MessageEntry] = {
    "new_order_twap": MessageEntry(
        "new_order_twap",
        "request",
        NewOrderTwap,
        check_new_order_twap,
        ("quantity_per_minute_above_min_qty", "notional_within_limits"),
        Rejection(
            "error_response",
            {"code": -1130, "msg": "{violations}"},
            "inferred: Binance errors are {code, msg} (errors.md). The algo pages document no error codes; -1130 INVALID_PARAMETER (\"Data sent for parameter '%s' is not valid\") is the general code for a bad value, -1102 would meet a missing one. The msg is ours, not Binance's.",
            (
                CodedReply(
                    ("duplicate_field",),
                    {"code": -1101, "msg": "Duplicate values for a parameter detected."},
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1101 TOO_MANY_PARAMETERS",
                ),
                CodedReply(
                    ("unknown_field",),
                    {
                        "code": -1104,
                        "msg": "Not all sent parameters were read; read '%s' parameter(s) but was sent '%s'.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1104 UNREAD_PARAMETERS",
                ),
                CodedReply(
                    ("*.required",),
                    {
                        "code": -1102,
                        "msg": "Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED",
                ),
                CodedReply(
                    ("quantity.type", "limitPrice.type"),
                    {
                        "code": -1100,
                        "msg": "Illegal characters found in parameter '%s'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1100 ILLEGAL_CHARS (The legal range of a DECIMAL parameter is quoted from Binance's replies (for example in ccxt/ccxt#1054 and python-binance#255); errors.md gives the template.)",
                ),
            ),
        ),
        wire=WIRE_NEW_ORDER_TWAP,
    ),
    "new_order_twap_response": MessageEntry(
        "new_order_twap_response",
        "response",
        NewOrderTwapResponse,
        check_new_order_twap_response,
        (),
    ),
    "new_order_twap_spot": MessageEntry(
        "new_order_twap_spot",
        "request",
        NewOrderTwapSpot,
        check_new_order_twap_spot,
        ("notional_within_symbol_cap",),
        Rejection(
            "error_response_spot",
            {"code": -1130, "msg": "{violations}"},
            "inferred: As for new_order_twap: Binance errors are {code, msg}; -1130 INVALID_PARAMETER is the general code for a bad value. The msg is ours, not Binance's.",
            (
                CodedReply(
                    ("duplicate_field",),
                    {"code": -1101, "msg": "Duplicate values for a parameter detected."},
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1101 TOO_MANY_PARAMETERS",
                ),
                CodedReply(
                    ("unknown_field",),
                    {
                        "code": -1104,
                        "msg": "Not all sent parameters were read; read '%s' parameter(s) but was sent '%s'.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1104 UNREAD_PARAMETERS",
                ),
                CodedReply(
                    ("*.required",),
                    {
                        "code": -1102,
                        "msg": "Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED",
                ),
                CodedReply(
                    ("quantity.type", "limitPrice.type"),
                    {
                        "code": -1100,
                        "msg": "Illegal characters found in parameter '%s'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1100 ILLEGAL_CHARS (The legal range of a DECIMAL parameter is quoted from Binance's replies (for example in ccxt/ccxt#1054 and python-binance#255); errors.md gives the template.)",
                ),
            ),
        ),
        wire=WIRE_NEW_ORDER_TWAP_SPOT,
    ),
    "new_order_twap_spot_response": MessageEntry(
        "new_order_twap_spot_response",
        "response",
        NewOrderTwapSpotResponse,
        check_new_order_twap_spot_response,
        (),
    ),
    "cancel_algo_order": MessageEntry(
        "cancel_algo_order",
        "request",
        CancelAlgoOrder,
        check_cancel_algo_order,
        (),
        Rejection(
            "cancel_error_response",
            {"code": -1102, "msg": "{violations}"},
            "inferred: Binance errors are {code, msg}; -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED has the message \"Param '%s' or '%s' must be sent, but both were empty/null!\", the case this request's rule is about. The msg is ours, not Binance's.",
            (
                CodedReply(
                    ("duplicate_field",),
                    {"code": -1101, "msg": "Duplicate values for a parameter detected."},
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1101 TOO_MANY_PARAMETERS",
                ),
                CodedReply(
                    ("unknown_field",),
                    {
                        "code": -1104,
                        "msg": "Not all sent parameters were read; read '%s' parameter(s) but was sent '%s'.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1104 UNREAD_PARAMETERS",
                ),
                CodedReply(
                    ("*.required",),
                    {
                        "code": -1102,
                        "msg": "Mandatory parameter '%s' was not sent, was empty/null, or malformed.",
                    },
                    "binance/binance-spot-api-docs — errors.md (Error codes for Binance), -1102 MANDATORY_PARAM_EMPTY_OR_MALFORMED",
                ),
            ),
        ),
        wire=WIRE_CANCEL_ALGO_ORDER,
    ),
    "cancel_algo_order_response": MessageEntry(
        "cancel_algo_order_response",
        "response",
        CancelAlgoOrderResponse,
        check_cancel_algo_order_response,
        (),
    ),
    "error_response": MessageEntry(
        "error_response", "error", ErrorResponse, check_error_response, ()
    ),
    "error_response_spot": MessageEntry(
        "error_response_spot", "error", ErrorResponseSpot, check_error_response_spot, ()
    ),
    "cancel_error_response": MessageEntry(
        "cancel_error_response", "error", CancelErrorResponse, check_cancel_error_response, ()
    ),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "new_order_twap",
    (
        ("symbol", ConceptField("symbol", "string", ())),
        ("side", ConceptField("side", "enum", (("buy", "BUY"), ("sell", "SELL")))),
        ("quantity", ConceptField("quantity", "decimal_string", ())),
        ("duration", ConceptField("duration", "integer", ())),
        ("client_id", ConceptField("clientAlgoId", "string", ())),
        ("reduce_only", ConceptField("reduceOnly", "boolean", ())),
    ),
)

"""Models and validators for Kraken (spot) (kraken).

Generated from specs/kraken.yaml (sha256 a7cc6e3c077b250a)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

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
from twapschema.runtime.result import Violation, new_violation
from twapschema.runtime.wire import Wire, WireNode
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "kraken"
VENUE_NAME = "Kraken (spot)"
SPEC_VERSION = "2.0.0"
API_VERSION = "Spot REST /0"
_KNOWN0 = frozenset(
    {
        "asset_class",
        "expiretm",
        "nonce",
        "ordertype",
        "price",
        "side",
        "starttm",
        "strategy_type",
        "symbol",
        "validate",
        "volume",
    }
)
_PATTERN1 = re.compile("^AS", re.ASCII)
_KNOWN2 = frozenset({"nonce", "strategy_id"})
_PATTERN3 = re.compile("^AS[A-Z0-9\\-]*(,AS[A-Z0-9\\-]*)*\\Z", re.ASCII)
_KNOWN4 = frozenset({"nonce", "strategy_ids"})
_KNOWN5 = frozenset({"nonce", "strategy_type"})
_KNOWN6 = frozenset(
    {
        "asset_class",
        "cursor",
        "end",
        "limit",
        "nonce",
        "query_time_mode",
        "start",
        "status",
        "strategy_type",
    }
)
_PATTERN7 = re.compile("^[EW][A-Za-z]+:", re.ASCII)
_NAMES8 = {
    "nonce": "nonce",
    "strategy_type": "strategy_type",
    "symbol": "symbol",
    "asset_class": "asset_class",
    "side": "side",
    "volume": "volume",
    "ordertype": "ordertype",
    "price": "price",
    "starttm": "starttm",
    "expiretm": "expiretm",
    "validate": "validate_",
}
_FIELDS9 = frozenset(_NAMES8.values())


class Side(enum.StrEnum):
    """Strategy side."""

    BUY = "buy"
    """Buy."""
    SELL = "sell"
    """Sell."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class OrderType(enum.StrEnum):
    """How the child orders are priced."""

    MARKET = "market"
    """Market child orders; no price is sent."""
    LIMIT = "limit"
    """Limit child orders at `price`."""


_ORDER_TYPE_BY_WIRE: dict[str, OrderType] = {m.value: m for m in OrderType}


class ClosedStatus(enum.StrEnum):
    """A terminal state of a strategy, as GetClosedStrategies filters by it."""

    CLOSED = "closed"
    """Ran to completion."""
    EXPIRED = "expired"
    """Reached expiretm with volume left."""
    CANCELLED = "cancelled"
    """Cancelled (by the user or the venue)."""


_CLOSED_STATUS_BY_WIRE: dict[str, ClosedStatus] = {m.value: m for m in ClosedStatus}


class QueryTimeMode(enum.StrEnum):
    """Which time start, end and the order of results refer to."""

    CLOSE = "close"
    """By closing time (the default: newest closed first)."""
    OPEN = "open"
    """By opening time."""


_QUERY_TIME_MODE_BY_WIRE: dict[str, QueryTimeMode] = {m.value: m for m in QueryTimeMode}


class AssetClass(enum.StrEnum):
    """Asset class of the pair."""

    FOREX = "forex"
    """Spot crypto and fiat pairs."""


_ASSET_CLASS_BY_WIRE: dict[str, AssetClass] = {m.value: m for m in AssetClass}


class PairsEntry(ReferenceModel):
    """Spot pairs that accept strategies (xStocks pairs left out), keyed by the symbol as sent (BTC/USD)."""

    status: Literal["tradable", "reduce_only", "cancel_only"] = Field(
        description="AssetPairs status in twapschema's words: online and limit_only are tradable, reduce_only is reduce_only, cancel_only and post_only are cancel_only (a strategy's child orders are not post-only). ⚠ limit_only admits a limit TWAP only; a market TWAP on such a pair is refused and not checked here."
    )
    market_orders: bool = Field(
        description="The pair takes market orders: false for a pair whose AssetPairs status is limit_only (listed as tradable in `status`, as it takes a limit strategy)."
    )
    ordermin: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The least volume of an order, in the base currency (AssetPairs ordermin).",
        ge=0,
    )
    costmin: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The least cost of an order, in the quote currency (AssetPairs costmin).", ge=0
    )
    lot_decimals: int = Field(
        description="Decimals a volume may have (AssetPairs lot_decimals).", ge=0
    )
    tick_size: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="The price grid (AssetPairs tick_size).", ge=Decimal("1E-12")
    )


class Reference(ReferenceModel):
    """Reference data for Kraken (spot): every section is optional."""

    pairs: dict[str, PairsEntry] | None = Field(None)


class Strategy(PartModel):
    """A strategy as the query endpoints report it: its id, state, why it ended, and its details (the request's members with what was filled)."""

    strategy_id: str = Field(description="The strategy's id (starts with AS).")
    status: str = Field(
        description="pending or open while it runs; closed, expired or cancelled once it ended."
    )
    reason: str | None = Field(
        None, description="Why a strategy ended early (userRequested when cancelled by its owner)."
    )
    details: dict[str, Any] = Field(
        description="strategy_type, side, volume, filled_volume, avg_price, total_cost, total_fee, starttm, expiretm, symbol, asset_class, ordertype, price (decimals as strings), kept as sent."
    )


class AddStrategy(MessageModel):
    """Create a TWAP strategy that buys or sells volume evenly between starttm and expiretm, as market or limit child orders. The window must be at least 60 s, both ends within 30 days of now, and expiretm in the future; those depend on the time the venue receives the request and are not checked here."""

    nonce: int = Field(description="Always-increasing number used to sign the request.")
    strategy_type: str = Field(description="The strategy to run; twap is the only one today.")
    symbol: str = Field(
        description="The spot pair, for example BTC/USD. xStocks pairs are not supported."
    )
    asset_class: AssetClass | None = Field(None, description="Asset class of the pair.")
    side: Side = Field(description="Buy or sell.")
    volume: DecimalString = Field(
        description="Total volume the strategy executes, evenly over the window."
    )
    ordertype: OrderType = Field(description="market or limit child orders.")
    price: DecimalString | None = Field(
        None, description="Limit price of the child orders; required for limit, omitted for market."
    )
    starttm: str | None = Field(
        None,
        description='When the strategy starts: a Unix timestamp, or "+<n>" for n seconds from now. Left out, the strategy starts when it is created. At most 30 days from now.',
    )
    expiretm: str = Field(
        description='When the strategy ends: a Unix timestamp, or "+<n>" for n seconds from now. Must be in the future, at most 30 days from now, and at least 60 s after starttm.'
    )
    validate_: bool | None = Field(
        None,
        description="If true, only validate; no strategy is created and strategy_id comes back empty.",
        alias="validate",
    )


class AddStrategyResponseResult(PartModel):
    """An object within add_strategy_response."""

    strategy_id: str = Field(
        description="The strategy's id (starts with AS), for CancelStrategy and QueryStrategies; empty when validate was true."
    )


class AddStrategyResponse(MessageModel):
    """The envelope of an accepted AddStrategy, with the new strategy_id."""

    error: tuple[str, ...] = Field(
        description="Errors and warnings; empty on a clean success, warnings may appear beside result."
    )
    result: AddStrategyResponseResult = Field(description="The created strategy.")


class CancelStrategy(MessageModel):
    """Cancel a pending or open strategy. Child orders already sent may still fill; poll QueryStrategies for the final status."""

    nonce: int = Field(description="Always-increasing number used to sign the request.")
    strategy_id: str = Field(description="The strategy to cancel, as AddStrategy returned it.")


class CancelStrategyResponse(MessageModel):
    """The envelope of an accepted CancelStrategy."""

    error: tuple[str, ...] = Field(description="Errors and warnings; empty on a clean success.")
    result: dict[str, Any] | None = Field(
        None, description="The cancellation's result, kept as sent."
    )


class QueryStrategies(MessageModel):
    """Look up strategies by id: their status, filled volume, average price, cost and fees."""

    nonce: int = Field(description="Always-increasing number used to sign the request.")
    strategy_ids: str = Field(description="One or more strategy ids, comma-separated.")


class QueryStrategiesResponseResult(PartModel):
    """An object within query_strategies_response."""

    strategies: dict[str, Any] = Field(
        description="Strategy objects keyed by strategy_id (the object GetOpenStrategies returns); ids not found are left out, and none found is {}."
    )


class QueryStrategiesResponse(MessageModel):
    """The strategies asked for that the account holds, keyed by strategy_id."""

    error: tuple[str, ...] = Field(description="Errors and warnings; empty on a clean success.")
    result: QueryStrategiesResponseResult = Field(description="The strategies found.")


class GetOpenStrategies(MessageModel):
    """List the account's pending and open strategies."""

    nonce: int = Field(description="Always-increasing number used to sign the request.")
    strategy_type: str | None = Field(
        None, description="Only strategies of this type; twap is the only one today."
    )


class GetClosedStrategies(MessageModel):
    """List strategies in a terminal state, newest first, up to limit (100) a page; a next_cursor is sent back while more remain."""

    nonce: int = Field(description="Always-increasing number used to sign the request.")
    strategy_type: str | None = Field(
        None, description="Only strategies of this type; twap is the only one today."
    )
    asset_class: AssetClass | None = Field(None, description="Only strategies of this asset class.")
    status: ClosedStatus | None = Field(None, description="Only strategies that ended this way.")
    start: int | None = Field(None, description="Only strategies after this time (Unix seconds).")
    end: int | None = Field(None, description="Only strategies before this time (Unix seconds).")
    query_time_mode: QueryTimeMode | None = Field(
        None,
        description="Whether start, end and the order are by closing (default) or opening time.",
    )
    limit: int | None = Field(None, description="Strategies per page, 100 by default and at most.")
    cursor: str | None = Field(None, description="The next_cursor of the previous page.")


class GetClosedStrategiesResponseResult(PartModel):
    """An object within get_closed_strategies_response."""

    closed: tuple[Strategy, ...] = Field(description="The strategies, newest first.")
    next_cursor: str | None = Field(
        None, description="Sent back while more strategies remain; send it as cursor."
    )


class GetClosedStrategiesResponse(MessageModel):
    """Strategies in a terminal state, newest first, and the cursor of the next page."""

    error: tuple[str, ...] = Field(description="Errors and warnings; empty on a clean success.")
    result: GetClosedStrategiesResponseResult = Field(description="The page of closed strategies.")


class ErrorResponse(MessageModel):
    """Kraken's envelope for a failed or rejected request; `error` says why."""

    error: tuple[str, ...] = Field(
        description='The errors, each "<severity><category>:<description>".'
    )
    result: dict[str, Any] | None = Field(
        None, description="Usually absent on failure; the errors guide shows an empty object."
    )


def _check_strategy(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("strategy_id", _c.MISSING)
    x_strategy_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "strategy_id", "strategy_id", True, False, v)
    )
    if x_strategy_id is not None:
        out["strategy_id"] = x_strategy_id
    raw_1 = obj.get("status", _c.MISSING)
    x_status: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "status", "status", True, False, v)
    )
    if x_status is not None:
        out["status"] = x_status
    raw_2 = obj.get("reason", _c.MISSING)
    x_reason: str | None = (
        raw_2
        if type(raw_2) is str
        else None
        if raw_2 is _c.MISSING
        else _c.take_string(raw_2, at, "reason", "reason", False, False, v)
    )
    if x_reason is not None:
        out["reason"] = x_reason
    x_details = _c.take_object(
        obj.get("details", _c.MISSING), at, "details", "details", True, False, v
    )
    if x_details is not None:
        out["details"] = x_details
    return out


def _check_add_strategy(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_1 = obj.get("strategy_type", _c.MISSING)
    x_strategy_type: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "strategy_type", "strategy_type", True, False, v)
    )
    if x_strategy_type is not None and (x_strategy_type != "twap"):
        if x_strategy_type != "twap":
            v.append(
                new_violation(
                    (
                        "strategy_type.const",
                        at + "/strategy_type",
                        "strategy_type must be twap (the only supported strategy_type today)"
                        + _c.got1(x_strategy_type),
                    )
                )
            )
        x_strategy_type = None
    if x_strategy_type is not None:
        out["strategy_type"] = x_strategy_type
    raw_2 = obj.get("symbol", _c.MISSING)
    x_symbol: str | None = (
        raw_2
        if type(raw_2) is str
        else _c.take_string(raw_2, at, "symbol", "symbol", True, False, v)
    )
    if x_symbol is not None:
        out["symbol"] = x_symbol
    raw_3 = obj.get("asset_class", _c.MISSING)
    x_asset_class: AssetClass | None = (
        _ASSET_CLASS_BY_WIRE[raw_3]
        if type(raw_3) is str and raw_3 in _ASSET_CLASS_BY_WIRE
        else None
        if raw_3 is _c.MISSING
        else _c.take_enum(
            raw_3, at, "asset_class", "asset_class", False, False, _ASSET_CLASS_BY_WIRE, v
        )
    )
    if x_asset_class is not None:
        out["asset_class"] = x_asset_class
    raw_4 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_4]
        if type(raw_4) is str and raw_4 in _SIDE_BY_WIRE
        else _c.take_enum(raw_4, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_5 = obj.get("volume", _c.MISSING)
    x_volume: Decimal | None = (
        Decimal(raw_5)
        if type(raw_5) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_5)
        else _c.take_decimal_string(raw_5, at, "volume", "volume", True, False, False, v)
    )
    if x_volume is not None and (x_volume <= 0):
        if x_volume <= 0:
            v.append(
                new_violation(
                    (
                        "volume.exclusiveMinimum",
                        at + "/volume",
                        "volume must be greater than 0" + _c.got1(x_volume),
                    )
                )
            )
        x_volume = None
    if x_volume is not None:
        out["volume"] = x_volume
    raw_6 = obj.get("ordertype", _c.MISSING)
    x_ordertype: OrderType | None = (
        _ORDER_TYPE_BY_WIRE[raw_6]
        if type(raw_6) is str and raw_6 in _ORDER_TYPE_BY_WIRE
        else _c.take_enum(raw_6, at, "ordertype", "ordertype", True, False, _ORDER_TYPE_BY_WIRE, v)
    )
    if x_ordertype is not None:
        out["ordertype"] = x_ordertype
    raw_7 = obj.get("price", _c.MISSING)
    x_price: Decimal | None = (
        Decimal(raw_7)
        if type(raw_7) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_7)
        else None
        if raw_7 is _c.MISSING
        else _c.take_decimal_string(raw_7, at, "price", "price", False, False, False, v)
    )
    if x_price is not None and (x_price <= 0):
        if x_price <= 0:
            v.append(
                new_violation(
                    (
                        "price.exclusiveMinimum",
                        at + "/price",
                        "price must be greater than 0" + _c.got1(x_price),
                    )
                )
            )
        x_price = None
    if x_price is not None:
        out["price"] = x_price
    raw_8 = obj.get("starttm", _c.MISSING)
    x_starttm: str | None = (
        raw_8
        if type(raw_8) is str
        else None
        if raw_8 is _c.MISSING
        else _c.take_string(raw_8, at, "starttm", "starttm", False, False, v)
    )
    if x_starttm is not None:
        out["starttm"] = x_starttm
    raw_9 = obj.get("expiretm", _c.MISSING)
    x_expiretm: str | None = (
        raw_9
        if type(raw_9) is str
        else _c.take_string(raw_9, at, "expiretm", "expiretm", True, False, v)
    )
    if x_expiretm is not None:
        out["expiretm"] = x_expiretm
    raw_10 = obj.get("validate", _c.MISSING)
    x_validate_: bool | None = (
        raw_10
        if raw_10 is True or raw_10 is False
        else None
        if raw_10 is _c.MISSING
        else _c.take_boolean(raw_10, at, "validate", "validate", False, False, v)
    )
    if x_validate_ is not None:
        out["validate"] = x_validate_
    if not _KNOWN0.issuperset(obj):
        _c.unknown_members(obj, _KNOWN0, at, "add_strategy", v)
    if x_expiretm is not None and (x_starttm is not None or "starttm" not in obj):
        if _c.window_holds(x_starttm, x_expiretm, 60, None) is False:
            v.append(
                new_violation(
                    (
                        "window_at_least_60s",
                        at + "/expiretm",
                        "expiretm must be at least 60 seconds after starttm (an absent starttm is now)"
                        + _c.got(("starttm", x_starttm), ("expiretm", x_expiretm)),
                    )
                )
            )
    if x_expiretm is not None and (x_starttm is not None or "starttm" not in obj):
        if _c.window_holds(x_starttm, x_expiretm, None, 2592000) is False:
            v.append(
                new_violation(
                    (
                        "within_30_days",
                        at + "/expiretm",
                        "a relative starttm or expiretm must be at most +2592000 (30 days from now)"
                        + _c.got(("starttm", x_starttm), ("expiretm", x_expiretm)),
                    )
                )
            )
    if x_ordertype is not None and (x_price is not None or "price" not in obj):
        if (x_ordertype in ("limit",) and x_price is None) or (
            x_price is not None and x_ordertype not in ("limit",)
        ):
            v.append(
                new_violation(
                    (
                        "price_only_for_limit",
                        at + "/price",
                        "price is required when ordertype is limit, and must be omitted when ordertype is market"
                        + _c.got(("ordertype", x_ordertype)),
                    )
                )
            )
    if x_symbol is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("symbol_supported")
        else:
            row_0 = ref.pairs.get(x_symbol)
            if row_0 is None:
                v.append(
                    new_violation(
                        (
                            "symbol_supported",
                            at + "/symbol",
                            "symbol must be a spot pair that accepts strategies (not an xStocks pair) and is trading (not cancel-only or reduce-only)"
                            + " (not in the reference data)"
                            + _c.got(("symbol", x_symbol)),
                        )
                    )
                )
            elif row_0.status != "tradable":
                v.append(
                    new_violation(
                        (
                            "symbol_supported",
                            at + "/symbol",
                            "symbol must be a spot pair that accepts strategies (not an xStocks pair) and is trading (not cancel-only or reduce-only)"
                            + " ("
                            + row_0.status
                            + " in the reference data)"
                            + _c.got(("symbol", x_symbol)),
                        )
                    )
                )
    if x_symbol is not None and x_ordertype is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("market_strategy_on_a_pair_taking_market_orders")
        elif x_ordertype in ("market",):
            row_1 = ref.pairs.get(x_symbol)
            if row_1 is None:
                _c.unlisted(
                    unchecked,
                    "market_strategy_on_a_pair_taking_market_orders",
                    at,
                    "symbol",
                    "a market strategy needs a pair that takes market orders (not one in limit_only status)",
                    "pairs",
                    _c.got(("symbol", x_symbol)),
                )
            elif not row_1.market_orders:
                v.append(
                    new_violation(
                        (
                            "market_strategy_on_a_pair_taking_market_orders",
                            at + "/symbol",
                            "a market strategy needs a pair that takes market orders (not one in limit_only status)"
                            + " (inactive in the reference data)"
                            + _c.got(("symbol", x_symbol)),
                        )
                    )
                )
    if x_volume is not None and x_symbol is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("volume_at_least_ordermin")
        else:
            row_2 = ref.pairs.get(x_symbol)
            if row_2 is None:
                _c.unlisted(
                    unchecked,
                    "volume_at_least_ordermin",
                    at,
                    "symbol",
                    "volume must be at least the pair's ordermin",
                    "pairs",
                    _c.got(("symbol", x_symbol)),
                )
            elif x_volume < row_2.ordermin:
                v.append(
                    new_violation(
                        (
                            "volume_at_least_ordermin",
                            at + "/volume",
                            "volume must be at least the pair's ordermin"
                            + _c.got(
                                ("volume", x_volume), ("pairs[symbol].ordermin", row_2.ordermin)
                            ),
                        )
                    )
                )
    if x_volume is not None and x_price is not None and x_symbol is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("limit_cost_at_least_costmin")
        else:
            row_3 = ref.pairs.get(x_symbol)
            if row_3 is None:
                _c.unlisted(
                    unchecked,
                    "limit_cost_at_least_costmin",
                    at,
                    "symbol",
                    "volume x price (the cost of a limit strategy) must be at least the pair's costmin",
                    "pairs",
                    _c.got(("symbol", x_symbol)),
                )
            elif _c.mul(x_volume, x_price) < row_3.costmin:
                v.append(
                    new_violation(
                        (
                            "limit_cost_at_least_costmin",
                            at + "/volume",
                            "volume x price (the cost of a limit strategy) must be at least the pair's costmin"
                            + _c.got(
                                ("volume", x_volume),
                                ("price", x_price),
                                ("pairs[symbol].costmin", row_3.costmin),
                            ),
                        )
                    )
                )
    if x_volume is not None and x_symbol is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("volume_within_lot_decimals")
        else:
            row_4 = ref.pairs.get(x_symbol)
            if row_4 is None:
                _c.unlisted(
                    unchecked,
                    "volume_within_lot_decimals",
                    at,
                    "symbol",
                    "volume must have at most the pair's lot_decimals decimals",
                    "pairs",
                    _c.got(("symbol", x_symbol)),
                )
            elif _c.truncate(x_volume, row_4.lot_decimals) != x_volume:
                v.append(
                    new_violation(
                        (
                            "volume_within_lot_decimals",
                            at + "/volume",
                            "volume must have at most the pair's lot_decimals decimals"
                            + _c.got(
                                ("volume", x_volume),
                                ("pairs[symbol].lot_decimals", row_4.lot_decimals),
                            ),
                        )
                    )
                )
    if x_price is not None and x_symbol is not None:
        if ref is None or ref.pairs is None:
            unchecked.append("price_on_tick_grid")
        else:
            row_5 = ref.pairs.get(x_symbol)
            if row_5 is None:
                _c.unlisted(
                    unchecked,
                    "price_on_tick_grid",
                    at,
                    "symbol",
                    "price must be a multiple of the pair's tick_size",
                    "pairs",
                    _c.got(("symbol", x_symbol)),
                )
            elif not _c.is_multiple(x_price, row_5.tick_size):
                v.append(
                    new_violation(
                        (
                            "price_on_tick_grid",
                            at + "/price",
                            "price must be a multiple of the pair's tick_size"
                            + _c.got(
                                ("price", x_price), ("pairs[symbol].tick_size", row_5.tick_size)
                            ),
                        )
                    )
                )
    return out


def _check_add_strategy_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        at_0 = at + "/error"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_error):
            raw_1 = element_0
            item_0: str | None = (
                raw_1
                if type(raw_1) is str
                else None
                if raw_1 is _c.MISSING
                else _c.take_string(raw_1, at_0, str(index_0), "error.items", False, False, v)
            )
            items_0.append(item_0)
        x_error = tuple(items_0)
    if x_error is not None:
        out["error"] = x_error
    raw_2 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "result", "result", True, False, v)
    )
    if x_result is not None:
        x_result = _check_add_strategy_response_result(x_result, at + "/result", ref, v, unchecked)
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_add_strategy_response_result(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("strategy_id", _c.MISSING)
    x_strategy_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "strategy_id", "result.strategy_id", True, False, v)
    )
    if x_strategy_id is not None:
        out["strategy_id"] = x_strategy_id
    return out


def _check_cancel_strategy(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_1 = obj.get("strategy_id", _c.MISSING)
    x_strategy_id: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "strategy_id", "strategy_id", True, False, v)
    )
    if x_strategy_id is not None and (_PATTERN1.search(x_strategy_id) is None):
        if _PATTERN1.search(x_strategy_id) is None:
            v.append(
                new_violation(
                    (
                        "strategy_id.pattern",
                        at + "/strategy_id",
                        "strategy_id must start with AS (an order txid is not a strategy id)"
                        + _c.got1(x_strategy_id),
                    )
                )
            )
        x_strategy_id = None
    if x_strategy_id is not None:
        out["strategy_id"] = x_strategy_id
    if not _KNOWN2.issuperset(obj):
        _c.unknown_members(obj, _KNOWN2, at, "cancel_strategy", v)
    return out


def _check_cancel_strategy_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        at_0 = at + "/error"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_error):
            raw_1 = element_0
            item_0: str | None = (
                raw_1
                if type(raw_1) is str
                else None
                if raw_1 is _c.MISSING
                else _c.take_string(raw_1, at_0, str(index_0), "error.items", False, False, v)
            )
            items_0.append(item_0)
        x_error = tuple(items_0)
    if x_error is not None:
        out["error"] = x_error
    x_result = _c.take_object(
        obj.get("result", _c.MISSING), at, "result", "result", False, False, v
    )
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_query_strategies(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_1 = obj.get("strategy_ids", _c.MISSING)
    x_strategy_ids: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "strategy_ids", "strategy_ids", True, False, v)
    )
    if x_strategy_ids is not None and (_PATTERN3.search(x_strategy_ids) is None):
        if _PATTERN3.search(x_strategy_ids) is None:
            v.append(
                new_violation(
                    (
                        "strategy_ids.pattern",
                        at + "/strategy_ids",
                        "strategy_ids must be strategy ids (each starting with AS), comma-separated"
                        + _c.got1(x_strategy_ids),
                    )
                )
            )
        x_strategy_ids = None
    if x_strategy_ids is not None:
        out["strategy_ids"] = x_strategy_ids
    if not _KNOWN4.issuperset(obj):
        _c.unknown_members(obj, _KNOWN4, at, "query_strategies", v)
    return out


def _check_query_strategies_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        at_0 = at + "/error"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_error):
            raw_1 = element_0
            item_0: str | None = (
                raw_1
                if type(raw_1) is str
                else None
                if raw_1 is _c.MISSING
                else _c.take_string(raw_1, at_0, str(index_0), "error.items", False, False, v)
            )
            items_0.append(item_0)
        x_error = tuple(items_0)
    if x_error is not None:
        out["error"] = x_error
    raw_2 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "result", "result", True, False, v)
    )
    if x_result is not None:
        x_result = _check_query_strategies_response_result(
            x_result, at + "/result", ref, v, unchecked
        )
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_query_strategies_response_result(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    x_strategies = _c.take_object(
        obj.get("strategies", _c.MISSING), at, "strategies", "result.strategies", True, False, v
    )
    if x_strategies is not None:
        out["strategies"] = x_strategies
    return out


def _check_get_open_strategies(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_1 = obj.get("strategy_type", _c.MISSING)
    x_strategy_type: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "strategy_type", "strategy_type", False, False, v)
    )
    if x_strategy_type is not None and (x_strategy_type != "twap"):
        if x_strategy_type != "twap":
            v.append(
                new_violation(
                    (
                        "strategy_type.const",
                        at + "/strategy_type",
                        "strategy_type must be twap (the only supported strategy_type today)"
                        + _c.got1(x_strategy_type),
                    )
                )
            )
        x_strategy_type = None
    if x_strategy_type is not None:
        out["strategy_type"] = x_strategy_type
    if not _KNOWN5.issuperset(obj):
        _c.unknown_members(obj, _KNOWN5, at, "get_open_strategies", v)
    return out


def _check_get_closed_strategies(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_1 = obj.get("strategy_type", _c.MISSING)
    x_strategy_type: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "strategy_type", "strategy_type", False, False, v)
    )
    if x_strategy_type is not None and (x_strategy_type != "twap"):
        if x_strategy_type != "twap":
            v.append(
                new_violation(
                    (
                        "strategy_type.const",
                        at + "/strategy_type",
                        "strategy_type must be twap (the only supported strategy_type today)"
                        + _c.got1(x_strategy_type),
                    )
                )
            )
        x_strategy_type = None
    if x_strategy_type is not None:
        out["strategy_type"] = x_strategy_type
    raw_2 = obj.get("asset_class", _c.MISSING)
    x_asset_class: AssetClass | None = (
        _ASSET_CLASS_BY_WIRE[raw_2]
        if type(raw_2) is str and raw_2 in _ASSET_CLASS_BY_WIRE
        else None
        if raw_2 is _c.MISSING
        else _c.take_enum(
            raw_2, at, "asset_class", "asset_class", False, False, _ASSET_CLASS_BY_WIRE, v
        )
    )
    if x_asset_class is not None:
        out["asset_class"] = x_asset_class
    raw_3 = obj.get("status", _c.MISSING)
    x_status: ClosedStatus | None = (
        _CLOSED_STATUS_BY_WIRE[raw_3]
        if type(raw_3) is str and raw_3 in _CLOSED_STATUS_BY_WIRE
        else None
        if raw_3 is _c.MISSING
        else _c.take_enum(raw_3, at, "status", "status", False, False, _CLOSED_STATUS_BY_WIRE, v)
    )
    if x_status is not None:
        out["status"] = x_status
    raw_4 = obj.get("start", _c.MISSING)
    x_start: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else None
        if raw_4 is _c.MISSING
        else _c.take_integer(raw_4, at, "start", "start", False, False, v)
    )
    if x_start is not None and (x_start < 0):
        if x_start < 0:
            v.append(
                new_violation(
                    ("start.minimum", at + "/start", "start must be at least 0" + _c.got1(x_start))
                )
            )
        x_start = None
    if x_start is not None:
        out["start"] = x_start
    raw_5 = obj.get("end", _c.MISSING)
    x_end: int | None = (
        raw_5
        if type(raw_5) is int and -9007199254740991 <= raw_5 <= 9007199254740991
        else None
        if raw_5 is _c.MISSING
        else _c.take_integer(raw_5, at, "end", "end", False, False, v)
    )
    if x_end is not None and (x_end < 0):
        if x_end < 0:
            v.append(
                new_violation(
                    ("end.minimum", at + "/end", "end must be at least 0" + _c.got1(x_end))
                )
            )
        x_end = None
    if x_end is not None:
        out["end"] = x_end
    raw_6 = obj.get("query_time_mode", _c.MISSING)
    x_query_time_mode: QueryTimeMode | None = (
        _QUERY_TIME_MODE_BY_WIRE[raw_6]
        if type(raw_6) is str and raw_6 in _QUERY_TIME_MODE_BY_WIRE
        else None
        if raw_6 is _c.MISSING
        else _c.take_enum(
            raw_6,
            at,
            "query_time_mode",
            "query_time_mode",
            False,
            False,
            _QUERY_TIME_MODE_BY_WIRE,
            v,
        )
    )
    if x_query_time_mode is not None:
        out["query_time_mode"] = x_query_time_mode
    raw_7 = obj.get("limit", _c.MISSING)
    x_limit: int | None = (
        raw_7
        if type(raw_7) is int and -9007199254740991 <= raw_7 <= 9007199254740991
        else None
        if raw_7 is _c.MISSING
        else _c.take_integer(raw_7, at, "limit", "limit", False, False, v)
    )
    if x_limit is not None and ((x_limit < 1) or (x_limit > 100)):
        if x_limit < 1:
            v.append(
                new_violation(
                    ("limit.minimum", at + "/limit", "limit must be at least 1" + _c.got1(x_limit))
                )
            )
        if x_limit > 100:
            v.append(
                new_violation(
                    (
                        "limit.maximum",
                        at + "/limit",
                        "limit must be at most 100 (the page's maximum)" + _c.got1(x_limit),
                    )
                )
            )
        x_limit = None
    if x_limit is not None:
        out["limit"] = x_limit
    raw_8 = obj.get("cursor", _c.MISSING)
    x_cursor: str | None = (
        raw_8
        if type(raw_8) is str
        else None
        if raw_8 is _c.MISSING
        else _c.take_string(raw_8, at, "cursor", "cursor", False, False, v)
    )
    if x_cursor is not None:
        out["cursor"] = x_cursor
    if not _KNOWN6.issuperset(obj):
        _c.unknown_members(obj, _KNOWN6, at, "get_closed_strategies", v)
    if x_start is not None and x_end is not None:
        if x_start > x_end:
            v.append(
                new_violation(
                    (
                        "start_before_end",
                        at,
                        "start must not be after end" + _c.got(("start", x_start), ("end", x_end)),
                    )
                )
            )
    return out


def _check_get_closed_strategies_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        at_0 = at + "/error"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_error):
            raw_1 = element_0
            item_0: str | None = (
                raw_1
                if type(raw_1) is str
                else None
                if raw_1 is _c.MISSING
                else _c.take_string(raw_1, at_0, str(index_0), "error.items", False, False, v)
            )
            items_0.append(item_0)
        x_error = tuple(items_0)
    if x_error is not None:
        out["error"] = x_error
    raw_2 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "result", "result", True, False, v)
    )
    if x_result is not None:
        x_result = _check_get_closed_strategies_response_result(
            x_result, at + "/result", ref, v, unchecked
        )
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_get_closed_strategies_response_result(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("closed", _c.MISSING)
    x_closed: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "closed", "result.closed", True, False, v)
    )
    if x_closed is not None:
        at_0 = at + "/closed"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_closed):
            raw_1 = element_0
            item_0: dict[str, object] | None = (
                raw_1
                if type(raw_1) is dict
                else None
                if raw_1 is _c.MISSING
                else _c.take_object(
                    raw_1, at_0, str(index_0), "result.closed.items", False, False, v
                )
            )
            if item_0 is not None:
                item_0 = _check_strategy(
                    item_0, at_0 + "/" + _c.escape(str(index_0)), ref, v, unchecked
                )
            items_0.append(item_0)
        x_closed = tuple(items_0)
    if x_closed is not None:
        out["closed"] = x_closed
    raw_2 = obj.get("next_cursor", _c.MISSING)
    x_next_cursor: str | None = (
        raw_2
        if type(raw_2) is str
        else None
        if raw_2 is _c.MISSING
        else _c.take_string(raw_2, at, "next_cursor", "result.next_cursor", False, False, v)
    )
    if x_next_cursor is not None:
        out["next_cursor"] = x_next_cursor
    return out


def _check_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: tuple[object, ...] | None = (
        tuple(raw_0)
        if type(raw_0) is list
        else _c.take_array(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None and (len(x_error) < 1):
        if len(x_error) < 1:
            v.append(
                new_violation(("error.minItems", at + "/error", "error must have at least 1 items"))
            )
        x_error = None
    if x_error is not None:
        at_0 = at + "/error"
        items_0: list[object] = []
        for index_0, element_0 in enumerate(x_error):
            raw_1 = element_0
            item_0: str | None = (
                raw_1
                if type(raw_1) is str
                else None
                if raw_1 is _c.MISSING
                else _c.take_string(raw_1, at_0, str(index_0), "error.items", False, False, v)
            )
            if item_0 is not None and (_PATTERN7.search(item_0) is None):
                if _PATTERN7.search(item_0) is None:
                    _c.fail(
                        v,
                        "error.items.pattern",
                        at_0,
                        str(index_0),
                        "error.items must match the pattern '^[EW][A-Za-z]+:'" + _c.got1(item_0),
                    )
                item_0 = None
            items_0.append(item_0)
        x_error = tuple(items_0)
    if x_error is not None:
        out["error"] = x_error
    x_result = _c.take_object(
        obj.get("result", _c.MISSING), at, "result", "result", False, False, v
    )
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_add_strategy_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_add_strategy(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_add_strategy)


WIRE_ADD_STRATEGY = Wire(
    "form", (), frozenset([]), WireNode(text={"nonce": "integer", "validate": "boolean"})
)


def check_add_strategy(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a add_strategy payload as it travels, read as the venue reads it (WIRE_ADD_STRATEGY), violations at the names sent."""
    return WIRE_ADD_STRATEGY.check(payload, ref, _check_add_strategy_decoded)


def check_add_strategy_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a add_strategy_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_add_strategy_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_add_strategy_response)


def _check_cancel_strategy_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_strategy(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_strategy)


WIRE_CANCEL_STRATEGY = Wire("form", (), frozenset([]), WireNode(text={"nonce": "integer"}))


def check_cancel_strategy(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_strategy payload as it travels, read as the venue reads it (WIRE_CANCEL_STRATEGY), violations at the names sent."""
    return WIRE_CANCEL_STRATEGY.check(payload, ref, _check_cancel_strategy_decoded)


def check_cancel_strategy_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_strategy_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_strategy_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_strategy_response)


def _check_query_strategies_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_query_strategies(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_query_strategies)


WIRE_QUERY_STRATEGIES = Wire("form", (), frozenset([]), WireNode(text={"nonce": "integer"}))


def check_query_strategies(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a query_strategies payload as it travels, read as the venue reads it (WIRE_QUERY_STRATEGIES), violations at the names sent."""
    return WIRE_QUERY_STRATEGIES.check(payload, ref, _check_query_strategies_decoded)


def check_query_strategies_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a query_strategies_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_query_strategies_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_query_strategies_response)


def _check_get_open_strategies_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_get_open_strategies(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_get_open_strategies)


WIRE_GET_OPEN_STRATEGIES = Wire("form", (), frozenset([]), WireNode(text={"nonce": "integer"}))


def check_get_open_strategies(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a get_open_strategies payload as it travels, read as the venue reads it (WIRE_GET_OPEN_STRATEGIES), violations at the names sent."""
    return WIRE_GET_OPEN_STRATEGIES.check(payload, ref, _check_get_open_strategies_decoded)


def _check_get_closed_strategies_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_get_closed_strategies(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_get_closed_strategies)


WIRE_GET_CLOSED_STRATEGIES = Wire(
    "form",
    (),
    frozenset([]),
    WireNode(text={"nonce": "integer", "start": "integer", "end": "integer", "limit": "integer"}),
)


def check_get_closed_strategies(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a get_closed_strategies payload as it travels, read as the venue reads it (WIRE_GET_CLOSED_STRATEGIES), violations at the names sent."""
    return WIRE_GET_CLOSED_STRATEGIES.check(payload, ref, _check_get_closed_strategies_decoded)


def check_get_closed_strategies_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a get_closed_strategies_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_get_closed_strategies_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_get_closed_strategies_response)


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


_DEFAULTS_STRATEGY: dict[str, Any] = {
    "strategy_id": None,
    "status": None,
    "reason": None,
    "details": None,
}


def _build_strategy(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_STRATEGY, **d}
    return construct(cls, values, set(d))


def _build_add_strategy(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "nonce": get("nonce"),
        "strategy_type": get("strategy_type"),
        "symbol": get("symbol"),
        "asset_class": get("asset_class"),
        "side": get("side"),
        "volume": get("volume"),
        "ordertype": get("ordertype"),
        "price": get("price"),
        "starttm": get("starttm"),
        "expiretm": get("expiretm"),
        "validate_": get("validate"),
    }
    return construct(
        cls, values, set(_FIELDS9) if len(d) == 11 else set(map(_NAMES8.__getitem__, d))
    )


_DEFAULTS_ADD_STRATEGY_RESPONSE: dict[str, Any] = {"error": None, "result": None}


def _build_add_strategy_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ADD_STRATEGY_RESPONSE, **d}
    x = values["result"]
    if x is not None:
        values["result"] = _build_add_strategy_response_result(AddStrategyResponseResult, x)
    return construct(cls, values, set(d))


_DEFAULTS_ADD_STRATEGY_RESPONSE_RESULT: dict[str, Any] = {"strategy_id": None}


def _build_add_strategy_response_result(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ADD_STRATEGY_RESPONSE_RESULT, **d}
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_STRATEGY: dict[str, Any] = {"nonce": None, "strategy_id": None}


def _build_cancel_strategy(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_STRATEGY, **d}
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_STRATEGY_RESPONSE: dict[str, Any] = {"error": None, "result": None}


def _build_cancel_strategy_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_STRATEGY_RESPONSE, **d}
    return construct(cls, values, set(d))


_DEFAULTS_QUERY_STRATEGIES: dict[str, Any] = {"nonce": None, "strategy_ids": None}


def _build_query_strategies(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_QUERY_STRATEGIES, **d}
    return construct(cls, values, set(d))


_DEFAULTS_QUERY_STRATEGIES_RESPONSE: dict[str, Any] = {"error": None, "result": None}


def _build_query_strategies_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_QUERY_STRATEGIES_RESPONSE, **d}
    x = values["result"]
    if x is not None:
        values["result"] = _build_query_strategies_response_result(QueryStrategiesResponseResult, x)
    return construct(cls, values, set(d))


_DEFAULTS_QUERY_STRATEGIES_RESPONSE_RESULT: dict[str, Any] = {"strategies": None}


def _build_query_strategies_response_result(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_QUERY_STRATEGIES_RESPONSE_RESULT, **d}
    return construct(cls, values, set(d))


_DEFAULTS_GET_OPEN_STRATEGIES: dict[str, Any] = {"nonce": None, "strategy_type": None}


def _build_get_open_strategies(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_GET_OPEN_STRATEGIES, **d}
    return construct(cls, values, set(d))


_DEFAULTS_GET_CLOSED_STRATEGIES: dict[str, Any] = {
    "nonce": None,
    "strategy_type": None,
    "asset_class": None,
    "status": None,
    "start": None,
    "end": None,
    "query_time_mode": None,
    "limit": None,
    "cursor": None,
}


def _build_get_closed_strategies(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_GET_CLOSED_STRATEGIES, **d}
    return construct(cls, values, set(d))


_DEFAULTS_GET_CLOSED_STRATEGIES_RESPONSE: dict[str, Any] = {"error": None, "result": None}


def _build_get_closed_strategies_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_GET_CLOSED_STRATEGIES_RESPONSE, **d}
    x = values["result"]
    if x is not None:
        values["result"] = _build_get_closed_strategies_response_result(
            GetClosedStrategiesResponseResult, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_GET_CLOSED_STRATEGIES_RESPONSE_RESULT: dict[str, Any] = {
    "closed": None,
    "next_cursor": None,
}


def _build_get_closed_strategies_response_result(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_GET_CLOSED_STRATEGIES_RESPONSE_RESULT, **d}
    x = values["closed"]
    if x is not None:
        values["closed"] = tuple(_build_strategy(Strategy, i) for i in x)
    return construct(cls, values, set(d))


_DEFAULTS_ERROR_RESPONSE: dict[str, Any] = {"error": None, "result": None}


def _build_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR_RESPONSE, **d}
    return construct(cls, values, set(d))


bind(AddStrategy, check_add_strategy, _build_add_strategy, VENUE_ID)
bind(AddStrategyResponse, check_add_strategy_response, _build_add_strategy_response, VENUE_ID)
bind(CancelStrategy, check_cancel_strategy, _build_cancel_strategy, VENUE_ID)
bind(
    CancelStrategyResponse,
    check_cancel_strategy_response,
    _build_cancel_strategy_response,
    VENUE_ID,
)
bind(QueryStrategies, check_query_strategies, _build_query_strategies, VENUE_ID)
bind(
    QueryStrategiesResponse,
    check_query_strategies_response,
    _build_query_strategies_response,
    VENUE_ID,
)
bind(GetOpenStrategies, check_get_open_strategies, _build_get_open_strategies, VENUE_ID)
bind(GetClosedStrategies, check_get_closed_strategies, _build_get_closed_strategies, VENUE_ID)
bind(
    GetClosedStrategiesResponse,
    check_get_closed_strategies_response,
    _build_get_closed_strategies_response,
    VENUE_ID,
)
bind(ErrorResponse, check_error_response, _build_error_response, VENUE_ID)
bind_part(Strategy, _check_strategy, _build_strategy, VENUE_ID)
bind_part(
    AddStrategyResponseResult,
    _check_add_strategy_response_result,
    _build_add_strategy_response_result,
    VENUE_ID,
)
bind_part(
    QueryStrategiesResponseResult,
    _check_query_strategies_response_result,
    _build_query_strategies_response_result,
    VENUE_ID,
)
bind_part(
    GetClosedStrategiesResponseResult,
    _check_get_closed_strategies_response_result,
    _build_get_closed_strategies_response_result,
    VENUE_ID,
)

MESSAGES: dict[str, MessageEntry] = {
    "add_strategy": MessageEntry(
        "add_strategy",
        "request",
        AddStrategy,
        check_add_strategy,
        (
            "symbol_supported",
            "market_strategy_on_a_pair_taking_market_orders",
            "volume_at_least_ordermin",
            "limit_cost_at_least_costmin",
            "volume_within_lot_decimals",
            "price_on_tick_grid",
        ),
        Rejection(
            "error_response",
            {"error": ["EGeneral:Invalid arguments:{violations}"]},
            'Kraken guide — Spot REST Introduction (requests, responses and errors), Requests, Responses and Errors: Error response (Kraken answers a bad argument with only `error`, e.g. "EGeneral:Invalid arguments:ordertype". Which code AddStrategy sends for each rule is not documented; the text after the prefix is ours.)',
        ),
        wire=WIRE_ADD_STRATEGY,
    ),
    "add_strategy_response": MessageEntry(
        "add_strategy_response", "response", AddStrategyResponse, check_add_strategy_response, ()
    ),
    "cancel_strategy": MessageEntry(
        "cancel_strategy",
        "request",
        CancelStrategy,
        check_cancel_strategy,
        (),
        Rejection(
            "error_response",
            {"error": ["EGeneral:Invalid arguments:{violations}"]},
            "Kraken guide — Spot REST Introduction (requests, responses and errors), Requests, Responses and Errors: Error response (The error code CancelStrategy sends is not documented; the text after the prefix is ours.)",
        ),
        wire=WIRE_CANCEL_STRATEGY,
    ),
    "cancel_strategy_response": MessageEntry(
        "cancel_strategy_response",
        "response",
        CancelStrategyResponse,
        check_cancel_strategy_response,
        (),
    ),
    "query_strategies": MessageEntry(
        "query_strategies",
        "request",
        QueryStrategies,
        check_query_strategies,
        (),
        wire=WIRE_QUERY_STRATEGIES,
    ),
    "query_strategies_response": MessageEntry(
        "query_strategies_response",
        "response",
        QueryStrategiesResponse,
        check_query_strategies_response,
        (),
    ),
    "get_open_strategies": MessageEntry(
        "get_open_strategies",
        "request",
        GetOpenStrategies,
        check_get_open_strategies,
        (),
        wire=WIRE_GET_OPEN_STRATEGIES,
    ),
    "get_closed_strategies": MessageEntry(
        "get_closed_strategies",
        "request",
        GetClosedStrategies,
        check_get_closed_strategies,
        (),
        wire=WIRE_GET_CLOSED_STRATEGIES,
    ),
    "get_closed_strategies_response": MessageEntry(
        "get_closed_strategies_response",
        "response",
        GetClosedStrategiesResponse,
        check_get_closed_strategies_response,
        (),
    ),
    "error_response": MessageEntry(
        "error_response", "error", ErrorResponse, check_error_response, ()
    ),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "add_strategy",
    (
        ("symbol", ConceptField("symbol", "string", ())),
        ("side", ConceptField("side", "enum", (("buy", "buy"), ("sell", "sell")))),
        ("quantity", ConceptField("volume", "decimal_string", ())),
    ),
    fixed=(("strategy_type", "twap"),),
)

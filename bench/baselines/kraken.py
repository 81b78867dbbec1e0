"""Kraken AddStrategy (TWAP) with reference data, by hand.

The form-body wire reads integers and booleans from their text too; the hand models take JSON
values only, which is less work than twapschema does, so the comparison does not flatter it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import (
    STRICT,
    Baseline,
    DecimalString,
    Plain,
    context_reference,
    decimals_within,
)

_RELATIVE = re.compile(r"^[+][0-9]{1,15}$")
_ABSOLUTE = re.compile(r"^[0-9]{1,15}$")
_THIRTY_DAYS = 2_592_000


def _own(ordertype: str, price: Decimal | None, start: str | None, end: str) -> list[str]:
    out = []
    relative = _RELATIVE.match(end) and (start is None or _RELATIVE.match(start))
    absolute = _ABSOLUTE.match(end) and start is not None and _ABSOLUTE.match(start)
    if (relative or absolute) and int(end) - (0 if start is None else int(start)) < 60:
        out.append("window_at_least_60s")
    if any(t is not None and _RELATIVE.match(t) and int(t) > _THIRTY_DAYS for t in (start, end)):
        out.append("within_30_days")
    if (ordertype == "limit") != (price is not None):
        out.append("price_only_for_limit")
    return out


def _referenced(
    ref: Any, symbol: str, ordertype: str, volume: Decimal, price: Decimal | None
) -> list[str]:
    if ref is None:
        return []
    row = ref.pairs.get(symbol)
    out = []
    if row is None or row.status != "tradable":
        out.append("symbol_supported")
    if ordertype == "market" and (row is None or not row.market_orders):
        out.append("market_strategy_on_a_pair_taking_market_orders")
    if row is None:
        return out
    if volume < row.ordermin:
        out.append("volume_at_least_ordermin")
    if price is not None and volume * price < row.costmin:
        out.append("limit_cost_at_least_costmin")
    if not decimals_within(volume, row.lot_decimals):
        out.append("volume_within_lot_decimals")
    if price is not None and price % row.tick_size:
        out.append("price_on_tick_grid")
    return out


class Hand(BaseModel):
    model_config = STRICT
    nonce: int = Field(ge=0)
    strategy_type: Literal["twap"]
    symbol: str
    asset_class: Literal["forex"] | None = None
    side: Literal["buy", "sell"]
    volume: DecimalString = Field(gt=0)
    ordertype: Literal["market", "limit"]
    price: DecimalString | None = Field(None, gt=0)
    starttm: str | None = None
    expiretm: str
    validate_: bool | None = Field(None, alias="validate")

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Hand:
        problems = _own(self.ordertype, self.price, self.starttm, self.expiretm)
        problems += _referenced(
            context_reference(info), self.symbol, self.ordertype, self.volume, self.price
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    nonce: Annotated[int, msgspec.Meta(ge=0)]
    strategy_type: Literal["twap"]
    symbol: str
    side: Literal["buy", "sell"]
    volume: Plain
    ordertype: Literal["market", "limit"]
    expiretm: str
    asset_class: Literal["forex"] | None = None
    price: Plain | None = None
    starttm: str | None = None
    validate: bool | None = None

    def __post_init__(self) -> None:
        price = None if self.price is None else Decimal(self.price)
        if Decimal(self.volume) <= 0 or (price is not None and price <= 0):
            raise msgspec.ValidationError("volume and price must be greater than 0")
        problems = _own(self.ordertype, price, self.starttm, self.expiretm)
        if problems:
            raise msgspec.ValidationError(problems[0])


def after(s: Struct, ref: Any) -> None:
    price = None if s.price is None else Decimal(s.price)
    problems = _referenced(ref, s.symbol, s.ordertype, Decimal(s.volume), price)
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(body: dict[str, Any], ref: Any) -> list[str]:
    volume = Decimal(body["volume"])
    price = None if "price" not in body else Decimal(body["price"])
    out = [] if volume > 0 else ["volume.exclusiveMinimum"]
    if price is not None and price <= 0:
        out.append("price.exclusiveMinimum")
    out += _own(body["ordertype"], price, body.get("starttm"), body["expiretm"])
    return out + _referenced(ref, body["symbol"], body["ordertype"], volume, price)


VALID = {
    "nonce": 1781169958000,
    "symbol": "BTC/USD",
    "asset_class": "forex",
    "strategy_type": "twap",
    "side": "buy",
    "volume": "1.5",
    "ordertype": "limit",
    "price": "67000.0",
    "expiretm": "+3600",
}
BASELINE = Baseline(
    venue="kraken",
    message="add_strategy",
    label="kraken add_strategy (reference data)",
    valid=VALID,
    # A 40 s window, a price on a market strategy and off the 0.1 grid, volume below ordermin.
    invalid={
        "nonce": 1,
        "symbol": "BTC/USD",
        "strategy_type": "twap",
        "side": "buy",
        "volume": "0.00001",
        "ordertype": "market",
        "price": "67000.05",
        "starttm": "+60",
        "expiretm": "+100",
    },
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
)

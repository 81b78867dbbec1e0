"""Binance new_order_twap (futures) with reference data, by hand.

The query-string wire reads integers from their text too; the hand models take JSON integers
only, which is less work than twapschema does, so the comparison does not flatter it. A symbol
the reference data does not list leaves its two rules unchecked, as twapschema reports.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import STRICT, Baseline, BinanceDecimal, context_reference
from bench.baselines.common import Binance as Text

_LOW, _HIGH = Decimal(1000), Decimal(1_000_000)


def _problems(
    ref: Any, symbol: str, quantity: Decimal, duration: int, side: str | None, reduce: object
) -> list[str]:
    out = []
    row = ref.symbols.get(symbol) if ref is not None else None
    if row is not None:
        if not quantity * 60 > row.min_qty * duration:
            out.append("quantity_per_minute_above_min_qty")
        notional = quantity * row.mark_price
        if not _LOW < notional < _HIGH:
            out.append("notional_within_limits")
    if side not in (None, "BOTH") and reduce is not None:
        out.append("reduce_only_one_way_mode_only")
    return out


class Hand(BaseModel):
    model_config = STRICT
    symbol: str
    side: Literal["BUY", "SELL"]
    positionSide: Literal["BOTH", "LONG", "SHORT"] | None = None
    quantity: BinanceDecimal = Field(gt=0)
    duration: int = Field(ge=300, le=86400)
    clientAlgoId: str | None = Field(None, min_length=32, max_length=32)
    reduceOnly: bool | None = None
    limitPrice: BinanceDecimal | None = Field(None, gt=0)
    recvWindow: int | None = Field(None, le=60000)
    timestamp: int

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Hand:
        problems = _problems(
            context_reference(info),
            self.symbol,
            self.quantity,
            self.duration,
            self.positionSide,
            self.reduceOnly,
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    symbol: str
    side: Literal["BUY", "SELL"]
    quantity: Text
    duration: Annotated[int, msgspec.Meta(ge=300, le=86400)]
    timestamp: int
    positionSide: Literal["BOTH", "LONG", "SHORT"] | None = None
    clientAlgoId: Annotated[str, msgspec.Meta(min_length=32, max_length=32)] | None = None
    reduceOnly: bool | None = None
    limitPrice: Text | None = None
    recvWindow: Annotated[int, msgspec.Meta(le=60000)] | None = None

    def __post_init__(self) -> None:
        if Decimal(self.quantity) <= 0:
            raise msgspec.ValidationError("quantity must be greater than 0")
        if self.limitPrice is not None and Decimal(self.limitPrice) <= 0:
            raise msgspec.ValidationError("limitPrice must be greater than 0")


def after(s: Struct, ref: Any) -> None:
    problems = _problems(
        ref, s.symbol, Decimal(s.quantity), s.duration, s.positionSide, s.reduceOnly
    )
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(body: dict[str, Any], ref: Any) -> list[str]:
    quantity = Decimal(body["quantity"])
    out = [] if quantity > 0 else ["quantity.exclusiveMinimum"]
    price = body.get("limitPrice")
    if price is not None and Decimal(price) <= 0:
        out.append("limitPrice.exclusiveMinimum")
    return out + _problems(
        ref,
        body["symbol"],
        quantity,
        body["duration"],
        body.get("positionSide"),
        body.get("reduceOnly"),
    )


VALID = {
    "symbol": "BTCUSDT",
    "side": "BUY",
    "quantity": "1",
    "duration": 5000,
    "timestamp": 1641522717552,
}
BASELINE = Baseline(
    venue="binance",
    message="new_order_twap",
    label="binance new_order_twap (reference data)",
    valid=VALID,
    # The notional (600 USDT) and the per-minute quantity too small, and reduceOnly in Hedge Mode.
    invalid={**VALID, "quantity": "0.01", "positionSide": "LONG", "reduceOnly": True},
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
)

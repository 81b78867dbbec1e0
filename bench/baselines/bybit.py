"""Bybit create_strategy (TWAP) with reference data, by hand.

The instruments are looked up by (category, symbol), a dict built once from the reference part;
an instrument the data does not list is refused (instrument_tradable) and its size rules are
left unchecked, as twapschema does.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import STRICT, Baseline, DecimalString, Plain, context_reference

Category = Literal[
    "UTA_USDT", "UTA_USDC", "UTA_SPOT", "UTA_INVERSE", "UTA_INVERSE_FUTURE", "UTA_USDT_FUTURE"
]
Interval = Literal[5, 10, 15, 30, 60, 120]
_HALF = Decimal("0.5")


def prepare(part: Any) -> dict[tuple[str, str], Any]:
    return {(row.category, row.symbol): row for row in part.instruments.values()}


def _own(
    size: Decimal | None, value: Decimal | None, duration: int, interval: int | None
) -> list[str]:
    out = []
    if duration % (30 if interval is None else interval):
        out.append("duration_divisible_by_interval")
    if (size is None) == (value is None):
        out.append("size_or_position_value")
    return out


def _referenced(
    ref: Any,
    category: str,
    symbol: str,
    size: Decimal | None,
    value: Decimal | None,
    duration: int,
    interval: int | None,
) -> list[str]:
    if ref is None:
        return []
    every = 30 if interval is None else interval
    out = []
    row = ref.get((category, symbol))
    if row is None or not row.tradable:
        out.append("instrument_tradable")
    if row is None:
        return out
    if size is not None:
        if size * every < row.min_order_qty * duration:
            out.append("size_per_child_at_least_min_order_qty")
        if category != "UTA_SPOT" and size * every > row.max_order_qty * _HALF * duration:
            out.append("sub_order_at_most_half_the_max_order_qty")
    if value is not None and value * every < row.min_notional_value * duration:
        out.append("position_value_per_child_at_least_min_notional")
    return out


class Hand(BaseModel):
    model_config = STRICT
    category: Category
    symbol: str
    side: Literal["Buy", "Sell"]
    size: DecimalString | None = Field(None, gt=0)
    positionValue: DecimalString | None = Field(None, gt=0)
    strategyType: Literal["twap"]
    duration: int = Field(ge=300, le=86400)
    interval: Interval | None = None
    reduceOnly: bool | None = None
    positionIdx: int | None = Field(None, ge=0, le=2)
    leverageType: int | None = Field(None, ge=0, le=1)
    isRandom: bool | None = None
    triggerPrice: DecimalString | None = Field(None, gt=0)
    maxChasePrice: DecimalString | None = Field(None, gt=0)
    chaseDistance: DecimalString | None = None
    chasePercentE4: int | None = Field(None, ge=1, le=9999)

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Hand:
        problems = _own(self.size, self.positionValue, self.duration, self.interval)
        problems += _referenced(
            context_reference(info),
            self.category,
            self.symbol,
            self.size,
            self.positionValue,
            self.duration,
            self.interval,
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self


_Small = Annotated[int, msgspec.Meta(ge=0, le=2)]


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    category: Category
    symbol: str
    side: Literal["Buy", "Sell"]
    strategyType: Literal["twap"]
    duration: Annotated[int, msgspec.Meta(ge=300, le=86400)]
    size: Plain | None = None
    positionValue: Plain | None = None
    interval: Interval | None = None
    reduceOnly: bool | None = None
    positionIdx: _Small | None = None
    leverageType: Annotated[int, msgspec.Meta(ge=0, le=1)] | None = None
    isRandom: bool | None = None
    triggerPrice: Plain | None = None
    maxChasePrice: Plain | None = None
    chaseDistance: Plain | None = None
    chasePercentE4: Annotated[int, msgspec.Meta(ge=1, le=9999)] | None = None

    def __post_init__(self) -> None:
        for value in (self.size, self.positionValue, self.triggerPrice, self.maxChasePrice):
            if value is not None and Decimal(value) <= 0:
                raise msgspec.ValidationError("amounts and prices must be greater than 0")
        problems = _own(_dec(self.size), _dec(self.positionValue), self.duration, self.interval)
        if problems:
            raise msgspec.ValidationError(problems[0])


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def after(s: Struct, ref: Any) -> None:
    problems = _referenced(
        ref, s.category, s.symbol, _dec(s.size), _dec(s.positionValue), s.duration, s.interval
    )
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(body: dict[str, Any], ref: Any) -> list[str]:
    out = []
    for name in ("size", "positionValue", "triggerPrice", "maxChasePrice"):
        if name in body and Decimal(body[name]) <= 0:
            out.append(f"{name}.exclusiveMinimum")
    size, value = _dec(body.get("size")), _dec(body.get("positionValue"))
    duration, interval = body["duration"], body.get("interval")
    out += _own(size, value, duration, interval)
    return out + _referenced(ref, body["category"], body["symbol"], size, value, duration, interval)


VALID = {
    "category": "UTA_USDT",
    "symbol": "BTCUSDT",
    "side": "Buy",
    "size": "1",
    "strategyType": "twap",
    "duration": 300,
    "isRandom": True,
}
BASELINE = Baseline(
    venue="bybit",
    message="create_strategy",
    label="bybit create_strategy (reference data)",
    valid=VALID,
    # 310 s is no multiple of 60; both size and positionValue; each too small per child.
    invalid={**VALID, "size": "0.001", "positionValue": "1", "duration": 310, "interval": 60},
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
    prepare=prepare,
)

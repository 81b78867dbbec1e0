"""Ondo Perps create_twap_order, by hand."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, model_validator

from bench.baselines.common import STRICT, Baseline, DecimalString, Plain


class Hand(BaseModel):
    model_config = STRICT
    market: str
    side: Literal["buy", "sell"]
    size: DecimalString = Field(gt=0)
    runningTime: int = Field(ge=300, le=86400)
    frequency: int = Field(ge=1)
    reduceOnly: bool | None = None
    maxPrice: DecimalString | None = Field(None, gt=0)
    minPrice: DecimalString | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _rules(self) -> Hand:
        problems = []
        if self.runningTime % self.frequency:
            problems.append("runningTime must be a multiple of frequency")
        if not 2 * self.frequency <= self.runningTime <= 200 * self.frequency:
            problems.append("runningTime / frequency must be between 2 and 200")
        if (
            self.minPrice is not None
            and self.maxPrice is not None
            and self.minPrice > self.maxPrice
        ):
            problems.append("minPrice must not be above maxPrice")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    market: str
    side: Literal["buy", "sell"]
    size: Plain
    runningTime: Annotated[int, msgspec.Meta(ge=300, le=86400)]
    frequency: Annotated[int, msgspec.Meta(ge=1)]
    reduceOnly: bool | None = None
    maxPrice: Plain | None = None
    minPrice: Plain | None = None

    def __post_init__(self) -> None:
        if Decimal(self.size) <= 0:
            raise msgspec.ValidationError("size must be greater than 0")
        for price in (self.maxPrice, self.minPrice):
            if price is not None and Decimal(price) <= 0:
                raise msgspec.ValidationError("prices must be greater than 0")
        if self.runningTime % self.frequency:
            raise msgspec.ValidationError("runningTime must be a multiple of frequency")
        if not 2 * self.frequency <= self.runningTime <= 200 * self.frequency:
            raise msgspec.ValidationError("runningTime / frequency must be between 2 and 200")
        if (
            self.minPrice is not None
            and self.maxPrice is not None
            and Decimal(self.minPrice) > Decimal(self.maxPrice)
        ):
            raise msgspec.ValidationError("minPrice must not be above maxPrice")


def cross(body: dict[str, Any], _ref: Any) -> list[str]:
    out = []
    if Decimal(body["size"]) <= 0:
        out.append("size.exclusiveMinimum")
    rt, freq = body["runningTime"], body["frequency"]
    if rt % freq:
        out.append("running_time_multiple_of_frequency")
    if not 2 * freq <= rt <= 200 * freq:
        out.append("child_order_count")
    lo, hi = body.get("minPrice"), body.get("maxPrice")
    if lo is not None and hi is not None and Decimal(lo) > Decimal(hi):
        out.append("min_price_not_above_max_price")
    return out


VALID = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
    "reduceOnly": False,
    "maxPrice": "160.00",
    "minPrice": "140.00",
}
BASELINE = Baseline(
    venue="ondo",
    message="create_twap_order",
    label="ondo create_twap_order",
    valid=VALID,
    invalid={**VALID, "runningTime": 3601, "minPrice": "170.00", "size": "0"},
    hand=Hand,
    struct=Struct,
    cross=cross,
)

"""Hyperliquid twap_order action with reference data, by hand.

An asset id the reference data does not list leaves size_within_sz_decimals unchecked, as
twapschema reports.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import (
    STRICT,
    Baseline,
    Canonical,
    CanonicalDecimal,
    context_reference,
    decimals_within,
)


def prepare(part: Any) -> dict[int, Any]:
    return {row.asset: row for row in part.assets.values()}


def _referenced(ref: Any, asset: int, size: Decimal) -> list[str]:
    row = ref.get(asset) if ref is not None else None
    if row is not None and not decimals_within(size, row.sz_decimals):
        return ["size_within_sz_decimals"]
    return []


class Twap(BaseModel):
    model_config = STRICT
    a: int = Field(ge=0)
    b: bool
    s: CanonicalDecimal = Field(gt=0)
    r: bool
    m: int = Field(ge=5, le=10080)
    t: bool

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Twap:
        problems = _referenced(context_reference(info), self.a, self.s)
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Hand(BaseModel):
    model_config = STRICT
    type: Literal["twapOrder"]
    twap: Twap


class TwapStruct(msgspec.Struct, forbid_unknown_fields=True):
    a: Annotated[int, msgspec.Meta(ge=0)]
    b: bool
    s: Canonical
    r: bool
    m: Annotated[int, msgspec.Meta(ge=5, le=10080)]
    t: bool

    def __post_init__(self) -> None:
        if Decimal(self.s) <= 0:
            raise msgspec.ValidationError("s must be greater than 0")


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    type: Literal["twapOrder"]
    twap: TwapStruct


def after(s: Struct, ref: Any) -> None:
    problems = _referenced(ref, s.twap.a, Decimal(s.twap.s))
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(action: dict[str, Any], ref: Any) -> list[str]:
    twap = action["twap"]
    size = Decimal(twap["s"])
    out = [] if size > 0 else ["s.exclusiveMinimum"]
    return out + _referenced(ref, twap["a"], size)


VALID = {"type": "twapOrder", "twap": {"a": 0, "b": True, "s": "1", "r": False, "m": 10, "t": True}}
BASELINE = Baseline(
    venue="hyperliquid",
    message="twap_order",
    label="hyperliquid twap_order (reference data)",
    valid=VALID,
    # BTC takes 5 decimals, 4 minutes is below 5, and t is no boolean.
    invalid={
        "type": "twapOrder",
        "twap": {"a": 0, "b": True, "s": "0.000001", "r": False, "m": 4, "t": "yes"},
    },
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
    prepare=prepare,
)

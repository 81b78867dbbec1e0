"""Aevo create_twap_order, by hand."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

import msgspec
from pydantic import BaseModel, Field

from bench.baselines.common import STRICT, Baseline, DecimalString, Plain

_STEP = Decimal("0.000001")


class Hand(BaseModel):
    model_config = STRICT
    instrument_id: int = Field(ge=0)
    is_buy: bool
    amount_float: DecimalString = Field(gt=0, multiple_of=_STEP)
    duration: int = Field(ge=1)
    reduce_only: bool | None = None


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    instrument_id: Annotated[int, msgspec.Meta(ge=0)]
    is_buy: bool
    amount_float: Plain
    duration: Annotated[int, msgspec.Meta(ge=1)]
    reduce_only: bool | None = None

    def __post_init__(self) -> None:
        amount = Decimal(self.amount_float)
        if amount <= 0 or amount % _STEP:
            raise msgspec.ValidationError("amount_float must be positive with at most 6 decimals")


def cross(body: dict[str, Any], _ref: Any) -> list[str]:
    amount = Decimal(body["amount_float"])
    out = []
    if amount <= 0:
        out.append("amount_float.exclusiveMinimum")
    if amount % _STEP:
        out.append("amount_float.multipleOf")
    return out


BASELINE = Baseline(
    venue="aevo",
    message="create_twap_order",
    label="aevo create_twap_order",
    valid={"instrument_id": 12, "is_buy": True, "amount_float": "12.23", "duration": 30},
    invalid={"instrument_id": -1, "is_buy": "yes", "amount_float": "0.0000001", "duration": 0},
    hand=Hand,
    struct=Struct,
    cross=cross,
)

"""OKX order_algo_twap (POST /api/v5/trade/order-algo, ordType twap) with reference data, by
hand.

OKX reads "" (and [] and null) as an absent member and "true" as a boolean; the hand models do
not, which is less work than twapschema does, so the comparison does not flatter it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import (
    ALNUM,
    STRICT,
    Baseline,
    DecimalString,
    Digits,
    IntegerString,
    Plain,
    context_reference,
)

_LOW, _HIGH = Decimal("0.0001"), Decimal("0.01")


def _own(sz: Decimal, sz_limit: Decimal, px_var: object, px_spread: object) -> list[str]:
    out = []
    if (px_var is None) == (px_spread is None):
        out.append("price_variance_exactly_one")
    if sz_limit > sz:
        out.append("child_size_within_total")
    return out


def _referenced(ref: Any, inst_id: str) -> list[str]:
    if ref is None:
        return []
    row = ref.instruments.get(inst_id)
    return [] if row is not None and row.live else ["instrument_live"]


class Hand(BaseModel):
    model_config = STRICT
    instId: str
    tdMode: Literal["cross", "isolated", "cash", "spot_isolated"]
    ccy: str | None = None
    side: Literal["buy", "sell"]
    posSide: Literal["long", "short", "net"] | None = None
    ordType: Literal["twap"]
    sz: DecimalString = Field(gt=0)
    szLimit: DecimalString = Field(gt=0)
    pxLimit: DecimalString
    pxVar: DecimalString | None = Field(None, ge=_LOW, le=_HIGH)
    pxSpread: DecimalString | None = None
    timeInterval: IntegerString = Field(ge=1)
    algoClOrdId: str | None = Field(None, max_length=32, pattern=ALNUM)
    tag: str | None = Field(None, max_length=16, pattern=ALNUM)
    tgtCcy: Literal["base_ccy", "quote_ccy"] | None = None
    clOrdId: str | None = Field(None, max_length=32)
    reduceOnly: bool | None = None
    tradeQuoteCcy: str | None = None
    isTradeBorrowMode: bool | None = None

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Hand:
        problems = _own(self.sz, self.szLimit, self.pxVar, self.pxSpread)
        problems += _referenced(context_reference(info), self.instId)
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    instId: str
    tdMode: Literal["cross", "isolated", "cash", "spot_isolated"]
    side: Literal["buy", "sell"]
    ordType: Literal["twap"]
    sz: Plain
    szLimit: Plain
    pxLimit: Plain
    timeInterval: Digits
    ccy: str | None = None
    posSide: Literal["long", "short", "net"] | None = None
    pxVar: Plain | None = None
    pxSpread: Plain | None = None
    algoClOrdId: Annotated[str, msgspec.Meta(max_length=32, pattern=ALNUM)] | None = None
    tag: Annotated[str, msgspec.Meta(max_length=16, pattern=ALNUM)] | None = None
    tgtCcy: Literal["base_ccy", "quote_ccy"] | None = None
    clOrdId: Annotated[str, msgspec.Meta(max_length=32)] | None = None
    reduceOnly: bool | None = None
    tradeQuoteCcy: str | None = None
    isTradeBorrowMode: bool | None = None

    def __post_init__(self) -> None:
        sz, sz_limit = Decimal(self.sz), Decimal(self.szLimit)
        if sz <= 0 or sz_limit <= 0:
            raise msgspec.ValidationError("sz and szLimit must be greater than 0")
        if self.pxVar is not None and not _LOW <= Decimal(self.pxVar) <= _HIGH:
            raise msgspec.ValidationError("pxVar must be within [0.0001, 0.01]")
        if int(self.timeInterval) < 1:
            raise msgspec.ValidationError("timeInterval must be at least 1")
        problems = _own(sz, sz_limit, self.pxVar, self.pxSpread)
        if problems:
            raise msgspec.ValidationError(problems[0])


def after(s: Struct, ref: Any) -> None:
    problems = _referenced(ref, s.instId)
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(body: dict[str, Any], ref: Any) -> list[str]:
    sz, sz_limit = Decimal(body["sz"]), Decimal(body["szLimit"])
    out = [] if sz > 0 else ["sz.exclusiveMinimum"]
    if sz_limit <= 0:
        out.append("szLimit.exclusiveMinimum")
    px_var = body.get("pxVar")
    if px_var is not None and Decimal(px_var) < _LOW:
        out.append("pxVar.minimum")
    if px_var is not None and Decimal(px_var) > _HIGH:
        out.append("pxVar.maximum")
    if int(body["timeInterval"]) < 1:
        out.append("timeInterval.minimum")
    out += _own(sz, sz_limit, px_var, body.get("pxSpread"))
    return out + _referenced(ref, body["instId"])


VALID = {
    "instId": "BTC-USDT-SWAP",
    "tdMode": "cross",
    "side": "buy",
    "ordType": "twap",
    "sz": "10",
    "posSide": "net",
    "szLimit": "10",
    "pxLimit": "100",
    "timeInterval": "10",
    "pxSpread": "10",
}
BASELINE = Baseline(
    venue="okx",
    message="order_algo_twap",
    label="okx order_algo_twap (reference data)",
    valid=VALID,
    # A suspended instrument, children above the total, and both pxVar (too large) and pxSpread.
    invalid={**VALID, "instId": "HALT-USDT-SWAP", "szLimit": "11", "pxVar": "0.02"},
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
)

"""QFEX add_twap with reference data, by hand."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import Annotated, Any, Literal

import msgspec
from pydantic import BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import (
    STRICT,
    Baseline,
    DecimalNumber,
    context_reference,
    decimal_number,
)


def _step(row: Any) -> Decimal:
    return Decimal(1).scaleb(-row.quantity_precision)


class Params(BaseModel):
    model_config = STRICT
    symbol: str
    side: Literal["BUY", "SELL"]
    total_quantity: DecimalNumber = Field(gt=0)
    num_orders: int = Field(ge=2)
    order_interval_secs: int = Field(ge=30)
    reduce_only: bool
    client_twap_id: str | None = None

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Params:
        ref = context_reference(info)
        if ref is None:
            return self
        problems = []
        row = ref.symbols.get(self.symbol)
        if row is None or not row.active:
            problems.append("symbol must be a known, active QFEX symbol")
        else:
            scaled = self.total_quantity.quantize(_step(row), rounding=ROUND_DOWN)
            if scaled < row.min_quantity * self.num_orders:
                problems.append("total_quantity / num_orders must be at least min_quantity")
        limits = ref.limits
        if self.client_twap_id is not None and not (
            limits.client_id_min_length <= len(self.client_twap_id) <= limits.client_id_max_length
        ):
            problems.append("client_twap_id length out of limits")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Hand(BaseModel):
    model_config = STRICT
    type: Literal["add_twap"]
    params: Params


class ParamsStruct(msgspec.Struct, forbid_unknown_fields=True):
    symbol: str
    side: Literal["BUY", "SELL"]
    total_quantity: Annotated[float, msgspec.Meta(gt=0)]
    num_orders: Annotated[int, msgspec.Meta(ge=2)]
    order_interval_secs: Annotated[int, msgspec.Meta(ge=30)]
    reduce_only: bool
    client_twap_id: str | None = None


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    type: Literal["add_twap"]
    params: ParamsStruct


def after(struct: Struct, ref: Any) -> None:
    p = struct.params
    row = ref.symbols.get(p.symbol)
    if row is None or not row.active:
        raise msgspec.ValidationError("symbol must be a known, active QFEX symbol")
    total = Decimal(repr(p.total_quantity)).quantize(_step(row), rounding=ROUND_DOWN)
    if total < row.min_quantity * p.num_orders:
        raise msgspec.ValidationError("average child size below min_quantity")
    if p.client_twap_id is not None and not (
        ref.limits.client_id_min_length <= len(p.client_twap_id) <= ref.limits.client_id_max_length
    ):
        raise msgspec.ValidationError("client_twap_id length out of limits")


def cross(frame: dict[str, Any], ref: Any) -> list[str]:
    p = frame["params"]
    out = []
    row = ref.symbols.get(p["symbol"])
    if row is None or not row.active:
        out.append("symbol_active")
    else:
        total = decimal_number(p["total_quantity"]).quantize(_step(row), rounding=ROUND_DOWN)
        if total < row.min_quantity * p["num_orders"]:
            out.append("average_child_at_least_min_quantity")
    cid = p.get("client_twap_id")
    if cid is not None and not (
        ref.limits.client_id_min_length <= len(cid) <= ref.limits.client_id_max_length
    ):
        out.append("client_twap_id_length")
    return out


VALID = {
    "type": "add_twap",
    "params": {
        "symbol": "AAPL-USD",
        "side": "BUY",
        "total_quantity": 10,
        "num_orders": 5,
        "order_interval_secs": 30,
        "reduce_only": False,
        "client_twap_id": "rebalance-aapl-001",
    },
}
BASELINE = Baseline(
    venue="qfex",
    message="add_twap",
    label="qfex add_twap (reference data)",
    valid=VALID,
    invalid={
        "type": "add_twap",
        "params": {**VALID["params"], "num_orders": 1, "order_interval_secs": 29},  # type: ignore[dict-item]
    },
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
)

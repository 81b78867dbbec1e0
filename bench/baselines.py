"""Hand-written baselines with the same constraints and rules as the generated validators.

Each venue's request as: a Pydantic v2 model written by hand the way a careful engineer would
(strict types, exact decimals, the cross-field rules in a model validator); a msgspec Struct with
equivalent constraints; and jsonschema with the generated schema plus a hand-written check of
the cross-field rules.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_DOWN, Decimal
from typing import Annotated, Any, Literal

import msgspec
from jsonschema import Draft202012Validator
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, model_validator

import twapschema

_UNSIGNED = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_PATTERN = r"^[0-9]+(\.[0-9]+)?$"


def _decimal_string(value: object) -> Decimal:
    if isinstance(value, str) and _UNSIGNED.fullmatch(value):
        return Decimal(value)
    raise ValueError("must be a decimal string")


def _decimal_number(value: object) -> Decimal:
    if type(value) is int:
        return Decimal(value)
    if type(value) is float and math.isfinite(value):
        return Decimal(repr(value))
    if type(value) is Decimal and value.is_finite():
        return value
    raise ValueError("must be a number")


DecimalString = Annotated[Decimal, BeforeValidator(_decimal_string)]
DecimalNumber = Annotated[Decimal, BeforeValidator(_decimal_number)]
_STRICT = ConfigDict(strict=True, extra="forbid", frozen=True)


# --- Ondo ------------------------------------------------------------------------------------


class OndoHand(BaseModel):
    model_config = _STRICT
    market: str
    side: Literal["buy", "sell"]
    size: DecimalString = Field(gt=0)
    runningTime: int = Field(ge=300, le=86400)
    frequency: int = Field(ge=1)
    reduceOnly: bool | None = None
    maxPrice: DecimalString | None = Field(None, gt=0)
    minPrice: DecimalString | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _rules(self) -> OndoHand:
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


class OndoStruct(msgspec.Struct, forbid_unknown_fields=True):
    market: str
    side: Literal["buy", "sell"]
    size: Annotated[str, msgspec.Meta(pattern=_PATTERN)]
    runningTime: Annotated[int, msgspec.Meta(ge=300, le=86400)]
    frequency: Annotated[int, msgspec.Meta(ge=1)]
    reduceOnly: bool | None = None
    maxPrice: Annotated[str, msgspec.Meta(pattern=_PATTERN)] | None = None
    minPrice: Annotated[str, msgspec.Meta(pattern=_PATTERN)] | None = None

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


def ondo_cross(body: dict[str, Any]) -> list[str]:
    out = []
    size = Decimal(body["size"])
    if size <= 0:
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


# --- QFEX ------------------------------------------------------------------------------------


class QfexParams(BaseModel):
    model_config = _STRICT
    symbol: str
    side: Literal["BUY", "SELL"]
    total_quantity: DecimalNumber = Field(gt=0)
    num_orders: int = Field(ge=2)
    order_interval_secs: int = Field(ge=30)
    reduce_only: bool
    client_twap_id: str | None = None

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> QfexParams:
        ref = info.context.get("reference") if isinstance(info.context, dict) else None
        if ref is None:
            return self
        problems = []
        row = ref.symbols.get(self.symbol)
        if row is None or not row.active:
            problems.append("symbol must be a known, active QFEX symbol")
        else:
            scaled = self.total_quantity.quantize(
                Decimal(1).scaleb(-row.quantity_precision), rounding=ROUND_DOWN
            )
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


class QfexHand(BaseModel):
    model_config = _STRICT
    type: Literal["add_twap"]
    params: QfexParams


class QfexParamsStruct(msgspec.Struct, forbid_unknown_fields=True):
    symbol: str
    side: Literal["BUY", "SELL"]
    total_quantity: Annotated[float, msgspec.Meta(gt=0)]
    num_orders: Annotated[int, msgspec.Meta(ge=2)]
    order_interval_secs: Annotated[int, msgspec.Meta(ge=30)]
    reduce_only: bool
    client_twap_id: str | None = None


class QfexStruct(msgspec.Struct, forbid_unknown_fields=True):
    type: Literal["add_twap"]
    params: QfexParamsStruct


def qfex_cross_checked(struct: QfexStruct, ref: Any) -> None:
    """msgspec has no context: the reference rules run after decoding, by hand."""
    p = struct.params
    row = ref.symbols.get(p.symbol)
    if row is None or not row.active:
        raise msgspec.ValidationError("symbol must be a known, active QFEX symbol")
    total = Decimal(repr(p.total_quantity)).quantize(
        Decimal(1).scaleb(-row.quantity_precision), rounding=ROUND_DOWN
    )
    if total < row.min_quantity * p.num_orders:
        raise msgspec.ValidationError("average child size below min_quantity")
    if p.client_twap_id is not None and not (
        ref.limits.client_id_min_length <= len(p.client_twap_id) <= ref.limits.client_id_max_length
    ):
        raise msgspec.ValidationError("client_twap_id length out of limits")


def qfex_cross(frame: dict[str, Any], ref: Any) -> list[str]:
    p = frame["params"]
    out = []
    row = ref.symbols.get(p["symbol"])
    if row is None or not row.active:
        out.append("symbol_active")
    else:
        total = _decimal_number(p["total_quantity"]).quantize(
            Decimal(1).scaleb(-row.quantity_precision), rounding=ROUND_DOWN
        )
        if total < row.min_quantity * p["num_orders"]:
            out.append("average_child_at_least_min_quantity")
    cid = p.get("client_twap_id")
    if cid is not None and not (
        ref.limits.client_id_min_length <= len(cid) <= ref.limits.client_id_max_length
    ):
        out.append("client_twap_id_length")
    return out


# --- Aevo ------------------------------------------------------------------------------------


class AevoHand(BaseModel):
    model_config = _STRICT
    instrument_id: int = Field(ge=0)
    is_buy: bool
    amount_float: DecimalString = Field(gt=0, multiple_of=Decimal("0.000001"))
    duration: int = Field(ge=1)
    reduce_only: bool | None = None


class AevoStruct(msgspec.Struct, forbid_unknown_fields=True):
    instrument_id: Annotated[int, msgspec.Meta(ge=0)]
    is_buy: bool
    amount_float: Annotated[str, msgspec.Meta(pattern=_PATTERN)]
    duration: Annotated[int, msgspec.Meta(ge=1)]
    reduce_only: bool | None = None

    def __post_init__(self) -> None:
        amount = Decimal(self.amount_float)
        if amount <= 0 or amount % Decimal("0.000001"):
            raise msgspec.ValidationError("amount_float must be positive with at most 6 decimals")


def aevo_cross(body: dict[str, Any]) -> list[str]:
    amount = Decimal(body["amount_float"])
    out = []
    if amount <= 0:
        out.append("amount_float.exclusiveMinimum")
    if amount % Decimal("0.000001"):
        out.append("amount_float.multipleOf")
    return out


def schema_validator(venue: str, message: str) -> Draft202012Validator:
    return Draft202012Validator(twapschema.json_schema(venue, message))

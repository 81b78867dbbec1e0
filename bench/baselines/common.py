"""What every venue's baselines share: exact-decimal field types, the strict model config, and
the patterns of the decimal strings the specs accept."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Annotated, Any

import msgspec
from pydantic import BaseModel, BeforeValidator, ConfigDict

STRICT = ConfigDict(strict=True, extra="forbid", frozen=True)

# The JSON Schemas' patterns for the decimal strings (generated/schemas/<venue>/...).
PLAIN = r"^[0-9]+(\.[0-9]+)?$"
BINANCE = r"^[0-9]{1,20}(\.[0-9]{1,20})?$"  # Binance's 20 integer and 20 fraction digits
CANONICAL = r"^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$"  # Hyperliquid's signed msgpack text
DIGITS = r"^[0-9]+$"
ALNUM = r"^[A-Za-z0-9]+$"
UINT32 = 4294967295
UINT64 = 18446744073709551615


def _decimal_string(pattern: str) -> Callable[[object], Decimal]:
    compiled = re.compile(pattern)

    def read(value: object) -> Decimal:
        if isinstance(value, str) and compiled.match(value):
            return Decimal(value)
        raise ValueError("must be a decimal string")

    return read


def decimal_number(value: object) -> Decimal:
    if type(value) is int:
        return Decimal(value)
    if type(value) is float and math.isfinite(value):
        return Decimal(repr(value))
    if type(value) is Decimal and value.is_finite():
        return value
    raise ValueError("must be a number")


DecimalString = Annotated[Decimal, BeforeValidator(_decimal_string(PLAIN))]
BinanceDecimal = Annotated[Decimal, BeforeValidator(_decimal_string(BINANCE))]
CanonicalDecimal = Annotated[Decimal, BeforeValidator(_decimal_string(CANONICAL))]
IntegerString = Annotated[int, BeforeValidator(lambda v: int(_decimal_string(DIGITS)(v)))]
DecimalNumber = Annotated[Decimal, BeforeValidator(decimal_number)]

Plain = Annotated[str, msgspec.Meta(pattern=PLAIN)]
Binance = Annotated[str, msgspec.Meta(pattern=BINANCE)]
Canonical = Annotated[str, msgspec.Meta(pattern=CANONICAL)]
Digits = Annotated[str, msgspec.Meta(pattern=DIGITS)]


def decimals_within(value: Decimal, places: int) -> bool:
    """At most ``places`` significant digits after the point: "1.50" has one, as the specs'
    ``decimal_trunc(v, n) == v`` compares numbers, not texts."""
    return value == value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def context_reference(info: Any) -> Any:
    ctx = info.context
    return ctx.get("reference") if isinstance(ctx, dict) else None


@dataclass(frozen=True)
class Baseline:
    """One venue's create request and its hand-written contenders.

    ``hand``: a Pydantic v2 model (reference rules read ``context={"reference": prepared}``);
    ``struct``: a msgspec Struct (rules without reference data in ``__post_init__``);
    ``after``: the msgspec contender's reference rules, run by hand after decoding (msgspec has
    no context); ``cross``: the rules jsonschema cannot express, run by hand after it, as rule
    ids; ``prepare``: the lookups a careful engineer builds once from the venue's reference
    part (a dict by key), shared by every contender.
    """

    venue: str
    message: str
    label: str
    valid: dict[str, Any]
    invalid: dict[str, Any]
    hand: type[BaseModel]
    struct: type[msgspec.Struct]
    cross: Callable[[dict[str, Any], Any], list[str]]
    after: Callable[[Any, Any], None] | None = None
    reference: bool = False
    prepare: Callable[[Any], Any] = field(default=lambda part: part)

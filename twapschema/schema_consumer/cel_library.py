"""The twapschema CEL library for cel-python: the exact decimal functions the schemas' CEL rules
call (``decimal_cmp``, ``decimal_mul``, ``decimal_trunc``, ``decimal_shift``,
``decimal_is_multiple``), ``bech32_valid`` for checksummed addresses, JSON bound as CEL
values, and evaluation that treats an error as a rule that does not hold.
``npm/lib/cel.mjs`` is the same library for JavaScript."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import ROUND_DOWN, Decimal
from functools import cache
from typing import Any

import celpy
from celpy import celtypes

from twapschema.numbers import EXACT, is_multiple
from twapschema.runtime.addresses import bech32_ok

_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _decimal(value: object) -> Decimal:
    """A CEL string, double or int as an exact Decimal (a double by its shortest repr)."""
    if isinstance(value, bool | celtypes.BoolType):
        raise ValueError("a boolean is not a decimal")
    if isinstance(value, float):
        return Decimal(repr(float(value)))  # a CEL double: its shortest repr, exactly
    if isinstance(value, int):
        return Decimal(int(value))
    if isinstance(value, str) and parse_decimal_text(str(value)):
        return Decimal(str(value))
    raise ValueError(f"not a decimal: {value!r}")


def parse_decimal_text(text: str) -> bool:
    return _DECIMAL_TEXT.fullmatch(text) is not None


def _plain(value: Decimal) -> celtypes.StringType:
    return celtypes.StringType(format(value, "f"))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "decimal_cmp": lambda a, b: celtypes.IntType(
        (_decimal(a) > _decimal(b)) - (_decimal(a) < _decimal(b))
    ),
    "decimal_mul": lambda a, b: _plain(EXACT.multiply(_decimal(a), _decimal(b))),
    "decimal_trunc": lambda a, places: _plain(
        _decimal(a).quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_DOWN, context=EXACT)
        if _decimal(a).as_tuple().exponent < -int(places)  # type: ignore[operator]
        else _decimal(a)
    ),
    "decimal_shift": lambda a, places: _plain(_decimal(a).scaleb(int(places), context=EXACT)),
    "decimal_is_multiple": lambda a, b: celtypes.BoolType(
        _decimal(b) != 0 and is_multiple(_decimal(a), _decimal(b))
    ),
    "bech32_valid": lambda text, prefix: celtypes.BoolType(bech32_ok(str(text), str(prefix))),
}
_ENV = celpy.Environment()


@cache
def _program(expression: str) -> Any:
    return _ENV.program(_ENV.compile(expression), functions=FUNCTIONS)


_INT64 = 2**63


def _to_cel(value: object) -> Any:
    """JSON as CEL values. A whole number past int64 becomes a double, as a double-based JSON
    parser reads it; it must not fail a rule that does not even read it."""
    if isinstance(value, dict):
        return celtypes.MapType({celtypes.StringType(k): _to_cel(v) for k, v in value.items()})
    if isinstance(value, list):
        return celtypes.ListType([_to_cel(v) for v in value])
    if isinstance(value, bool):
        return celtypes.BoolType(value)
    if isinstance(value, int):
        return celtypes.IntType(value) if -_INT64 <= value < _INT64 else celtypes.DoubleType(value)
    if isinstance(value, float | Decimal):
        return celtypes.DoubleType(float(value))
    if isinstance(value, str):
        return celtypes.StringType(value)
    return None


def evaluate(expression: str, bindings: Mapping[str, object]) -> object:
    """True or False; anything else (an error) counts as not holding."""
    try:
        result = _program(expression).evaluate({k: _to_cel(v) for k, v in bindings.items()})
    except Exception:  # an evaluation error means the rule does not hold
        return None
    return bool(result) if isinstance(result, celtypes.BoolType) else None

"""Exact decimal reading and arithmetic for quantities and prices: no float ever takes part.

Every operation here is bounded by the digits the payload itself wrote, so a hostile number such
as 1e999999999 costs no more than its text: nothing is expanded to its full length.
"""

from __future__ import annotations

import re
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    ROUND_DOWN,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
    Rounded,
    Underflow,
)

# Unbounded precision: products and quantizations are exact, never rounded to 28 digits.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_DOWN)
_FAST = Context(prec=28, traps=[InvalidOperation, Overflow, Underflow, Inexact, Rounded])

UNSIGNED_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
SIGNED_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
UNSIGNED_PATTERN = "^[0-9]+(\\.[0-9]+)?$"
SIGNED_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$"


def parse_decimal_string(text: str, *, signed: bool) -> Decimal | None:
    """Digits with an optional fraction (and '-' when signed); no exponent, no spaces, no '+'."""
    pattern = SIGNED_DECIMAL if signed else UNSIGNED_DECIMAL
    if pattern.fullmatch(text) is None:
        return None
    return Decimal(text)


def decimal_from_number(value: object) -> Decimal | None:
    """A JSON number as an exact Decimal: ints exactly, floats by their shortest repr.

    Returns None for anything that is not a finite number (bool, str, NaN, Infinity...).
    """
    kind = type(value)
    if kind is int:
        return Decimal(value)  # type: ignore[arg-type]
    if kind is float:
        text = repr(value)
        if text in ("nan", "inf", "-inf"):
            return None
        return Decimal(text)
    if kind is Decimal:
        assert isinstance(value, Decimal)
        return value if value.is_finite() else None
    return None


def decimal_from_json(value: object) -> Decimal | None:
    """A decimal written either way JSON can: a decimal string (signed, parsed strictly) or a
    number (exactly); None for anything else."""
    if isinstance(value, str):
        return parse_decimal_string(value, signed=True)
    return decimal_from_number(value)


def mul(a: Decimal | int, b: Decimal | int) -> Decimal:
    return EXACT.multiply(Decimal(a), Decimal(b))


def is_multiple(a: Decimal | int, b: Decimal | int) -> bool:
    """Is ``a / b`` a whole number? Exact, for any exponents, without building huge numbers.

    With a = d * 10^f and b = c * 10^e: a/b = d * 10^(f-e) / c. The coefficients stay Decimals:
    libmpdec takes a remainder of a million digits in microseconds, where int() of the same
    digits is refused (Python's 4300-digit limit) or takes seconds.
    """
    da = a if type(a) is Decimal else Decimal(a)
    db = b if type(b) is Decimal else Decimal(b)
    if db == 0:
        return False
    if da == 0:
        return True
    try:
        # The common case: a remainder the default 28-digit context computes exactly (it
        # signals, rather than rounds, when the quotient needs more digits).
        return _FAST.remainder(da, db) == 0
    except ArithmeticError:
        pass
    ta, tb = da.as_tuple(), db.as_tuple()
    d, c = Decimal((0, ta.digits, 0)), Decimal((0, tb.digits, 0))
    f, e = int(ta.exponent), int(tb.exponent)
    if f >= e:
        scale = EXACT.power(10, f - e, c) if c != 1 else Decimal(0)
        return EXACT.remainder(EXACT.multiply(EXACT.remainder(d, c), scale), c) == 0
    shift = e - f
    if shift > len(ta.digits):  # d < 10^shift, so d cannot be a multiple of c * 10^shift
        return False
    return EXACT.remainder(d, c.scaleb(shift, context=EXACT)) == 0


def truncate(value: Decimal | int, places: int) -> Decimal:
    """``value`` cut (toward zero) to ``places`` decimals; never longer than ``value`` was."""
    dec = Decimal(value)
    exponent = dec.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -places:
        return dec
    try:
        return dec.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN, context=EXACT)
    except InvalidOperation:  # pragma: no cover - EXACT has room for any finite quantize
        return dec


def format_decimal(value: Decimal) -> str:
    """Plain notation, as a venue expects in a decimal string: 1E+2 -> '100', keeps '20.30'."""
    return format(value, "f")

"""Exact numbers, shared by the runtime, the emitters and the CLI: a leaf (stdlib only).

- reading: decimal strings parsed strictly, JSON numbers as exact Decimals (a float by its
  shortest repr);
- arithmetic: products, multiples and truncation that never round;
- doubles: whether a Decimal is exactly what a double carries, and one JSON-number policy;
- fixed point: amounts a venue sends as whole 10^-decimals units (Aevo's "10000000" is 10).

Every operation here is bounded by the digits the payload itself wrote, so a hostile number such
as 1e999999999 costs no more than its text: nothing is expanded to its full length. No float
ever takes part in arithmetic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
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
from functools import cache

# Unbounded precision: products and quantizations are exact, never rounded to 28 digits.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_DOWN)
_FAST = Context(prec=28, traps=[InvalidOperation, Overflow, Underflow, Inexact, Rounded])

UNSIGNED_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
SIGNED_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
UNSIGNED_PATTERN = "^[0-9]+(\\.[0-9]+)?$"
SIGNED_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$"
# The one spelling of a decimal (for venues that sign the bytes): no leading zeros, no trailing
# fraction zeros, no "-0". "1" not "1.0" or "01"; "0.5" not ".5" or "0.50".
CANONICAL_UNSIGNED = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")
CANONICAL_SIGNED = re.compile(r"0|-?(?:[1-9][0-9]*(?:\.[0-9]*[1-9])?|0\.[0-9]*[1-9])")
CANONICAL_UNSIGNED_PATTERN = "^(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?$"
CANONICAL_SIGNED_PATTERN = "^(0|-?([1-9][0-9]*(\\.[0-9]*[1-9])?|0\\.[0-9]*[1-9]))$"


def digits_pattern(signed: bool, digits: tuple[int, int]) -> str:
    """A decimal string with at most ``digits`` = (integer, fraction) digits, as a JSON Schema
    pattern: Binance's DECIMAL legal range ^([0-9]{1,20})(\\.[0-9]{1,20})?$ is (20, 20)."""
    whole, fraction = digits
    sign = "-?" if signed else ""
    point = f"(\\.[0-9]{{1,{fraction}}})?" if fraction else ""
    return f"^{sign}[0-9]{{1,{whole}}}{point}$"


def within_digits(text: str, digits: tuple[int, int]) -> bool:
    """``text`` (a decimal string) has at most ``digits`` = (integer, fraction) digits."""
    whole, _, fraction = text.lstrip("-").partition(".")
    return len(whole) <= digits[0] and len(fraction) <= digits[1]


def canonical_decimal(value: Decimal) -> str:
    """The canonical text of a decimal: ``Decimal("1.50")`` is "1.5", ``Decimal("1E+2")`` "100"."""
    return format(value.normalize(), "f") if value else "0"


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


# a * b, exactly: the context takes an int operand exactly, as Decimal(int) would, without
# building one. The bound method itself, not a function calling it: a Context's attribute
# look-up costs more than the product (0.31 us a call through a function, 0.14 us bound).
mul: Callable[[Decimal | int, Decimal | int], Decimal] = EXACT.multiply
_remainder = _FAST.remainder  # bound once, as mul


def is_multiple(a: Decimal | int, b: Decimal | int) -> bool:
    """Is ``a / b`` a whole number? Exact, for any exponents, without building huge numbers.

    With a = d * 10^f and b = c * 10^e: a/b = d * 10^(f-e) / c. The coefficients stay Decimals:
    libmpdec takes a remainder of a million digits in microseconds, where int() of the same
    digits is refused (Python's 4300-digit limit) or takes seconds.
    """
    ka, kb = type(a), type(b)
    if (ka is Decimal or ka is int) and (kb is Decimal or kb is int) and b:
        # The usual operands (an amount and its step, quantums and a reference step): two
        # integers exactly by %; else the common case below, tried first (the context takes an
        # int operand exactly, without a Decimal built for it).
        if ka is int and kb is int:
            return a % b == 0
        try:
            return not _remainder(a, b)
        except ArithmeticError:
            pass
    da = a if type(a) is Decimal else Decimal(a)
    db = b if type(b) is Decimal else Decimal(b)
    # Truth, not == 0: the same for every Decimal (NaN is true, as NaN != 0), without building
    # a Decimal from 0 to compare with.
    if not db:
        return False
    if not da:
        return True
    try:
        # The common case: a remainder the default 28-digit context computes exactly (it
        # signals, rather than rounds, when the quotient needs more digits).
        return _remainder(da, db) == 0
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
    dec = value if type(value) is Decimal else Decimal(value)
    text = str(dec)
    if "E" not in text:
        # Plain notation: the exponent is minus the digits after the point (str() writes an
        # exponent whenever it is positive). Cheaper than as_tuple(), which copies the digits.
        point = text.find(".")
        if point < 0 or len(text) - point - 1 <= places:
            return dec
    else:
        exponent = dec.as_tuple().exponent
        if not isinstance(exponent, int) or exponent >= -places:
            return dec
    try:
        return dec.quantize(_quantum(places), ROUND_DOWN, EXACT)
    except InvalidOperation:  # pragma: no cover - EXACT has room for any finite quantize
        return dec


@cache
def _quantum(places: int) -> Decimal:
    """10**-places, made once per number of places (a venue's data has a few)."""
    return Decimal(1).scaleb(-places)


def format_decimal(value: Decimal) -> str:
    """Plain notation, as a venue expects in a decimal string: 1E+2 -> '100', keeps '20.30'."""
    return format(value, "f")


# --- doubles: what a JSON number carries ----------------------------------------------------

# RFC 7493 (I-JSON) §2.2: JSON integers outside [-(2**53)+1, 2**53-1] are not interoperable;
# past them two integers share one double, so a JavaScript reader may read a neighbour.
MAX_SAFE_INTEGER = 2**53 - 1
# Every integer up to 2**53 itself is a double exactly (past it, only some are).
EXACT_DOUBLE_INTEGER = 2**53
# A decimal with at most DBL_DIG (15) significant digits, in the normal range, reads back from
# its nearest double unchanged, so it needs no round trip: text of at most 15 characters has at
# most 15 digits (1E+400 is short too, hence the exponent bound).
_SURE_TEXT = 15
_SURE_EXPONENT = 307


def double_carries(value: int | Decimal) -> bool:
    """Whether a double-based JSON reader reads ``value`` as written: a finite double whose
    shortest text is ``value`` (0.1 and 1e20 yes; 2**60, 0.19999999999999999999 read as 0.2,
    2**53 + 1, 1e400, no). Cheap for the usual quantity: no round trip for short text."""
    if type(value) is int:
        # Past 2**53 too, the shortest text decides: 2**60 is a double, but one that reads
        # (and prints) as 1152921504606847000, the number every JSON number is judged as.
        if -EXACT_DOUBLE_INTEGER <= value <= EXACT_DOUBLE_INTEGER:
            return True
        return exact_double(Decimal(value)) is not None
    assert isinstance(value, Decimal)
    if len(str(value)) <= _SURE_TEXT and -_SURE_EXPONENT <= value.adjusted() <= _SURE_EXPONENT:
        return True
    return exact_double(value) is not None


def double_reading(value: int | Decimal) -> str:
    """What a double-based reader makes of ``value``: its double's text, or Infinity."""
    try:
        as_float = float(value)
    except OverflowError:  # an int past 2**1024
        as_float = float("inf") if value > 0 else float("-inf")
    if not math.isfinite(as_float):
        return "Infinity" if value > 0 else "-Infinity"
    text = repr(as_float)
    return text.removesuffix(".0") if isinstance(value, int) else text


def exact_double(value: Decimal) -> float | None:
    """The double that carries ``value`` exactly (its shortest repr reads back as ``value``),
    or None when no double does (0.1 has one; 0.12345678901234567890 and 2**60 + 1 do not)."""
    if not value.is_finite():
        return None
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else None


def json_number(
    value: Decimal, *, as_double: bool = False, as_written: bool = False
) -> int | float | None:
    """``value`` as a JSON number without loss: an int when it is whole, else the double
    carrying it exactly; None when neither can (send it as a decimal string instead). The one
    policy of every writer of JSON numbers here, with two options:

    - ``as_double``: only a number that a double carries exactly, for documents that
      JavaScript and other double-based parsers read too (schemas, vectors): 2**53 + 1 is then
      None. Without it, JSON integers have no size limit, and Python reads them exactly.
    - ``as_written``: whole only when written whole, so ``1.0`` stays ``1.0`` (a spec's example
      payload, as the venue's document spelled it); ``3600`` and ``1E+3`` are ints either way.
    """
    if not value.is_finite() or (as_double and exact_double(value) is None):
        return None
    exponent = int(value.as_tuple().exponent)  # finite, so an int
    whole = exponent >= 0 if as_written else value == value.to_integral_value()
    return int(value) if whole else exact_double(value)


def json_default(value: object) -> object:
    """For ``json.dumps(default=...)`` of the documents this package writes: a Decimal as its
    JSON number (``json_number(value, as_double=True)``); anything else, or a Decimal with no
    such number, raises TypeError, as json.dumps expects."""
    return _json_default(value, as_written=False)


def json_default_as_written(value: object) -> object:
    """``json_default`` that keeps a written fraction (``1.0``), for example payloads."""
    return _json_default(value, as_written=True)


def _json_default(value: object, *, as_written: bool) -> object:
    if isinstance(value, Decimal):
        number = json_number(value, as_double=True, as_written=as_written)
        if number is not None:
            return number
        raise TypeError(f"{value!r} has no exact JSON number form; send it as a decimal string")
    raise TypeError(f"{type(value).__name__} is not JSON")


# --- fixed point: whole numbers of 10^-decimals units ----------------------------------------

DIGITS = re.compile(r"[0-9]+")
MAX_DIGITS = 4000  # past Python's int-from-str limit (4300) a string is refused, not parsed


def to_fixed_point(amount: Decimal | str | int | float, decimals: int) -> str:
    """``amount`` as a whole number of 10^-``decimals`` units: ``to_fixed_point("12.23", 6)``
    is ``"12230000"``.

    Raises ``ValueError`` for a negative amount, one that is not a decimal, or one with more
    decimals than the unit can hold (``"0.0000001"`` at 6). A float is read by its shortest
    repr, as JSON numbers are.
    """
    value = decimal_from_json(amount)
    if value is None:
        raise ValueError(f"{amount!r} is not a decimal amount")
    if value < 0:
        raise ValueError(f"{amount!r} is negative; fixed-point amounts are unsigned")
    scaled = EXACT.multiply(value, Decimal(1).scaleb(decimals))
    if scaled != scaled.to_integral_value():
        raise ValueError(
            f"{amount!r} has more than {decimals} decimals: it has no exact fixed-point form"
        )
    return format(scaled.quantize(Decimal(1), context=EXACT), "f")


def from_fixed_point(units: str | int, decimals: int) -> Decimal:
    """The amount that ``units`` (a whole number of 10^-``decimals``) stands for:
    ``from_fixed_point("10000000", 6)`` is ``Decimal("10.000000")``, equal to 10.

    Raises ``ValueError`` unless ``units`` is a non-negative whole number (digits only).
    """
    if type(units) is int and units >= 0:
        text = str(units)
    elif isinstance(units, str) and DIGITS.fullmatch(units) and len(units) <= MAX_DIGITS:
        text = units
    else:
        raise ValueError(f"{units!r} is not a whole number of units (digits only)")
    return Decimal(text).scaleb(-decimals, context=EXACT)

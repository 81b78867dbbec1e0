"""Fixed-point amounts: a decimal amount and the whole number of 10^-decimals units a venue sends.

Aevo's responses count amounts in units of 10^-6 ("10000000" is 10). Both directions are exact:
an amount with more decimals than the unit has is refused, never rounded.
"""

from __future__ import annotations

import re
from decimal import Decimal

from twapschema.runtime.numbers import EXACT, decimal_from_json

DIGITS = re.compile(r"[0-9]+")
MAX_DIGITS = 4000  # past Python's int-from-str limit (4300) a string is refused, not parsed


def to_fixed_point(amount: Decimal | str | int | float, decimals: int) -> str:
    """``amount`` as a whole number of 10^-``decimals`` units: ``to_fixed_point("12.23", 6)``
    is ``"12230000"``.

    Raises ``ValueError`` for a negative amount, one that is not a decimal, or one with more
    decimals than the unit can hold (``"0.0000001"`` at 6). A float is read by its shortest
    repr, as JSON numbers are.
    """
    value = _amount(amount)
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


def _amount(amount: Decimal | str | int | float) -> Decimal:
    parsed = decimal_from_json(amount)
    if parsed is None:
        raise ValueError(f"{amount!r} is not a decimal amount")
    return parsed

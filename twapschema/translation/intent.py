"""The venue-neutral intent a desk decides before it decides where, and how it is read from
JSON (``twapschema translate INTENT.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from twapschema.numbers import (
    decimal_from_number,
    parse_decimal_string,
)

Side = Literal["buy", "sell"]


@dataclass(frozen=True, slots=True)
class TwapIntent:
    """A venue-neutral TWAP. Give any two of duration, children and interval (or all three,
    consistent: duration = children x interval)."""

    symbol: str
    side: Side
    quantity: Decimal
    duration_seconds: int | None = None
    children: int | None = None
    interval_seconds: int | None = None
    reduce_only: bool = False
    max_price: Decimal | None = None
    min_price: Decimal | None = None
    client_id: str | None = None
    randomize: bool = False  # vary the children's timing or sizes, where the venue offers it

    def timing(self) -> tuple[int | None, int | None, int | None] | str:
        """(duration, children, interval), the third derived exactly from the other two; or why
        they cannot be. With fewer than two given, the missing stay None."""
        d, n, i = self.duration_seconds, self.children, self.interval_seconds
        if any(x is not None and x <= 0 for x in (d, n, i)):
            return "duration_seconds, children and interval_seconds must be positive"
        if sum(x is not None for x in (d, n, i)) < 2:
            return d, n, i
        if d is None:
            assert n is not None  # two of the three are given
            assert i is not None
            return n * i, n, i
        if n is None:
            assert i is not None
            if d % i:
                return f"duration {d} s is not a whole number of {i} s intervals"
            return d, d // i, i
        if i is None:
            if d % n:
                return f"duration {d} s over {n} children is not a whole number of seconds each"
            return d, n, d // n
        if d != n * i:
            return f"duration {d} s is not children {n} x interval {i} s"
        return d, n, i


_INTENT_KEYS = {
    "symbol",
    "side",
    "quantity",
    "duration_seconds",
    "children",
    "interval_seconds",
    "reduce_only",
    "max_price",
    "min_price",
    "client_id",
    "randomize",
}


def parse_intent(data: object) -> TwapIntent:
    """An intent from JSON: quantities and prices as decimal strings or numbers (read exactly);
    raises ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("an intent is a JSON object")
    unknown = sorted(set(data) - _INTENT_KEYS)
    if unknown:
        raise ValueError(f"unknown intent members: {', '.join(unknown)}")
    for key in ("symbol", "side", "quantity"):
        if key not in data:
            raise ValueError(f"the intent needs {key!r}")
    if data["side"] not in ("buy", "sell"):
        raise ValueError("side must be 'buy' or 'sell'")
    if not isinstance(data["symbol"], str):
        raise ValueError("symbol must be a string")

    def number(key: str) -> Decimal | None:
        value = data.get(key)
        if value is None:
            return None
        parsed = (
            parse_decimal_string(value, signed=False)
            if isinstance(value, str)
            else decimal_from_number(value)
        )
        if parsed is None:
            raise ValueError(f'{key} must be a decimal (a string like "20.30" or a number)')
        return parsed

    def whole(key: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if type(value) is not int:
            raise ValueError(f"{key} must be a whole number")
        return value

    quantity = number("quantity")
    assert quantity is not None
    client_id = data.get("client_id")
    if client_id is not None and not isinstance(client_id, str):
        raise ValueError("client_id must be a string")
    flags = {key: data.get(key, False) for key in ("reduce_only", "randomize")}
    for key, flag in flags.items():
        if not isinstance(flag, bool):
            raise ValueError(f"{key} must be true or false")
    return TwapIntent(
        symbol=data["symbol"],
        side=data["side"],
        quantity=quantity,
        duration_seconds=whole("duration_seconds"),
        children=whole("children"),
        interval_seconds=whole("interval_seconds"),
        reduce_only=flags["reduce_only"],
        max_price=number("max_price"),
        min_price=number("min_price"),
        client_id=client_id,
        randomize=flags["randomize"],
    )

"""One TWAP intent, every venue: translation and cross-venue feasibility.

A desk decides "buy 20.3 AAPL over an hour in 60 slices, never above 160" before it decides
where. ``translate`` turns that intent into one venue's request; ``feasible`` asks every venue.
The mapping from intent to fields is the venue spec's (each field's ``concept``, a side enum's
``means``), written into the generated module as ``TRANSLATION``: no per-venue code here.

Nothing is rounded or dropped in silence: a value the venue cannot take exactly is a reason
the translation fails; something the venue has no field for is listed in ``lost``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from twapschema.numbers import (
    decimal_from_json,
    decimal_from_number,
    format_decimal,
    json_number,
    parse_decimal_string,
)
from twapschema.runtime.api import validate
from twapschema.runtime.reference import Reference
from twapschema.runtime.registry import venue_ids, venue_module
from twapschema.runtime.result import Violation

Side = Literal["buy", "sell"]
_UNIT_NAMES = {60: "minutes", 3600: "hours"}
# Concepts whose absence at a venue loses a limit the desk set, not just a label.
_CONSTRAINTS = ("reduce_only", "max_price", "min_price")


@dataclass(frozen=True, slots=True)
class ConceptField:
    """Where one venue puts one intent concept (written by the emitter, from the spec)."""

    wire: str
    kind: str  # string, integer, decimal_string, decimal_number, boolean, enum
    values: tuple[tuple[str, object], ...] = ()  # a side: ("buy", wire value), ("sell", ...)
    lookup: tuple[str, str] | None = None  # the symbol: (reference table, column), Python names
    seconds: int = 1  # a duration or interval: seconds per unit of the wire value (60: minutes)
    default: object = None  # what the venue takes when the member is absent


@dataclass(frozen=True, slots=True)
class TwapMapping:
    message: str
    fields: tuple[tuple[str, ConceptField], ...]  # concept -> field, in the spec's order
    constants: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    fixed: tuple[tuple[str, object], ...] = ()  # body members with one allowed value

    def get(self, concept: str) -> ConceptField | None:
        return next((f for c, f in self.fields if c == concept), None)


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


@dataclass(frozen=True, slots=True)
class Translation:
    venue: str
    message: str | None
    payload: object | None  # None when the intent cannot be expressed at all
    reasons: tuple[str, ...] = ()  # why there is no payload
    lost: tuple[str, ...] = ()  # what the venue has no field for (the payload lacks it)
    violations: tuple[Violation, ...] = ()  # the payload's, by the venue's validator
    unchecked: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        """A payload the venue accepts, that says everything the intent said."""
        return self.payload is not None and not self.violations and not self.lost

    def to_json(self) -> dict[str, object]:
        return {
            "venue": self.venue,
            "message": self.message,
            "accepted": self.accepted,
            "payload": self.payload,
            "reasons": list(self.reasons),
            "lost": list(self.lost),
            "violations": [v.to_json() for v in self.violations],
            "unchecked": list(self.unchecked),
        }


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


def mapping(venue: str) -> TwapMapping | None:
    found: TwapMapping | None = venue_module(venue).TRANSLATION
    return found


def translate(intent: TwapIntent, venue: str, *, reference: Reference | None = None) -> Translation:
    """The venue's request for ``intent``, validated; or the reasons it cannot be expressed."""
    m = mapping(venue)
    if m is None:
        return Translation(venue, None, None, ("the venue has no TWAP create request",))
    reasons: list[str] = []
    lost: list[str] = []
    body: dict[str, object] = dict(m.fixed)
    part = reference.for_venue(venue) if reference is not None else None
    _symbol(m, intent, body, reasons, part)
    _side(m, intent, body, reasons)
    _quantity(m, "quantity", intent.quantity, body, reasons)
    _timing(m, intent, body, reasons, lost)
    for concept, value in (("max_price", intent.max_price), ("min_price", intent.min_price)):
        if value is not None:
            if m.get(concept) is None:
                lost.append(f"{concept} {format_decimal(value)}: the venue has no price limit")
            else:
                _quantity(m, concept, value, body, reasons)
    for concept, flag, lacking in (
        ("reduce_only", intent.reduce_only, "the venue has no reduce-only flag"),
        ("randomize", intent.randomize, "the venue does not randomize its children"),
    ):
        ff = m.get(concept)
        if ff is not None:
            body[ff.wire] = flag
        elif flag:
            lost.append(f"{concept}: {lacking}")
    cf = m.get("client_id")
    if intent.client_id is not None:
        if cf is None:
            lost.append("client_id: the venue takes no client id")
        else:
            body[cf.wire] = intent.client_id
    if reasons:
        return Translation(venue, m.message, None, tuple(reasons), tuple(lost))
    payload: object = body if m.body is None else {**dict(m.constants), m.body: body}
    result = validate(venue, m.message, payload, reference=reference)
    return Translation(
        venue, m.message, payload, (), tuple(lost), result.violations, result.unchecked
    )


def _symbol(
    m: TwapMapping,
    intent: TwapIntent,
    body: dict[str, object],
    reasons: list[str],
    part: object,
) -> None:
    f = m.get("symbol")
    if f is None:
        reasons.append("the venue's request has no market field")
    elif f.lookup is not None:
        table, column = f.lookup
        rows = getattr(part, table, None) if part is not None else None
        if rows is None:
            reasons.append(f"{f.wire} comes from reference data ({table}): give reference=")
        elif intent.symbol not in rows:
            reasons.append(f"symbol {intent.symbol!r} is not in the venue's {table}")
        else:
            body[f.wire] = getattr(rows[intent.symbol], column)
    elif f.kind == "integer":
        reasons.append(f"{f.wire} is a number, and the venue's spec maps no symbol to it")
    else:
        body[f.wire] = intent.symbol


def _side(m: TwapMapping, intent: TwapIntent, body: dict[str, object], reasons: list[str]) -> None:
    f = m.get("side")
    values = dict(f.values) if f is not None else {}
    if f is None or intent.side not in values:
        reasons.append(f"the venue's request cannot say side {intent.side!r}")
    else:
        body[f.wire] = values[intent.side]


def _quantity(
    m: TwapMapping, concept: str, value: Decimal, body: dict[str, object], reasons: list[str]
) -> None:
    f = m.get(concept)
    if f is None:
        reasons.append(f"the venue's request has no field for {concept}")
    elif f.kind == "decimal_string":
        body[f.wire] = format_decimal(value)
    elif json_number(value) is None:
        # The venue reads a JSON number as a double: this one would arrive changed.
        reasons.append(f"{concept} {format_decimal(value)} has no exact JSON number form")
    else:
        body[f.wire] = value  # an exact Decimal; JSON output writes it as its number


def _timing(
    m: TwapMapping,
    intent: TwapIntent,
    body: dict[str, object],
    reasons: list[str],
    lost: list[str],
) -> None:
    timing = intent.timing()
    if isinstance(timing, str):
        reasons.append(timing)
        return
    values = dict(zip(("duration", "child_count", "interval"), timing, strict=True))
    present = [c for c in values if m.get(c) is not None]
    if len(present) == 0:
        reasons.append("the venue's request has no duration, child count or interval")
        return
    missing = [c for c in present if values[c] is None]
    if missing:
        reasons.append(
            f"the venue needs {' and '.join(missing)}: give two of duration_seconds, children"
            " and interval_seconds"
        )
        return
    for concept in present:
        f = m.get(concept)
        value = values[concept]
        assert f is not None
        assert value is not None
        if value % f.seconds:
            unit = _UNIT_NAMES.get(f.seconds, f"{f.seconds}-second units")
            reasons.append(f"{concept} {value} s is not a whole number of {unit} ({f.wire})")
        else:
            scaled = value // f.seconds
            body[f.wire] = str(scaled) if f.kind == "integer_string" else scaled
    if len(present) == 1:
        # One of the three fixes nothing about the others: the venue decides the slicing.
        given = {
            "child_count": intent.children,
            "interval": intent.interval_seconds,
            "duration": intent.duration_seconds,
        }
        for concept, value in given.items():
            if concept not in present and value is not None:
                lost.append(f"{concept} {value}: the venue takes only {present[0]}")


def to_intent(venue: str, payload: object, *, reference: Reference | None = None) -> TwapIntent:
    """The intent a venue request says (the inverse of ``translate``, for a valid request;
    validate it first). A symbol the venue looks up in reference data is looked up back."""
    m = mapping(venue)
    if m is None:
        raise LookupError(f"venue {venue!r} has no TWAP create request")
    unread = [c for c in ("symbol", "side", "quantity") if m.get(c) is None]
    if unread:
        raise LookupError(
            f"venue {venue!r}'s {m.message} has no top-level field for {', '.join(unread)}:"
            " it cannot be read as an intent"
        )
    body = payload.get(m.body) if m.body is not None and isinstance(payload, Mapping) else payload
    if not isinstance(body, Mapping):
        raise TypeError("to_intent takes a valid request of the venue's TWAP create message")

    def read(concept: str) -> object:
        f = m.get(concept)
        return body.get(f.wire, f.default) if f is not None else None

    side_field = m.get("side")
    assert side_field is not None
    side = next(s for s, wire in side_field.values if wire == body.get(side_field.wire))

    def in_seconds(concept: str) -> object:
        f, value = m.get(concept), read(concept)
        if f is not None and f.kind == "integer_string" and isinstance(value, str):
            value = int(value)
        return value * f.seconds if f is not None and isinstance(value, int) else value

    timing = {c: in_seconds(c) for c in ("duration", "child_count", "interval")}
    quantity = read("quantity")
    if quantity is None:
        # Bybit may take a quote-currency positionValue instead of a size.
        raise ValueError("the request gives no quantity field the intent has a word for")
    symbol = read("symbol")
    symbol_field = m.get("symbol")
    if symbol_field is not None and symbol_field.lookup is not None and reference is not None:
        table, column = symbol_field.lookup
        rows = getattr(reference.for_venue(venue), table, None) or {}
        symbol = next((k for k, row in rows.items() if getattr(row, column) == symbol), symbol)
    return TwapIntent(
        symbol=str(symbol),
        side=side,  # type: ignore[arg-type]
        quantity=_decimal(quantity),
        duration_seconds=timing["duration"],  # type: ignore[arg-type]
        children=timing["child_count"],  # type: ignore[arg-type]
        interval_seconds=timing["interval"],  # type: ignore[arg-type]
        reduce_only=bool(read("reduce_only")),
        max_price=_decimal(read("max_price")) if read("max_price") is not None else None,
        min_price=_decimal(read("min_price")) if read("min_price") is not None else None,
        client_id=read("client_id"),  # type: ignore[arg-type]
        randomize=bool(read("randomize")),
    )


def _decimal(value: object) -> Decimal:
    parsed = decimal_from_json(value)
    if parsed is None:
        raise TypeError(f"{value!r} is not a decimal: to_intent takes a valid request")
    return parsed


@dataclass(frozen=True, slots=True)
class Feasibility:
    venue: str
    translation: Translation
    nearest: Translation | None = None  # a small change that fits, when the intent does not
    nearest_intent: TwapIntent | None = None
    change: str | None = None  # what the nearest variant changed, in words

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"venue": self.venue, **self.translation.to_json()}
        if self.nearest is not None:
            out["nearest_fitting_variant"] = {
                "label": "a variant of your intent, not your intent",
                "change": self.change,
                **self.nearest.to_json(),
            }
        return out


def feasible(intent: TwapIntent, *, reference: Reference | None = None) -> list[Feasibility]:
    """For every venue: does the intent fit, and if not, the nearest variant that does."""
    out = []
    for venue in venue_ids():
        translation = translate(intent, venue, reference=reference)
        # Only timing is varied: a variant fixes violations, never a field the venue lacks
        # (those stay listed as lost, on the variant too).
        if translation.payload is None or not translation.violations:
            out.append(Feasibility(venue, translation))
            continue
        found = _nearest(intent, venue, reference)
        if found is None:
            out.append(Feasibility(venue, translation))
        else:
            variant, variant_translation, change = found
            out.append(Feasibility(venue, translation, variant_translation, variant, change))
    return out


def _nearest(
    intent: TwapIntent, venue: str, reference: Reference | None
) -> tuple[TwapIntent, Translation, str] | None:
    """The fitting timing variant closest to the intent (relative change in duration, children
    and interval), searched with the venue's own validator; other fields are not changed."""
    timing = intent.timing()
    if isinstance(timing, str) or None in timing:
        return None
    d0, n0, i0 = timing
    assert d0 is not None
    assert n0 is not None
    assert i0 is not None
    candidates: set[tuple[int, int]] = set()  # (children, interval)
    for n in range(2, max(n0 * 2, 400) + 1):
        if d0 % n == 0:
            candidates.add((n, d0 // n))  # same duration
        candidates.add((n, i0))  # same interval
    for i in range(1, max(i0 * 4, 3600) + 1):
        candidates.add((n0, i))  # same number of children
    best: tuple[float, TwapIntent, Translation] | None = None
    for n, i in sorted(candidates, key=lambda c: _distance(c, d0, n0, i0)):
        score = _distance((n, i), d0, n0, i0)
        if best is not None and score >= best[0]:
            break
        variant = replace(intent, duration_seconds=n * i, children=n, interval_seconds=i)
        translation = translate(variant, venue, reference=reference)
        if translation.payload is not None and not translation.violations:
            best = (score, variant, translation)
            break
    if best is None:
        return None
    _, variant, translation = best
    change = (
        f"{variant.children} children every {variant.interval_seconds} s over "
        f"{variant.duration_seconds} s, instead of {n0} every {i0} s over {d0} s"
    )
    return variant, translation, change


def _distance(candidate: tuple[int, int], d0: int, n0: int, i0: int) -> float:
    n, i = candidate
    return abs(n * i - d0) / d0 + abs(n - n0) / n0 + abs(i - i0) / i0


__all__ = [
    "ConceptField",
    "Feasibility",
    "Translation",
    "TwapIntent",
    "TwapMapping",
    "feasible",
    "parse_intent",
    "to_intent",
    "translate",
]

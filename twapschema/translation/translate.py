"""One intent onto one venue (``translate``) and back (``to_intent``).

Nothing is rounded or dropped in silence: a value the venue cannot take exactly is a reason
the translation fails; something the venue has no field for is listed in ``lost``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from twapschema.numbers import (
    decimal_from_json,
    format_decimal,
    json_number,
)
from twapschema.runtime.api import validate
from twapschema.runtime.reference import Reference
from twapschema.runtime.result import Violation
from twapschema.translation.intent import TwapIntent
from twapschema.translation.mapping import TwapMapping, mapping

_UNIT_NAMES = {60: "minutes", 3600: "hours"}


# Concepts whose absence at a venue loses a limit the desk set, not just a label.
_CONSTRAINTS = ("reduce_only", "max_price", "min_price")


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


def translate(
    intent: TwapIntent,
    venue: str,
    *,
    reference: Reference | None = None,
    members: Mapping[str, object] | None = None,
) -> Translation:
    """The venue's request for ``intent``, validated; or the reasons it cannot be expressed.

    ``members`` are members of the venue's request that no intent has a word for (Binance's
    ``timestamp``, Bybit's ``category``, OKX's ``tdMode``), by their wire names, added as
    given; one the intent already sets is a reason, not an override. The payload holds JSON
    values only (decimal strings, ints, exact floats): ``json.dumps`` writes it as sent."""
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
    for name, given in (members or {}).items():
        if name in body:
            reasons.append(
                f"members sets {name}, which the intent (or the venue's fixed members) already sets"
            )
        else:
            body[name] = given
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
    else:
        # The venue reads a JSON number as a double (I-JSON): one no double carries exactly
        # would arrive changed. The payload holds the int or float itself, JSON as sent.
        number = json_number(value, as_double=True)
        if number is None:
            reasons.append(f"{concept} {format_decimal(value)} has no exact JSON number form")
        else:
            body[f.wire] = number


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

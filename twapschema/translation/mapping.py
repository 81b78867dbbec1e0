"""How a venue-neutral TWAP intent maps onto one venue's create request: the table each
generated venue module carries as ``TRANSLATION``, written by the Python emitter from the spec
(each field's ``concept``, a side enum's ``means``). Plain data: no per-venue code anywhere."""

from __future__ import annotations

from dataclasses import dataclass

from twapschema.runtime.registry import venue_module


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


def mapping(venue: str) -> TwapMapping | None:
    found: TwapMapping | None = venue_module(venue).TRANSLATION
    return found

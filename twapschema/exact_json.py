"""JSON text read as a venue must read it: numbers exact (decimals, never floats), no NaN or
Infinity (RFC 8259 has none), and no key given twice (a venue may keep the first or the last:
the document is ambiguous). One decoder, shared by the CLI and the reference-file loader, and
a fast path for the CLI's JSON Lines (``fast_value``) that gives the same values or declines."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Final

import msgspec


class DuplicateKeyError(ValueError):
    """A key given twice in one JSON object; ``args[0]`` is the key."""


def _not_json(token: str) -> object:
    # Python's reader takes NaN and Infinity; JSON (and so a venue) does not.
    raise ValueError(f"{token} is not valid JSON (RFC 8259 has no NaN or Infinity)")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return result


# One decoder for every document: json.loads with options builds a new one per call.
DECODER = json.JSONDecoder(
    parse_float=Decimal, parse_constant=_not_json, object_pairs_hook=_no_duplicates
)
SCAN = DECODER.scan_once  # type: ignore[attr-defined]  # the C scanner, undeclared in typeshed


NOT_FAST: Final = object()
"""What ``fast_value`` returns when it cannot vouch for its value: read the text with DECODER."""

# msgspec's C decoder, five times faster than the stdlib's on an order (1.3 us against 6.0 us
# for Ondo's, this machine): floats reach Decimal as their text, ints stay exact at any size
# it takes. It keeps the last of a duplicate key without a word, hence the count below.
_MSGSPEC: Final = msgspec.json.Decoder(float_hook=Decimal).decode


def fast_value(raw: bytes) -> object:
    """``raw`` (one JSON text, as bytes) as DECODER would read it, or NOT_FAST.

    NOT_FAST whenever msgspec refuses the text (DECODER then gives the message, or reads what
    msgspec does not: a lone surrogate escape) or a duplicate key cannot be ruled out. The
    proof is a count: outside strings, each key is followed by exactly one ':' and no other ':'
    occurs, so the text's colons are the keys as written plus the literal colons inside
    strings. A duplicate key leaves one fewer key in the value than in the text; so when the
    value's keys (and, in text without escapes, the colons inside its strings) add up to the
    text's colons, no key was given twice."""
    try:
        value = _MSGSPEC(raw)
    except Exception:  # any refusal (DecodeError, a Decimal overflow): DECODER decides
        return NOT_FAST
    colons = raw.count(b":")
    if colons == 0 or (type(value) is dict and colons == len(value)):
        return value  # the usual order: flat, no colon in any string
    if b"\\" in raw:
        return NOT_FAST  # an escape may spell a colon (\u003a) the text's count never saw
    try:
        counted = _colons(value)
    except RecursionError:  # nesting as deep as the C decoder allows; DECODER judges it
        return NOT_FAST
    return value if counted == colons else NOT_FAST


def _colons(value: object) -> int:
    """Keys plus the colons inside strings, keys and values, over the whole value."""
    if type(value) is dict:
        return sum(1 + key.count(":") + _colons(item) for key, item in value.items())
    if type(value) is list:
        return sum(_colons(item) for item in value)
    if type(value) is str:
        return value.count(":")
    return 0

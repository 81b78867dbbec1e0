"""JSON text read as a venue must read it: numbers exact (decimals, never floats), no NaN or
Infinity (RFC 8259 has none), and no key given twice (a venue may keep the first or the last:
the document is ambiguous). One decoder, shared by the CLI and the reference-file loader."""

from __future__ import annotations

import json
from decimal import Decimal


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

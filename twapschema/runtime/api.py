"""``twapschema.validate``: one payload in, a verdict with every violated rule out."""

from __future__ import annotations

from functools import lru_cache

from twapschema.runtime.reference import Reference
from twapschema.runtime.registry import MessageEntry, message_entry
from twapschema.runtime.result import ValidationResult

_entry = lru_cache(maxsize=None)(message_entry)
_VALID = ValidationResult(True, (), ())  # the common verdict, made once


def validate(
    venue: str, message: str, payload: object, *, reference: Reference | None = None
) -> ValidationResult:
    """Validate ``payload`` (parsed JSON: dicts, lists, str, int, float or Decimal, bool, None)
    as ``message`` of ``venue``.

    Never raises for a bad payload: its problems are violations. Raises ``UnknownNameError`` for an
    unknown venue or message, and ``TypeError`` when ``reference`` is not a ``Reference``.
    Rules that need reference data that was not given are listed in ``unchecked``. For an
    invalid request whose spec says how the venue replies, ``predicted_error`` holds that reply
    (a prediction, labelled as such).
    """
    entry: MessageEntry = _entry(venue, message)
    venue_reference = None
    if reference is not None:
        if not isinstance(reference, Reference):
            raise TypeError(
                "reference must be a twapschema.Reference from load_reference() or "
                f"parse_reference(), not {type(reference).__name__}"
            )
        venue_reference = reference.for_venue(venue)
    violations, unchecked, _ = entry.check(payload, venue_reference)
    if not violations:
        return ValidationResult(True, (), tuple(unchecked)) if unchecked else _VALID
    predictor = entry.rejection.render if entry.rejection is not None else None
    return ValidationResult(False, tuple(violations), tuple(unchecked), predictor)

"""``twapschema.validate``: one payload in, a verdict with every violated rule out."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import lru_cache, partial
from typing import Any

from pydantic import BaseModel

from twapschema.runtime.checks import Unlisted
from twapschema.runtime.reference import Reference, venue_part
from twapschema.runtime.registry import MessageEntry, message_entry
from twapschema.runtime.result import ValidationResult, Violation
from twapschema.runtime.wire import parse_text_body

_entry = lru_cache(maxsize=None)(message_entry)
_VALID = ValidationResult(True, (), ())  # the common verdict, made once

Validator = Callable[[object], ValidationResult]


def validate(
    venue: str,
    message: str,
    payload: object,
    *,
    reference: Reference | BaseModel | None = None,
    max_age: timedelta | None = None,
    strict: bool = False,
) -> ValidationResult:
    """Validate ``payload`` (parsed JSON: dicts, lists, str, int, float or Decimal, bool, None)
    as ``message`` of ``venue``.

    Never raises for a bad payload: its problems are violations. Raises ``UnknownNameError`` for an
    unknown venue or message, and ``TypeError`` when ``reference`` is neither a ``Reference``
    nor the venue's part of one (``reference.for_venue(venue)``).
    Rules that need reference data that was not given are listed in ``unchecked``. For an
    invalid request whose spec says how the venue replies, ``predicted_error`` holds that reply
    (a prediction, labelled as such).

    With ``max_age``, the venue's reference data is used only if its ``snapshot.taken_at`` is
    at most that old now; older or undated, it is not trusted: the rules that need it are
    unchecked and ``stale_reference`` says why.

    With ``strict``, a key the reference data does not list (an unknown symbol) is a violation
    of each rule that needed its row, instead of leaving those rules unchecked. Rules whose
    whole section is missing stay unchecked: strict judges the rows, not their absence.
    """
    entry: MessageEntry = _entry(venue, message)
    if max_age is None:
        # No age to judge: the path validator()'s verdicts take, without the frames of the
        # general one (a sixth of a valid Ondo order's cost, measured against entry.check).
        return _check_bound(entry, venue_part(venue, reference), strict, payload)
    part, stale = _fresh_part(venue, reference, max_age)
    return _verdict(entry, payload, part, stale=stale, strict=strict)


def validator(
    venue: str,
    message: str,
    *,
    reference: Reference | BaseModel | None = None,
    max_age: timedelta | None = None,
    strict: bool = False,
) -> BoundValidator:
    """``validate`` with the venue, message and reference data resolved once: for a loop over
    many payloads (the CLI uses it). ``validator(v, m, reference=r)(p) == validate(v, m, p,
    reference=r)``. With ``max_age`` the data's age is judged at each call, so a long-running
    process stops trusting it once it grows too old. It pickles (by its names and its data),
    so Spark, Dask or Ray workers and process pools can use one."""
    entry: MessageEntry = _entry(venue, message)
    part = venue_part(venue, reference)
    made_of = (venue, message, reference, max_age, strict)
    if max_age is None or part is None:
        return BoundValidator(made_of, _check_bound, entry, part, strict)
    return BoundValidator(made_of, _check_fresh, entry, part, strict, (venue, reference, max_age))


class BoundValidator(partial[ValidationResult]):
    """What ``validator`` returns: called with a payload, its verdict. A ``functools.partial``,
    so a call costs no Python frame of its own; pickled, it is made again by ``validator``
    from the same venue, message, reference data and options in the worker that loads it."""

    _made_of: tuple[str, str, object, timedelta | None, bool]

    def __new__(
        cls,
        made_of: tuple[str, str, object, timedelta | None, bool],
        func: Callable[..., ValidationResult],
        /,
        *args: object,
    ) -> BoundValidator:
        self = super().__new__(cls, func, *args)
        self._made_of = made_of
        return self

    def __reduce__(self) -> tuple[Callable[..., BoundValidator], tuple[object, ...]]:
        return _rebuilt, self._made_of


def _rebuilt(
    venue: str, message: str, reference: object, max_age: timedelta | None, strict: bool
) -> BoundValidator:
    return validator(venue, message, reference=reference, max_age=max_age, strict=strict)  # type: ignore[arg-type]


def _check_bound(
    entry: MessageEntry, part: object, strict: bool, payload: object
) -> ValidationResult:
    violations, unchecked, _ = entry.check(payload, part)
    if not violations and not unchecked:
        return _VALID  # the usual order: nothing for _judged to weigh (a third of its cost)
    return _judged(entry, violations, unchecked, found=None, stale=None, strict=strict)


def _check_fresh(
    entry: MessageEntry,
    part: object,
    strict: bool,
    freshness: tuple[str, object, timedelta],  # venue, reference, max_age
    payload: object,
) -> ValidationResult:
    stale = _staleness(*freshness)
    return _verdict(entry, payload, None if stale else part, stale=stale, strict=strict)


def validate_wire(
    venue: str,
    message: str,
    text: str,
    *,
    reference: Reference | BaseModel | None = None,
    content_type: str | None = None,
    max_age: timedelta | None = None,
    strict: bool = False,
) -> ValidationResult:
    """Validate ``text``, the message as it travels: the raw query string or form body for a
    message whose spec says it travels so (``symbol=BTCUSDT&duration=5000``, values read as the
    venue reads them, a name given twice a ``duplicate_field`` violation), JSON text otherwise
    (numbers read exactly, as decimals). ``content_type`` (the request's header) says which,
    for a venue that takes both (Kraken's pages send JSON, its REST guide says form bodies).

    Raises ``ValueError`` for text that is not JSON (or not a query string) at all.
    ``max_age`` and ``strict`` as for ``validate``."""
    entry: MessageEntry = _entry(venue, message)
    found: list[Violation] = []
    payload: object
    if reads_as_text(entry, content_type):
        payload, found = parse_text_body(text)
    else:
        payload = json.loads(text, parse_float=Decimal)
    part, stale = _fresh_part(venue, reference, max_age)
    return _verdict(entry, payload, part, found, stale, strict=strict)


def reads_as_text(entry: MessageEntry, content_type: str | None) -> bool:
    if content_type is not None:
        media = content_type.split(";", 1)[0].strip().lower()
        if media == "application/json":
            return False
        if media == "application/x-www-form-urlencoded":
            return True
    return entry.wire is not None and entry.wire.is_text


def _fresh_part(
    venue: str, reference: Reference | BaseModel | None, max_age: timedelta | None
) -> tuple[object, str | None]:
    """The venue's part, or None with the reason when it is older than ``max_age``."""
    part = venue_part(venue, reference)
    if max_age is None or part is None:
        return part, None
    stale = _staleness(venue, reference, max_age)
    return (None, stale) if stale else (part, None)


def _staleness(venue: str, reference: object, max_age: timedelta) -> str | None:
    if not isinstance(reference, Reference):  # a venue's part alone: its snapshot stayed behind
        return (
            f"{venue} reference data given as its part alone carries no snapshot.taken_at;"
            " pass the whole Reference to judge its age"
        )
    return reference.stale(venue, max_age, datetime.now(UTC))


def _verdict(
    entry: MessageEntry,
    payload: object,
    part: object,
    found: list[Violation] | None = None,
    stale: str | None = None,
    *,
    strict: bool = False,
) -> ValidationResult:
    """``found``: violations met before the checks (a raw body's name given twice), first;
    ``stale``: why the reference data was set aside; ``strict``: an unlisted key violates."""
    violations, unchecked, _ = entry.check(payload, part)
    return _judged(entry, violations, unchecked, found=found, stale=stale, strict=strict)


def _judged(
    entry: MessageEntry,
    violations: list[Violation],
    unchecked: list[Any],
    *,
    found: list[Violation] | None,
    stale: str | None,
    strict: bool,
) -> ValidationResult:
    if unchecked:
        if strict:
            listed = [u.violation for u in unchecked if isinstance(u, Unlisted)]
            if listed:
                violations = [*violations, *listed]
                unchecked = [u for u in unchecked if not isinstance(u, Unlisted)]
        unchecked = [str(u) for u in unchecked]  # plain ids, whatever the checks recorded
    if not entry.reference_rules:
        stale = None  # nothing here would have read the data
    if found:
        violations = [*found, *violations]
    if not violations:
        if not unchecked and stale is None:
            return _VALID
        return ValidationResult(True, (), tuple(unchecked), stale_reference=stale)
    predictor = entry.rejection.render if entry.rejection is not None else None
    return ValidationResult(
        False, tuple(violations), tuple(unchecked), predictor, stale_reference=stale
    )

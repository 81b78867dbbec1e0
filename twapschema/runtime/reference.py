"""Reference data (symbols, instruments, venue limits) in the shape each venue's spec declares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from twapschema.errors import Location, Problem, ReferenceDataError
from twapschema.runtime.checks import take_rfc3339

if TYPE_CHECKING:
    from twapschema.located_yaml import LocatedData
from twapschema.runtime.registry import (
    GENERATED_PACKAGE,
    UnknownNameError,
    reference_model,
    venue_ids,
)

_PART_MODULE = GENERATED_PACKAGE + "."
SNAPSHOT = "snapshot"  # the key of a venue part's provenance; no spec may name a section so


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Where a venue's reference data came from and when: ``snapshot: {source, taken_at}`` in
    its part of the file (``taken_at`` an RFC 3339 time with its offset)."""

    source: str
    taken_at: datetime

    def age(self, now: datetime) -> timedelta:
        return now - self.taken_at


@dataclass(frozen=True, slots=True)
class Reference:
    """Parsed reference data: one typed model per venue that has a part in the file."""

    venues: Mapping[str, BaseModel]
    source: str
    snapshots: Mapping[str, Snapshot] = field(default_factory=lambda: MappingProxyType({}))

    def for_venue(self, venue: str) -> BaseModel | None:
        return self.venues.get(venue)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The read-only mappings do not pickle; their contents do, and are wrapped again.
        return _reference, (dict(self.venues), self.source, dict(self.snapshots))

    def snapshot(self, venue: str) -> Snapshot | None:
        """When the venue's part was taken, and from where; None if the file does not say."""
        return self.snapshots.get(venue)

    def stale(self, venue: str, max_age: timedelta, now: datetime) -> str | None:
        """Why the venue's part is too old to trust at ``now``, or None when it is fresh."""
        snapshot = self.snapshots.get(venue)
        if snapshot is None:
            return f"{venue} reference data does not say when it was taken (snapshot.taken_at)"
        age = snapshot.age(now)
        if age > max_age:
            taken = snapshot.taken_at.isoformat()
            return f"{venue} reference data taken {taken} is {age} old, more than {max_age}"
        return None


def _reference(
    venues: dict[str, BaseModel], source: str, snapshots: dict[str, Snapshot]
) -> Reference:
    return Reference(MappingProxyType(venues), source, MappingProxyType(snapshots))


def venue_part(venue: str, reference: object, what: str = "reference") -> BaseModel | None:
    """The venue's part of ``reference``: a whole ``Reference`` (None when it has no part for
    the venue), the venue's part itself (``reference.for_venue(venue)``), or None. Anything
    else is a TypeError that says what to pass instead, never a silent skip."""
    if reference is None:
        return None
    if isinstance(reference, Reference):
        return reference.for_venue(venue)
    # The venue's own part: its generated module's Reference (no registry call on this path,
    # which every model validation with a part in its context takes).
    kind = type(reference)
    if kind.__name__ == "Reference" and kind.__module__ == _PART_MODULE + venue:
        return reference  # type: ignore[return-value]
    if isinstance(reference, BaseModel) and type(reference).__name__ == "Reference":
        module = type(reference).__module__.rsplit(".", 1)[-1]
        raise TypeError(
            f"{what} is {module}'s part of the reference data, not {venue}'s: pass the whole"
            f" twapschema.Reference, or reference.for_venue({venue!r})"
        )
    hint = (
        " (parse it with twapschema.parse_reference first)"
        if isinstance(reference, Mapping)
        else ""
    )
    raise TypeError(
        f"{what} must be a twapschema.Reference from load_reference() or parse_reference(), or"
        f" its part for {venue!r} (reference.for_venue({venue!r})), not"
        f" {type(reference).__name__}{hint}"
    )


def load_reference(path: str | Path) -> Reference:
    """Read a reference data file (YAML or JSON); raises ReferenceDataError with locations."""
    # Imported here: YAML costs a third of `import twapschema`, and validation never needs it.
    from twapschema.located_yaml import read_yaml  # noqa: PLC0415

    path = Path(path)
    if path.suffix.lower() == ".json":
        fast = _json_fast(path)
        if fast is not None:
            return fast
    located, problems = read_yaml(path)
    if located is None or problems:
        raise ReferenceDataError(problems)
    return _parse(located)


def example_reference() -> Reference:
    """The reference data of the bundled examples (``examples/reference.yaml``), shipped in the
    package: illustrative symbols and limits, not a venue's live data (``twapschema reference
    fetch`` gets those). For trying rules that need reference data, and for tests."""
    from importlib import resources  # noqa: PLC0415 - only this reads package data

    # Beside twapschema.testing's modules, read without importing them (they need Hypothesis).
    shipped = resources.files("twapschema").joinpath("testing", "reference.yaml")
    with resources.as_file(shipped) as path:
        return load_reference(path)


def _json_fast(path: Path) -> Reference | None:
    """A JSON file read by the json module (a built 2,000-symbol file loads several times
    faster than through the YAML reader); None when anything is wrong, so the located reader
    reads it again and says where."""
    from twapschema.exact_json import DECODER  # noqa: PLC0415
    from twapschema.located_yaml import LocatedData  # noqa: PLC0415

    try:
        data = DECODER.decode(path.read_text(encoding="utf-8"))
        return _parse(LocatedData(data, {}, str(path)))
    except (ValueError, OSError, RecursionError, ReferenceDataError):
        return None


def parse_reference(data: Mapping[str, object], source: str = "<reference data>") -> Reference:
    """Reference data already in memory, e.g. built from a venue's refdata endpoint."""
    from twapschema.located_yaml import LocatedData  # noqa: PLC0415

    return _parse(LocatedData(dict(data), {}, source))  # type: ignore[arg-type]


def _parse(located: LocatedData) -> Reference:
    data = located.data
    if not isinstance(data, dict):
        raise ReferenceDataError(
            [Problem(located.locate(()), "reference data must be a mapping of venue ids")]
        )
    venues: dict[str, BaseModel] = {}
    snapshots: dict[str, Snapshot] = {}
    problems: list[Problem] = []
    for venue, part in data.items():
        try:
            model = reference_model(venue)
        except UnknownNameError as exc:
            problems.append(Problem(located.locate((venue,)), str(exc)))
            continue
        if model is None:
            problems.append(
                Problem(located.locate((venue,)), f"venue {venue!r} declares no reference data")
            )
            continue
        tables = part
        if isinstance(part, dict) and SNAPSHOT in part:
            tables = {k: v for k, v in part.items() if k != SNAPSHOT}
            snapshot = _snapshot(part[SNAPSHOT], venue, located, problems)
            if snapshot is not None:
                snapshots[venue] = snapshot
        try:
            venues[venue] = model.model_validate(tables)
        except ValidationError as exc:
            problems.extend(_problems(exc, venue, located))
    if problems:
        raise ReferenceDataError(problems)
    return Reference(MappingProxyType(venues), located.file, MappingProxyType(snapshots))


def _snapshot(
    value: object, venue: str, located: LocatedData, problems: list[Problem]
) -> Snapshot | None:
    where = (venue, SNAPSHOT)
    if not isinstance(value, dict) or set(value) - {"source", "taken_at"}:
        message = f"{venue}.snapshot: must be {{source: text, taken_at: RFC 3339 time}}"
        problems.append(Problem(located.locate(where), message))
        return None
    source, taken = value.get("source"), value.get("taken_at")
    if not isinstance(source, str) or not source:
        message = f"{venue}.snapshot.source: the endpoint or file the data came from"
        problems.append(Problem(located.locate((*where, "source")), message))
        return None
    when = _rfc3339(taken)
    if when is None:
        message = (
            f"{venue}.snapshot.taken_at: an RFC 3339 time with its offset, such as "
            f"2026-12-02T07:00:00Z, not {taken!r}"
        )
        problems.append(Problem(located.locate((*where, "taken_at")), message))
        return None
    return Snapshot(source, when)


def _rfc3339(value: object) -> datetime | None:
    """A time with its offset: YAML may have read it already (a datetime), or it is text,
    read as the generated checks read an RFC 3339 field (a month 13 is no time)."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else None
    return take_rfc3339(value, "", "taken_at", "taken_at", True, False, [])


def _problems(exc: ValidationError, venue: str, located: LocatedData) -> list[Problem]:
    found = []
    for error in exc.errors(include_url=False):
        path = (venue, *error["loc"])
        where = ".".join(str(p) for p in path)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key (not declared by the venue's spec)"
        location = located.locate(path)
        if not located.marks:
            location = Location(located.file, 1, 1)
        found.append(Problem(location, f"{where}: {message}"))
    return found


__all__ = ["Reference", "Snapshot", "load_reference", "parse_reference", "venue_ids"]

"""Reference data (symbols, instruments, venue limits) in the shape each venue's spec declares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from twapschema.errors import Location, Problem, ReferenceDataError

if TYPE_CHECKING:
    from twapschema.located_yaml import LocatedData
from twapschema.runtime.registry import UnknownNameError, reference_model, venue_ids


@dataclass(frozen=True, slots=True)
class Reference:
    """Parsed reference data: one typed model per venue that has a part in the file."""

    venues: Mapping[str, BaseModel]
    source: str

    def for_venue(self, venue: str) -> BaseModel | None:
        return self.venues.get(venue)


def load_reference(path: str | Path) -> Reference:
    """Read a reference data file (YAML or JSON); raises ReferenceDataError with locations."""
    # Imported here: YAML costs a third of `import twapschema`, and validation never needs it.
    from twapschema.located_yaml import read_yaml  # noqa: PLC0415

    located, problems = read_yaml(Path(path))
    if located is None or problems:
        raise ReferenceDataError(problems)
    return _parse(located)


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
        try:
            venues[venue] = model.model_validate(part)
        except ValidationError as exc:
            problems.extend(_problems(exc, venue, located))
    if problems:
        raise ReferenceDataError(problems)
    return Reference(MappingProxyType(venues), located.file)


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


__all__ = ["Reference", "load_reference", "parse_reference", "venue_ids"]

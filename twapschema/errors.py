"""Errors about files: specs and reference data, each problem located at file:line:col."""

from __future__ import annotations

from dataclasses import dataclass

# Enough to fix a batch at a time without flooding a terminal.
_SHOWN = 20


@dataclass(frozen=True, slots=True)
class Location:
    file: str
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Problem:
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class FileError(Exception):
    """Every problem found in one pass over a file, reported together."""

    kind = "file"

    def __init__(self, problems: list[Problem]) -> None:
        ordered = sorted(
            problems, key=lambda p: (p.location.file, p.location.line, p.location.column)
        )
        self.problems: tuple[Problem, ...] = tuple(ordered)
        super().__init__(self.render())

    def render(self) -> str:
        lines = [str(p) for p in self.problems[:_SHOWN]]
        hidden = len(self.problems) - _SHOWN
        if hidden > 0:
            lines.append(f"... and {hidden} more")
        return "\n".join(lines)


class SpecError(FileError):
    """A venue spec that cannot be loaded: bad YAML, bad structure or broken references."""

    kind = "spec"


class ReferenceDataError(FileError):
    """A reference data file that does not have the shape its venues' specs declare."""

    kind = "reference data"

"""Saved answers of a venue's instrument endpoints in, the venue's part of a reference file out.

Runs what the spec declares (``mapping.VenueSources``): each source's rows, filter, key and
column reads, converted to the section's column types exactly (decimal text stays the text's
value: "0.00100000" is written "0.001", never through a float). An answer that no longer has
the declared shape stops the build with a ``ShapeError`` that names the request, the row and
the column; rows left out on purpose (``where``, or no joined column) are counted in the report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from jmespath.exceptions import JMESPathError

from twapschema.refdata import mapping as m
from twapschema.refdata import query

_DECIMAL_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_INTEGER_TEXT = re.compile(r"-?\d+")
_SHOWN = 5  # keys named in a report line; the rest are counted


class ShapeError(ValueError):
    """An answer that is not what the spec declares: one line, naming where."""


class NotJsonError(ShapeError):
    """An answer that is not JSON text at all (over HTTP, most likely cut short)."""


@dataclass
class SectionReport:
    section: str
    rows: int = 0
    left_out: int = 0  # by `where`
    unmatched: int = 0  # rows of an adds-columns source with no row to join to
    incomplete: list[str] = field(default_factory=list)  # keys dropped for lack of a column

    def line(self) -> str:
        text = f"{self.section} {self.rows:,} rows"
        if self.left_out:
            text += f", {self.left_out:,} left out by `where`"
        if self.incomplete:
            shown = ", ".join(self.incomplete[:_SHOWN])
            more = (
                f" and {len(self.incomplete) - _SHOWN:,} more"
                if len(self.incomplete) > _SHOWN
                else ""
            )
            text += f", {len(self.incomplete):,} dropped without a joined column ({shown}{more})"
        if self.unmatched:
            text += f", {self.unmatched:,} joined rows matched no row"
        return text


@dataclass
class Built:
    """A venue's reference part (sections by name, in the file's shape) and what was done."""

    venue: str
    part: dict[str, Any]
    reports: list[SectionReport]

    def summary(self) -> str:
        return "; ".join(r.line() for r in self.reports) or "no fetched sections"


def build(
    sources: m.VenueSources,
    answers: Mapping[str, Sequence[object]],
    sections: Sequence[str] | None = None,
) -> Built:
    """``answers``: each request's parsed pages (one for an endpoint that does not page), by
    request name. ``sections``: only these (default: every fetched section). Raises ShapeError."""
    wanted = [s for s in sources.sections if sections is None or s.section in sections]
    missing = sorted(
        {src.request for s in wanted for src in s.sources if src.request is not None} - set(answers)
    )
    if missing:
        raise ShapeError(f"{sources.venue}: no answer given for request(s) {', '.join(missing)}")
    part: dict[str, Any] = {}
    reports = []
    for section in wanted:
        report = SectionReport(section.section)
        part[section.section] = _section(sources.venue, section, answers, report)
        reports.append(report)
    return Built(sources.venue, part, reports)


def _section(
    venue: str,
    section: m.SectionFetch,
    answers: Mapping[str, Sequence[object]],
    report: SectionReport,
) -> dict[str, Any]:
    if section.kind == "record":
        return _record(venue, section, answers, report)
    return _table(venue, section, answers, report)


def _record(
    venue: str,
    section: m.SectionFetch,
    answers: Mapping[str, Sequence[object]],
    report: SectionReport,
) -> dict[str, Any]:
    (source,) = section.sources
    where = f"{venue} {section.section}"
    row: object = {}
    if source.request is not None:
        where = f"{venue} {source.request}"
        row = _search(source.rows or "@", answers[source.request][0], where, "rows")
        if not isinstance(row, dict):
            raise ShapeError(f"{where}: rows {source.rows!r} gave {_kind(row)}, not an object")
    report.rows = 1
    return {
        c.column: _cell(c, row, page=None, index=0, at=where, lookups={}) for c in source.columns
    }


def _table(
    venue: str,
    section: m.SectionFetch,
    answers: Mapping[str, Sequence[object]],
    report: SectionReport,
) -> dict[str, Any]:
    table: dict[str, dict[str, Any]] = {}
    expected = set()
    # A row is left out when no source that reads its answer keeps it: Bybit's six
    # categories each filter the same three lists.
    seen: set[tuple[str, int, int]] = set()
    kept: set[tuple[str, int, int]] = set()
    for source in section.sources:
        assert source.request is not None  # the checker: a table's sources read answers
        expected |= {c.column for c in source.columns}
        where = f"{venue} {source.request}"
        pages = answers[source.request]
        position = 0
        for page_number, page in enumerate(pages):
            lookups: dict[m.Via, dict[object, object]] = {}  # a `via` list is its page's
            rows = _search(source.rows or "@", page, where, "rows")
            if not isinstance(rows, list):
                page_text = f" page {page_number + 1}" if len(pages) > 1 else ""
                raise ShapeError(
                    f"{where}{page_text}: rows {source.rows!r} gave {_kind(rows)}, not a list"
                )
            for row in rows:
                index, position = position, position + 1
                at = f"{where}: {source.rows}[{index}]"
                if source.adds == "rows":
                    seen.add((source.request, page_number, index))
                if source.where is not None and not query.truthy(
                    _search(source.where, row, at, "where")
                ):
                    continue
                if source.adds == "rows":
                    kept.add((source.request, page_number, index))
                key = _search(source.key or "@", row, at, "key")
                if not isinstance(key, str) or not key:
                    raise ShapeError(f"{at}: key {source.key!r} gave {_kind(key)}, not a text")
                at = f"{at} ({key})"
                cells = {
                    c.column: _cell(c, row, page=page, index=index, at=at, lookups=lookups)
                    for c in source.columns
                }
                if source.adds == "columns":
                    if key in table:
                        table[key].update(cells)
                    else:
                        report.unmatched += 1
                    continue
                if key in table:
                    raise ShapeError(f"{at}: key {key!r} is given twice")
                table[key] = cells
    complete = {}
    for key, cells in table.items():
        if expected <= cells.keys():
            complete[key] = cells
        else:
            report.incomplete.append(key)
    report.rows = len(complete)
    report.left_out = len(seen - kept)
    return dict(sorted(complete.items()))


def _cell(
    c: m.ColumnRead,
    row: object,
    *,
    page: object,
    index: int,
    at: str,
    lookups: dict[m.Via, dict[object, object]],
) -> object:
    if c.value is not None:
        return c.value
    if c.position is not None:
        return c.position + index
    assert c.read is not None  # the spec's one-form rule
    value = _search(c.read, row, at, c.column)
    shown = c.read
    if c.via is not None:
        table = lookups.get(c.via)
        if table is None:
            table = lookups[c.via] = _lookup(c.via, page, at)
        if value not in table:
            raise ShapeError(f"{at}: {c.column}: {c.read} is {value!r}, not in {c.via.rows}")
        value = table[value]
        shown = f"{c.via.rows}[{c.via.key}={c.read}].{c.via.read}"
    if c.map:
        mapped = c.mapped
        if isinstance(value, str) and value in mapped:
            value = mapped[value]
        elif c.otherwise is not None:
            value = c.otherwise
        else:
            known = ", ".join(mapped)
            raise ShapeError(f"{at}: {c.column}: {shown} is {value!r}, not one of {known}")
    return _convert(c, value, at, shown)


def _lookup(via: m.Via, page: object, at: str) -> dict[object, object]:
    items = _search(via.rows, page, at, "via.rows")
    if not isinstance(items, list):
        raise ShapeError(f"{at}: via rows {via.rows!r} gave {_kind(items)}, not a list")
    found: dict[object, object] = {}
    for item in items:
        key = _search(via.key, item, at, "via.key")
        if isinstance(key, list | dict):
            raise ShapeError(f"{at}: via key {via.key!r} gave {_kind(key)}")
        found[key] = _search(via.read, item, at, "via.read")
    return found


def _convert(c: m.ColumnRead, value: object, at: str, shown: str) -> object:
    def wrong(wanted: str) -> ShapeError:
        return ShapeError(f"{at}: {c.column}: {shown} gave {_kind(value)}, expected {wanted}")

    if c.type == "boolean":
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if c.type == "string":
        if not isinstance(value, str):
            raise wrong("a text")
        if c.values and value not in c.values:
            raise wrong(f"one of {', '.join(c.values)}")
        return value
    if isinstance(value, bool):
        raise wrong("a number" if c.type == "integer" else "a decimal")
    if c.type == "integer":
        if isinstance(value, int):
            return value
        if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value):
            return int(value)
        raise wrong("an integer (or its text)")
    return decimal_text(value, wrong)


def decimal_text(value: object, wrong: Any) -> str:
    """A decimal as the reference file writes it: exact, no exponent, no trailing zeros."""
    if (isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value)) or isinstance(
        value, int | Decimal
    ):
        number = Decimal(value)
    else:
        raise wrong("a decimal (its text, or a number)")
    if not number.is_finite():
        raise wrong("a finite decimal")
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _search(expression: str, data: object, at: str, what: str) -> Any:
    try:
        return query.search(expression, data)
    except (JMESPathError, InvalidOperation, TypeError, ValueError) as exc:
        raise ShapeError(f"{at}: {what}: {expression!r} cannot be read: {exc}") from None


def _kind(value: object) -> str:
    if value is None:
        return "null (the member is absent or null)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a boolean)"
    if isinstance(value, str):
        return f"{json.dumps(value)[:40]} (a text)"
    if isinstance(value, int | float | Decimal):
        return f"{value} (a number)"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return "an object"


def read_answer(text: str, where: str) -> object:
    """A saved or received answer: JSON with its numbers exact (decimals, not floats)."""
    try:
        return json.loads(text, parse_float=Decimal)
    except ValueError as exc:
        cut = " (cut short?)" if "Expecting" in str(exc) or "Unterminated" in str(exc) else ""
        raise NotJsonError(f"{where}: not JSON{cut}: {exc}") from None

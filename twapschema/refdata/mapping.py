"""A venue's declared reference sources as plain data: what `twapschema generate` writes to
``schemas/<venue>/reference.sources.json`` from the spec's ``reference_requests`` and each
section's ``fetch``, and what the builder and the fetcher run. Checked by the spec checker;
read back here without re-checking (the file is generated)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, Literal, cast

from twapschema.runtime.registry import UnknownNameError, venue_ids

FORMAT = "twapschema-reference-sources/1"
Constant = str | int | bool  # a decimal constant is kept as its text


@dataclass(frozen=True, slots=True)
class Pages:
    cursor: str  # JMESPath on a page: the next cursor; empty or null on the last page
    param: str  # the query parameter that carries it


@dataclass(frozen=True, slots=True)
class Request:
    name: str
    description: str
    method: Literal["GET", "POST"]
    url: str
    query: tuple[tuple[str, str], ...]
    body: object  # JSON, or None
    ok: str | None
    error: str | None
    pages: Pages | None
    cites: str  # the citation, rendered


@dataclass(frozen=True, slots=True)
class Via:
    rows: str
    key: str
    read: str


@dataclass(frozen=True, slots=True)
class ColumnRead:
    column: str
    type: Literal["string", "integer", "boolean", "decimal"]
    values: tuple[str, ...]  # a string column's allowed values (empty: any)
    read: str | None = None
    value: Constant | None = None
    position: int | None = None
    via: Via | None = None
    map: tuple[tuple[str, str | bool], ...] = ()
    otherwise: str | bool | None = None

    @property
    def mapped(self) -> dict[str, str | bool]:
        return dict(self.map)


@dataclass(frozen=True, slots=True)
class Source:
    request: str | None  # None: every column is a constant
    rows: str | None
    where: str | None
    key: str | None
    adds: Literal["rows", "columns"]
    columns: tuple[ColumnRead, ...]
    cites: str


@dataclass(frozen=True, slots=True)
class SectionFetch:
    section: str
    kind: Literal["record", "table"]
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class VenueSources:
    venue: str
    requests: tuple[Request, ...]
    sections: tuple[SectionFetch, ...]
    not_fetched: tuple[tuple[str, str], ...]  # (section, why no endpoint gives it)

    def request(self, name: str) -> Request:
        return next(r for r in self.requests if r.name == name)


def to_json(sources: VenueSources) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "venue": sources.venue,
        "requests": [_request_json(r) for r in sources.requests],
        "sections": [
            {
                "section": s.section,
                "kind": s.kind,
                "sources": [_source_json(src) for src in s.sources],
            }
            for s in sources.sections
        ],
        "not_fetched": dict(sources.not_fetched),
    }


def _request_json(r: Request) -> dict[str, Any]:
    out: dict[str, Any] = {"name": r.name, "description": r.description, "method": r.method}
    out["url"] = r.url
    out["query"] = dict(r.query)
    if r.body is not None:
        out["body"] = r.body
    for key in ("ok", "error"):
        if getattr(r, key) is not None:
            out[key] = getattr(r, key)
    if r.pages is not None:
        out["pages"] = {"cursor": r.pages.cursor, "param": r.pages.param}
    out["source"] = r.cites
    return out


def _source_json(s: Source) -> dict[str, Any]:
    out: dict[str, Any] = {
        key: getattr(s, key)
        for key in ("request", "rows", "where", "key")
        if getattr(s, key) is not None
    }
    out["adds"] = s.adds
    out["columns"] = {c.column: _column_json(c) for c in s.columns}
    out["source"] = s.cites
    return out


def _column_json(c: ColumnRead) -> dict[str, Any]:
    out: dict[str, Any] = {"type": c.type}
    if c.values:
        out["values"] = list(c.values)
    for key in ("read", "value", "position", "otherwise"):
        if getattr(c, key) is not None:
            out[key] = getattr(c, key)
    if c.via is not None:
        out["via"] = {"rows": c.via.rows, "key": c.via.key, "read": c.via.read}
    if c.map:
        out["map"] = dict(c.map)
    return out


def from_json(data: dict[str, Any]) -> VenueSources:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document")
    requests = tuple(
        Request(
            r["name"],
            r["description"],
            r["method"],
            r["url"],
            tuple((k, str(v)) for k, v in r["query"].items()),
            r.get("body"),
            r.get("ok"),
            r.get("error"),
            Pages(**r["pages"]) if "pages" in r else None,
            r["source"],
        )
        for r in data["requests"]
    )
    sections = tuple(
        SectionFetch(
            s["section"],
            s["kind"],
            tuple(
                Source(
                    src.get("request"),
                    src.get("rows"),
                    src.get("where"),
                    src.get("key"),
                    src["adds"],
                    tuple(_column(name, c) for name, c in src["columns"].items()),
                    src["source"],
                )
                for src in s["sources"]
            ),
        )
        for s in data["sections"]
    )
    return VenueSources(data["venue"], requests, sections, tuple(data["not_fetched"].items()))


def _column(name: str, c: dict[str, Any]) -> ColumnRead:
    via = c.get("via")
    return ColumnRead(
        name,
        c["type"],
        tuple(c.get("values", ())),
        c.get("read"),
        c.get("value"),
        c.get("position"),
        Via(**via) if via is not None else None,
        tuple(c.get("map", {}).items()),
        c.get("otherwise"),
    )


@cache
def venue_sources(venue: str) -> VenueSources:
    """The venue's declared sources, from the package; raises UnknownNameError for a venue
    that is not known, LookupError for one whose spec declares no reference sources."""
    if venue not in venue_ids():
        raise UnknownNameError(f"unknown venue {venue!r} (known: {', '.join(venue_ids())})")
    path = resources.files("twapschema") / "schemas" / venue / "reference.sources.json"
    if not path.is_file():
        raise LookupError(f"venue {venue!r} declares no reference sources")
    return from_json(cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8"))))


def fetched_venues() -> tuple[str, ...]:
    """Venues whose specs declare where their reference data comes from."""
    root = resources.files("twapschema") / "schemas"
    return tuple(v for v in venue_ids() if (root / v / "reference.sources.json").is_file())


def constant_text(value: object) -> Constant:
    """A spec constant as the JSON file keeps it: a decimal as its text."""
    if isinstance(value, Decimal):
        return format(value, "f")
    assert isinstance(value, str | int | bool)
    return value

"""Checks a spec's ``reference_requests`` and its sections' ``fetch`` into the declared
sources the builder runs (``twapschema.refdata.mapping``): every JMESPath expression parses
and names known functions, every request is used and every use names one, every column of a
section is read, constants and mapped values fit their columns."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from twapschema import ir
from twapschema.refdata import mapping as m
from twapschema.refdata import query
from twapschema.spec import syntax as s
from twapschema.syntax_base import SourceSyntax

Problem = Callable[[tuple[str | int, ...], str], None]
Cite = Callable[[SourceSyntax, tuple[str | int, ...]], ir.Citation]


def venue_sources(
    syntax: s.SpecSyntax,
    sections: dict[str, ir.ReferenceSection],
    problem: Problem,
    cite: Cite,
) -> m.VenueSources | None:
    checker = _FetchChecker(problem, cite)
    requests = tuple(checker.request(name, r) for name, r in syntax.reference_requests.items())
    fetched: list[m.SectionFetch] = []
    not_fetched: list[tuple[str, str]] = []
    used: set[str] = set()
    for name, r in syntax.reference.items():
        path = ("reference", name)
        if r.fetch is None:
            if r.not_fetched is None and syntax.reference_requests:
                problem(path, "give `fetch` (where its rows come from) or `not_fetched` (why none)")
            elif r.not_fetched is not None:
                not_fetched.append((name, r.not_fetched))
            continue
        if r.not_fetched is not None:
            problem((*path, "not_fetched"), "a section with `fetch` is fetched; remove not_fetched")
        sources = tuple(
            checker.source(sections[name], r, i, src, syntax.reference_requests, used)
            for i, src in enumerate(r.fetch)
        )
        checker.covered(sections[name], r, sources)
        fetched.append(m.SectionFetch(name, r.kind, sources))
    for name in syntax.reference_requests:
        if name not in used:
            problem(("reference_requests", name), f"request {name!r} is read by no section's fetch")
    if not requests and not fetched:
        return None
    return m.VenueSources(syntax.venue.id, requests, tuple(fetched), tuple(not_fetched))


class _FetchChecker:
    def __init__(self, problem: Problem, cite: Cite) -> None:
        self.problem = problem
        self.cite = cite

    def expression(self, path: tuple[str | int, ...], text: str | None) -> None:
        if text is not None:
            for why in query.problems(text):
                self.problem(path, why)

    def request(self, name: str, r: s.ReferenceRequestSyntax) -> m.Request:
        path: tuple[str | int, ...] = ("reference_requests", name)
        for key in ("ok", "error"):
            self.expression((*path, key), getattr(r, key))
        if r.error is not None and r.ok is None:
            self.problem((*path, "error"), "error is read when `ok` is false; give ok too")
        if r.body is not None and r.method != "POST":
            self.problem((*path, "body"), "a body goes with method: POST")
        if "?" in r.url or "#" in r.url:
            self.problem((*path, "url"), "give the query string as `query`, not in the url")
        pages = None
        if r.pages is not None:
            self.expression((*path, "pages", "cursor"), r.pages.cursor)
            if r.method != "GET":
                self.problem((*path, "pages"), "pages are followed by a query parameter (GET)")
            pages = m.Pages(r.pages.cursor, r.pages.param)
        return m.Request(
            name,
            r.description,
            r.method,
            r.url,
            tuple((k, str(v)) for k, v in r.query.items()),
            dict(r.body) if r.body is not None else None,
            r.ok,
            r.error,
            pages,
            self.cite(r.source, path).render(),
        )

    def source(  # noqa: PLR0917 (the section, its syntax and the spec's requests)
        self,
        section: ir.ReferenceSection,
        r: s.ReferenceSectionSyntax,
        index: int,
        src: s.FetchSourceSyntax,
        requests: dict[str, s.ReferenceRequestSyntax],
        used: set[str],
    ) -> m.Source:
        path: tuple[str | int, ...] = ("reference", section.name, "fetch", index)
        for key in ("rows", "where", "key"):
            self.expression((*path, key), getattr(src, key))
        constant = all(c.value is not None for c in src.columns.values())
        if src.request is None:
            if not constant:
                self.problem((*path, "request"), "name the request whose answer the columns read")
            for key in ("rows", "where", "key"):
                if getattr(src, key) is not None:
                    self.problem((*path, key), f"{key} reads a request's answer; give request")
        else:
            if src.request not in requests:
                known = ", ".join(requests) or "none"
                self.problem((*path, "request"), f"no request {src.request!r} (known: {known})")
            used.add(src.request)
            if src.rows is None:
                self.problem((*path, "rows"), "say where the rows are in the answer (JMESPath)")
        if r.kind == "table" and src.request is not None and src.key is None:
            self.problem((*path, "key"), "a table's rows need a key (JMESPath on each row)")
        if r.kind == "table" and src.request is None:
            self.problem((*path, "request"), "a table's rows come from a request's answer")
        if r.kind == "record" and src.key is not None:
            self.problem((*path, "key"), "a record has no keys; remove key")
        if src.adds == "columns" and (index == 0 or r.kind == "record"):
            self.problem(
                (*path, "adds"), "adds: columns fills rows an earlier source of a table made"
            )
        columns = tuple(
            self.column(section, (*path, "columns", name), name, c, src)
            for name, c in src.columns.items()
        )
        return m.Source(
            src.request,
            src.rows,
            src.where,
            src.key,
            src.adds,
            columns,
            self.cite(src.source, path).render(),
        )

    def column(
        self,
        section: ir.ReferenceSection,
        path: tuple[str | int, ...],
        name: str,
        c: s.ColumnReadSyntax,
        src: s.FetchSourceSyntax,
    ) -> m.ColumnRead:
        column = section.column(name)
        if column is None:
            known = ", ".join(col.name for col in section.columns)
            self.problem(path, f"no column {name!r} in {section.name!r} ({known})")
            return m.ColumnRead(name, "string", ())
        self.expression((*path, "read"), c.read)
        if c.via is not None:
            for key in ("rows", "key", "read"):
                self.expression((*path, "via", key), getattr(c.via, key))
        if c.value is not None:
            self._fits((*path, "value"), column, c.value)
            if c.source is None:
                self.problem(path, "a constant says where it comes from: give source")
        if c.position is not None and column.type != "integer":
            self.problem(
                (*path, "position"), f"a position is an integer; {name!r} is {column.type}"
            )
        if c.position is not None and src.request is None:
            self.problem((*path, "position"), "a position counts rows of a request's answer")
        for word, meant in (c.map or {}).items():
            self._fits((*path, "map", word), column, meant)
        if c.otherwise is not None:
            self._fits((*path, "otherwise"), column, c.otherwise)
        return m.ColumnRead(
            name,
            column.type,
            column.values,
            c.read,
            m.constant_text(c.value) if c.value is not None else None,
            c.position,
            m.Via(c.via.rows, c.via.key, c.via.read) if c.via is not None else None,
            tuple((c.map or {}).items()),
            c.otherwise,
        )

    def _fits(self, path: tuple[str | int, ...], column: ir.Column, value: object) -> None:
        wanted: dict[str, type | tuple[type, ...]] = {
            "string": str,
            "boolean": bool,
            "integer": int,
            "decimal": (str, int, Decimal),
        }
        ok = isinstance(value, wanted[column.type]) and not (
            column.type in ("integer", "decimal") and isinstance(value, bool)
        )
        if ok and column.type == "string" and column.values and value not in column.values:
            ok = False
        if not ok:
            allowed = f" (one of {', '.join(column.values)})" if column.values else ""
            self.problem(
                path, f"{value!r} does not fit column {column.name!r}: {column.type}{allowed}"
            )

    def covered(
        self,
        section: ir.ReferenceSection,
        r: s.ReferenceSectionSyntax,
        sources: tuple[m.Source, ...],
    ) -> None:
        path = ("reference", section.name, "fetch")
        every = {c.name for c in section.columns}
        joined = {c.column for src in sources if src.adds == "columns" for c in src.columns}
        for i, src in enumerate(sources):
            given = {c.column for c in src.columns}
            if src.adds == "rows" and given | joined != every:
                missing = ", ".join(sorted(every - given - joined))
                self.problem(
                    (*path, i, "columns"),
                    f"every column is read, by this source or one that adds columns; "
                    f"missing: {missing}",
                )
            overlap = given & joined if src.adds == "rows" else set()
            if overlap:
                self.problem(
                    (*path, i, "columns"),
                    f"{', '.join(sorted(overlap))}: read here and by a source that adds columns",
                )
        if r.kind == "record" and len(sources) != 1:
            self.problem(path, "a record is read from one source")

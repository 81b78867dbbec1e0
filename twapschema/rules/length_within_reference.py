"""A string length within limits from reference data: QFEX's client id length."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    assume,
    code,
    column_attr,
    column_type,
    draw_int,
    string_operand,
)


class LengthWithinReferenceSyntax(RuleSyntaxBase):
    kind: Literal["length_within_reference"]
    field: str
    min_length: str | None = SyntaxField(None, description="e.g. limits.client_id_min_length")
    max_length: str | None = None


@dataclass(frozen=True, slots=True)
class LengthWithinReferenceDrawer:
    id: str
    field: str
    section: str
    min_column: str | None
    max_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field,)

    def _limits(self, ref: RefData | None) -> tuple[int, int] | None:
        record = ref.get(self.section) if ref is not None else None
        if not isinstance(record, Mapping):
            return None
        low = int(record[self.min_column]) if self.min_column else 0
        high = int(record[self.max_column]) if self.max_column else low + 64
        return low, high

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        limits = self._limits(ref)
        value = body.get(self.field)
        if limits is None or not isinstance(value, str):
            return None
        return limits[0] <= len(value) <= limits[1]

    def _text(self, draw: Any, low: int, high: int) -> str:
        from hypothesis import strategies as st  # noqa: PLC0415

        size = draw_int(draw, max(low, 0), max(high, 0))
        return str(draw(st.text(alphabet="abcxyz-_0123456789", min_size=size, max_size=size)))

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        limits = self._limits(ref)
        if limits is not None and isinstance(body.get(self.field), str):
            body[self.field] = self._text(draw, *limits)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        limits = self._limits(ref)
        assume(limits is not None)
        assert limits is not None
        low, high = limits
        if low > 0 and draw_int(draw, 0, 1) == 0:
            body[self.field] = self._text(draw, 0, low - 1)
        else:
            body[self.field] = self._text(draw, high + 1, high + 8)


@dataclass(frozen=True, slots=True)
class LengthWithinReference(Rule):
    field: Field
    min_length: ColumnRef | None
    max_length: ColumnRef | None

    Syntax = LengthWithinReferenceSyntax
    Drawer = LengthWithinReferenceDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, LengthWithinReferenceSyntax)
        field = string_operand(
            names, "field", names.field("field", syntax.field), "to have a length"
        )
        if syntax.min_length is None and syntax.max_length is None:
            names.problem(
                "kind", "length_within_reference needs `min_length`, `max_length`, or both"
            )
            return None
        bounds: list[ColumnRef | None] = []
        for key, expression in (
            ("min_length", syntax.min_length),
            ("max_length", syntax.max_length),
        ):
            ref = names.column(key, expression) if expression is not None else None
            if ref is not None and column_type(ref) != "integer":
                names.problem(key, f"{expression!r} must be an integer column")
                return None
            if expression is not None and ref is None:
                return None
            bounds.append(ref)
        if field is None:
            return None
        return cls(rule_id, syntax.message, source, field, bounds[0], bounds[1])

    def operands(self) -> tuple[Field, ...]:
        keys = [f for r in self.columns() for f in r.key_fields]
        return tuple(dict.fromkeys((self.field, *keys)))

    def columns(self) -> tuple[ColumnRef, ...]:
        return tuple(r for r in (self.min_length, self.max_length) if r is not None)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        size = out.fresh("length")
        lines = [f"{size} = len({out.var(self.field)})"]
        tests = []
        for ref, op in ((self.min_length, "<"), (self.max_length, ">")):
            if ref is not None:
                row = out.fresh("row")
                lines.append(f"{row} = {out.ref_row(ref)}")
                tests.append((row, f"{size} {op} {row}.{column_attr(ref)}"))
        missing = " or ".join(f"{row} is None" for row, _ in tests)
        lines += [
            f"if {missing}:",
            f"    {out.unlisted(self.columns()[0])}",
            f"elif {' or '.join(test for _, test in tests)}:",
            f"    {out.violation(out.lit(' (length ') + f' + str({size}) + ' + out.lit(')'))}",
        ]
        return lines

    def english(self) -> str:
        parts = []
        if self.min_length is not None:
            parts.append(f"at least {code(self.min_length.render())}")
        if self.max_length is not None:
            parts.append(f"at most {code(self.max_length.render())}")
        return f"When given, {code(self.field.wire_name)} must be {' and '.join(parts)} characters."

    def drawer(self) -> object:
        refs = [r for r in (self.min_length, self.max_length) if r is not None]
        if any(r.key for r in refs):
            raise NotImplementedError("drawing reads length limits from a record")
        return LengthWithinReferenceDrawer(
            self.id,
            self.field.wire_name,
            refs[0].section.name,
            self.min_length.column.name if self.min_length and self.min_length.column else None,
            self.max_length.column.name if self.max_length and self.max_length.column else None,
        )

    def cel(self, out: CelWriter) -> str:
        size = f"size({out.text(self.field)})"
        tests = []
        for ref, op in ((self.min_length, ">="), (self.max_length, "<=")):
            if ref is not None:
                tests.append(f"{size} {op} int({out.column(ref)})")
        return " && ".join(tests)

    def cel_applies(self, out: CelWriter) -> str | None:
        rows = {out.has_row(r) for r in self.columns() if r.key}
        return " && ".join(sorted(rows)) or None

"""A key that must exist (and be active) in a reference table: QFEX's symbol."""

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
    got_operands,
    string_operand,
)


class ReferenceActiveSyntax(RuleSyntaxBase):
    kind: Literal["reference_active"]
    field: str
    table: str
    active_column: str | None = SyntaxField(
        None, description="A boolean column that must be true; none: the key must only exist."
    )


@dataclass(frozen=True, slots=True)
class ReferenceActiveDrawer:
    id: str
    field: str
    table: str
    active_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field,)

    def _rows(self, ref: RefData | None) -> Mapping[str, Any] | None:
        rows = ref.get(self.table) if ref is not None else None
        return rows if isinstance(rows, Mapping) else None

    def _ok(self, row: Any) -> bool:
        return row is not None and (self.active_column is None or row[self.active_column] is True)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        rows = self._rows(ref)
        key = body.get(self.field)
        if rows is None or not isinstance(key, str):
            return None
        return self._ok(rows.get(key))

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref)
        if rows is None or not isinstance(body.get(self.field), str):
            return
        good = sorted(k for k, row in rows.items() if self._ok(row))
        assume(bool(good))
        body[self.field] = draw(st.sampled_from(good))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref) or {}
        bad = sorted(k for k, row in rows.items() if not self._ok(row))
        unknown = fields[self.field].strategy(ref).filter(lambda k: k not in rows)
        body[self.field] = draw(st.sampled_from(bad) | unknown if bad else unknown)


@dataclass(frozen=True, slots=True)
class ReferenceActive(Rule):
    field: Field
    key: ColumnRef  # the table row the field selects; its column is the `active` flag, if any

    Syntax = ReferenceActiveSyntax
    Drawer = ReferenceActiveDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, ReferenceActiveSyntax)
        field = names.field("field", syntax.field)
        field = string_operand(names, "field", field, "to be a table key")
        column = syntax.active_column
        if field is None:
            return None
        ref = names.column(
            "active_column" if column else "table",
            f"{syntax.table}[{syntax.field}].{column}"
            if column
            else f"{syntax.table}[{syntax.field}]",
        )
        if ref is None:
            return None
        if column is not None and (ref.column is None or ref.column.type != "boolean"):
            names.problem("active_column", f"column {column!r} must be boolean")
            return None
        return cls(rule_id, syntax.message, source, field, ref)

    def operands(self) -> tuple[Field, ...]:
        return (self.field,)

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.key,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        got = got_operands(out, self.field)
        lines = [
            f"{row} = {out.ref_row(self.key)}",
            f"if {row} is None:",
            f"    {out.violation(out.lit(' (not in the reference data)') + ' + ' + got)}",
        ]
        if self.key.column is not None:
            lines += [
                f"elif not {row}.{self.key.column.py_name}:",
                f"    {out.violation(out.lit(' (inactive in the reference data)') + ' + ' + got)}",
            ]
        return lines

    def english(self) -> str:
        table = code(self.key.section.name)
        sentence = f"{code(self.field.wire_name)} must be a key of the reference table {table}"
        if self.key.column is not None:
            return f"{sentence} whose {code(self.key.column.name)} flag is true."
        return f"{sentence}."

    def drawer(self) -> object:
        column = self.key.column.name if self.key.column is not None else None
        return ReferenceActiveDrawer(self.id, self.field.wire_name, self.key.section.name, column)

    def cel(self, out: CelWriter) -> str:
        exists = out.has_row(self.key)
        if self.key.column is None:
            return exists
        return f"{exists} && {out.column(self.key)} == true"

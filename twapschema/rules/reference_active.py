"""A key that must exist (and be active) in a reference table: QFEX's symbol; or a row found by
columns (Bybit's instrument by category and symbol together)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import STATUS_VALUES, Citation, ColumnRef, Field
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    RowKey,
    assume,
    by_columns,
    code,
    drawable_rows,
    got_operands,
    key_operands,
    key_values,
    put_key,
    row_key,
    string_operand,
    table_row,
)


class ReferenceActiveSyntax(RuleSyntaxBase):
    kind: Literal["reference_active"]
    field: str
    table: str
    active_column: str | None = SyntaxField(
        None, description="A boolean column that must be true; none: the key must only exist."
    )
    match: dict[str, str] | None = SyntaxField(
        None,
        description=(
            "Find the row by columns instead of by its key: {column: field, ...}, columns the "
            "table declares `unique` (Bybit: {category: category, symbol: symbol})."
        ),
    )
    status_column: str | None = SyntaxField(
        None,
        description=(
            "Instead of active_column: a column of values tradable, reduce_only, cancel_only "
            "(the venue's states mapped to these); tradable passes, cancel_only fails, "
            "reduce_only passes only an order whose `reduce_only` field is true."
        ),
    )
    reduce_only: str | None = SyntaxField(
        None, description="The order's boolean reduce-only field, for a reduce_only status."
    )
    unlisted: Literal["violation", "unchecked"] = SyntaxField(
        "violation",
        description=(
            "What a key the table lacks means: a violation (the table lists every instrument "
            "the venue takes), or `unchecked` where another rule refuses it already and this "
            "one reads the row's column only (Kraken: a market strategy on a limit-only pair)."
        ),
    )


@dataclass(frozen=True, slots=True)
class ReferenceActiveDrawer:
    id: str
    field: str
    table: str
    active_column: str | None
    key: RowKey  # how the body selects the row: by `field`'s value, or by columns
    status: bool = False  # the column holds a status (tradable, ...), not a flag
    reduce_only: str | None = None  # the field a reduce_only status asks to be true
    unlisted_unchecked: bool = False  # a key with no row leaves the rule unchecked
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return key_operands(self.key)

    def _rows(self, ref: RefData | None) -> Mapping[str, Any] | None:
        rows = ref.get(self.table) if ref is not None else None
        return rows if isinstance(rows, Mapping) else None

    def _ok(self, row: Any, body: Body, fields: FieldSpecs) -> bool:
        if row is None or self.active_column is None:
            return row is not None
        if not self.status:
            return row[self.active_column] is True
        state = row[self.active_column]
        reducing = self.reduce_only is not None and (fields[self.reduce_only].given(body) is True)
        return state == "tradable" or (state == "reduce_only" and reducing)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        rows = self._rows(ref)
        if rows is None or any(fields[f].given(body) is None for f in self.operands()):
            return None
        if not by_columns(self.key) and not isinstance(fields[self.field].given(body), str):
            return None
        row = table_row(body, ref, self.table, self.key, fields)
        if row is None and self.unlisted_unchecked:
            return None
        return self._ok(row, body, fields)

    def _fitting(
        self, rows: Mapping[str, Any], body: Body, fields: FieldSpecs, ok: bool
    ) -> list[str]:
        drawable = drawable_rows(self.key, rows, fields)
        return [n for n in drawable if self._ok(rows[n], body, fields) is ok]

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref)
        if rows is None or self.holds(body, fields, ref) is None:
            return
        good = self._fitting(rows, body, fields, ok=True)
        assume(bool(good))
        put_key(body, draw, fields, key_values(self.key, rows, draw(st.sampled_from(good))))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref) or {}
        bad = self._fitting(rows, body, fields, ok=False)
        if self.unlisted_unchecked:  # only a listed row can break it
            assume(bool(bad))
            put_key(body, draw, fields, key_values(self.key, rows, draw(st.sampled_from(bad))))
            return
        if by_columns(self.key):
            # A row that is not open, or key values no row has (drawn, then checked).
            if bad and draw(st.booleans()):
                put_key(body, draw, fields, key_values(self.key, rows, draw(st.sampled_from(bad))))
            else:
                for f in key_operands(self.key):
                    body[f] = draw(fields[f].strategy(ref))
                assume(table_row(body, ref, self.table, self.key, fields) is None)
            return
        unknown = fields[self.field].strategy(ref).filter(lambda k: k not in rows)
        body[self.field] = draw(st.sampled_from(bad) | unknown if bad else unknown)


@dataclass(frozen=True, slots=True)
class ReferenceActive(Rule):
    field: Field
    key: ColumnRef  # the table row the field selects; its column is the `active` flag, if any
    status: bool = False  # the column is a status (tradable, reduce_only, cancel_only)
    reduce_only: Field | None = None  # what a reduce_only status asks to be true
    unlisted_unchecked: bool = False  # a key with no row: unchecked, not a violation

    Syntax = ReferenceActiveSyntax
    Drawer = ReferenceActiveDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, ReferenceActiveSyntax)
        field = names.field("field", syntax.field)
        if syntax.match is None:
            field = string_operand(names, "field", field, "to be a table key")
        elif syntax.field not in syntax.match.values():
            names.problem("field", f"{syntax.field!r} must be one of the fields `match` reads")
            return None
        if syntax.active_column is not None and syntax.status_column is not None:
            names.problem("status_column", "give active_column or status_column, not both")
            return None
        if syntax.reduce_only is not None and syntax.status_column is None:
            names.problem("reduce_only", "reduce_only goes with a status_column")
            return None
        column = syntax.active_column or syntax.status_column
        reduce_only = _reduce_only_field(names, syntax.reduce_only)
        if field is None or (syntax.reduce_only is not None and reduce_only is None):
            return None
        key = (
            syntax.field
            if syntax.match is None
            else ", ".join(f"{c}={f}" for c, f in syntax.match.items())
        )
        expression = f"{syntax.table}[{key}]" + (f".{column}" if column else "")
        at = "status_column" if syntax.status_column else "active_column"
        ref = names.column("match" if syntax.match else at if column else "table", expression)
        if ref is None:
            return None
        if syntax.active_column and (ref.column is None or ref.column.type != "boolean"):
            names.problem("active_column", f"column {column!r} must be boolean")
            return None
        if syntax.status_column and (
            ref.column is None
            or not ref.column.values
            or not set(ref.column.values) <= set(STATUS_VALUES)
            or "tradable" not in ref.column.values
        ):
            names.problem(
                "status_column",
                f"column {column!r} must list `values` among {', '.join(STATUS_VALUES)}, "
                "tradable among them",
            )
            return None
        if syntax.unlisted == "unchecked" and column is None:
            names.problem(
                "unlisted",
                "unlisted: unchecked needs an active_column or status_column to check",
            )
            return None
        status = syntax.status_column is not None
        unchecked = syntax.unlisted == "unchecked"
        return cls(rule_id, syntax.message, source, field, ref, status, reduce_only, unchecked)

    def operands(self) -> tuple[Field, ...]:
        reducing = (self.reduce_only,) if self.reduce_only is not None else ()
        return (*self.key.key_fields, *reducing)

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.key,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        got = got_operands(out, *self.operands())  # with the reduce-only flag, if read
        missing = (
            out.unlisted(self.key)
            if self.unlisted_unchecked
            else out.violation(out.lit(" (not in the reference data)") + " + " + got)
        )
        lines = [f"{row} = {out.ref_row(self.key)}", f"if {row} is None:", f"    {missing}"]
        if self.key.column is not None and self.status:
            state = f"{row}.{self.key.column.py_name}"
            closed = f'{state} != "tradable"'
            if self.reduce_only is not None:
                reducing = f"{out.var(self.reduce_only)} is not True"
                closed = f'{state} == "cancel_only" or ({state} == "reduce_only" and {reducing})'
            said = f"{out.lit(' (')} + {state} + {out.lit(' in the reference data)')}"
            lines += [f"elif {closed}:", f"    {out.violation(said + ' + ' + got)}"]
        elif self.key.column is not None:
            lines += [
                f"elif not {row}.{self.key.column.py_name}:",
                f"    {out.violation(out.lit(' (inactive in the reference data)') + ' + ' + got)}",
            ]
        return lines

    def _status_words(self) -> str:
        assert self.key.column is not None
        words = f"whose {code(self.key.column.name)} is `tradable`"
        if self.reduce_only is not None:
            words += f" (or `reduce_only`, for an order whose {code(self.reduce_only.wire_name)}"
            words += " is true)"
        return words

    def english(self) -> str:
        table = code(self.key.section.name)
        if self.unlisted_unchecked:
            assert self.key.column is not None, "resolve() asks for a column to check"
            what = (
                self._status_words()
                if self.status
                else f"with its {code(self.key.column.name)} flag true"
            )
            return (
                f"The row of the reference table {table} that {code(self.field.wire_name)} "
                f"selects must be one {what}; a key the table lacks leaves this unchecked."
            )
        if self.key.by_row_key:
            sentence = f"{code(self.field.wire_name)} must be a key of the reference table {table}"
            if self.key.column is not None and self.status:
                return f"{sentence} {self._status_words()}."
            if self.key.column is not None:
                return f"{sentence} whose {code(self.key.column.name)} flag is true."
            return f"{sentence}."
        shown = " and ".join(
            f"{code(p.column.name)} is {code(p.field.wire_name)}"
            for p in self.key.key
            if p.column is not None
        )
        sentence = f"The reference table {table} must have a row whose {shown}"
        if self.key.column is not None and self.status:
            return f"{sentence}, {self._status_words()}."
        if self.key.column is not None:
            return f"{sentence}, with its {code(self.key.column.name)} flag true."
        return f"{sentence}."

    def drawer(self) -> object:
        column = self.key.column.name if self.key.column is not None else None
        reducing = self.reduce_only.wire_name if self.reduce_only is not None else None
        return ReferenceActiveDrawer(
            self.id,
            self.field.wire_name,
            self.key.section.name,
            column,
            row_key(self.key),
            self.status,
            reducing,
            self.unlisted_unchecked,
        )

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.key) if self.unlisted_unchecked else None

    def cel(self, out: CelWriter) -> str:
        exists = out.has_row(self.key)
        if self.key.column is None:
            return exists
        if self.status:
            state = out.column(self.key)
            open_ = f'{state} == "tradable"'
            if self.reduce_only is not None:
                open_ += f' || ({state} == "reduce_only" && {out.value(self.reduce_only)} == true)'
            return f"{exists} && ({open_})"
        return f"{exists} && {out.column(self.key)} == true"


def _reduce_only_field(names: Resolver, name: str | None) -> Field | None:
    """The order's reduce-only flag: a boolean the rule reads even when absent (its default)."""
    if name is None:
        return None
    field = names.field("reduce_only", name)
    if field is None:
        return None
    if field.kind.spec_type != "boolean" or (not field.required and field.default is None):
        names.problem(
            "reduce_only",
            f"field {name!r} must be a boolean that is required or has a `default` (false)",
        )
        return None
    return field

"""An average at or above a reference minimum: QFEX's total_quantity / num_orders >= min_quantity,
after truncation to the symbol's quantity precision."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.numbers import truncate
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    RowKey,
    assume,
    code,
    column_attr,
    column_type,
    delta_step,
    divisor_operand,
    draw_int,
    got_operands,
    key_operands,
    number_column,
    numbers_of,
    numeric_operand,
    round_up,
    row_key,
    table_row,
)


class AverageAtLeastReferenceSyntax(RuleSyntaxBase):
    kind: Literal["average_at_least_reference"]
    total: str
    count: str
    minimum: str = SyntaxField(description="Reference column, e.g. symbols[symbol].min_quantity.")
    truncate_to_decimals: str | None = SyntaxField(
        None, description="Reference column: decimals to truncate `total` to before comparing."
    )


@dataclass(frozen=True, slots=True)
class AverageAtLeastReferenceDrawer:
    id: str
    total: str
    count: str
    table: str
    key: RowKey
    minimum_column: str
    places_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.total, self.count, *key_operands(self.key))

    def _row(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> Mapping[str, Any] | None:
        return table_row(body, ref, self.table, self.key, fields)

    def _threshold(self, body: Body, fields: FieldSpecs, row: Mapping[str, Any]) -> Decimal:
        count = numbers_of(body, fields, self.count)
        assert count is not None
        return Decimal(str(row[self.minimum_column])) * count[0]

    def _places(self, row: Mapping[str, Any]) -> int | None:
        return int(row[self.places_column]) if self.places_column is not None else None

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        row = self._row(body, fields, ref)
        nums = numbers_of(body, fields, self.total, self.count)
        if row is None or nums is None:
            return None
        places = self._places(row)
        total = truncate(nums[0], places) if places is not None else nums[0]
        return total >= self._threshold(body, fields, row)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        row = self._row(body, fields, ref)
        if row is None or numbers_of(body, fields, self.total, self.count) is None:
            return
        places = self._places(row)
        threshold = self._threshold(body, fields, row)
        unit = Decimal(1).scaleb(-places) if places is not None else delta_step(threshold)
        base = round_up(threshold, places) if places is not None else threshold
        # Exactly at the minimum often (0.3 over 3 children of 0.1), a little or a lot above.
        extra = unit * draw_int(draw, 0, 10_000)
        body[self.total] = fields[self.total].wire(base + extra)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        row = self._row(body, fields, ref)
        assume(row is not None)
        assert row is not None
        places = self._places(row)
        threshold = self._threshold(body, fields, row)
        unit = Decimal(1).scaleb(-places) if places is not None else delta_step(threshold)
        below = (truncate(threshold, places) if places is not None else threshold) - unit
        # Digits past the precision that truncation drops: rounding would have accepted some.
        tail = unit * Decimal(draw_int(draw, 0, 99)).scaleb(-2)
        body[self.total] = fields[self.total].wire(below + tail)


@dataclass(frozen=True, slots=True)
class AverageAtLeastReference(Rule):
    total: Field
    count: Field
    minimum: ColumnRef
    truncate_to_decimals: ColumnRef | None

    Syntax = AverageAtLeastReferenceSyntax
    Drawer = AverageAtLeastReferenceDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, AverageAtLeastReferenceSyntax)
        total = numeric_operand(names, "total", names.field("total", syntax.total))
        count = divisor_operand(names, "count", names.field("count", syntax.count))
        if count is not None and not count.is_integer:
            names.problem(
                "count", f"field {count.wire_name!r} counts orders: it must be an integer"
            )
            count = None
        minimum = number_column(names, "minimum", syntax.minimum)
        places = None
        if syntax.truncate_to_decimals is not None:
            places = names.column("truncate_to_decimals", syntax.truncate_to_decimals)
            if places is not None and column_type(places) != "integer":
                names.problem("truncate_to_decimals", "the decimals column must be an integer")
                return None
        if total is None or count is None or minimum is None:
            return None
        if syntax.truncate_to_decimals is not None and places is None:
            return None
        return cls(rule_id, syntax.message, source, total, count, minimum, places)

    def _keys(self) -> tuple[Field, ...]:
        refs = (self.minimum, self.truncate_to_decimals)
        keys = {f.wire_name: f for r in refs if r is not None for f in r.key_fields}
        return tuple(keys.values())

    def operands(self) -> tuple[Field, ...]:
        return (self.total, self.count, *self._keys())

    def columns(self) -> tuple[ColumnRef, ...]:
        return tuple(r for r in (self.minimum, self.truncate_to_decimals) if r is not None)

    def subject(self) -> Field | None:
        return self.total

    def python(self, out: PyWriter) -> list[str]:
        total, count = out.var(self.total), out.var(self.count)
        min_row = out.fresh("row")
        lines = [f"{min_row} = {out.ref_row(self.minimum)}"]
        rows = [min_row]
        scaled = total
        if self.truncate_to_decimals is not None:
            places_row = out.fresh("row")
            lines.append(f"{places_row} = {out.ref_row(self.truncate_to_decimals)}")
            rows.append(places_row)
            places = f"{places_row}.{column_attr(self.truncate_to_decimals)}"
            scaled = f"{out.helper('truncate')}({total}, {places})"
        missing = " or ".join(f"{r} is None" for r in rows)
        minimum = f"({out.lit(self.minimum.render())}, {min_row}.{column_attr(self.minimum)})"
        detail = got_operands(out, self.total, self.count)[:-1] + f", {minimum})"
        threshold = f"{out.helper('mul')}({min_row}.{column_attr(self.minimum)}, {count})"
        lines += [
            f"if {missing}:",
            f"    {out.unlisted(self.minimum)}",
            f"elif {scaled} < {threshold}:",
            f"    {out.violation(detail)}",
        ]
        return lines

    def english(self) -> str:
        total, count = code(self.total.wire_name), code(self.count.wire_name)
        sentence = f"The average child order size {total} / {count}"
        if self.truncate_to_decimals is not None:
            places = code(self.truncate_to_decimals.render())
            sentence += f", with {total} first truncated to {places} decimals,"
        return f"{sentence} must be at least {code(self.minimum.render())}."

    def drawer(self) -> object:
        if not self.minimum.key or self.minimum.column is None:
            raise NotImplementedError("drawing needs the minimum from a table row")
        places = self.truncate_to_decimals
        return AverageAtLeastReferenceDrawer(
            self.id,
            self.total.wire_name,
            self.count.wire_name,
            self.minimum.section.name,
            row_key(self.minimum),
            self.minimum.column.name,
            places.column.name if places is not None and places.column is not None else None,
        )

    def cel(self, out: CelWriter) -> str:
        total = out.number(self.total)
        if self.truncate_to_decimals is not None:
            total = f"decimal_trunc({total}, {out.column(self.truncate_to_decimals)})"
        threshold = f"decimal_mul({out.column(self.minimum)}, {out.number(self.count)})"
        return f"decimal_cmp({total}, {threshold}) >= 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        rows = {out.has_row(r) for r in self.columns() if r.key}
        return " && ".join(sorted(rows)) or None

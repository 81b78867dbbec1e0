"""A value on an instrument's grid: a multiple of a reference step (a tick size, a lot step) or
with at most a reference number of decimals (Kraken's ``lot_decimals``, Hyperliquid's
``szDecimals``); "at most n decimals" is "a multiple of 10^-n", so one kind serves both."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.numbers import is_multiple
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
    draw_int,
    got_operands,
    key_operands,
    numbers_of,
    numeric_operand,
    on_step,
    pick_row,
    point_at_row,
    positive_column,
    row_key,
    table_row,
)


class MultipleOfReferenceSyntax(RuleSyntaxBase):
    kind: Literal["multiple_of_reference"]
    field: str
    step: str | None = SyntaxField(
        None, description="A decimal reference column, e.g. pairs[symbol].tick_size."
    )
    decimals: str | None = SyntaxField(
        None, description="An integer reference column, e.g. pairs[symbol].lot_decimals."
    )


@dataclass(frozen=True, slots=True)
class MultipleOfReferenceDrawer:
    id: str
    field: str
    table: str
    key: RowKey
    column: str
    in_decimals: bool  # the column counts decimals (step 10^-n), not a step itself
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field, *key_operands(self.key))

    def _step(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> Decimal | None:
        row = table_row(body, ref, self.table, self.key, fields)
        if row is None:
            return None
        value = row[self.column]
        return Decimal(1).scaleb(-int(value)) if self.in_decimals else Decimal(str(value))

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        step = self._step(body, fields, ref)
        nums = numbers_of(body, fields, self.field)
        if step is None or nums is None or step <= 0:
            return None
        return is_multiple(nums[0], step)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        point_at_row(body, draw, fields, ref, table=self.table, key=self.key)
        if self.holds(body, fields, ref) is not False:
            return
        step = self._step(body, fields, ref)
        nums = numbers_of(body, fields, self.field)
        assert step is not None
        assert nums is not None
        spec = fields[self.field]
        # The nearest multiples of the step at or below the drawn value, then above it.
        below = on_step(nums[0], step, ROUND_FLOOR)
        candidates = [below - step * k for k in range(3)] + [below + step * k for k in (1, 2, 3)]
        fitting = [c for c in candidates if spec.fits(c)]
        assume(bool(fitting))
        body[self.field] = spec.wire(fitting[draw_int(draw, 0, len(fitting) - 1)])

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        # A row to miss the grid of.
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)
        step = self._step(body, fields, ref)
        assume(step is not None and step > 0)
        assert step is not None
        spec = fields[self.field]
        nums = numbers_of(body, fields, self.field)
        assume(nums is not None)
        assert nums is not None
        # Half a step past the grid point at or below the drawn (valid) value: off the grid by
        # the most, as a sender's rounding slip is, and near the value, so the other rules
        # that read it still hold. Sometimes a few steps further.
        base = on_step(nums[0], step, ROUND_FLOOR)
        value = base + step * draw_int(draw, 0, 3) + step / 2
        assume(spec.fits(value))
        body[self.field] = spec.wire(value)


@dataclass(frozen=True, slots=True)
class MultipleOfReference(Rule):
    field: Field
    grid: ColumnRef  # a table row's column: the step, or the number of decimals
    in_decimals: bool

    Syntax = MultipleOfReferenceSyntax
    Drawer = MultipleOfReferenceDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, MultipleOfReferenceSyntax)
        field = numeric_operand(names, "field", names.field("field", syntax.field))
        if (syntax.step is None) == (syntax.decimals is None):
            names.problem("kind", "multiple_of_reference needs `step` or `decimals`, not both")
            return None
        key, expression = ("step", syntax.step) if syntax.step else ("decimals", syntax.decimals)
        assert expression is not None
        grid = names.column(key, expression)
        wanted = "decimal" if key == "step" else "integer"
        if grid is not None and column_type(grid) != wanted:
            names.problem(key, f"{expression!r} must be a column of type {wanted}")
            return None
        if grid is not None and not grid.key:
            names.problem(key, f"{expression!r} must be a table column, read by the row's key")
            return None
        if grid is not None and key == "step" and not positive_column(grid):
            names.problem(
                key, f"{expression!r} needs a positive `minimum`: a step of 0 or less is no grid"
            )
            return None
        if field is None or grid is None:
            return None
        return cls(rule_id, syntax.message, source, field, grid, key == "decimals")

    def operands(self) -> tuple[Field, ...]:
        assert self.grid.key, "resolve() keeps table columns only"
        return tuple(dict.fromkeys((self.field, *self.grid.key_fields)))

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.grid,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        value, column = out.var(self.field), f"{row}.{column_attr(self.grid)}"
        if self.in_decimals:
            broken = f"{out.helper('truncate')}({value}, {column}) != {value}"
        else:
            broken = f"not {out.helper('is_multiple')}({value}, {column})"
        detail = got_operands(out, self.field)[:-1]
        detail += f", ({out.lit(self.grid.render())}, {column}))"
        return [
            f"{row} = {out.ref_row(self.grid)}",
            f"if {row} is None:",
            f"    {out.unlisted(self.grid)}",
            f"elif {broken}:",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        f, grid = code(self.field.wire_name), code(self.grid.render())
        if self.in_decimals:
            return f"{f} must have at most {grid} decimals."
        return f"{f} must be a multiple of {grid}."

    def drawer(self) -> object:
        assert self.grid.column is not None
        return MultipleOfReferenceDrawer(
            self.id,
            self.field.wire_name,
            self.grid.section.name,
            row_key(self.grid),
            self.grid.column.name,
            self.in_decimals,
        )

    def cel(self, out: CelWriter) -> str:
        value, column = out.number(self.field), out.column(self.grid)
        if self.in_decimals:
            return f"decimal_cmp(decimal_trunc({value}, int({column})), {value}) == 0"
        return f"decimal_is_multiple({value}, {column})"

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.grid)

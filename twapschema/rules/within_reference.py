"""A value within an instrument's limits: at least a reference minimum and at most a reference
maximum, each optional (Kraken's volume at least the pair's ``ordermin``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    RowKey,
    assume,
    code,
    column_attr,
    draw_int,
    got_operands,
    key_operands,
    number_column,
    numbers_of,
    numeric_operand,
    pick_row,
    row_key,
    table_row,
)


class WithinReferenceSyntax(RuleSyntaxBase):
    kind: Literal["within_reference"]
    field: str
    minimum: str | None = None  # a table column, e.g. pairs[symbol].ordermin
    maximum: str | None = None


@dataclass(frozen=True, slots=True)
class WithinReferenceDrawer:
    id: str
    field: str
    table: str
    key: RowKey
    minimum_column: str | None
    maximum_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field, *key_operands(self.key))

    def _limits(self, body: Body, ref: RefData | None) -> tuple[Decimal | None, ...] | None:
        row = table_row(body, ref, self.table, self.key)
        if row is None:
            return None
        return tuple(
            Decimal(str(row[c])) if c is not None else None
            for c in (self.minimum_column, self.maximum_column)
        )

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        limits = self._limits(body, ref)
        nums = numbers_of(body, fields, self.field)
        if limits is None or nums is None:
            return None
        low, high = limits
        return (low is None or nums[0] >= low) and (high is None or nums[0] <= high)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.key[0][1] is not None:
            # A key by columns is seldom drawn onto a row: point it at one.
            pick_row(body, draw, fields, ref, table=self.table, key=self.key)
        if self.holds(body, fields, ref) is not False:
            return
        limits = self._limits(body, ref)
        assert limits is not None
        spec = fields[self.field]
        low, high = limits
        step = spec.step()
        # At a limit often, or a few steps inside it.
        value = low + step * draw_int(draw, 0, 3) if low is not None else high - step * 3
        if high is not None and value > high:
            value = high
        assume(spec.fits(value))
        body[self.field] = spec.wire(value)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)  # a row to miss
        limits = self._limits(body, ref)
        assume(limits is not None)
        assert limits is not None
        spec = fields[self.field]
        low, high = limits
        step = spec.step()
        # One step past a limit, as an order just too small is; sometimes a little further.
        past = [
            limit + step * sign * (1 + draw_int(draw, 0, 2))
            for limit, sign in ((low, -1), (high, 1))
            if limit is not None
        ]
        value = past[draw_int(draw, 0, len(past) - 1)]
        assume(spec.fits(value))
        body[self.field] = spec.wire(value)


@dataclass(frozen=True, slots=True)
class WithinReference(Rule):
    field: Field
    minimum: ColumnRef | None
    maximum: ColumnRef | None

    Syntax = WithinReferenceSyntax
    Drawer = WithinReferenceDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, WithinReferenceSyntax)
        field = numeric_operand(names, "field", names.field("field", syntax.field))
        if syntax.minimum is None and syntax.maximum is None:
            names.problem("kind", "within_reference needs a `minimum`, a `maximum`, or both")
            return None
        low = number_column(names, "minimum", syntax.minimum) if syntax.minimum else None
        high = number_column(names, "maximum", syntax.maximum) if syntax.maximum else None
        limits = [c for c in (low, high) if c is not None]
        if len(limits) != (syntax.minimum is not None) + (syntax.maximum is not None):
            return None
        if any(not c.key for c in limits):
            names.problem("kind", "the limits must be table columns, read by the row's key")
            return None
        if len({(c.section.name, c.key) for c in limits}) != 1:
            names.problem("maximum", "the minimum and maximum must come from one row")
            return None
        if field is None:
            return None
        return cls(rule_id, syntax.message, source, field, low, high)

    def _limits(self) -> tuple[ColumnRef, ...]:
        return tuple(c for c in (self.minimum, self.maximum) if c is not None)

    def operands(self) -> tuple[Field, ...]:
        return tuple(dict.fromkeys((self.field, *self._limits()[0].key_fields)))

    def columns(self) -> tuple[ColumnRef, ...]:
        return self._limits()

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        value = out.var(self.field)
        tests, shown = [], []
        for ref, op in ((self.minimum, "<"), (self.maximum, ">")):
            if ref is not None:
                tests.append(f"{value} {op} {row}.{column_attr(ref)}")
                shown.append(f"({out.lit(ref.render())}, {row}.{column_attr(ref)})")
        detail = got_operands(out, self.field)[:-1] + ", " + ", ".join(shown) + ")"
        return [
            f"{row} = {out.ref_row(self._limits()[0])}",
            f"if {row} is None:",
            f"    {out.unchecked()}",
            f"elif {' or '.join(tests)}:",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        f = code(self.field.wire_name)
        if self.minimum is not None and self.maximum is not None:
            low, high = code(self.minimum.render()), code(self.maximum.render())
            return f"{f} must be at least {low} and at most {high}."
        if self.minimum is not None:
            return f"{f} must be at least {code(self.minimum.render())}."
        assert self.maximum is not None
        return f"{f} must be at most {code(self.maximum.render())}."

    def drawer(self) -> object:
        first = self._limits()[0]
        return WithinReferenceDrawer(
            self.id,
            self.field.wire_name,
            first.section.name,
            row_key(first),
            self.minimum.column.name if self.minimum and self.minimum.column else None,
            self.maximum.column.name if self.maximum and self.maximum.column else None,
        )

    def cel(self, out: CelWriter) -> str:
        value = out.value(self.field)
        tests = [
            f"decimal_cmp({value}, {out.column(ref)}) {op} 0"
            for ref, op in ((self.minimum, ">="), (self.maximum, "<="))
            if ref is not None
        ]
        return " && ".join(tests)

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self._limits()[0])

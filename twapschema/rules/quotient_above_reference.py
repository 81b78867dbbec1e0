"""A scaled quotient above a reference minimum: Binance's quantity * 60 / duration > minQty."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.numbers import EXACT
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    assume,
    code,
    column_attr,
    divisor_operand,
    draw_int,
    got_operands,
    number_column,
    numbers_of,
    numeric_operand,
    table_row,
)


class QuotientAboveReferenceSyntax(RuleSyntaxBase):
    kind: Literal["quotient_above_reference"]
    dividend: str
    divisor: str
    scale: int | Decimal = SyntaxField(
        1, description="Multiplies the dividend first: 60 turns a per-second rate into per-minute."
    )
    minimum: str = SyntaxField(description="Reference column, e.g. symbols[symbol].min_qty.")
    strict: bool = SyntaxField(False, description="'>' instead of '>='.")


@dataclass(frozen=True, slots=True)
class QuotientAboveReferenceDrawer:
    id: str
    dividend: str
    divisor: str
    scale: Decimal
    table: str
    key_field: str
    minimum_column: str
    strict: bool
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.dividend, self.divisor, self.key_field)

    def _sides(
        self, body: Body, fields: FieldSpecs, ref: RefData | None
    ) -> tuple[Decimal, Decimal] | None:
        """(dividend x scale, minimum x divisor): the rule compares these."""
        row = table_row(body, ref, self.table, self.key_field)
        nums = numbers_of(body, fields, self.dividend, self.divisor)
        if row is None or nums is None:
            return None
        least = Decimal(str(row[self.minimum_column]))
        return EXACT.multiply(nums[0], self.scale), EXACT.multiply(least, nums[1])

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        sides = self._sides(body, fields, ref)
        if sides is None:
            return None
        return sides[0] > sides[1] if self.strict else sides[0] >= sides[1]

    def _at_threshold(
        self, body: Body, fields: FieldSpecs, ref: RefData | None, rounding: str
    ) -> Decimal:
        """The dividend at minimum x divisor / scale, rounded to the dividend's step."""
        sides = self._sides(body, fields, ref)
        assert sides is not None
        step: Decimal = fields[self.dividend].step()
        quotient = sides[1] / self.scale / step
        return quotient.to_integral_value(rounding=rounding) * step

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is None:
            return
        spec = fields[self.dividend]
        value = self._at_threshold(body, fields, ref, ROUND_CEILING)
        body[self.dividend] = spec.wire(value)
        if self.holds(body, fields, ref) is False:  # exactly at a strict minimum
            value += spec.step()
        # At the minimum often, a little or a lot above it.
        body[self.dividend] = spec.wire(value + spec.step() * draw_int(draw, 0, 10_000))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = ref.get(self.table) if ref is not None else None
        if table_row(body, ref, self.table, self.key_field) is None and rows:
            body[self.key_field] = draw(st.sampled_from(sorted(rows)))  # a row to fall short of
        assume(self.holds(body, fields, ref) is not None)
        spec = fields[self.dividend]
        value = self._at_threshold(body, fields, ref, ROUND_FLOOR)
        body[self.dividend] = spec.wire(value)
        if self.holds(body, fields, ref):  # exactly at a minimum that is allowed
            value -= spec.step()
        body[self.dividend] = spec.wire(value - spec.step() * draw_int(draw, 0, 3))


@dataclass(frozen=True, slots=True)
class QuotientAboveReference(Rule):
    dividend: Field
    divisor: Field
    scale: int | Decimal
    minimum: ColumnRef
    strict: bool

    Syntax = QuotientAboveReferenceSyntax
    Drawer = QuotientAboveReferenceDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, QuotientAboveReferenceSyntax)
        dividend = numeric_operand(names, "dividend", names.field("dividend", syntax.dividend))
        divisor = divisor_operand(names, "divisor", names.field("divisor", syntax.divisor))
        if syntax.scale <= 0:
            names.problem("scale", f"scale must be positive, not {syntax.scale}")
            return None
        minimum = number_column(names, "minimum", syntax.minimum)
        if dividend is None or divisor is None or minimum is None:
            return None
        return cls(
            rule_id, syntax.message, source, dividend, divisor, syntax.scale, minimum, syntax.strict
        )

    def operands(self) -> tuple[Field, ...]:
        key = self.minimum.key_field
        return tuple(dict.fromkeys((self.dividend, self.divisor, *([key] if key else []))))

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.minimum,)

    def subject(self) -> Field | None:
        return self.dividend

    def python(self, out: PyWriter) -> list[str]:
        # a * scale / b > min with b > 0 is a * scale > min * b: exact, no division.
        a, b = out.var(self.dividend), out.var(self.divisor)
        row = out.fresh("row")
        least = f"{row}.{column_attr(self.minimum)}"
        scaled = a if self.scale == 1 else f"{out.helper('mul')}({a}, {out.lit(self.scale)})"
        op = "<=" if self.strict else "<"
        detail = got_operands(out, self.dividend, self.divisor)[:-1]
        detail += f", ({out.lit(self.minimum.render())}, {least}))"
        return [
            f"{row} = {out.ref_row(self.minimum)}",
            f"if {row} is None:",
            f"    {out.unchecked()}",
            f"elif {scaled} {op} {out.helper('mul')}({least}, {b}):",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        a, b = code(self.dividend.wire_name), code(self.divisor.wire_name)
        scaled = a if self.scale == 1 else f"{a} * {self.scale}"
        relation = "above" if self.strict else "at least"
        return f"{scaled} / {b} must be {relation} {code(self.minimum.render())}."

    def drawer(self) -> object:
        key = self.minimum.key_field
        if key is None or self.minimum.column is None:
            raise NotImplementedError("drawing needs the minimum from a table row")
        return QuotientAboveReferenceDrawer(
            self.id,
            self.dividend.wire_name,
            self.divisor.wire_name,
            Decimal(self.scale),
            self.minimum.section.name,
            key.wire_name,
            self.minimum.column.name,
            self.strict,
        )

    def cel(self, out: CelWriter) -> str:
        a = out.value(self.dividend)
        scaled = a if self.scale == 1 else f"decimal_mul({a}, {out.lit(Decimal(self.scale))})"
        threshold = f"decimal_mul({out.column(self.minimum)}, {out.value(self.divisor)})"
        return f"decimal_cmp({scaled}, {threshold}) {'>' if self.strict else '>='} 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.minimum) if self.minimum.key_field is not None else None

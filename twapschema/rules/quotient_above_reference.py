"""A scaled quotient above a reference minimum: Binance's quantity * 60 / duration > minQty;
with the scale a field, a total against a reference minimum times the child count: Bybit's
size >= MinSize * duration / interval is size * interval / duration >= MinSize."""

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
    RowKey,
    assume,
    code,
    column_attr,
    divisor_operand,
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


class QuotientAboveReferenceSyntax(RuleSyntaxBase):
    kind: Literal["quotient_above_reference"]
    dividend: str
    divisor: str
    scale: int | Decimal | str = SyntaxField(
        1,
        description=(
            "Multiplies the dividend first: 60 turns a per-second rate into per-minute; a "
            "field's name (interval) makes dividend / (divisor / scale) a per-child share."
        ),
    )
    minimum: str = SyntaxField(description="Reference column, e.g. symbols[symbol].min_qty.")
    strict: bool = SyntaxField(False, description="'>' instead of '>='.")


@dataclass(frozen=True, slots=True)
class QuotientAboveReferenceDrawer:
    id: str
    dividend: str
    divisor: str
    scale: Decimal | str  # a constant, or the field that scales
    table: str
    key: RowKey
    minimum_column: str
    strict: bool
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        scale = (self.scale,) if isinstance(self.scale, str) else ()
        return tuple(dict.fromkeys((self.dividend, self.divisor, *scale, *key_operands(self.key))))

    def _scale(self, body: Body, fields: FieldSpecs) -> Decimal | None:
        if not isinstance(self.scale, str):
            return self.scale
        nums = numbers_of(body, fields, self.scale)
        return None if nums is None or nums[0] <= 0 else nums[0]

    def _sides(
        self, body: Body, fields: FieldSpecs, ref: RefData | None
    ) -> tuple[Decimal, Decimal] | None:
        """(dividend x scale, minimum x divisor): the rule compares these."""
        row = table_row(body, ref, self.table, self.key)
        nums = numbers_of(body, fields, self.dividend, self.divisor)
        scale = self._scale(body, fields)
        if row is None or nums is None or scale is None:
            return None
        least = Decimal(str(row[self.minimum_column]))
        return EXACT.multiply(nums[0], scale), EXACT.multiply(least, nums[1])

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
        scale = self._scale(body, fields)
        assert sides is not None
        assert scale is not None
        step: Decimal = fields[self.dividend].step()
        quotient = sides[1] / scale / step  # 28 digits: rounded to a step, then checked
        return quotient.to_integral_value(rounding=rounding) * step

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.key[0][1] is not None:
            # A key by columns (an asset id) is seldom drawn onto a row: point it at one.
            pick_row(body, draw, fields, ref, table=self.table, key=self.key)
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

        # A row to fall short of.
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)
        assume(self.holds(body, fields, ref) is not None)
        if draw(st.booleans()):
            # A long divisor leaves room for a dividend that falls short here and still meets
            # the other rules on it (Binance's notional floor, on the same quantity).
            divisor = fields[self.divisor]
            low, high = divisor.bounds()
            body[self.divisor] = divisor.wire(draw(divisor.numbers(low=(low + high) / 2)))
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
    scale: int | Decimal | Field
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
        scale: int | Decimal | Field | None = (
            syntax.scale
            if not isinstance(syntax.scale, str)
            else divisor_operand(names, "scale", names.field("scale", syntax.scale))
        )
        if isinstance(scale, int | Decimal) and scale <= 0:
            names.problem("scale", f"scale must be positive, not {scale}")
            return None
        minimum = number_column(names, "minimum", syntax.minimum)
        if dividend is None or divisor is None or minimum is None or scale is None:
            return None
        return cls(
            rule_id, syntax.message, source, dividend, divisor, scale, minimum, syntax.strict
        )

    def operands(self) -> tuple[Field, ...]:
        scale = (self.scale,) if isinstance(self.scale, Field) else ()
        return tuple(dict.fromkeys((self.dividend, self.divisor, *scale, *self.minimum.key_fields)))

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.minimum,)

    def subject(self) -> Field | None:
        return self.dividend

    def python(self, out: PyWriter) -> list[str]:
        # a * scale / b > min with b > 0 is a * scale > min * b: exact, no division.
        a, b = out.var(self.dividend), out.var(self.divisor)
        row = out.fresh("row")
        least = f"{row}.{column_attr(self.minimum)}"
        if isinstance(self.scale, Field):
            scaled = f"{out.helper('mul')}({a}, {out.var(self.scale)})"
            shown = got_operands(out, self.dividend, self.divisor, self.scale)
        else:
            scaled = a if self.scale == 1 else f"{out.helper('mul')}({a}, {out.lit(self.scale)})"
            shown = got_operands(out, self.dividend, self.divisor)
        op = "<=" if self.strict else "<"
        detail = shown[:-1]
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
        if isinstance(self.scale, Field):
            return (
                f"{a} must be {'above' if self.strict else 'at least'} "
                f"{code(self.minimum.render())} times {b} / {code(self.scale.wire_name)} "
                f"(as {a} * {code(self.scale.wire_name)} / {b}, exactly)."
            )
        scaled = a if self.scale == 1 else f"{a} * {self.scale}"
        relation = "above" if self.strict else "at least"
        return f"{scaled} / {b} must be {relation} {code(self.minimum.render())}."

    def drawer(self) -> object:
        if not self.minimum.key or self.minimum.column is None:
            raise NotImplementedError("drawing needs the minimum from a table row")
        scale = self.scale.wire_name if isinstance(self.scale, Field) else Decimal(self.scale)
        return QuotientAboveReferenceDrawer(
            self.id,
            self.dividend.wire_name,
            self.divisor.wire_name,
            scale,
            self.minimum.section.name,
            row_key(self.minimum),
            self.minimum.column.name,
            self.strict,
        )

    def cel(self, out: CelWriter) -> str:
        a = out.value(self.dividend)
        if isinstance(self.scale, Field):
            scaled = f"decimal_mul({a}, {out.value(self.scale)})"
        else:
            scaled = a if self.scale == 1 else f"decimal_mul({a}, {out.lit(Decimal(self.scale))})"
        threshold = f"decimal_mul({out.column(self.minimum)}, {out.value(self.divisor)})"
        return f"decimal_cmp({scaled}, {threshold}) {'>' if self.strict else '>='} 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.minimum) if self.minimum.key else None

"""A scaled quotient above a reference minimum: Binance's quantity * 60 / duration > minQty;
with the scale a field, a total against a reference minimum times the child count: Bybit's
size >= MinSize * duration / interval is size * interval / duration >= MinSize. With `maximum`
and a `share`, the quotient is capped instead: Bybit's sub-order at most 50% of maxOrderQty."""

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
    on_step,
    pick_row,
    point_at_row,
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
    minimum: str | None = SyntaxField(
        None, description="Reference column, e.g. symbols[symbol].min_qty."
    )
    maximum: str | None = SyntaxField(
        None, description="Instead of minimum: a reference column the quotient may not exceed."
    )
    share: int | Decimal = SyntaxField(
        1, description="Multiplies the column: 0.5 for 'at most 50% of the maximum order size'."
    )
    strict: bool = SyntaxField(False, description="'>' ('<') instead of '>=' ('<=').")


@dataclass(frozen=True, slots=True)
class QuotientAboveReferenceDrawer:
    id: str
    dividend: str
    divisor: str
    scale: Decimal | str  # a constant, or the field that scales
    table: str
    key: RowKey
    minimum_column: str  # the limit's column (a maximum with at_most)
    strict: bool
    at_most: bool = False
    share: Decimal = Decimal(1)
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
        """(dividend x scale, share x limit x divisor): the rule compares these."""
        row = table_row(body, ref, self.table, self.key, fields)
        nums = numbers_of(body, fields, self.dividend, self.divisor)
        scale = self._scale(body, fields)
        if row is None or nums is None or scale is None:
            return None
        limit = EXACT.multiply(Decimal(str(row[self.minimum_column])), self.share)
        return EXACT.multiply(nums[0], scale), EXACT.multiply(limit, nums[1])

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        sides = self._sides(body, fields, ref)
        if sides is None:
            return None
        if self.at_most:
            return sides[0] < sides[1] if self.strict else sides[0] <= sides[1]
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
        return on_step(sides[1] / scale, step, rounding)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        point_at_row(body, draw, fields, ref, table=self.table, key=self.key)
        if self.holds(body, fields, ref) is None:
            return
        spec = fields[self.dividend]
        if self.at_most:
            if self.holds(body, fields, ref) is False:  # over the cap: at it, or a little under
                value = self._at_threshold(body, fields, ref, ROUND_FLOOR)
                value -= spec.step() * (draw_int(draw, 0, 3) + (1 if self.strict else 0))
                assume(spec.fits(value))
                body[self.dividend] = spec.wire(value)
            return
        value = self._at_threshold(body, fields, ref, ROUND_CEILING)
        body[self.dividend] = spec.wire(value)
        if self.holds(body, fields, ref) is False:  # exactly at a strict minimum
            value += spec.step()
        # At the minimum often, a little above it, or up to 10^12 times it (where a cap of
        # another rule, or none, applies: Bybit's spot sub-orders are not capped, and a suite
        # must draw such orders, often, to notice a cap applied to them).
        value += spec.step() * draw_int(draw, 0, 10_000)
        if draw_int(draw, 0, 1) == 0:
            value *= 10 ** draw_int(draw, 1, 12)
        assume(spec.fits(value))
        body[self.dividend] = spec.wire(value)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        # A row to fall short of.
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)
        assume(self.holds(body, fields, ref) is not None)
        if self.at_most:  # at a strict cap, or one step past it; sometimes a little further
            spec = fields[self.dividend]
            value = self._at_threshold(body, fields, ref, ROUND_CEILING)
            body[self.dividend] = spec.wire(value)
            if self.holds(body, fields, ref):
                value += spec.step()
            value += spec.step() * draw_int(draw, 0, 3)
            assume(spec.fits(value))
            body[self.dividend] = spec.wire(value)
            return
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
    minimum: ColumnRef  # the limit's column: a maximum when at_most
    strict: bool
    at_most: bool = False
    share: int | Decimal = 1

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
        if (syntax.minimum is None) == (syntax.maximum is None):
            names.problem("kind", "quotient_above_reference needs `minimum` or `maximum`, not both")
            return None
        if syntax.share <= 0:
            names.problem("share", f"share must be positive, not {syntax.share}")
            return None
        key, expression = (
            ("minimum", syntax.minimum) if syntax.minimum else ("maximum", syntax.maximum)
        )
        assert expression is not None
        limit = number_column(names, key, expression)
        if dividend is None or divisor is None or limit is None or scale is None:
            return None
        at_most = syntax.maximum is not None
        return cls(
            rule_id,
            syntax.message,
            source,
            dividend,
            divisor,
            scale,
            limit,
            syntax.strict,
            at_most,
            syntax.share,
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
        limit = least if self.share == 1 else f"{out.helper('mul')}({least}, {out.lit(self.share)})"
        if isinstance(self.scale, Field):
            scaled = f"{out.helper('mul')}({a}, {out.var(self.scale)})"
            shown = got_operands(out, self.dividend, self.divisor, self.scale)
        else:
            scaled = a if self.scale == 1 else f"{out.helper('mul')}({a}, {out.lit(self.scale)})"
            shown = got_operands(out, self.dividend, self.divisor)
        # The comparison that breaks the rule.
        op = {(False, False): "<", (False, True): "<=", (True, False): ">", (True, True): ">="}[
            (self.at_most, self.strict)
        ]
        detail = shown[:-1]
        detail += f", ({out.lit(self.minimum.render())}, {least}))"
        return [
            f"{row} = {out.ref_row(self.minimum)}",
            f"if {row} is None:",
            f"    {out.unlisted(self.minimum)}",
            f"elif {scaled} {op} {out.helper('mul')}({limit}, {b}):",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        a, b = code(self.dividend.wire_name), code(self.divisor.wire_name)
        if self.at_most:
            relation = "below" if self.strict else "at most"
        else:
            relation = "above" if self.strict else "at least"
        limit = code(self.minimum.render())
        if self.share != 1:
            limit = f"{self.share} times {limit}"
        if isinstance(self.scale, Field):
            s = code(self.scale.wire_name)
            return f"{a} * {s} / {b} (a sub-order's share) must be {relation} {limit}."
        scaled = a if self.scale == 1 else f"{a} * {self.scale}"
        return f"{scaled} / {b} must be {relation} {limit}."

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
            self.at_most,
            Decimal(self.share),
        )

    def cel(self, out: CelWriter) -> str:
        a = out.number(self.dividend)
        if isinstance(self.scale, Field):
            scaled = f"decimal_mul({a}, {out.number(self.scale)})"
        else:
            scaled = a if self.scale == 1 else f"decimal_mul({a}, {out.lit(Decimal(self.scale))})"
        limit = out.column(self.minimum)
        if self.share != 1:
            limit = f"decimal_mul({limit}, {out.lit(Decimal(self.share))})"
        threshold = f"decimal_mul({limit}, {out.number(self.divisor)})"
        op = ("<" if self.strict else "<=") if self.at_most else (">" if self.strict else ">=")
        return f"decimal_cmp({scaled}, {threshold}) {op} 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.minimum) if self.minimum.key else None

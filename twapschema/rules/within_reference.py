"""A value within an instrument's limits: at least a minimum and at most a maximum, each a
reference column or a number, either optional (Kraken's volume at least the pair's
``ordermin``); with ``times``, the value is first multiplied by a reference price, so a
notional is judged at the price the reference data gives (Binance's quantity x mark price
above 1,000 USDT)."""

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
    positive_column,
    row_key,
    table_row,
)

Bound = ColumnRef | int | Decimal


class WithinReferenceSyntax(RuleSyntaxBase):
    kind: Literal["within_reference"]
    field: str
    times: str | None = SyntaxField(
        None,
        description=(
            "A reference price column the field is multiplied by first (a notional): say in "
            "the column's description which price it is and when it was taken; or a field of "
            "the message (a limit price), and then the rule applies where it is given."
        ),
    )
    minimum: str | int | Decimal | None = SyntaxField(
        None, description="A table column (pairs[symbol].ordermin) or a number."
    )
    maximum: str | int | Decimal | None = None
    exclusive: bool = SyntaxField(False, description="Both ends excluded: '>' and '<'.")


@dataclass(frozen=True, slots=True)
class WithinReferenceDrawer:
    id: str
    field: str
    table: str
    key: RowKey
    minimum: str | Decimal | None  # a column name, or a number
    maximum: str | Decimal | None
    times: str | None = None
    exclusive: bool = False
    times_field: str | None = None  # the price is a field of the message, not a column
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        price = (self.times_field,) if self.times_field is not None else ()
        return tuple(dict.fromkeys((self.field, *price, *key_operands(self.key))))

    def _limits(
        self, body: Body, ref: RefData | None, fields: FieldSpecs
    ) -> tuple[Decimal | None, Decimal | None, Decimal] | None:
        """(minimum, maximum, factor) for the body's row, or None without one."""
        row = table_row(body, ref, self.table, self.key, fields)
        if row is None:
            return None
        factor = Decimal(str(row[self.times])) if self.times is not None else Decimal(1)
        if self.times_field is not None:
            price = numbers_of(body, fields, self.times_field)
            if price is None or price[0] <= 0:
                return None
            factor = price[0]

        def read(bound: str | Decimal | None) -> Decimal | None:
            return Decimal(str(row[bound])) if isinstance(bound, str) else bound

        return read(self.minimum), read(self.maximum), factor

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        limits = self._limits(body, ref, fields)
        nums = numbers_of(body, fields, self.field)
        if limits is None or nums is None:
            return None
        low, high, factor = limits
        value = EXACT.multiply(nums[0], factor)
        if self.exclusive:
            return (low is None or value > low) and (high is None or value < high)
        return (low is None or value >= low) and (high is None or value <= high)

    def _in_field_units(self, limit: Decimal, factor: Decimal, step: Decimal, up: bool) -> Decimal:
        """The field value on the step grid nearest ``limit / factor``, up or down."""
        return on_step(limit / factor, step, ROUND_CEILING if up else ROUND_FLOOR)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        # A drawn key seldom names a row (an id never does): point it at one, so the rule
        # applies (an unlisted key is the breaking strategies' and the strict mode's case).
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)
        holds = self.holds(body, fields, ref)
        # Where it holds already, half the time to a limit all the same: exactly the cap is
        # where an inclusive bound and an exclusive one part.
        if holds is None or (holds and draw(st.booleans())):
            return
        limits = self._limits(body, ref, fields)
        assert limits is not None
        low, high, factor = limits
        spec = fields[self.field]
        step = spec.step()
        # At a limit often (one step in when the limit is excluded), or a few steps inside.
        inward = draw_int(draw, 0, 3)
        if low is not None:
            value = self._in_field_units(low, factor, step, up=True) + step * inward
        else:
            assert high is not None
            value = self._in_field_units(high, factor, step, up=False) - step * inward
        for _ in range(2):
            body[self.field] = spec.wire(value)
            if self.holds(body, fields, ref):
                break
            value += step if low is not None else -step
        assume(spec.fits(value) and self.holds(body, fields, ref) is True)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        pick_row(body, draw, fields, ref, table=self.table, key=self.key)  # a row to miss
        limits = self._limits(body, ref, fields)
        assume(limits is not None)
        assert limits is not None
        low, high, factor = limits
        spec = fields[self.field]
        step = spec.step()
        # At a limit (when it is excluded) or one step past it; sometimes a little further.
        sides = [(low, -1), (high, 1)]
        limit, outward = [side for side in sides if side[0] is not None][
            draw_int(draw, 0, (low is not None) + (high is not None) - 1)
        ]
        assert limit is not None
        value = self._in_field_units(limit, factor, step, up=outward > 0)
        value += outward * step * draw_int(draw, 0, 2)
        body[self.field] = spec.wire(value)
        if self.holds(body, fields, ref):  # exactly at a limit that is allowed: one step past
            value += outward * step
            body[self.field] = spec.wire(value)
        assume(spec.fits(value))


@dataclass(frozen=True, slots=True)
class WithinReference(Rule):
    field: Field
    minimum: Bound | None
    maximum: Bound | None
    times: ColumnRef | Field | None = None
    exclusive: bool = False

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
        bounds: list[Bound | None] = []
        for key, given in (("minimum", syntax.minimum), ("maximum", syntax.maximum)):
            if isinstance(given, str):
                column = number_column(names, key, given)
                if column is None:
                    return None
                bounds.append(column)
            else:
                bounds.append(given)
        times: ColumnRef | Field | None = None
        if syntax.times is not None and not any(c in syntax.times for c in "[."):
            # A field of the message: divided by when drawing, so it must be above zero.
            times = divisor_operand(names, "times", names.field("times", syntax.times))
            if times is None:
                return None
        elif syntax.times is not None:
            times = number_column(names, "times", syntax.times)
            if times is None:
                return None
            if times.column is None or not positive_column(times):
                names.problem("times", f"{syntax.times!r} needs a positive `minimum`: a price > 0")
                return None
        columns = [c for c in (*bounds, times) if isinstance(c, ColumnRef)]
        if not columns:
            names.problem("kind", "within_reference reads a reference column: give one")
            return None
        if any(not c.key for c in columns):
            names.problem("kind", "the columns must be table columns, read by the row's key")
            return None
        if len({(c.section.name, c.key) for c in columns}) != 1:
            names.problem("kind", "the columns must all come from one row")
            return None
        if field is None:
            return None
        return cls(
            rule_id, syntax.message, source, field, bounds[0], bounds[1], times, syntax.exclusive
        )

    def columns(self) -> tuple[ColumnRef, ...]:
        found = (self.minimum, self.maximum, self.times)  # a price field is no column
        return tuple(c for c in found if isinstance(c, ColumnRef))

    def operands(self) -> tuple[Field, ...]:
        price = (self.times,) if isinstance(self.times, Field) else ()
        return tuple(dict.fromkeys((self.field, *price, *self.columns()[0].key_fields)))

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        value = out.var(self.field)
        shown = []
        shown_fields = [self.field]
        if isinstance(self.times, Field):
            value = f"{out.helper('mul')}({value}, {out.var(self.times)})"
            shown_fields.append(self.times)
        elif self.times is not None:
            price = f"{row}.{column_attr(self.times)}"
            value = f"{out.helper('mul')}({value}, {price})"
            shown.append(f"({out.lit(self.times.render())}, {price})")
        both = self.minimum is not None and self.maximum is not None
        # Two limits on a product: multiply once, into a local.
        product = out.fresh("notional") if both and self.times is not None else None
        compared = product or value
        tests = []
        for bound, strict_op in ((self.minimum, "<"), (self.maximum, ">")):
            if bound is None:
                continue
            op = strict_op + "=" if self.exclusive else strict_op
            if isinstance(bound, ColumnRef):
                limit = f"{row}.{column_attr(bound)}"
                shown.append(f"({out.lit(bound.render())}, {limit})")
            else:
                limit = out.lit(Decimal(bound))
            tests.append(f"{compared} {op} {limit}")
        detail = got_operands(out, *shown_fields)[:-1] + "".join(", " + s for s in shown) + ")"
        lines = [
            f"{row} = {out.ref_row(self.columns()[0])}",
            f"if {row} is None:",
            f"    {out.unlisted(self.columns()[0])}",
        ]
        if product is None:
            return [*lines, f"elif {' or '.join(tests)}:", f"    {out.violation(detail)}"]
        return [
            *lines,
            "else:",
            f"    {product} = {value}",
            f"    if {' or '.join(tests)}:",
            f"        {out.violation(detail)}",
        ]

    def english(self) -> str:
        subject = code(self.field.wire_name)
        if isinstance(self.times, Field):
            subject += f" times {code(self.times.wire_name)}"
        elif self.times is not None:
            subject += f" times {code(self.times.render())}"

        def shown(bound: Bound) -> str:
            return code(bound.render()) if isinstance(bound, ColumnRef) else str(bound)

        low_word, high_word = ("above", "below") if self.exclusive else ("at least", "at most")
        parts = [
            f"{word} {shown(bound)}"
            for bound, word in ((self.minimum, low_word), (self.maximum, high_word))
            if bound is not None
        ]
        return f"{subject} must be {' and '.join(parts)}."

    def drawer(self) -> object:
        first = self.columns()[0]

        def written(bound: Bound | None) -> str | Decimal | None:
            if isinstance(bound, ColumnRef):
                assert bound.column is not None
                return bound.column.name
            return None if bound is None else Decimal(bound)

        return WithinReferenceDrawer(
            self.id,
            self.field.wire_name,
            first.section.name,
            row_key(first),
            written(self.minimum),
            written(self.maximum),
            self.times.column.name
            if isinstance(self.times, ColumnRef) and self.times.column
            else None,
            self.exclusive,
            self.times.wire_name if isinstance(self.times, Field) else None,
        )

    def cel(self, out: CelWriter) -> str:
        value = out.number(self.field)
        if isinstance(self.times, Field):
            value = f"decimal_mul({value}, {out.number(self.times)})"
        elif self.times is not None:
            value = f"decimal_mul({value}, {out.column(self.times)})"
        tests = []
        for bound, op in ((self.minimum, ">"), (self.maximum, "<")):
            if bound is None:
                continue
            limit = out.column(bound) if isinstance(bound, ColumnRef) else out.lit(Decimal(bound))
            tests.append(f"decimal_cmp({value}, {limit}) {op if self.exclusive else op + '='} 0")
        return " && ".join(tests)

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.columns()[0])

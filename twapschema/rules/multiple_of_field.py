"""One field a multiple of another: Bybit's duration a multiple of its interval."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from twapschema.ir import Citation, Field
from twapschema.numbers import is_multiple
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    assume,
    ceil,
    code,
    divisor_operand,
    draw_int,
    floor,
    got_operands,
    numbers_of,
    numeric_operand,
)


class MultipleOfFieldSyntax(RuleSyntaxBase):
    kind: Literal["multiple_of_field"]
    field: str
    divisor: str


@dataclass(frozen=True, slots=True)
class MultipleOfFieldDrawer:
    id: str
    field: str
    divisor: str
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.field, self.divisor)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        nums = numbers_of(body, fields, self.field, self.divisor)
        return None if nums is None or nums[1] == 0 else is_multiple(nums[0], nums[1])

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is not False:
            return
        nums = numbers_of(body, fields, self.field, self.divisor)
        assert nums is not None
        b = nums[1]
        low, high = fields[self.field].bounds()
        k_low, k_high = ceil(low / b), floor(high / b)
        assume(k_low <= k_high)
        body[self.field] = fields[self.field].wire(b * draw_int(draw, k_low, k_high))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        nums = numbers_of(body, fields, self.field, self.divisor)
        assert nums is not None
        a, b = nums
        spec = fields[self.field]
        if spec.integral:
            assume(b >= 2)
            r = Decimal(draw_int(draw, 1, int(b) - 1))
        else:
            r = b / 2
        below = a - r
        body[self.field] = spec.wire(below if spec.fits(below) else a + r)


@dataclass(frozen=True, slots=True)
class MultipleOfField(Rule):
    field: Field
    divisor: Field

    Syntax = MultipleOfFieldSyntax
    Drawer = MultipleOfFieldDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, MultipleOfFieldSyntax)
        field = numeric_operand(names, "field", names.field("field", syntax.field))
        divisor = divisor_operand(names, "divisor", names.field("divisor", syntax.divisor))
        if field is None or divisor is None:
            return None
        return cls(rule_id, syntax.message, source, field, divisor)

    def operands(self) -> tuple[Field, ...]:
        return (self.field, self.divisor)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        a, b = out.var(self.field), out.var(self.divisor)
        if self.field.is_integer and self.divisor.is_integer:
            broken = f"{a} % {b} != 0"
        else:
            broken = f"not {out.helper('is_multiple')}({a}, {b})"
        return [
            f"if {broken}:",
            f"    {out.violation(got_operands(out, self.field, self.divisor))}",
        ]

    def english(self) -> str:
        return f"{code(self.field.wire_name)} must be a multiple of {code(self.divisor.wire_name)}."

    def drawer(self) -> object:
        return MultipleOfFieldDrawer(self.id, self.field.wire_name, self.divisor.wire_name)

    def cel(self, out: CelWriter) -> str:
        a, b = out.value(self.field), out.value(self.divisor)
        if self.field.is_integer and self.divisor.is_integer:
            return f"{a} % {b} == 0"
        return f"decimal_is_multiple({a}, {b})"

"""An ordered pair: when both are given, minPrice <= maxPrice (or < with `strict`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, Field
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    code,
    delta_step,
    got_operands,
    numbers_of,
    numeric_operand,
)


class OrderedSyntax(RuleSyntaxBase):
    kind: Literal["ordered"]
    lower: str
    upper: str
    strict: bool = SyntaxField(False, description="lower < upper instead of lower <= upper.")


@dataclass(frozen=True, slots=True)
class OrderedDrawer:
    id: str
    lower: str
    upper: str
    strict: bool
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.lower, self.upper)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        nums = numbers_of(body, fields, self.lower, self.upper)
        if nums is None:
            return None
        return nums[0] < nums[1] if self.strict else nums[0] <= nums[1]

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is False:
            body[self.lower], body[self.upper] = body[self.upper], body[self.lower]

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        nums = numbers_of(body, fields, self.lower, self.upper)
        assert nums is not None
        lo, up = nums
        if lo < up:
            body[self.lower], body[self.upper] = body[self.upper], body[self.lower]
        elif lo == up and not self.strict:
            body[self.lower] = fields[self.lower].wire(up + delta_step(up))


@dataclass(frozen=True, slots=True)
class Ordered(Rule):
    lower: Field
    upper: Field
    strict: bool

    Syntax = OrderedSyntax
    Drawer = OrderedDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, OrderedSyntax)
        lower = numeric_operand(names, "lower", names.field("lower", syntax.lower))
        upper = numeric_operand(names, "upper", names.field("upper", syntax.upper))
        if lower is None or upper is None:
            return None
        if lower is upper:
            names.problem("upper", "lower and upper name the same field")
            return None
        return cls(rule_id, syntax.message, source, lower, upper, syntax.strict)

    def operands(self) -> tuple[Field, ...]:
        return (self.lower, self.upper)

    def subject(self) -> Field | None:
        return None

    def python(self, out: PyWriter) -> list[str]:
        op = ">=" if self.strict else ">"
        lo, up = out.var(self.lower), out.var(self.upper)
        return [
            f"if {lo} {op} {up}:",
            f"    {out.violation(got_operands(out, self.lower, self.upper))}",
        ]

    def english(self) -> str:
        lo, up = code(self.lower.wire_name), code(self.upper.wire_name)
        relation = "below" if self.strict else "at most"
        return f"When both are given, {lo} must be {relation} {up}."

    def drawer(self) -> object:
        return OrderedDrawer(self.id, self.lower.wire_name, self.upper.wire_name, self.strict)

    def cel(self, out: CelWriter) -> str:
        op = "<" if self.strict else "<="
        lo, up = out.value(self.lower), out.value(self.upper)
        if self.lower.is_integer and self.upper.is_integer:
            return f"{lo} {op} {up}"
        return f"decimal_cmp({lo}, {up}) {op} 0"

"""A quotient between bounds: Ondo's runningTime / frequency (the child count) in 2..200."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, Literal

from twapschema.ir import Citation, Field
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


class QuotientBetweenSyntax(RuleSyntaxBase):
    kind: Literal["quotient_between"]
    dividend: str
    divisor: str
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None


@dataclass(frozen=True, slots=True)
class QuotientBetweenDrawer:
    id: str
    dividend: str
    divisor: str
    minimum: Decimal | None
    maximum: Decimal | None
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.dividend, self.divisor)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        nums = numbers_of(body, fields, self.dividend, self.divisor)
        if nums is None:
            return None
        a, b = nums
        low_ok = self.minimum is None or self.minimum * b <= a
        return low_ok and (self.maximum is None or a <= self.maximum * b)

    def _build(self, body: Body, draw: Any, fields: FieldSpecs, n_low: int, n_high: int) -> None:
        """Pick a divisor for which some whole n in [n_low, n_high] gives a dividend within its
        bounds, then n, then dividend = n * divisor: a whole quotient, so a multiple too."""
        from hypothesis import strategies as st  # noqa: PLC0415

        a_spec, b_spec = fields[self.dividend], fields[self.divisor]
        a_low, a_high = a_spec.bounds()
        d_low = a_low / n_high if n_high > 0 and a_low > 0 else None
        d_high = a_high / n_low if n_low > 0 else None
        d = draw(b_spec.numbers(d_low, d_high) | st.nothing())
        assume(d > 0)
        lo, hi = max(n_low, ceil(a_low / d)), min(n_high, floor(a_high / d))
        assume(lo <= hi)
        n = draw_int(draw, lo, hi)
        body[self.divisor] = b_spec.wire(d)
        body[self.dividend] = a_spec.wire(d * n)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is None:
            return
        # Always rebuilt, not only when broken: that is what reaches 2 and 200 children.
        low = ceil(self.minimum) if self.minimum is not None else 1
        high = floor(self.maximum) if self.maximum is not None else low + 1000
        self._build(body, draw, fields, max(low, 1), high)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        options = []
        if self.minimum is not None and ceil(self.minimum) - 1 >= 1:
            options.append((max(1, ceil(self.minimum) - 3), ceil(self.minimum) - 1))
        if self.maximum is not None:
            options.append((floor(self.maximum) + 1, floor(self.maximum) + 3))
        assume(bool(options))
        n_low, n_high = draw(st.sampled_from(options))
        self._build(body, draw, fields, n_low, n_high)


@dataclass(frozen=True, slots=True)
class QuotientBetween(Rule):
    dividend: Field
    divisor: Field
    minimum: int | Decimal | None
    maximum: int | Decimal | None

    Syntax = QuotientBetweenSyntax
    Drawer = QuotientBetweenDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, QuotientBetweenSyntax)
        dividend = numeric_operand(names, "dividend", names.field("dividend", syntax.dividend))
        divisor = divisor_operand(names, "divisor", names.field("divisor", syntax.divisor))
        low, high = syntax.minimum, syntax.maximum
        if low is None and high is None:
            names.problem("kind", "quotient_between needs `minimum`, `maximum`, or both")
            return None
        if low is not None and high is not None and low > high:
            names.problem("minimum", f"minimum {low} is above maximum {high}: nothing can pass")
            return None
        if dividend is None or divisor is None:
            return None
        return cls(rule_id, syntax.message, source, dividend, divisor, low, high)

    def operands(self) -> tuple[Field, ...]:
        return (self.dividend, self.divisor)

    def subject(self) -> Field | None:
        return self.dividend

    def _all_integer(self) -> bool:
        """Operands and bounds all integers: the check is plain integer arithmetic."""
        bounds = (x for x in (self.minimum, self.maximum) if x is not None)
        return (
            self.dividend.is_integer
            and self.divisor.is_integer
            and all(isinstance(x, int) for x in bounds)
        )

    def python(self, out: PyWriter) -> list[str]:
        # a / b within [lo, hi] with b > 0 is lo * b <= a <= hi * b: no division, so no rounding.
        a, b = out.var(self.dividend), out.var(self.divisor)
        all_int = self._all_integer()
        tests = []
        for bound, op in ((self.minimum, ">"), (self.maximum, "<")):
            if bound is None:
                continue
            product = (
                f"{out.lit(bound)} * {b}"
                if all_int
                else f"{out.helper('mul')}({out.lit(bound)}, {b})"
            )
            tests.append(f"{product} {op} {a}")
        return [
            f"if {' or '.join(tests)}:",
            f"    {out.violation(got_operands(out, self.dividend, self.divisor))}",
        ]

    def english(self) -> str:
        a, b = code(self.dividend.wire_name), code(self.divisor.wire_name)
        if self.minimum is not None and self.maximum is not None:
            return f"{a} / {b} must be between {self.minimum} and {self.maximum}, inclusive."
        if self.minimum is not None:
            return f"{a} / {b} must be at least {self.minimum}."
        return f"{a} / {b} must be at most {self.maximum}."

    def drawer(self) -> object:
        low = Decimal(self.minimum) if self.minimum is not None else None
        high = Decimal(self.maximum) if self.maximum is not None else None
        return QuotientBetweenDrawer(
            self.id, self.dividend.wire_name, self.divisor.wire_name, low, high
        )

    def cel(self, out: CelWriter) -> str:
        # Cross-multiplied as in Python: CEL's int division truncates (40001 / 200 == 200).
        a, b = out.value(self.dividend), out.value(self.divisor)
        all_int = self._all_integer()
        tests = []
        for bound, op in ((self.minimum, ">="), (self.maximum, "<=")):
            if bound is None:
                continue
            if all_int:
                tests.append(f"{a} {op} {out.lit(bound)} * {b}")
            else:
                tests.append(f"decimal_cmp({a}, decimal_mul({out.lit(str(bound))}, {b})) {op} 0")
        return " && ".join(tests)

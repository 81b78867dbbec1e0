"""A field present only under a condition on another: Kraken's price for limit orders, and only
then."""

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
    assume,
    cel_in,
    code,
    shown_value,
    wrong_values,
)


class PresentWhenSyntax(RuleSyntaxBase):
    kind: Literal["present_when"]
    field: str = SyntaxField(description="The optional field whose presence is ruled.")
    when: str = SyntaxField(description="The field the condition reads.")
    in_: list[str | int | bool] = SyntaxField(
        alias="in", min_length=1, description="Wire values of `when` for which `field` belongs."
    )
    required: bool = SyntaxField(True, description="When the condition holds, `field` is given.")
    absent_otherwise: bool = SyntaxField(
        True, description="When the condition does not hold, `field` is not given."
    )


@dataclass(frozen=True, slots=True)
class PresentWhenDrawer:
    id: str
    field: str
    when: str
    values: tuple[str | int | bool, ...]
    required: bool
    absent_otherwise: bool
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.when,)

    def _condition(self, body: Body, fields: FieldSpecs) -> bool | None:
        value = fields[self.when].given(body)
        return None if value is None else value in self.values

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        condition = self._condition(body, fields)
        if condition is None:
            return None
        given = body.get(self.field) is not None
        if condition:
            return given or not self.required
        return not given or not self.absent_otherwise

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is not False:
            return
        if self._condition(body, fields):
            body[self.field] = draw(fields[self.field].strategy(ref))
        else:
            body.pop(self.field, None)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        ways = [w for w, on in (("missing", self.required), ("extra", self.absent_otherwise)) if on]
        if draw(st.sampled_from(ways)) == "missing":
            body[self.when] = draw(st.sampled_from(self.values))
            body.pop(self.field, None)
            return
        spec = fields[self.when]
        others = [v for v in spec.values if v not in self.values] if spec.values else None
        if others is not None:
            assume(bool(others))
            body[self.when] = draw(st.sampled_from(others))
        else:
            body[self.when] = draw(spec.strategy(ref).filter(lambda v: v not in self.values))
        body[self.field] = draw(fields[self.field].strategy(ref))


@dataclass(frozen=True, slots=True)
class PresentWhen(Rule):
    field: Field
    when: Field
    values: tuple[str | int | bool, ...]
    required: bool
    absent_otherwise: bool

    Syntax = PresentWhenSyntax
    Drawer = PresentWhenDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, PresentWhenSyntax)
        field = names.field("field", syntax.field)
        when = names.field("when", syntax.when)
        if not syntax.required and not syntax.absent_otherwise:
            names.problem("required", "with required and absent_otherwise both false, no rule")
            return None
        if field is None or when is None:
            return None
        if field is when:
            names.problem("when", "field and when name the same field")
            return None
        if field.required:
            names.problem("field", f"field {field.wire_name!r} is required: always present")
            return None
        why = wrong_values(when, syntax.in_)
        if why is not None:
            names.problem("in", why)
            return None
        values = tuple(dict.fromkeys(syntax.in_))
        return cls(
            rule_id,
            syntax.message,
            source,
            field,
            when,
            values,
            syntax.required,
            syntax.absent_otherwise,
        )

    def operands(self) -> tuple[Field, ...]:
        return (self.when,)

    def presence(self) -> tuple[Field, ...]:
        return (self.field,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        when, values, field = out.var(self.when), out.lit(self.values), out.var(self.field)
        tests = []
        if self.required:
            tests.append(f"({when} in {values} and {field} is None)")
        if self.absent_otherwise:
            tests.append(f"({field} is not None and {when} not in {values})")
        detail = f"{out.helper('got')}(({out.lit(self.when.wire_name)}, {out.var(self.when)}))"
        return [f"if {' or '.join(tests)}:", f"    {out.violation(detail)}"]

    def english(self) -> str:
        f, w = code(self.field.wire_name), code(self.when.wire_name)
        shown = " or ".join(code(shown_value(v)) for v in self.values)
        if self.required and self.absent_otherwise:
            return f"{f} must be given when {w} is {shown}, and only then."
        if self.required:
            return f"{f} must be given when {w} is {shown}."
        return f"{f} may be given only when {w} is {shown}."

    def drawer(self) -> object:
        return PresentWhenDrawer(
            self.id,
            self.field.wire_name,
            self.when.wire_name,
            self.values,
            self.required,
            self.absent_otherwise,
        )

    def cel(self, out: CelWriter) -> str:
        holds = cel_in(out, self.when, self.values)
        given = out.present(self.field)
        if self.required and self.absent_otherwise:
            return f"({holds}) == ({given})"
        if self.required:
            return f"!({holds}) || ({given})"
        return f"({holds}) || !({given})"

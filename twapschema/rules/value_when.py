"""A value required by another field's value: dYdX's ``reduce_only: true`` needs ``time_in_force``
``TIME_IN_FORCE_IOC`` ("reduce only orders must be short term IOC orders")."""

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

Value = str | int | bool


class ValueWhenSyntax(RuleSyntaxBase):
    kind: Literal["value_when"]
    field: str = SyntaxField(description="The field whose value is ruled.")
    in_: list[Value] = SyntaxField(
        alias="in",
        min_length=1,
        description="Wire values `field` must take (absent is none).",
    )
    when: str = SyntaxField(description="The field the condition reads.")
    is_: list[Value] = SyntaxField(
        alias="is", min_length=1, description="Wire values of `when` for which the rule applies."
    )


@dataclass(frozen=True, slots=True)
class ValueWhenDrawer:
    id: str
    field: str
    values: tuple[Value, ...]
    when: str
    when_values: tuple[Value, ...]
    absent_ok: bool  # an absent `field` is read as its default, which is one of `values`
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return (self.when,)

    def _condition(self, body: Body, fields: FieldSpecs) -> bool | None:
        value = fields[self.when].given(body)
        return None if value is None else value in self.when_values

    def _ok(self, value: object) -> bool:
        return self.absent_ok if value is None else value in self.values

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        condition = self._condition(body, fields)
        if condition is None:
            return None
        return not condition or self._ok(body.get(self.field))

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        if self.holds(body, fields, ref) is False:
            body[self.field] = draw(st.sampled_from(self.values))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        body[self.when] = draw(st.sampled_from(self.when_values))
        spec = fields[self.field]
        if spec.values:
            others = [v for v in spec.values if v not in self.values]
            wrong = st.sampled_from(others) if others else st.nothing()
        else:
            wrong = spec.strategy(ref).filter(lambda v: v not in self.values)
        if not self.absent_ok and not spec.required:
            wrong = wrong | st.none()  # absent: none of the values
        value = draw(wrong)
        assume(value is not None or not spec.required)
        if value is None:
            body.pop(self.field, None)
        else:
            body[self.field] = value


@dataclass(frozen=True, slots=True)
class ValueWhen(Rule):
    field: Field
    values: tuple[Value, ...]
    when: Field
    when_values: tuple[Value, ...]

    Syntax = ValueWhenSyntax
    Drawer = ValueWhenDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, ValueWhenSyntax)
        field = names.field("field", syntax.field)
        when = names.field("when", syntax.when)
        if field is None or when is None:
            return None
        if field is when:
            names.problem("when", "field and when name the same field")
            return None
        for key, ruled, values in (("in", field, syntax.in_), ("is", when, syntax.is_)):
            why = wrong_values(ruled, values)
            if why is not None:
                names.problem(key, why)
                return None
        return cls(
            rule_id,
            syntax.message,
            source,
            field,
            tuple(dict.fromkeys(syntax.in_)),
            when,
            tuple(dict.fromkeys(syntax.is_)),
        )

    def _absent_ok(self) -> bool:
        """An absent ``field`` is read as its default, as the venue reads it (proto3: the zero
        value); with no default, absent is none of the values."""
        return self.field.default is not None and self.field.default in self.values

    def operands(self) -> tuple[Field, ...]:
        return (self.when,)

    def presence(self) -> tuple[Field, ...]:
        return (self.field,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        when, field = out.var(self.when), out.var(self.field)
        absent = "False" if self._absent_ok() else "True"
        ruled = f"({absent} if {field} is None else {field} not in {out.lit(self.values)})"
        got, name = out.helper("got"), self.field.wire_name
        seen = f"({out.lit(self.when.wire_name)}, {when})"
        both = f"{got}({seen}, ({out.lit(name)}, {field}))"
        detail = (
            f"({both} if {field} is not None else {got}({seen}) + {out.lit(f' ({name} absent)')})"
        )
        return [
            f"if {when} in {out.lit(self.when_values)} and {ruled}:",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        f, w = code(self.field.wire_name), code(self.when.wire_name)
        must = " or ".join(code(shown_value(v)) for v in self.values)
        cond = " or ".join(code(shown_value(v)) for v in self.when_values)
        return f"{f} must be {must} when {w} is {cond}."

    def drawer(self) -> object:
        return ValueWhenDrawer(
            self.id,
            self.field.wire_name,
            self.values,
            self.when.wire_name,
            self.when_values,
            self._absent_ok(),
        )

    def cel(self, out: CelWriter) -> str:
        holds = cel_in(out, self.when, self.when_values)
        takes = cel_in(out, self.field, self.values)
        absent = "true" if self._absent_ok() else "false"
        return f"!({holds}) || ({out.present(self.field)} ? {takes} : {absent})"

"""A rule of any kind that applies only for some values of another field: ``only_when`` (Bybit's
sub-order cap holds on perpetuals and futures, not on spot).

Not a kind: it wraps one. Python, CEL, English and the drawer are the wrapped rule's, behind the
condition; where the condition does not hold, the rule is neither checked nor unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.rules.base import (
    CelWriter,
    OnlyWhenSyntax,
    PyWriter,
    Resolver,
    Rule,
    RuleSyntaxBase,
)
from twapschema.rules.common import (
    Body,
    FieldSpecs,
    RefData,
    cel_in,
    code,
    shown_value,
    wrong_values,
)

Value = str | int | bool


@dataclass(frozen=True, slots=True)
class ConditionalDrawer:
    id: str
    inner: Any  # the wrapped rule's drawer
    when: str
    values: tuple[Value, ...]

    @property
    def needs_reference(self) -> bool:
        return bool(self.inner.needs_reference)

    def operands(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.inner.operands(), self.when)))

    def _applies(self, body: Body, fields: FieldSpecs) -> bool | None:
        value = fields[self.when].given(body)
        return None if value is None else value in self.values

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        if not self._applies(body, fields):
            return None
        result: bool | None = self.inner.holds(body, fields, ref)
        return result

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self._applies(body, fields):
            self.inner.satisfy(body, draw, fields, ref)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        if not self._applies(body, fields):
            body[self.when] = draw(st.sampled_from(self.values))  # where the rule applies
        self.inner.break_(body, draw, fields, ref)


@dataclass(frozen=True, slots=True)
class Conditional(Rule):
    inner: Rule
    when: Field
    values: tuple[Value, ...]

    Syntax: ClassVar[type[RuleSyntaxBase]] = RuleSyntaxBase
    Drawer: ClassVar[type] = ConditionalDrawer

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        raise NotImplementedError("a condition wraps a resolved rule: see wrap()")

    @classmethod
    def wrap(cls, inner: Rule, when: OnlyWhenSyntax, names: Resolver) -> Rule | None:
        field = names.field("only_when", when.field)
        if field is None:
            return None
        wrong = wrong_values(field, list(when.is_))
        if wrong is not None:
            names.problem("only_when", wrong)
            return None
        return cls(inner.id, inner.message, inner.source, inner, field, tuple(when.is_))

    def operands(self) -> tuple[Field, ...]:
        return tuple(dict.fromkeys((*self.inner.operands(), self.when)))

    def presence(self) -> tuple[Field, ...]:
        return self.inner.presence()

    def columns(self) -> tuple[ColumnRef, ...]:
        return self.inner.columns()

    def subject(self) -> Field | None:
        return self.inner.subject()

    def python(self, out: PyWriter) -> list[str]:
        return self.inner.python(out)

    def python_condition(self, out: PyWriter) -> str | None:
        # A StrEnum member equals its wire value, so the wire values serve as they are.
        return f"{out.var(self.when)} in {out.lit(self.values)}"

    def english(self) -> str:
        values = ", ".join(f"`{shown_value(v)}`" for v in self.values)
        sentence = self.inner.english()
        return f"When {code(self.when.wire_name)} is {values}: {sentence[0].lower()}{sentence[1:]}"

    def drawer(self) -> object:
        return ConditionalDrawer(self.id, self.inner.drawer(), self.when.wire_name, self.values)

    def cel(self, out: CelWriter) -> str:
        return f"!({cel_in(out, self.when, self.values)}) || ({self.inner.cel(out)})"

    def cel_applies(self, out: CelWriter) -> str | None:
        # Where the condition does not hold, the rule holds (above), and is not unchecked.
        inner = self.inner.cel_applies(out)
        if inner is None:
            return None
        return f"!({cel_in(out, self.when, self.values)}) || ({inner})"

"""How many of several optional fields are given: exactly one (OKX's pxVar / pxSpread) or at
least one (a cancel by either id). Two kinds that differ only in that bound."""

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
)


class _FieldsGivenSyntax(RuleSyntaxBase):
    fields: list[str] = SyntaxField(min_length=2, description="Optional fields, by wire name.")


class ExactlyOneOfSyntax(_FieldsGivenSyntax):
    kind: Literal["exactly_one_of"]


class AtLeastOneOfSyntax(_FieldsGivenSyntax):
    kind: Literal["at_least_one_of"]


@dataclass(frozen=True, slots=True)
class FieldsGivenDrawer:
    id: str
    fields: tuple[str, ...]
    at_most_one: bool
    needs_reference: ClassVar[bool] = False

    def operands(self) -> tuple[str, ...]:
        return ()

    def _given(self, body: Body) -> list[str]:
        return [name for name in self.fields if body.get(name) is not None]

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        given = len(self._given(body))
        return given == 1 if self.at_most_one else given >= 1

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        if self.holds(body, fields, ref):
            return
        keep = draw(st.sampled_from(self.fields))
        if self.at_most_one:
            for name in self.fields:
                body.pop(name, None)
        body[keep] = draw(fields[keep].strategy(ref))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        for name in self.fields:
            body.pop(name, None)
        if not self.at_most_one:
            return  # none of them is the only way to fail
        # None of them, or two or more.
        given = draw(st.sampled_from([0, *range(2, len(self.fields) + 1)]))
        for name in draw(st.permutations(self.fields))[:given]:
            body[name] = draw(fields[name].strategy(ref))


@dataclass(frozen=True, slots=True)
class ExactlyOneOf(Rule):
    """How many of several optional fields are given: exactly one here; at least one in the
    subclass, which differs only in that bound."""

    fields: tuple[Field, ...]

    Syntax: ClassVar[type[RuleSyntaxBase]] = ExactlyOneOfSyntax
    Drawer = FieldsGivenDrawer
    at_most_one: ClassVar[bool] = True

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, _FieldsGivenSyntax)
        found = [names.field("fields", name) for name in syntax.fields]
        if len(set(syntax.fields)) != len(syntax.fields):
            names.problem("fields", "a field is listed twice")
            return None
        for f in found:
            if f is not None and f.required:
                names.problem(
                    "fields", f"field {f.wire_name!r} is required, so it is always present"
                )
                return None
        fields = tuple(f for f in found if f is not None)
        if len(fields) != len(found):
            return None
        return cls(rule_id, syntax.message, source, fields)

    def operands(self) -> tuple[Field, ...]:
        return ()

    def presence(self) -> tuple[Field, ...]:
        return self.fields

    def subject(self) -> Field | None:
        return None

    def python(self, out: PyWriter) -> list[str]:
        count = out.fresh("given")
        present = " + ".join(f"({out.var(f)} is not None)" for f in self.fields)
        listed = ", ".join(f.wire_name for f in self.fields)
        detail = f"{out.lit(' (')} + str({count}) + {out.lit(f' of {listed} given)')}"
        broken = f"{count} != 1" if self.at_most_one else f"{count} == 0"
        return [f"{count} = {present}", f"if {broken}:", f"    {out.violation(detail)}"]

    def english(self) -> str:
        listed = ", ".join(code(f.wire_name) for f in self.fields)
        return f"{'Exactly' if self.at_most_one else 'At least'} one of {listed} must be given."

    def drawer(self) -> object:
        names = tuple(f.wire_name for f in self.fields)
        return FieldsGivenDrawer(self.id, names, self.at_most_one)

    def cel(self, out: CelWriter) -> str:
        counted = " + ".join(f"({out.present(f)} ? 1 : 0)" for f in self.fields)
        return f"{counted} {'==' if self.at_most_one else '>='} 1"


@dataclass(frozen=True, slots=True)
class AtLeastOneOf(ExactlyOneOf):
    Syntax = AtLeastOneOfSyntax
    at_most_one: ClassVar[bool] = False

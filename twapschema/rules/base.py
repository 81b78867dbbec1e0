"""What every rule kind is: its syntax, how it resolves against a message, and its outputs.

A rule kind is one module, ``twapschema.rules.<kind>``, holding a ``Syntax`` model, a ``Rule``
subclass (resolution, Python, CEL, English) and its Hypothesis ``Drawer``. Adding a kind means
writing that module and listing it once in ``twapschema.rules.kinds``; the spec format, its JSON
Schema, the checker, the emitters and the strategies pick it up from there (a test asserts the
registry's lists agree).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, Protocol

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.syntax_base import SourceSyntax, StrictModel


class OnlyWhenSyntax(StrictModel):
    """The condition of a rule that applies only for some values of another field."""

    field: str = SyntaxField(description="The field the condition reads.")
    is_: list[str | int | bool] = SyntaxField(
        alias="is",
        min_length=1,
        description="Its wire values for which the rule applies (absent: its default, if any).",
    )


class RuleSyntaxBase(StrictModel):
    kind: str
    message: str
    source: SourceSyntax
    only_when: OnlyWhenSyntax | None = SyntaxField(
        None,
        description=(
            "The rule applies only when this field has one of these values (Bybit: category "
            "of a perpetual or future); elsewhere it is neither checked nor unchecked."
        ),
    )


class Resolver(Protocol):
    """What the checker offers a rule kind while it resolves its names (problems are located)."""

    def field(self, key: str, name: str) -> Field | None:
        """The body field with wire name ``name``; ``key`` is the syntax key that named it."""
        ...

    def column(self, key: str, expression: str) -> ColumnRef | None:
        """A reference column, written ``section.column`` or ``table[key_field].column``."""
        ...

    def problem(self, key: str, message: str) -> None: ...


class PyWriter(Protocol):
    """What the Python emitter offers a rule kind while it writes the rule's check."""

    def var(self, field: Field) -> str:
        """Local variable holding the field's value (known valid and not None here)."""
        ...

    def lit(self, value: object) -> str:
        """A Python literal for ``value`` (every spec string goes through here)."""
        ...

    def helper(self, name: str) -> str:
        """An expression naming the validation runtime's helper ``name`` (``mul``, ``got``,
        ``is_multiple``, ``truncate``: see ``twapschema.runtime.checks``), however the generated
        module imports it."""
        ...

    def violation(self, detail: str) -> str:
        """A statement recording this rule as violated; ``detail`` is a str expression."""
        ...

    def unchecked(self) -> str:
        """A statement recording this rule as not checked for lack of reference data."""
        ...

    def unlisted(self, ref: ColumnRef) -> str:
        """Leave the rule unchecked: the reference data has no row for the payload's key
        (strict validation reports it as a violation of the rule)."""
        ...

    def ref_row(self, ref: ColumnRef) -> str:
        """An expression for the reference row (record, or table row by its key; may be None)."""
        ...

    def fresh(self, stem: str) -> str:
        """A local variable name not used elsewhere in the function."""
        ...


class CelWriter(Protocol):
    """What the CEL emitter offers a rule kind. In the expression, ``self`` is the message body
    (a JSON object) and ``ref`` the venue's reference data as JSON; the twapschema CEL library
    adds exact decimal functions (see ``twapschema.emit.cel``)."""

    def value(self, field: Field) -> str:
        """The field's value: ``int(self.x)`` for integers, the raw JSON value otherwise (for
        the decimal_* functions, which take decimal strings and numbers exactly)."""
        ...

    def text(self, field: Field) -> str:
        """The field's raw value, e.g. ``self.client_twap_id``."""
        ...

    def number(self, field: Field) -> str:
        """The field's value for the decimal_* functions, exact at any size: ``value``, except
        that a digit string (dYdX's uint64 quantums) stays text, which ``int()`` would overflow
        past CEL's 64-bit ints."""
        ...

    def column(self, ref: ColumnRef) -> str:
        """A reference value: ``ref.symbols[self.symbol].min_quantity``."""
        ...

    def has_row(self, ref: ColumnRef) -> str:
        """True when the reference row exists: ``self.symbol in ref.symbols``."""
        ...

    def lit(self, value: bool | int | Decimal | str) -> str:
        """A CEL literal; decimals become decimal strings, for the decimal_* functions."""
        ...

    def present(self, field: Field) -> str:
        """True when the field is there (a nullable field's null counts as absent)."""
        ...


@dataclass(frozen=True, slots=True)
class Rule(ABC):
    """A cross-field rule: stable id, message, source, and the fields it reads."""

    id: str
    message: str
    source: Citation

    Syntax: ClassVar[type[RuleSyntaxBase]]  # the kind's spec syntax, discriminated by `kind`
    Drawer: ClassVar[type]  # the kind's Hypothesis drawer, named in generated strategies

    @classmethod
    @abstractmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        """Build the rule from its syntax, or report problems through ``names`` and return None."""

    @abstractmethod
    def operands(self) -> tuple[Field, ...]:
        """Fields that must be present and individually valid for the rule to be evaluated."""

    def presence(self) -> tuple[Field, ...]:
        """Optional fields whose presence the rule reads (exactly one of, present when). Each
        must be absent or valid for the rule to be evaluated: an invalid one already has its
        own violation. In Python, such a field's variable is None exactly when it is absent."""
        return ()

    def fields_read(self) -> tuple[Field, ...]:
        """Every field the rule looks at, operands first."""
        return tuple(dict.fromkeys((*self.operands(), *self.presence())))

    def columns(self) -> tuple[ColumnRef, ...]:
        """Reference data the rule needs; without it the rule is reported as unchecked."""
        return ()

    @abstractmethod
    def subject(self) -> Field | None:
        """The field a violation points at; None for a rule about the message as a whole."""

    @abstractmethod
    def python(self, out: PyWriter) -> list[str]:
        """Statements that check the rule, run only once every operand is valid."""

    @abstractmethod
    def english(self) -> str:
        """One plain-English sentence for the docs."""

    @abstractmethod
    def drawer(self) -> object:
        """This rule's ``Drawer`` (a dataclass of literals, which the strategies emitter writes
        out field by field; see twapschema.testing.drawing)."""

    @abstractmethod
    def cel(self, out: CelWriter) -> str:
        """A CEL expression, true when the rule holds, for operands that are present and valid
        (the emitter adds the presence guards of optional operands)."""

    def python_condition(self, out: PyWriter) -> str | None:
        """A Python test the rule applies only under (``only_when``), None for always; the
        emitter places it after the reference-data check, as the CEL rule does."""
        del out
        return None

    def cel_applies(self, out: CelWriter) -> str | None:
        """A CEL expression, false when the reference rows the rule needs are missing (the
        rule is then unchecked, as in Python); None when it always applies."""
        del out
        return None

"""The closed set of cross-field rule kinds, listed once.

Each kind lives in its own module (syntax, resolution, Python, CEL, English and drawer
together). This registry is what the rest of the package reads: ``RULE_KINDS`` for the checker
and the emitters, ``RuleSyntax`` for the spec format, and the drawer classes by name for the
generated strategies (``kinds.OrderedDrawer(...)``). ``tests/test_rule_registry.py`` asserts the
three agree with each other and with the kind modules in this package.
"""

from __future__ import annotations

from typing import Annotated, TypeAlias

from pydantic import Field as SyntaxField

from twapschema.rules.average_at_least_reference import (
    AverageAtLeastReference,
    AverageAtLeastReferenceDrawer,
    AverageAtLeastReferenceSyntax,
)
from twapschema.rules.base import Rule
from twapschema.rules.condition import ConditionalDrawer
from twapschema.rules.fields_given import (
    AtLeastOneOf,
    AtLeastOneOfSyntax,
    ExactlyOneOf,
    ExactlyOneOfSyntax,
    FieldsGivenDrawer,
)
from twapschema.rules.length_within_reference import (
    LengthWithinReference,
    LengthWithinReferenceDrawer,
    LengthWithinReferenceSyntax,
)
from twapschema.rules.multiple_of_field import (
    MultipleOfField,
    MultipleOfFieldDrawer,
    MultipleOfFieldSyntax,
)
from twapschema.rules.multiple_of_reference import (
    MultipleOfReference,
    MultipleOfReferenceDrawer,
    MultipleOfReferenceSyntax,
)
from twapschema.rules.ordered import Ordered, OrderedDrawer, OrderedSyntax
from twapschema.rules.present_when import PresentWhen, PresentWhenDrawer, PresentWhenSyntax
from twapschema.rules.quotient_above_reference import (
    QuotientAboveReference,
    QuotientAboveReferenceDrawer,
    QuotientAboveReferenceSyntax,
)
from twapschema.rules.quotient_between import (
    QuotientBetween,
    QuotientBetweenDrawer,
    QuotientBetweenSyntax,
)
from twapschema.rules.reference_active import (
    ReferenceActive,
    ReferenceActiveDrawer,
    ReferenceActiveSyntax,
)
from twapschema.rules.time_window import TimeWindow, TimeWindowDrawer, TimeWindowSyntax
from twapschema.rules.value_when import ValueWhen, ValueWhenDrawer, ValueWhenSyntax
from twapschema.rules.within_reference import (
    WithinReference,
    WithinReferenceDrawer,
    WithinReferenceSyntax,
)

__all__ = [
    "RULE_KINDS",
    "AverageAtLeastReferenceDrawer",
    "ConditionalDrawer",
    "FieldsGivenDrawer",
    "LengthWithinReferenceDrawer",
    "MultipleOfFieldDrawer",
    "MultipleOfReferenceDrawer",
    "OrderedDrawer",
    "PresentWhenDrawer",
    "QuotientAboveReferenceDrawer",
    "QuotientBetweenDrawer",
    "ReferenceActiveDrawer",
    "RuleSyntax",
    "TimeWindowDrawer",
    "ValueWhenDrawer",
    "WithinReferenceDrawer",
]

RULE_KINDS: tuple[type[Rule], ...] = (
    MultipleOfField,
    QuotientBetween,
    Ordered,
    ReferenceActive,
    AverageAtLeastReference,
    LengthWithinReference,
    QuotientAboveReference,
    ExactlyOneOf,
    AtLeastOneOf,
    PresentWhen,
    ValueWhen,
    MultipleOfReference,
    TimeWindow,
    WithinReference,
)

# Spelled out, not built from RULE_KINDS: the spec format's types must be static for mypy and
# Pydantic alike. The registry test holds the two lists together.
RuleSyntax: TypeAlias = Annotated[
    MultipleOfFieldSyntax
    | QuotientBetweenSyntax
    | OrderedSyntax
    | ReferenceActiveSyntax
    | AverageAtLeastReferenceSyntax
    | LengthWithinReferenceSyntax
    | QuotientAboveReferenceSyntax
    | ExactlyOneOfSyntax
    | AtLeastOneOfSyntax
    | PresentWhenSyntax
    | ValueWhenSyntax
    | MultipleOfReferenceSyntax
    | TimeWindowSyntax
    | WithinReferenceSyntax,
    SyntaxField(discriminator="kind"),
]

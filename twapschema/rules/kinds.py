"""The closed set of cross-field rule kinds. Each class is the whole story of its kind."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal, TypeAlias

from pydantic import Field as SyntaxField

from twapschema.ir import Citation, ColumnRef, Field
from twapschema.ir import StringType as IrStringType
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase


def _code(name: str) -> str:
    return f"`{name}`"


def _numeric(names: Resolver, key: str, field: Field | None) -> Field | None:
    if field is not None and not field.is_numeric:
        names.problem(key, f"field {field.wire_name!r} is not numeric, so it cannot be used here")
        return None
    return field


def _divisor(names: Resolver, key: str, field: Field | None) -> Field | None:
    field = _numeric(names, key, field)
    if field is not None and not field.excludes_zero_and_negatives():
        names.problem(
            key,
            f"field {field.wire_name!r} is used as a divisor but its constraints allow 0 or "
            "negative values; give it `minimum: 1` (or an `exclusiveMinimum: 0`)",
        )
        return None
    return field


def _column_type(ref: ColumnRef) -> str | None:
    return ref.column.type if ref.column is not None else None


def _column_attr(ref: ColumnRef) -> str:
    assert ref.column is not None, "resolve() only keeps column references that name a column"
    return ref.column.py_name


def _is_exact_int(field: Field) -> bool:
    return field.is_integer


# --- one field a multiple of another -------------------------------------------------------


class MultipleOfFieldSyntax(RuleSyntaxBase):
    kind: Literal["multiple_of_field"]
    field: str
    divisor: str


@dataclass(frozen=True, slots=True)
class MultipleOfField(Rule):
    field: Field
    divisor: Field

    Syntax = MultipleOfFieldSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, MultipleOfFieldSyntax)
        field = _numeric(names, "field", names.field("field", syntax.field))
        divisor = _divisor(names, "divisor", names.field("divisor", syntax.divisor))
        if field is None or divisor is None:
            return None
        return cls(rule_id, syntax.message, source, field, divisor)

    def operands(self) -> tuple[Field, ...]:
        return (self.field, self.divisor)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        a, b = out.var(self.field), out.var(self.divisor)
        if _is_exact_int(self.field) and _is_exact_int(self.divisor):
            broken = f"{a} % {b} != 0"
        else:
            broken = f"not _c.is_multiple({a}, {b})"
        return [f"if {broken}:", f"    {out.violation(out_got(out, self.field, self.divisor))}"]

    def english(self) -> str:
        return (
            f"{_code(self.field.wire_name)} must be a multiple of {_code(self.divisor.wire_name)}."
        )

    def cel(self, out: CelWriter) -> str:
        a, b = out.value(self.field), out.value(self.divisor)
        if _is_exact_int(self.field) and _is_exact_int(self.divisor):
            return f"{a} % {b} == 0"
        return f"decimal_is_multiple({a}, {b})"


# --- a quotient between bounds -------------------------------------------------------------


class QuotientBetweenSyntax(RuleSyntaxBase):
    kind: Literal["quotient_between"]
    dividend: str
    divisor: str
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None


@dataclass(frozen=True, slots=True)
class QuotientBetween(Rule):
    dividend: Field
    divisor: Field
    minimum: int | Decimal | None
    maximum: int | Decimal | None

    Syntax = QuotientBetweenSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, QuotientBetweenSyntax)
        dividend = _numeric(names, "dividend", names.field("dividend", syntax.dividend))
        divisor = _divisor(names, "divisor", names.field("divisor", syntax.divisor))
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

    def python(self, out: PyWriter) -> list[str]:
        # a / b within [lo, hi] with b > 0 is lo * b <= a <= hi * b: no division, so no rounding.
        a, b = out.var(self.dividend), out.var(self.divisor)
        all_int = (
            _is_exact_int(self.dividend)
            and _is_exact_int(self.divisor)
            and all(isinstance(x, int) for x in (self.minimum, self.maximum) if x is not None)
        )
        tests = []
        for bound, op in ((self.minimum, ">"), (self.maximum, "<")):
            if bound is None:
                continue
            product = f"{out.lit(bound)} * {b}" if all_int else f"_c.mul({out.lit(bound)}, {b})"
            tests.append(f"{product} {op} {a}")
        return [
            f"if {' or '.join(tests)}:",
            f"    {out.violation(out_got(out, self.dividend, self.divisor))}",
        ]

    def english(self) -> str:
        a, b = _code(self.dividend.wire_name), _code(self.divisor.wire_name)
        if self.minimum is not None and self.maximum is not None:
            return f"{a} / {b} must be between {self.minimum} and {self.maximum}, inclusive."
        if self.minimum is not None:
            return f"{a} / {b} must be at least {self.minimum}."
        return f"{a} / {b} must be at most {self.maximum}."

    def cel(self, out: CelWriter) -> str:
        # Cross-multiplied as in Python: CEL's int division truncates (40001 / 200 == 200).
        a, b = out.value(self.dividend), out.value(self.divisor)
        all_int = (
            _is_exact_int(self.dividend)
            and _is_exact_int(self.divisor)
            and all(isinstance(x, int) for x in (self.minimum, self.maximum) if x is not None)
        )
        tests = []
        for bound, op in ((self.minimum, ">="), (self.maximum, "<=")):
            if bound is None:
                continue
            if all_int:
                tests.append(f"{a} {op} {out.lit(bound)} * {b}")
            else:
                tests.append(f"decimal_cmp({a}, decimal_mul({out.lit(str(bound))}, {b})) {op} 0")
        return " && ".join(tests)


# --- an ordered pair -----------------------------------------------------------------------


class OrderedSyntax(RuleSyntaxBase):
    kind: Literal["ordered"]
    lower: str
    upper: str
    strict: bool = SyntaxField(False, description="lower < upper instead of lower <= upper.")


@dataclass(frozen=True, slots=True)
class Ordered(Rule):
    lower: Field
    upper: Field
    strict: bool

    Syntax = OrderedSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, OrderedSyntax)
        lower = _numeric(names, "lower", names.field("lower", syntax.lower))
        upper = _numeric(names, "upper", names.field("upper", syntax.upper))
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
        return [f"if {lo} {op} {up}:", f"    {out.violation(out_got(out, self.lower, self.upper))}"]

    def english(self) -> str:
        lo, up = _code(self.lower.wire_name), _code(self.upper.wire_name)
        relation = "below" if self.strict else "at most"
        return f"When both are given, {lo} must be {relation} {up}."

    def cel(self, out: CelWriter) -> str:
        op = "<" if self.strict else "<="
        lo, up = out.value(self.lower), out.value(self.upper)
        if _is_exact_int(self.lower) and _is_exact_int(self.upper):
            return f"{lo} {op} {up}"
        return f"decimal_cmp({lo}, {up}) {op} 0"


# --- a key that must exist (and be active) in a reference table ----------------------------


class ReferenceActiveSyntax(RuleSyntaxBase):
    kind: Literal["reference_active"]
    field: str
    table: str
    active_column: str | None = SyntaxField(
        None, description="A boolean column that must be true; none: the key must only exist."
    )


@dataclass(frozen=True, slots=True)
class ReferenceActive(Rule):
    field: Field
    key: ColumnRef  # the table row the field selects; its column is the `active` flag, if any

    Syntax = ReferenceActiveSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, ReferenceActiveSyntax)
        field = names.field("field", syntax.field)
        if field is not None and not isinstance(field.type, IrStringType):
            names.problem("field", f"field {field.wire_name!r} must be a string to be a table key")
            return None
        column = syntax.active_column
        if field is None:
            return None
        ref = names.column(
            "active_column" if column else "table",
            f"{syntax.table}[{syntax.field}].{column}"
            if column
            else f"{syntax.table}[{syntax.field}]",
        )
        if ref is None:
            return None
        if column is not None and (ref.column is None or ref.column.type != "boolean"):
            names.problem("active_column", f"column {column!r} must be boolean")
            return None
        return cls(rule_id, syntax.message, source, field, ref)

    def operands(self) -> tuple[Field, ...]:
        return (self.field,)

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.key,)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        row = out.fresh("row")
        got = out_got(out, self.field)
        lines = [
            f"{row} = {out.ref_row(self.key)}",
            f"if {row} is None:",
            f"    {out.violation(out.lit(' (not in the reference data)') + ' + ' + got)}",
        ]
        if self.key.column is not None:
            lines += [
                f"elif not {row}.{self.key.column.py_name}:",
                f"    {out.violation(out.lit(' (inactive in the reference data)') + ' + ' + got)}",
            ]
        return lines

    def english(self) -> str:
        table = _code(self.key.section.name)
        sentence = f"{_code(self.field.wire_name)} must be a key of the reference table {table}"
        if self.key.column is not None:
            return f"{sentence} whose {_code(self.key.column.name)} flag is true."
        return f"{sentence}."

    def cel(self, out: CelWriter) -> str:
        exists = out.has_row(self.key)
        if self.key.column is None:
            return exists
        return f"{exists} && {out.column(self.key)} == true"


# --- an average at or above a reference minimum --------------------------------------------


class AverageAtLeastReferenceSyntax(RuleSyntaxBase):
    kind: Literal["average_at_least_reference"]
    total: str
    count: str
    minimum: str = SyntaxField(description="Reference column, e.g. symbols[symbol].min_quantity.")
    truncate_to_decimals: str | None = SyntaxField(
        None, description="Reference column: decimals to truncate `total` to before comparing."
    )


@dataclass(frozen=True, slots=True)
class AverageAtLeastReference(Rule):
    total: Field
    count: Field
    minimum: ColumnRef
    truncate_to_decimals: ColumnRef | None

    Syntax = AverageAtLeastReferenceSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, AverageAtLeastReferenceSyntax)
        total = _numeric(names, "total", names.field("total", syntax.total))
        count = _divisor(names, "count", names.field("count", syntax.count))
        if count is not None and not count.is_integer:
            names.problem(
                "count", f"field {count.wire_name!r} counts orders: it must be an integer"
            )
            count = None
        minimum = names.column("minimum", syntax.minimum)
        if minimum is not None and _column_type(minimum) not in ("decimal", "integer"):
            names.problem("minimum", f"{syntax.minimum!r} must be a decimal or integer column")
            minimum = None
        places = None
        if syntax.truncate_to_decimals is not None:
            places = names.column("truncate_to_decimals", syntax.truncate_to_decimals)
            if places is not None and _column_type(places) != "integer":
                names.problem("truncate_to_decimals", "the decimals column must be an integer")
                return None
        if total is None or count is None or minimum is None:
            return None
        if syntax.truncate_to_decimals is not None and places is None:
            return None
        return cls(rule_id, syntax.message, source, total, count, minimum, places)

    def _keys(self) -> tuple[Field, ...]:
        refs = (self.minimum, self.truncate_to_decimals)
        keys = {r.key_field.wire_name: r.key_field for r in refs if r and r.key_field is not None}
        return tuple(keys.values())

    def operands(self) -> tuple[Field, ...]:
        return (self.total, self.count, *self._keys())

    def columns(self) -> tuple[ColumnRef, ...]:
        return tuple(r for r in (self.minimum, self.truncate_to_decimals) if r is not None)

    def subject(self) -> Field | None:
        return self.total

    def python(self, out: PyWriter) -> list[str]:
        total, count = out.var(self.total), out.var(self.count)
        min_row = out.fresh("row")
        lines = [f"{min_row} = {out.ref_row(self.minimum)}"]
        rows = [min_row]
        scaled = total
        if self.truncate_to_decimals is not None:
            places_row = out.fresh("row")
            lines.append(f"{places_row} = {out.ref_row(self.truncate_to_decimals)}")
            rows.append(places_row)
            scaled = f"_c.truncate({total}, {places_row}.{_column_attr(self.truncate_to_decimals)})"
        missing = " or ".join(f"{r} is None" for r in rows)
        minimum = f"({out.lit(self.minimum.render())}, {min_row}.{_column_attr(self.minimum)})"
        detail = out_got(out, self.total, self.count)[:-1] + f", {minimum})"
        threshold = f"_c.mul({min_row}.{_column_attr(self.minimum)}, {count})"
        lines += [
            f"if {missing}:",
            f"    {out.unchecked()}",
            f"elif {scaled} < {threshold}:",
            f"    {out.violation(detail)}",
        ]
        return lines

    def english(self) -> str:
        total, count = _code(self.total.wire_name), _code(self.count.wire_name)
        sentence = f"The average child order size {total} / {count}"
        if self.truncate_to_decimals is not None:
            places = _code(self.truncate_to_decimals.render())
            sentence += f", with {total} first truncated to {places} decimals,"
        return f"{sentence} must be at least {_code(self.minimum.render())}."

    def cel(self, out: CelWriter) -> str:
        total = out.value(self.total)
        if self.truncate_to_decimals is not None:
            total = f"decimal_trunc({total}, {out.column(self.truncate_to_decimals)})"
        threshold = f"decimal_mul({out.column(self.minimum)}, {out.value(self.count)})"
        return f"decimal_cmp({total}, {threshold}) >= 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        rows = {out.has_row(r) for r in self.columns() if r.key_field is not None}
        return " && ".join(sorted(rows)) or None


# --- a string length within limits from reference data -------------------------------------


class LengthWithinReferenceSyntax(RuleSyntaxBase):
    kind: Literal["length_within_reference"]
    field: str
    min_length: str | None = SyntaxField(None, description="e.g. limits.client_id_min_length")
    max_length: str | None = None


@dataclass(frozen=True, slots=True)
class LengthWithinReference(Rule):
    field: Field
    min_length: ColumnRef | None
    max_length: ColumnRef | None

    Syntax = LengthWithinReferenceSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, LengthWithinReferenceSyntax)
        field = names.field("field", syntax.field)
        if field is not None and not isinstance(field.type, IrStringType):
            names.problem("field", f"field {field.wire_name!r} must be a string to have a length")
            field = None
        if syntax.min_length is None and syntax.max_length is None:
            names.problem(
                "kind", "length_within_reference needs `min_length`, `max_length`, or both"
            )
            return None
        bounds: list[ColumnRef | None] = []
        for key, expression in (
            ("min_length", syntax.min_length),
            ("max_length", syntax.max_length),
        ):
            ref = names.column(key, expression) if expression is not None else None
            if ref is not None and _column_type(ref) != "integer":
                names.problem(key, f"{expression!r} must be an integer column")
                return None
            if expression is not None and ref is None:
                return None
            bounds.append(ref)
        if field is None:
            return None
        return cls(rule_id, syntax.message, source, field, bounds[0], bounds[1])

    def operands(self) -> tuple[Field, ...]:
        keys = [r.key_field for r in self.columns() if r.key_field is not None]
        return (self.field, *keys)

    def columns(self) -> tuple[ColumnRef, ...]:
        return tuple(r for r in (self.min_length, self.max_length) if r is not None)

    def subject(self) -> Field | None:
        return self.field

    def python(self, out: PyWriter) -> list[str]:
        size = out.fresh("length")
        lines = [f"{size} = len({out.var(self.field)})"]
        tests = []
        for ref, op in ((self.min_length, "<"), (self.max_length, ">")):
            if ref is not None:
                row = out.fresh("row")
                lines.append(f"{row} = {out.ref_row(ref)}")
                tests.append((row, f"{size} {op} {row}.{_column_attr(ref)}"))
        missing = " or ".join(f"{row} is None" for row, _ in tests)
        lines += [
            f"if {missing}:",
            f"    {out.unchecked()}",
            f"elif {' or '.join(test for _, test in tests)}:",
            f"    {out.violation(out.lit(' (length ') + f' + str({size}) + ' + out.lit(')'))}",
        ]
        return lines

    def english(self) -> str:
        parts = []
        if self.min_length is not None:
            parts.append(f"at least {_code(self.min_length.render())}")
        if self.max_length is not None:
            parts.append(f"at most {_code(self.max_length.render())}")
        return (
            f"When given, {_code(self.field.wire_name)} must be {' and '.join(parts)} characters."
        )

    def cel(self, out: CelWriter) -> str:
        size = f"size({out.text(self.field)})"
        tests = []
        for ref, op in ((self.min_length, ">="), (self.max_length, "<=")):
            if ref is not None:
                tests.append(f"{size} {op} int({out.column(ref)})")
        return " && ".join(tests)

    def cel_applies(self, out: CelWriter) -> str | None:
        rows = {out.has_row(r) for r in self.columns() if r.key_field is not None}
        return " && ".join(sorted(rows)) or None


def out_got(out: PyWriter, *fields: Field) -> str:
    """An expression rendering the operands' values: ' (got runningTime=3601, frequency=60)'."""
    pairs = ", ".join(f"({out.lit(f.wire_name)}, {out.var(f)})" for f in fields)
    return f"_c.got({pairs})"


RULE_KINDS: tuple[type[Rule], ...] = (
    MultipleOfField,
    QuotientBetween,
    Ordered,
    ReferenceActive,
    AverageAtLeastReference,
    LengthWithinReference,
)

RuleSyntax: TypeAlias = Annotated[
    MultipleOfFieldSyntax
    | QuotientBetweenSyntax
    | OrderedSyntax
    | ReferenceActiveSyntax
    | AverageAtLeastReferenceSyntax
    | LengthWithinReferenceSyntax,
    SyntaxField(discriminator="kind"),
]

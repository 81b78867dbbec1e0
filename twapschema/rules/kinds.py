"""The closed set of cross-field rule kinds. Each class is the whole story of its kind."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Annotated, Any, ClassVar, Literal, TypeAlias

from pydantic import Field as SyntaxField

from twapschema.ir import BooleanType, Citation, ColumnRef, EnumType, Field, IntegerType
from twapschema.ir import StringType as IrStringType
from twapschema.numbers import EXACT, is_multiple, truncate
from twapschema.rules.base import CelWriter, PyWriter, Resolver, Rule, RuleSyntaxBase

Body = dict[str, Any]
RefData = Mapping[str, Any]
FieldSpecs = Mapping[str, Any]  # name -> twapschema.runtime.drawing.FieldSpec


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


def _number_column(names: Resolver, key: str, expression: str) -> ColumnRef | None:
    ref = names.column(key, expression)
    if ref is not None and _column_type(ref) not in ("decimal", "integer"):
        names.problem(key, f"{expression!r} must be a decimal or integer column")
        return None
    return ref


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

    def drawer(self) -> object:
        return MultipleOfFieldDrawer(self.id, self.field.wire_name, self.divisor.wire_name)

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

    def drawer(self) -> object:
        low = Decimal(self.minimum) if self.minimum is not None else None
        high = Decimal(self.maximum) if self.maximum is not None else None
        return QuotientBetweenDrawer(
            self.id, self.dividend.wire_name, self.divisor.wire_name, low, high
        )

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

    def drawer(self) -> object:
        return OrderedDrawer(self.id, self.lower.wire_name, self.upper.wire_name, self.strict)

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

    def drawer(self) -> object:
        column = self.key.column.name if self.key.column is not None else None
        return ReferenceActiveDrawer(self.id, self.field.wire_name, self.key.section.name, column)

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
        minimum = _number_column(names, "minimum", syntax.minimum)
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

    def drawer(self) -> object:
        key = self.minimum.key_field
        if key is None or self.minimum.column is None:
            raise NotImplementedError("drawing needs the minimum from a table row")
        places = self.truncate_to_decimals
        return AverageAtLeastReferenceDrawer(
            self.id,
            self.total.wire_name,
            self.count.wire_name,
            self.minimum.section.name,
            key.wire_name,
            self.minimum.column.name,
            places.column.name if places is not None and places.column is not None else None,
        )

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

    def drawer(self) -> object:
        refs = [r for r in (self.min_length, self.max_length) if r is not None]
        if any(r.key_field is not None for r in refs):
            raise NotImplementedError("drawing reads length limits from a record")
        return LengthWithinReferenceDrawer(
            self.id,
            self.field.wire_name,
            refs[0].section.name,
            self.min_length.column.name if self.min_length and self.min_length.column else None,
            self.max_length.column.name if self.max_length and self.max_length.column else None,
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


# --- a scaled quotient above a reference minimum -------------------------------------------


class QuotientAboveReferenceSyntax(RuleSyntaxBase):
    kind: Literal["quotient_above_reference"]
    dividend: str
    divisor: str
    scale: int | Decimal = SyntaxField(
        1, description="Multiplies the dividend first: 60 turns a per-second rate into per-minute."
    )
    minimum: str = SyntaxField(description="Reference column, e.g. symbols[symbol].min_qty.")
    strict: bool = SyntaxField(False, description="'>' instead of '>='.")


@dataclass(frozen=True, slots=True)
class QuotientAboveReference(Rule):
    dividend: Field
    divisor: Field
    scale: int | Decimal
    minimum: ColumnRef
    strict: bool

    Syntax = QuotientAboveReferenceSyntax

    @classmethod
    def resolve(
        cls, rule_id: str, syntax: RuleSyntaxBase, source: Citation, names: Resolver
    ) -> Rule | None:
        assert isinstance(syntax, QuotientAboveReferenceSyntax)
        dividend = _numeric(names, "dividend", names.field("dividend", syntax.dividend))
        divisor = _divisor(names, "divisor", names.field("divisor", syntax.divisor))
        if syntax.scale <= 0:
            names.problem("scale", f"scale must be positive, not {syntax.scale}")
            return None
        minimum = _number_column(names, "minimum", syntax.minimum)
        if dividend is None or divisor is None or minimum is None:
            return None
        return cls(
            rule_id, syntax.message, source, dividend, divisor, syntax.scale, minimum, syntax.strict
        )

    def operands(self) -> tuple[Field, ...]:
        key = self.minimum.key_field
        return tuple(dict.fromkeys((self.dividend, self.divisor, *([key] if key else []))))

    def columns(self) -> tuple[ColumnRef, ...]:
        return (self.minimum,)

    def subject(self) -> Field | None:
        return self.dividend

    def python(self, out: PyWriter) -> list[str]:
        # a * scale / b > min with b > 0 is a * scale > min * b: exact, no division.
        a, b = out.var(self.dividend), out.var(self.divisor)
        row = out.fresh("row")
        least = f"{row}.{_column_attr(self.minimum)}"
        scaled = a if self.scale == 1 else f"_c.mul({a}, {out.lit(self.scale)})"
        op = "<=" if self.strict else "<"
        detail = out_got(out, self.dividend, self.divisor)[:-1]
        detail += f", ({out.lit(self.minimum.render())}, {least}))"
        return [
            f"{row} = {out.ref_row(self.minimum)}",
            f"if {row} is None:",
            f"    {out.unchecked()}",
            f"elif {scaled} {op} _c.mul({least}, {b}):",
            f"    {out.violation(detail)}",
        ]

    def english(self) -> str:
        a, b = _code(self.dividend.wire_name), _code(self.divisor.wire_name)
        scaled = a if self.scale == 1 else f"{a} * {self.scale}"
        relation = "above" if self.strict else "at least"
        return f"{scaled} / {b} must be {relation} {_code(self.minimum.render())}."

    def drawer(self) -> object:
        key = self.minimum.key_field
        if key is None or self.minimum.column is None:
            raise NotImplementedError("drawing needs the minimum from a table row")
        return QuotientAboveReferenceDrawer(
            self.id,
            self.dividend.wire_name,
            self.divisor.wire_name,
            Decimal(self.scale),
            self.minimum.section.name,
            key.wire_name,
            self.minimum.column.name,
            self.strict,
        )

    def cel(self, out: CelWriter) -> str:
        a = out.value(self.dividend)
        scaled = a if self.scale == 1 else f"decimal_mul({a}, {out.lit(Decimal(self.scale))})"
        threshold = f"decimal_mul({out.column(self.minimum)}, {out.value(self.divisor)})"
        return f"decimal_cmp({scaled}, {threshold}) {'>' if self.strict else '>='} 0"

    def cel_applies(self, out: CelWriter) -> str | None:
        return out.has_row(self.minimum) if self.minimum.key_field is not None else None


# --- exactly one of several optional fields ------------------------------------------------


class _FieldsGivenSyntax(RuleSyntaxBase):
    fields: list[str] = SyntaxField(min_length=2, description="Optional fields, by wire name.")


class ExactlyOneOfSyntax(_FieldsGivenSyntax):
    kind: Literal["exactly_one_of"]


class AtLeastOneOfSyntax(_FieldsGivenSyntax):
    kind: Literal["at_least_one_of"]


@dataclass(frozen=True, slots=True)
class ExactlyOneOf(Rule):
    """How many of several optional fields are given: exactly one here; at least one in the
    subclass, which differs only in that bound."""

    fields: tuple[Field, ...]

    Syntax: ClassVar[type[RuleSyntaxBase]] = ExactlyOneOfSyntax
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
        listed = ", ".join(_code(f.wire_name) for f in self.fields)
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


# --- a field present only under a condition on another -------------------------------------


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


def _when_values(field: Field, values: list[str | int | bool]) -> str | None:
    """Why ``values`` cannot be values of ``field``, or None when they can."""
    t = field.type
    if isinstance(t, EnumType):
        members = {v.wire for v in t.enum.values}
        wrong = [v for v in values if not isinstance(v, str) or v not in members]
        return f"{wrong!r} not values of enum {t.enum.name}" if wrong else None
    wanted: type = {IrStringType: str, IntegerType: int, BooleanType: bool}.get(type(t), object)
    if wanted is object:
        return f"field {field.wire_name!r} must be an enum, string, integer or boolean"
    wrong = [v for v in values if type(v) is not wanted]
    return f"{wrong!r} are not {wanted.__name__} values of {field.wire_name!r}" if wrong else None


@dataclass(frozen=True, slots=True)
class PresentWhen(Rule):
    field: Field
    when: Field
    values: tuple[str | int | bool, ...]
    required: bool
    absent_otherwise: bool

    Syntax = PresentWhenSyntax

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
        why = _when_values(when, syntax.in_)
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
        detail = f"_c.got(({out.lit(self.when.wire_name)}, {out.var(self.when)}))"
        return [f"if {' or '.join(tests)}:", f"    {out.violation(detail)}"]

    def english(self) -> str:
        f, w = _code(self.field.wire_name), _code(self.when.wire_name)
        shown = " or ".join(_code(_json_text(v)) for v in self.values)
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
        when = out.value(self.when) if self.when.is_integer else out.text(self.when)
        holds = f"{when} in [{', '.join(out.lit(v) for v in self.values)}]"
        given = out.present(self.field)
        if self.required and self.absent_otherwise:
            return f"({holds}) == ({given})"
        if self.required:
            return f"!({holds}) || ({given})"
        return f"({holds}) || !({given})"


def _json_text(value: str | int | bool) -> str:
    return value if isinstance(value, str) else json.dumps(value)


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
    QuotientAboveReference,
    ExactlyOneOf,
    AtLeastOneOf,
    PresentWhen,
)

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
    | PresentWhenSyntax,
    SyntaxField(discriminator="kind"),
]


# --- Hypothesis: each kind's Drawer builds values that satisfy or break it ---------------------
#
# Drawers run in the user's tests (twapschema.runtime.drawing); they are written out by the
# strategies emitter with literal arguments, and import Hypothesis only when used.


def numbers_of(body: Body, fields: FieldSpecs, *names: str) -> list[Decimal] | None:
    """The named operands as Decimals, or None if any is absent, null or not a number."""
    found = []
    for name in names:
        value = fields[name].number(fields[name].given(body))
        if value is None:
            return None
        found.append(value)
    return found


def delta_step(value: Decimal) -> Decimal:
    """One unit in the last place ``value`` was written with (at least 1)."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(min(exponent if isinstance(exponent, int) else 0, 0))


def round_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_CEILING)


def _draw_int(draw: Any, low: int, high: int) -> int:
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is a test-time extra

    edges = sorted({low, min(low + 1, high), max(high - 1, low), high})
    return int(draw(st.one_of(st.sampled_from(edges), st.integers(low, high))))


def _assume(condition: bool) -> None:
    from hypothesis import assume  # noqa: PLC0415

    assume(condition)


def _ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def _floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


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
        k_low, k_high = _ceil(low / b), _floor(high / b)
        _assume(k_low <= k_high)
        body[self.field] = fields[self.field].wire(b * _draw_int(draw, k_low, k_high))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        nums = numbers_of(body, fields, self.field, self.divisor)
        assert nums is not None
        a, b = nums
        spec = fields[self.field]
        if spec.integral:
            _assume(b >= 2)
            r = Decimal(_draw_int(draw, 1, int(b) - 1))
        else:
            r = b / 2
        below = a - r
        body[self.field] = spec.wire(below if spec.fits(below) else a + r)


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
        _assume(d > 0)
        lo, hi = max(n_low, _ceil(a_low / d)), min(n_high, _floor(a_high / d))
        _assume(lo <= hi)
        n = _draw_int(draw, lo, hi)
        body[self.divisor] = b_spec.wire(d)
        body[self.dividend] = a_spec.wire(d * n)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is None:
            return
        # Always rebuilt, not only when broken: that is what reaches 2 and 200 children.
        low = _ceil(self.minimum) if self.minimum is not None else 1
        high = _floor(self.maximum) if self.maximum is not None else low + 1000
        self._build(body, draw, fields, max(low, 1), high)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        options = []
        if self.minimum is not None and _ceil(self.minimum) - 1 >= 1:
            options.append((max(1, _ceil(self.minimum) - 3), _ceil(self.minimum) - 1))
        if self.maximum is not None:
            options.append((_floor(self.maximum) + 1, _floor(self.maximum) + 3))
        _assume(bool(options))
        n_low, n_high = draw(st.sampled_from(options))
        self._build(body, draw, fields, n_low, n_high)


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
class ReferenceActiveDrawer:
    id: str
    field: str
    table: str
    active_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field,)

    def _rows(self, ref: RefData | None) -> Mapping[str, Any] | None:
        rows = ref.get(self.table) if ref is not None else None
        return rows if isinstance(rows, Mapping) else None

    def _ok(self, row: Any) -> bool:
        return row is not None and (self.active_column is None or row[self.active_column] is True)

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        rows = self._rows(ref)
        key = body.get(self.field)
        if rows is None or not isinstance(key, str):
            return None
        return self._ok(rows.get(key))

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref)
        if rows is None or not isinstance(body.get(self.field), str):
            return
        good = sorted(k for k, row in rows.items() if self._ok(row))
        _assume(bool(good))
        body[self.field] = draw(st.sampled_from(good))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = self._rows(ref) or {}
        bad = sorted(k for k, row in rows.items() if not self._ok(row))
        unknown = fields[self.field].strategy(ref).filter(lambda k: k not in rows)
        body[self.field] = draw(st.sampled_from(bad) | unknown if bad else unknown)


@dataclass(frozen=True, slots=True)
class AverageAtLeastReferenceDrawer:
    id: str
    total: str
    count: str
    table: str
    key_field: str
    minimum_column: str
    places_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.total, self.count, self.key_field)

    def _row(self, body: Body, ref: RefData | None) -> Mapping[str, Any] | None:
        return _table_row(body, ref, self.table, self.key_field)

    def _threshold(self, body: Body, fields: FieldSpecs, row: Mapping[str, Any]) -> Decimal:
        count = numbers_of(body, fields, self.count)
        assert count is not None
        return Decimal(str(row[self.minimum_column])) * count[0]

    def _places(self, row: Mapping[str, Any]) -> int | None:
        return int(row[self.places_column]) if self.places_column is not None else None

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        row = self._row(body, ref)
        nums = numbers_of(body, fields, self.total, self.count)
        if row is None or nums is None:
            return None
        places = self._places(row)
        total = truncate(nums[0], places) if places is not None else nums[0]
        return total >= self._threshold(body, fields, row)

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        row = self._row(body, ref)
        if row is None or numbers_of(body, fields, self.total, self.count) is None:
            return
        places = self._places(row)
        threshold = self._threshold(body, fields, row)
        unit = Decimal(1).scaleb(-places) if places is not None else delta_step(threshold)
        base = round_up(threshold, places) if places is not None else threshold
        # Exactly at the minimum often (0.3 over 3 children of 0.1), a little or a lot above.
        extra = unit * _draw_int(draw, 0, 10_000)
        body[self.total] = fields[self.total].wire(base + extra)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        row = self._row(body, ref)
        _assume(row is not None)
        assert row is not None
        places = self._places(row)
        threshold = self._threshold(body, fields, row)
        unit = Decimal(1).scaleb(-places) if places is not None else delta_step(threshold)
        below = (truncate(threshold, places) if places is not None else threshold) - unit
        # Digits past the precision that truncation drops: rounding would have accepted some.
        tail = unit * Decimal(_draw_int(draw, 0, 99)).scaleb(-2)
        body[self.total] = fields[self.total].wire(below + tail)


@dataclass(frozen=True, slots=True)
class LengthWithinReferenceDrawer:
    id: str
    field: str
    section: str
    min_column: str | None
    max_column: str | None
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.field,)

    def _limits(self, ref: RefData | None) -> tuple[int, int] | None:
        record = ref.get(self.section) if ref is not None else None
        if not isinstance(record, Mapping):
            return None
        low = int(record[self.min_column]) if self.min_column else 0
        high = int(record[self.max_column]) if self.max_column else low + 64
        return low, high

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        limits = self._limits(ref)
        value = body.get(self.field)
        if limits is None or not isinstance(value, str):
            return None
        return limits[0] <= len(value) <= limits[1]

    def _text(self, draw: Any, low: int, high: int) -> str:
        from hypothesis import strategies as st  # noqa: PLC0415

        size = _draw_int(draw, max(low, 0), max(high, 0))
        return str(draw(st.text(alphabet="abcxyz-_0123456789", min_size=size, max_size=size)))

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        limits = self._limits(ref)
        if limits is not None and isinstance(body.get(self.field), str):
            body[self.field] = self._text(draw, *limits)

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        limits = self._limits(ref)
        _assume(limits is not None)
        assert limits is not None
        low, high = limits
        if low > 0 and _draw_int(draw, 0, 1) == 0:
            body[self.field] = self._text(draw, 0, low - 1)
        else:
            body[self.field] = self._text(draw, high + 1, high + 8)


def _table_row(
    body: Body, ref: RefData | None, table: str, key_field: str
) -> Mapping[str, Any] | None:
    """The reference row the body's key field selects, if there is one."""
    rows = ref.get(table) if ref is not None else None
    key = body.get(key_field)
    if not isinstance(rows, Mapping) or not isinstance(key, str):
        return None
    row = rows.get(key)
    return row if isinstance(row, Mapping) else None


@dataclass(frozen=True, slots=True)
class QuotientAboveReferenceDrawer:
    id: str
    dividend: str
    divisor: str
    scale: Decimal
    table: str
    key_field: str
    minimum_column: str
    strict: bool
    needs_reference: ClassVar[bool] = True

    def operands(self) -> tuple[str, ...]:
        return (self.dividend, self.divisor, self.key_field)

    def _sides(
        self, body: Body, fields: FieldSpecs, ref: RefData | None
    ) -> tuple[Decimal, Decimal] | None:
        """(dividend x scale, minimum x divisor): the rule compares these."""
        row = _table_row(body, ref, self.table, self.key_field)
        nums = numbers_of(body, fields, self.dividend, self.divisor)
        if row is None or nums is None:
            return None
        least = Decimal(str(row[self.minimum_column]))
        return EXACT.multiply(nums[0], self.scale), EXACT.multiply(least, nums[1])

    def holds(self, body: Body, fields: FieldSpecs, ref: RefData | None) -> bool | None:
        sides = self._sides(body, fields, ref)
        if sides is None:
            return None
        return sides[0] > sides[1] if self.strict else sides[0] >= sides[1]

    def _at_threshold(
        self, body: Body, fields: FieldSpecs, ref: RefData | None, rounding: str
    ) -> Decimal:
        """The dividend at minimum x divisor / scale, rounded to the dividend's step."""
        sides = self._sides(body, fields, ref)
        assert sides is not None
        step: Decimal = fields[self.dividend].step()
        quotient = sides[1] / self.scale / step
        return quotient.to_integral_value(rounding=rounding) * step

    def satisfy(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        if self.holds(body, fields, ref) is None:
            return
        spec = fields[self.dividend]
        value = self._at_threshold(body, fields, ref, ROUND_CEILING)
        body[self.dividend] = spec.wire(value)
        if self.holds(body, fields, ref) is False:  # exactly at a strict minimum
            value += spec.step()
        # At the minimum often, a little or a lot above it.
        body[self.dividend] = spec.wire(value + spec.step() * _draw_int(draw, 0, 10_000))

    def break_(self, body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None) -> None:
        from hypothesis import strategies as st  # noqa: PLC0415

        rows = ref.get(self.table) if ref is not None else None
        if _table_row(body, ref, self.table, self.key_field) is None and rows:
            body[self.key_field] = draw(st.sampled_from(sorted(rows)))  # a row to fall short of
        _assume(self.holds(body, fields, ref) is not None)
        spec = fields[self.dividend]
        value = self._at_threshold(body, fields, ref, ROUND_FLOOR)
        body[self.dividend] = spec.wire(value)
        if self.holds(body, fields, ref):  # exactly at a minimum that is allowed
            value -= spec.step()
        body[self.dividend] = spec.wire(value - spec.step() * _draw_int(draw, 0, 3))


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
            _assume(bool(others))
            body[self.when] = draw(st.sampled_from(others))
        else:
            body[self.when] = draw(spec.strategy(ref).filter(lambda v: v not in self.values))
        body[self.field] = draw(fields[self.field].strategy(ref))

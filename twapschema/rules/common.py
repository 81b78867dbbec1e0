"""What the rule kinds share: resolution checks, pieces of the code they write, drawing helpers.

Each kind module (``twapschema.rules.<kind>``) takes from here; nothing here knows any one kind.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from twapschema.ir import BooleanType, ColumnRef, EnumType, Field, IntegerType, StringType
from twapschema.rules.base import CelWriter, PyWriter, Resolver

Body = dict[str, Any]
RefData = Mapping[str, Any]
FieldSpecs = Mapping[str, Any]  # name -> twapschema.testing.drawing.FieldSpec


# --- resolution: operands a kind can use ----------------------------------------------------


def numeric_operand(names: Resolver, key: str, field: Field | None) -> Field | None:
    if field is not None and not field.is_numeric:
        names.problem(key, f"field {field.wire_name!r} is not numeric, so it cannot be used here")
        return None
    return field


def divisor_operand(names: Resolver, key: str, field: Field | None) -> Field | None:
    field = numeric_operand(names, key, field)
    if field is not None and not field.excludes_zero_and_negatives():
        names.problem(
            key,
            f"field {field.wire_name!r} is used as a divisor but its constraints allow 0 or "
            "negative values; give it `minimum: 1` (or an `exclusiveMinimum: 0`)",
        )
        return None
    return field


def string_operand(names: Resolver, key: str, field: Field | None, why: str) -> Field | None:
    """``field`` when it is a string, else None with a problem saying it must be one ``why``."""
    if field is not None and not isinstance(field.type, StringType):
        names.problem(key, f"field {field.wire_name!r} must be a string {why}")
        return None
    return field


def wrong_values(field: Field, values: list[str | int | bool]) -> str | None:
    """Why ``values`` cannot be wire values of ``field``, or None when they can."""
    t = field.type
    if isinstance(t, EnumType):
        members = {v.wire for v in t.enum.values}
        wrong = [v for v in values if not isinstance(v, str) or v not in members]
        return f"{wrong!r} not values of enum {t.enum.name}" if wrong else None
    wanted: type = {StringType: str, IntegerType: int, BooleanType: bool}.get(type(t), object)
    if wanted is object:
        return f"field {field.wire_name!r} must be an enum, string, integer or boolean"
    wrong = [v for v in values if type(v) is not wanted]
    return f"{wrong!r} are not {wanted.__name__} values of {field.wire_name!r}" if wrong else None


def number_column(names: Resolver, key: str, expression: str) -> ColumnRef | None:
    ref = names.column(key, expression)
    if ref is not None and column_type(ref) not in ("decimal", "integer"):
        names.problem(key, f"{expression!r} must be a decimal or integer column")
        return None
    return ref


def positive_column(ref: ColumnRef) -> bool:
    """The column's own minimum keeps it above zero (a step, a price)."""
    column = ref.column
    return column is not None and column.minimum is not None and column.minimum > 0


def column_type(ref: ColumnRef) -> str | None:
    return ref.column.type if ref.column is not None else None


def column_attr(ref: ColumnRef) -> str:
    assert ref.column is not None, "resolve() only keeps column references that name a column"
    return ref.column.py_name


# --- writing: English and Python pieces -----------------------------------------------------


def code(name: str) -> str:
    """A name as Markdown code, for the English sentences."""
    return f"`{name}`"


def shown_value(value: str | int | bool) -> str:
    """A wire value as the docs show it: ``true``, ``5``, ``TIME_IN_FORCE_IOC``."""
    return value if isinstance(value, str) else json.dumps(value)


def cel_in(out: CelWriter, field: Field, values: tuple[str | int | bool, ...]) -> str:
    """A CEL test that ``field``'s wire value is one of ``values``."""
    value = out.value(field) if field.is_integer else out.text(field)
    return f"{value} in [{', '.join(out.lit(v) for v in values)}]"


def got_operands(out: PyWriter, *fields: Field) -> str:
    """An expression rendering the operands' values: ' (got runningTime=3601, frequency=60)'."""
    pairs = ", ".join(f"({out.lit(f.wire_name)}, {out.var(f)})" for f in fields)
    return f"{out.helper('got')}({pairs})"


# --- drawing: helpers for the kinds' Hypothesis drawers -------------------------------------
#
# Drawers run in the user's tests (twapschema.testing.drawing); they are written out by the
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


def on_step(value: Decimal, step: Decimal, rounding: str) -> Decimal:
    """``value`` rounded to a multiple of ``step`` (ROUND_CEILING up, ROUND_FLOOR down); the
    division keeps 28 digits, so callers check the result rather than trust the boundary."""
    return (value / step).to_integral_value(rounding=rounding) * step


def draw_int(draw: Any, low: int, high: int) -> int:
    """An integer in [low, high], its ends and their neighbours often."""
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is a test-time extra

    edges = sorted({low, min(low + 1, high), max(high - 1, low), high})
    return int(draw(st.one_of(st.sampled_from(edges), st.integers(low, high))))


def assume(condition: bool) -> None:
    from hypothesis import assume as hypothesis_assume  # noqa: PLC0415

    hypothesis_assume(condition)


def ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def floor(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


RowKey = tuple[tuple[str, str | None], ...]  # (field, column or None for the row's key)


def row_key(ref: ColumnRef) -> RowKey:
    """How a drawer finds the row a column reference reads (see ``table_row``)."""
    return tuple(
        (p.field.wire_name, p.column.name if p.column is not None else None) for p in ref.key
    )


def key_operands(key: RowKey) -> tuple[str, ...]:
    return tuple(name for name, _ in key)


def by_columns(key: RowKey) -> bool:
    """The row is found by columns equal to fields, not under one field's value."""
    return key[0][1] is not None


def key_values(key: RowKey, rows: Mapping[str, Any], name: str) -> dict[str, Any]:
    """What the body's key fields are to select row ``name``: its name, or its columns."""
    return {field: name if column is None else rows[name][column] for field, column in key}


def drawable_rows(key: RowKey, rows: Mapping[str, Any], fields: FieldSpecs) -> list[str]:
    """The rows, in order, whose key values the key fields can carry (their own constraints)."""
    return [
        name
        for name in sorted(rows)
        if all(fields[f].fits_key(v) for f, v in key_values(key, rows, name).items())
    ]


def _matches(name: str, row: Any, body: Body, key: RowKey, fields: FieldSpecs) -> bool:
    for field, column in key:
        value = fields[field].given(body)  # an absent member is its default, as the venue reads it
        cell = name if column is None else row.get(column)
        # Exact types: True is no asset id 1, and "0" no integer 0.
        if type(value) is not type(cell) or value != cell:
            return False
    return True


def table_row(
    body: Body, ref: RefData | None, table: str, key: RowKey, fields: FieldSpecs
) -> Mapping[str, Any] | None:
    """The reference row the body's key fields select, if there is one."""
    rows = ref.get(table) if ref is not None else None
    if not isinstance(rows, Mapping):
        return None
    if len(key) == 1 and key[0][1] is None:
        name = fields[key[0][0]].given(body)
        row = rows.get(name) if isinstance(name, str) else None
        return row if isinstance(row, Mapping) else None
    found = [row for name, row in rows.items() if _matches(name, row, body, key, fields)]
    return found[0] if len(found) == 1 and isinstance(found[0], Mapping) else None


def pick_row(
    body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None, *, table: str, key: RowKey
) -> None:
    """Point the body's key fields at a drawn row of ``table`` when they select none: a rule on
    the row's columns can then hold or break. Rows whose key values a field cannot take (its
    own constraints) are not drawn."""
    from hypothesis import strategies as st  # noqa: PLC0415

    rows = ref.get(table) if ref is not None else None
    if not isinstance(rows, Mapping) or not rows:
        return
    if table_row(body, ref, table, key, fields) is not None:
        return
    fitting = drawable_rows(key, rows, fields)
    if fitting:
        put_key(body, draw, fields, key_values(key, rows, draw(st.sampled_from(fitting))))


def put_key(body: Body, draw: Any, fields: FieldSpecs, values: Mapping[str, Any]) -> None:
    """Set key fields to a row's values; one whose default is that value is sometimes left out
    instead (dYdX's clob_pair_id 0), so absent members are read as their defaults too."""
    from hypothesis import strategies as st  # noqa: PLC0415

    for name, value in values.items():
        default = fields[name].default
        same = default is not None and default == value and type(default) is type(value)
        if same and draw(st.booleans()):
            body.pop(name, None)
            continue
        body[name] = value


def point_at_row(
    body: Body, draw: Any, fields: FieldSpecs, ref: RefData | None, *, table: str, key: RowKey
) -> None:
    """In a satisfy: a drawn key (a symbol, an asset id) is seldom one the reference data
    lists, and the row's rule would then not apply; with reference data, point it at a row, so
    valid payloads exercise the rule. (An unlisted key is drawn by the breaking strategies.)"""
    pick_row(body, draw, fields, ref, table=table, key=key)

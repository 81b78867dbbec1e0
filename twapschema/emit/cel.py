"""CEL for what JSON Schema cannot say: cross-field rules, reference data, exact decimal bounds.

Each rule is carried in the JSON Schema under ``x-twapschema-rules`` on the object it belongs
to, in the manner of Kubernetes' ``x-kubernetes-validations``. Its contract, for a consumer:

- ``self`` is the JSON object the rule is attached to; ``ref`` is the venue's reference data as
  JSON (decimals as strings). JSON numbers may be bound as CEL doubles; integer fields are read
  through ``int()``, so binding them as ints works too.
- A rule's ``scope`` is ``field`` (a bound JSON Schema cannot check exactly, such as a minimum
  on a decimal string) or ``object`` (a cross-field or reference rule). ``fields`` are the
  rule's operands as JSON Pointers relative to ``self`` (``/runningTime``; a member of an object
  within, ``/order_id/clob_pair_id``). Evaluate a rule only when each operand passed the schema
  and its ``field`` rules (those of nested objects included), and so did the objects above it;
  operands that are absent are guarded inside the expression with ``has()``. ``requires``
  lists optional operands the same way: one absent (or null), the rule does not apply.
- If a section in ``reference`` is missing, or ``applies`` is false, the rule is *unchecked*.
- Otherwise the rule holds when ``expression`` is true; false, or an evaluation error (an int
  overflow, say), is a violation with ``id`` at ``path`` (relative to the object).

CEL has no decimal type, and doubles are not exact (0.1 * 3 != 0.3), so quantities and prices go
through the twapschema CEL library, whose functions take decimal strings or numbers (a number by
its shortest round-trip text, as Python's ``repr`` and JavaScript's ``String`` write it) and work
exactly: ``decimal_cmp(a, b)`` (-1, 0 or 1), ``decimal_mul(a, b)``, ``decimal_trunc(a, places)``
(toward zero), ``decimal_shift(a, places)`` (a * 10^places) and ``decimal_is_multiple(a, b)``;
the string results are decimal strings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal

from twapschema import ir
from twapschema.emit.wording import constraint_message
from twapschema.pointer import escape
from twapschema.rules.base import Rule

RULES_KEYWORD = "x-twapschema-rules"
LIBRARY_FUNCTIONS = (
    "decimal_cmp",
    "decimal_mul",
    "decimal_trunc",
    "decimal_shift",
    "decimal_is_multiple",
)
_IDENTIFIER = re.compile(r"[_a-zA-Z][_a-zA-Z0-9]*")
_RESERVED = frozenset(
    [
        "true",
        "false",
        "null",
        "in",
        "as",
        "break",
        "const",
        "continue",
        "else",
        "for",
        "function",
        "if",
        "import",
        "let",
        "loop",
        "package",
        "namespace",
        "return",
        "var",
        "void",
        "while",
    ]
)
_CEL_COMPARISON = {
    "minimum": ">= 0",
    "exclusiveMinimum": "> 0",
    "maximum": "<= 0",
    "exclusiveMaximum": "< 0",
}


@dataclass(frozen=True, slots=True)
class CelRule:
    id: str
    expression: str
    message: str
    fields: tuple[str, ...]  # JSON Pointers, relative to `self`, of the operands
    path: str  # JSON Pointer of the violation, relative to `self`
    reference: tuple[str, ...]  # reference sections needed
    applies: str | None
    source: str
    scope: str = "object"  # or "field": a single member's own constraint
    requires: tuple[str, ...] = ()  # optional operands: absent (or null), the rule does not apply

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "scope": self.scope,
            "expression": self.expression,
            "message": self.message,
            "fields": list(self.fields),
            "path": self.path,
        }
        if self.requires:
            out["requires"] = list(self.requires)
        if self.reference:
            out["reference"] = list(self.reference)
        if self.applies is not None:
            out["applies"] = self.applies
        out["source"] = self.source
        return out


def string(text: str) -> str:
    """A CEL string literal (JSON's escapes are CEL's too)."""
    return json.dumps(text, ensure_ascii=False)


def member(base: str, name: str) -> str:
    if _IDENTIFIER.fullmatch(name) and name not in _RESERVED:
        return f"{base}.{name}"
    return f"{base}[{string(name)}]"


def reads(field: ir.Field) -> str:
    """The field's member of ``self``: ``self.quantums``, ``self.order_id.clob_pair_id``."""
    expression = "self"
    for name in field.members:
        expression = member(expression, name)
    return expression


def pointer(field: ir.Field) -> str:
    """The field's JSON Pointer relative to ``self``: ``/order_id/clob_pair_id``."""
    return "".join("/" + escape(name) for name in field.members)


def present(field: ir.Field) -> str:
    """True when an optional (or nullable) operand is there to be read (the objects above a
    nested one are always there: the spec checker requires it)."""
    *above, name = field.members
    parent = "self"
    for m in above:
        parent = member(parent, m)
    found = (
        f"has({parent}.{name})"
        if _IDENTIFIER.fullmatch(name) and name not in _RESERVED
        else f"{string(name)} in {parent}"
    )
    return f"{found} && {reads(field)} != null" if field.nullable else found


class Writer:
    """The CelWriter rule kinds write through."""

    def text(self, field: ir.Field) -> str:
        raw = reads(field)
        if field.default is None:
            return raw
        # The venue reads an absent member as its default, and so does the rule.
        return f"({present(field)} ? {raw} : {self.lit(field.default)})"

    def value(self, field: ir.Field) -> str:
        raw = self.text(field)
        if field.is_integer:
            return f"int({raw})"
        if isinstance(field.type, ir.FixedPointStringType):
            return f"decimal_shift({raw}, -{field.type.decimals})"
        return raw

    def number(self, field: ir.Field) -> str:
        if isinstance(field.type, ir.IntegerStringType):
            return self.text(field)
        return self.value(field)

    def column(self, ref: ir.ColumnRef) -> str:
        assert ref.column is not None, "a column reference names its column"
        return member(self._row(ref), ref.column.name)

    def has_row(self, ref: ir.ColumnRef) -> str:
        if not ref.key:
            return "true"
        section = member("ref", ref.section.name)
        if ref.by_row_key:
            return f"{self.text(ref.key[0].field)} in {section}"
        return f"{section}.exists(k, {self._matches(ref)})"

    def present(self, field: ir.Field) -> str:
        return present(field)

    def lit(self, value: bool | int | Decimal | str) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, str):
            return string(value)
        if isinstance(value, Decimal):
            return string(format(value, "f"))
        return str(value)

    def _row(self, ref: ir.ColumnRef) -> str:
        section = member("ref", ref.section.name)
        if not ref.key:
            return section
        if ref.by_row_key:
            return f"{section}[{self.text(ref.key[0].field)}]"
        # The one row whose columns equal the fields (the table declares them unique).
        return f"{section}[{section}.filter(k, {self._matches(ref)})[0]]"

    def _matches(self, ref: ir.ColumnRef) -> str:
        """True for the row ``k`` whose match columns equal the message's fields."""
        section = member("ref", ref.section.name)
        tests = []
        for part in ref.key:
            assert part.column is not None, "a lookup by columns names a column for each part"
            cell = member(f"{section}[k]", part.column.name)
            if part.column.type == "integer":
                tests.append(f"int({cell}) == {self.value(part.field)}")
            else:
                tests.append(f"{cell} == {self.text(part.field)}")
        return " && ".join(tests)


def _optional(operands: tuple[ir.Field, ...]) -> tuple[ir.Field, ...]:
    """Operands that may be absent (and have no default standing in for them)."""
    return tuple(f for f in operands if (not f.required or f.nullable) and f.default is None)


def guarded(expression: str, operands: tuple[ir.Field, ...]) -> str:
    guards = [present(f) for f in _optional(operands)]
    if not guards:
        return expression
    return f"!({' && '.join(guards)}) || ({expression})"


def rule(r: Rule) -> CelRule:
    out = Writer()
    subject = r.subject()
    return CelRule(
        id=r.id,
        expression=guarded(r.cel(out), r.operands()),
        message=r.message,
        fields=tuple(pointer(f) for f in r.fields_read()),
        path="" if subject is None else pointer(subject),
        reference=tuple(sorted({c.section.name for c in r.columns()})),
        applies=r.cel_applies(out),
        source=r.source.render(),
        # Only where it changes a verdict: without it, a rule needing reference data would be
        # unchecked for lack of that data even when its absent operand means it never applies.
        requires=tuple(pointer(f) for f in _optional(r.operands())) if r.columns() else (),
    )


def constraint(field: ir.Field, c: ir.Constraint) -> CelRule:
    """A single-field constraint JSON Schema cannot check exactly, as a CEL rule."""
    out = Writer()
    # A digit string goes to the decimal functions as it is: int() would overflow CEL's
    # 64 bits for a uint64 such as dYdX's subticks.
    digits = isinstance(field.type, ir.IntegerStringType)
    value = out.text(field) if digits else out.value(field)
    if c.keyword == "bech32":
        assert isinstance(c.value, str)
        text = out.text(field)
        # The empty string is left to pattern and minLength, and text the pattern refuses to
        # the pattern, as in the Python check.
        shaped = field.constraint("pattern")
        unshaped = "" if shaped is None else f" || !{text}.matches({out.lit(str(shaped.value))})"
        test = f'{text} == ""{unshaped} || bech32_valid({text}, {out.lit(c.value)})'
    elif c.keyword == "multipleOf":
        assert isinstance(c.value, int | Decimal)
        test = f"decimal_is_multiple({value}, {out.lit(Decimal(c.value))})"
    else:
        assert isinstance(c.value, int | Decimal)
        test = f"decimal_cmp({value}, {out.lit(Decimal(c.value))}) {_CEL_COMPARISON[c.keyword]}"
    return CelRule(
        id=f"{field.rule_prefix}.{c.keyword}",
        expression=guarded(test, (field,)),
        message=constraint_message(field, c),
        fields=(pointer(field),),
        path=pointer(field),
        reference=(),
        applies=None,
        source=c.source.render(),
        scope="field",
    )

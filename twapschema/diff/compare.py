"""What changed between two specs of one venue, each change with the direction it moves the set
of payloads a message accepts: tighter (fewer), looser (more), both, or unknown (an edit
whose effect the comparison cannot tell; ``replay.py`` tries to prove it with payloads).

Only what changes verdicts is compared: types, presence, bounds, enums, patterns, units,
unknown-member policies and rules (by their CEL, not their prose). Descriptions, sources and
examples change nothing a validator decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from twapschema import ir
from twapschema.emit import cel

Direction = Literal["tighter", "looser", "both", "unknown"]


@dataclass(frozen=True, slots=True)
class Change:
    """One change, at ``where`` (a message id, then a field's rule prefix or a rule id)."""

    id: str  # stable, for the severity override file: "qfex/add_twap/num_orders.minimum"
    message: str
    kind: Literal["request", "response", "error"]
    what: str  # "bound tightened", "enum value removed", ...
    direction: Direction
    detail: str  # old -> new, in words


# (where, what, direction, detail) -> a Change of the message being compared
Make = Callable[[str, str, Direction, str], Change]


def compare(old: ir.Spec, new: ir.Spec) -> list[Change]:
    venue = new.venue.id
    out: list[Change] = []
    old_messages = {m.id: m for m in old.messages}
    new_messages = {m.id: m for m in new.messages}
    for mid in sorted(old_messages.keys() - new_messages.keys()):
        m = old_messages[mid]
        out.append(Change(f"{venue}/{mid}", mid, m.kind, "message removed", "both", mid))
    for mid in sorted(new_messages.keys() - old_messages.keys()):
        m = new_messages[mid]
        out.append(Change(f"{venue}/{mid}", mid, m.kind, "message added", "looser", mid))
    for mid in sorted(old_messages.keys() & new_messages.keys()):
        out += _message(venue, old_messages[mid], new_messages[mid])
    return out


def _message(venue: str, old: ir.Message, new: ir.Message) -> Iterator[Change]:
    def change(where: str, what: str, direction: Direction, detail: str) -> Change:
        return Change(f"{venue}/{new.id}/{where}", new.id, new.kind, what, direction, detail)

    yield from _object(old.body, new.body, change)
    old_rules = {r.id: cel.rule(r) for r in old.rules}
    new_rules = {r.id: cel.rule(r) for r in new.rules}
    for rid in sorted(old_rules.keys() - new_rules.keys()):
        yield change(rid, "rule removed", "looser", old_rules[rid].expression)
    for rid in sorted(new_rules.keys() - old_rules.keys()):
        yield change(rid, "rule added", "tighter", new_rules[rid].expression)
    for rid in sorted(old_rules.keys() & new_rules.keys()):
        a, b = old_rules[rid], new_rules[rid]
        if (a.expression, a.applies, a.requires) != (b.expression, b.applies, b.requires):
            yield change(rid, "rule edited", "unknown", f"{a.expression}  ->  {b.expression}")


def _object(
    old: ir.ObjectType, new: ir.ObjectType, make: Make, prefix: str = ""
) -> Iterator[Change]:
    """``prefix``: the members leading here ("result."), so a shared type's field is named
    by where the message holds it."""
    old_fields = {f.wire_name: f for f in old.fields}
    new_fields = {f.wire_name: f for f in new.fields}
    rejects = new.unknown_fields.policy == "reject"
    if old.unknown_fields.policy != new.unknown_fields.policy:
        direction: Direction = "tighter" if rejects else "looser"
        yield make(
            "unknown_field",
            "unknown members " + ("refused" if rejects else "ignored"),
            direction,
            f"{old.unknown_fields.policy} -> {new.unknown_fields.policy}",
        )
    for name in sorted(old_fields.keys() - new_fields.keys()):
        f = old_fields[name]
        # Sent anyway, it is an unknown member now: refused where they are, ignored elsewhere.
        yield make(
            prefix + name,
            "member removed",
            "tighter" if rejects else "looser",
            f"{name} ({'required' if f.required else 'optional'})",
        )
    for name in sorted(new_fields.keys() - old_fields.keys()):
        f = new_fields[name]
        if f.required:
            yield make(prefix + name, "required member added", "tighter", name)
        else:
            yield make(prefix + name, "optional member added", "looser", name)
    for name in sorted(old_fields.keys() & new_fields.keys()):
        yield from _field(old_fields[name], new_fields[name], make, prefix + name)


def _field(old: ir.Field, new: ir.Field, make: Make, at: str) -> Iterator[Change]:
    if old.required != new.required:
        yield make(
            f"{at}.required",
            "now required" if new.required else "now optional",
            "tighter" if new.required else "looser",
            f"required {old.required} -> {new.required}",
        )
    if old.nullable != new.nullable:
        yield make(
            f"{at}.type",
            "null now allowed" if new.nullable else "null now refused",
            "looser" if new.nullable else "tighter",
            f"nullable {old.nullable} -> {new.nullable}",
        )
    if old.unit != new.unit:
        yield make(f"{at}.unit", "unit changed", "both", f"{old.unit} -> {new.unit}")
    ta, tb = old.type, new.type
    if isinstance(ta, ir.ObjectType) and isinstance(tb, ir.ObjectType):
        yield from _object(ta, tb, make, at + ".")
    elif isinstance(ta, ir.ArrayType) and isinstance(tb, ir.ArrayType):
        yield from _field(ta.items, tb.items, make, at + "[]")
    elif isinstance(ta, ir.EnumType) and isinstance(tb, ir.EnumType):
        yield from _enum(at, ta.enum, tb.enum, make)
    elif _type_key(ta) != _type_key(tb):
        yield make(f"{at}.type", "type changed", "both", f"{_type_key(ta)} -> {_type_key(tb)}")
    old_c = {c.keyword: c.value for c in old.constraints}
    new_c = {c.keyword: c.value for c in new.constraints}
    for keyword in sorted(old_c.keys() | new_c.keys()):
        a, b = old_c.get(keyword), new_c.get(keyword)
        if a == b:
            continue
        direction = _bound(keyword, a, b)
        what = (
            f"{keyword} added"
            if a is None
            else f"{keyword} removed"
            if b is None
            else f"{keyword} "
            + {"tighter": "tightened", "looser": "loosened"}.get(direction, "changed")
        )
        yield make(f"{at}.{keyword}", what, direction, f"{_shown(a)} -> {_shown(b)}")


def _enum(at: str, old: ir.EnumDef, new: ir.EnumDef, make: Make) -> Iterator[Change]:
    a = {v.wire for v in old.values}
    b = {v.wire for v in new.values}
    for value in sorted(a - b):
        yield make(f"{at}.enum", "enum value removed", "tighter", value)
    for value in sorted(b - a):
        yield make(f"{at}.enum", "enum value added", "looser", value)


def _type_key(t: ir.FieldType) -> object:
    """A scalar type as it decides verdicts (objects, arrays and enums are compared within)."""
    return type(t).__name__ if isinstance(t, ir.ObjectType | ir.ArrayType | ir.EnumType) else t


def _bound(keyword: str, a: object, b: object) -> Direction:
    """The direction a constraint's edit moves the accepted set."""
    if a is None:
        return "tighter"
    if b is None:
        return "looser"
    if keyword in ("minimum", "exclusiveMinimum", "minLength", "minItems"):
        return "tighter" if _num(b) > _num(a) else "looser"
    if keyword in ("maximum", "exclusiveMaximum", "maxLength", "maxItems"):
        return "tighter" if _num(b) < _num(a) else "looser"
    if keyword == "multipleOf":
        x, y = _num(a), _num(b)
        if (y / x) == (y / x).to_integral_value():
            return "tighter"  # every multiple of the new is one of the old
        if (x / y) == (x / y).to_integral_value():
            return "looser"
        return "both"
    if keyword == "enum" and isinstance(a, tuple) and isinstance(b, tuple):
        sa, sb = set(a), set(b)
        return "tighter" if sb < sa else "looser" if sa < sb else "both"
    if keyword == "const":
        return "both"
    return "unknown"  # a pattern, a bech32 prefix: replay decides


def _num(value: object) -> Decimal:
    assert isinstance(value, int | Decimal)
    return Decimal(value)


def _shown(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)

"""Conformance vectors: payloads with the verdicts twapschema gives them, for any language.

Each venue gets one JSON file: its reference data (as JSON, decimals as strings) and, per
message, the spec's examples plus payloads made from the first valid example by changing one
thing: a member left out, null, the wrong JSON type, each bound met and missed by one step, an
enum value that is not one, an unknown member. The expected verdict of each is what the
generated Python validator says, run here on the payload as JSON text would give it.

Vectors hold only values that a double-based JSON parser reads exactly (no numbers past 2^53
or with more digits than a double keeps), so a JavaScript consumer sees the same payload.
"""

from __future__ import annotations

import json
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from twapschema import ir
from twapschema.emit.json_schema import schema_id
from twapschema.emit.judge import generated_module, reference_of
from twapschema.emit.wire import wire_of
from twapschema.numbers import MAX_SAFE_INTEGER, json_default, json_number
from twapschema.runtime.wire import Wire, as_sent

JsonObject = dict[str, object]
UNKNOWN_MEMBER = "zz_not_a_member"


@dataclass(frozen=True, slots=True)
class _Case:
    description: str
    payload: object
    with_reference: bool


def vectors(spec: ir.Spec, module_source: str, reference_data: object | None) -> JsonObject:
    """The venue's vectors; ``module_source`` is its generated Python module, run to judge."""
    with generated_module(spec, module_source) as module:
        return _vectors(spec, module, reference_data)


def _vectors(spec: ir.Spec, module: types.ModuleType, reference_data: object | None) -> JsonObject:
    reference = reference_of(spec, module, reference_data)
    reference_json = (
        reference.model_dump(mode="json", by_alias=True) if reference is not None else None
    )
    out: list[JsonObject] = []
    for message in spec.messages:
        check: Callable[..., Any] = module.MESSAGES[message.id].check
        seen: set[str] = set()
        for case in _cases(message):
            uses_reference = case.with_reference and reference is not None
            text = json.dumps(case.payload, ensure_ascii=False, default=json_default)
            key = f"{uses_reference}:{text}"
            if key in seen:
                continue
            seen.add(key)
            parsed = json.loads(text, parse_float=Decimal)
            violations, unchecked, _ = check(parsed, reference if uses_reference else None)
            out.append(
                {
                    "message": message.id,
                    "schema": schema_id(spec.venue.id, message.id),
                    "description": case.description,
                    "payload": json.loads(text),
                    "with_reference": uses_reference,
                    "valid": not violations,
                    "violations": sorted(
                        ({"rule": v.rule, "path": v.path} for v in violations),
                        key=lambda v: (v["rule"], v["path"]),
                    ),
                    "unchecked": sorted(unchecked),
                }
            )
    return {
        "venue": spec.venue.id,
        "description": (
            "twapschema conformance vectors: validate `payload` as `message` (with `reference` "
            "when `with_reference`) and compare your verdict, rule ids and paths."
        ),
        "reference": reference_json,
        "vectors": out,
    }


def _cases(message: ir.Message) -> Iterator[_Case]:
    batch = message.wire.batch if message.wire is not None else None
    if batch is None:
        yield from _one_cases(message)
        return
    # A batch message's examples are arrays; the one-change cases edit its first element.
    first = next((x for x in message.examples if not x.violates), None)
    for x in message.examples:
        yield _Case(f"spec example: {x.description}", x.payload, x.with_reference)
    if first is None or not isinstance(first.payload, list) or not first.payload:
        return
    element = ir.Example(
        first.description, first.source, first.payload[0], (), first.with_reference
    )
    assert message.wire is not None
    one = replace(message, examples=(element,), wire=replace(message.wire, batch=None))
    for case in _one_cases(one):
        if not case.description.startswith("spec example"):
            yield _Case(case.description, [case.payload], case.with_reference)
    yield _Case("an empty array", [], first.with_reference)
    yield _Case(f"{batch + 1} elements", [first.payload[0]] * (batch + 1), first.with_reference)
    yield _Case("one element, not in an array", first.payload[0], first.with_reference)


def _one_cases(message: ir.Message) -> Iterator[_Case]:
    for x in message.examples:
        yield _Case(f"spec example: {x.description}", x.payload, x.with_reference)
    wire = wire_of(message)
    if wire is not None:
        yield from _wire_cases(message, wire)
    base = next((x for x in message.examples if not x.violates), None)
    if base is None or not isinstance(base.payload, dict):
        return
    if message.examples and any(r.columns() for r in ir.all_rules(message)):
        yield _Case("the first valid example without reference data", base.payload, False)
    yield _Case("not an object", [base.payload], base.with_reference)
    yield from _field_cases(message, base)


def _wire_cases(message: ir.Message, wire: Wire) -> Iterator[_Case]:
    """Each example as its wire's clients send it, and the spellings the wire refuses."""
    for x in message.examples:
        sent = as_sent(wire, x.payload)
        if sent != x.payload:
            yield _Case(f"as sent on the wire: {x.description}", sent, x.with_reference)
        if wire.absent and isinstance(sent, dict):
            given = dict(sent)
            for f in message.body.fields if message.envelope is None else ():
                if f.wire_name not in given and not f.required:
                    if "empty_string" in wire.absent:
                        given[f.wire_name] = ""
                    elif "empty_array" in wire.absent and isinstance(f.type, ir.ArrayType):
                        given[f.wire_name] = []
            if given != sent:
                yield _Case(f"unset members sent empty: {x.description}", given, x.with_reference)
    base = next((x for x in message.examples if not x.violates), None)
    if base is None or not isinstance(base.payload, dict):
        return
    sent = as_sent(wire, base.payload)
    assert isinstance(sent, dict)
    for name in sorted(wire.ignored):
        yield _Case(f"with {name}, added by signing", {**sent, name: "0" * 64}, base.with_reference)
    for other, name in wire.root.aliases.items():
        if name in base.payload:
            both = {**base.payload, other: base.payload[name]}
            yield _Case(f"{name} under both its names", both, base.with_reference)
            flipped = {other: "not the value", **base.payload}
            yield _Case(
                f"{name} under both names, the other one first", flipped, base.with_reference
            )
    text_spellings = {"integer": ("5000.0", "1e3", "+1", ""), "boolean": ("TRUE", "1", "")}
    typed = as_sent(wire, base.payload, other_names=False)
    assert isinstance(typed, dict)
    for name, kind in wire.root.text.items():
        for spelling in text_spellings.get(kind, ()):
            if spelling == "" and "empty_string" in wire.absent:
                continue
            bad = {**typed, name: spelling}
            yield _Case(f"{name} as the text {spelling!r}", bad, base.with_reference)


def _field_cases(message: ir.Message, base: ir.Example) -> Iterator[_Case]:
    payload = base.payload
    assert isinstance(payload, dict)
    key = message.envelope.body if message.envelope is not None else None
    body = payload.get(key) if key is not None else payload
    if not isinstance(body, dict):
        return

    def edit(description: str, member: str, value: object) -> _Case:
        new_body = dict(body)
        if value is _ABSENT:
            new_body.pop(member, None)
        else:
            new_body[member] = value
        new = {**payload, key: new_body} if key is not None else new_body
        return _Case(description, new, base.with_reference)

    yield edit("an unknown member", UNKNOWN_MEMBER, 1)
    for f in message.body.fields:
        name = f.wire_name
        if name in body:
            yield edit(f"without {name}", name, _ABSENT)
        yield edit(f"{name} null", name, None)
        yield edit(f"{name} of the wrong JSON type", name, _wrong_type(f))
        for description, value in _values(f):
            yield edit(f"{name} {description}", name, value)


class _Absent:
    pass


_ABSENT = _Absent()


_WRONG_TYPE: dict[str, object] = {
    "integer": "1",
    "number": "1",
    "boolean": 1,
    "object": "x",
    "array": "x",
    "string": True,
}


def _wrong_type(f: ir.Field) -> object:
    """A value of another JSON type than the field's wire type."""
    return _WRONG_TYPE[ir.field_kind(f.type).json_type]


def _values(f: ir.Field) -> Iterator[tuple[str, object]]:
    t = f.type
    if isinstance(t, ir.EnumType):
        for v in t.enum.values:
            yield f"= {v.wire}", v.wire
        yield "not a value of its enum", "NOT_A_MEMBER"
    if isinstance(t, ir.IntegerType) and f.example is not None:
        # A canonical integer's 30.0 is refused by its spelling, which a double-based JSON
        # parser never sees (it reads 30): no vector can carry it.
        if not t.canonical:
            yield "as a number with a zero fraction", float(str(f.example))
        yield "with a fraction", float(str(f.example)) + 0.5
    if ir.field_kind(t).json_type == "integer":
        # I-JSON's integer range, met and missed; 2**53 is a double exactly, so every reader
        # reads it as sent. Past it (2**53 + 1) a double reader cannot tell: no vector.
        yield "= 2^53 - 1, the last I-JSON integer", MAX_SAFE_INTEGER
        yield "= 2^53, past I-JSON's integers", MAX_SAFE_INTEGER + 1
        yield "= -(2^53), past I-JSON's integers", -MAX_SAFE_INTEGER - 1
    if isinstance(t, ir.DecimalStringType) and t.digits is not None:
        whole, fraction = t.digits
        yield f"with {whole} digits before the point", "9" * whole
        yield f"with {whole + 1} digits before the point", "9" * (whole + 1)
        yield f"with {fraction} digits after the point", "0." + "1" * fraction
        yield f"with {fraction + 1} digits after the point", "0." + "1" * (fraction + 1)
    if isinstance(t, ir.DecimalStringType) and t.canonical:
        yield "with a trailing zero", f"{f.example}0" if "." in str(f.example) else f"{f.example}.0"
        yield "with a leading zero", f"0{f.example}"
    if isinstance(t, ir.DecimalStringType | ir.IntegerStringType | ir.FixedPointStringType):
        yield "with an exponent", "1e3"
        yield "with a sign", "+1"
    for c in f.constraints:
        yield from _bound_values(f, c)


def _bound_values(f: ir.Field, c: ir.Constraint) -> Iterator[tuple[str, object]]:
    if c.keyword in ("minLength", "maxLength") and isinstance(c.value, int):
        for n in {c.value - 1, c.value, c.value + 1}:
            if n >= 0:
                yield f"of length {n} ({c.keyword} {c.value})", "a" * n
        return
    if c.keyword == "const":
        yield f"= the const {c.value!r}", c.value
        return
    if c.keyword == "pattern" and isinstance(f.example, str):
        # Where regex dialects part: Python's `$` matches before a final newline, its `\\d`
        # takes any Unicode digit; ECMA-262's do neither (twapschema/regex_dialect.py).
        yield "with a trailing newline", f.example + "\n"
        yield "with a leading newline", "\n" + f.example
        digit = next((ch for ch in f.example if ch in "0123456789"), None)
        if digit is not None:
            arabic_indic = chr(0x0660 + int(digit))
            yield "with an Arabic-Indic digit", f.example.replace(digit, arabic_indic, 1)
        return
    if not isinstance(c.value, int | Decimal) or isinstance(c.value, bool):
        return
    bound = Decimal(c.value)
    if c.keyword == "multipleOf":
        candidates = [bound, bound * 3, bound / 10, bound * Decimal("1.5")]
    else:
        step = Decimal(1) if f.is_integer else Decimal(1).scaleb(min(_exponent(bound), 0) - 1)
        candidates = [bound - step, bound, bound + step]
    for value in candidates:
        shown = _as_field_value(f, value)
        if shown is not None:
            yield f"= {value} ({c.keyword} {c.value})", shown


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _as_field_value(f: ir.Field, value: Decimal) -> object | None:
    t = f.type
    if isinstance(t, ir.IntegerType):
        return int(value) if value == value.to_integral_value() else None
    if isinstance(t, ir.DecimalStringType):
        return format(value, "f")
    if isinstance(t, ir.IntegerStringType):
        return format(value, "f") if value == value.to_integral_value() else None
    if isinstance(t, ir.FixedPointStringType):
        units = value.scaleb(t.decimals)
        return format(units, "f") if units == units.to_integral_value() else None
    return json_number(value, as_double=True)

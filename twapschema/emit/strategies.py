"""Hypothesis emitter: per venue, a strategies module and a property-based test suite.

The strategies module (``twapschema/testing/strategies/<venue>.py``) describes each message for
``twapschema.testing.drawing`` in literals: its fields with their constraints, and each rule's
drawer (the rule kind's own Hypothesis part). The test suite (``generated/tests/``) draws from
it: valid payloads must be accepted, each rule's breaking payloads rejected with exactly that
rule's id, models must round-trip, and the JSON Schema must agree wherever it decides alone.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from twapschema import ir, naming
from twapschema.emit.pysource import docstring, header, literal
from twapschema.emit.wire import wire_of
from twapschema.rules.base import Rule

_NUMERIC_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
}
_OTHER_KEYWORDS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "const": "const",
    "enum": "values",  # an integer field's allowed values
    "pattern": "pattern",
    "bech32": "bech32",
}


class _Writer:
    def __init__(self) -> None:
        self.shared: dict[str, str] = {}  # class name -> constant holding its fields

    def fields(self, obj: ir.ObjectType) -> str:
        if obj.shared is not None:
            name = f"_{naming.snake(obj.class_name).upper()}"
            if obj.class_name not in self.shared:
                self.shared[obj.class_name] = self._tuple(obj.fields)
            return name
        return self._tuple(obj.fields)

    def _tuple(self, fields: tuple[ir.Field, ...]) -> str:
        inner = ", ".join(self.field(f) for f in fields)
        return f"({inner},)" if len(fields) == 1 else f"({inner})"

    def field(self, f: ir.Field) -> str:
        t = f.type
        args = [literal(f.wire_name), literal(ir.field_kind(t).name), literal(f.rule_prefix)]
        kwargs: dict[str, str] = {}
        if f.required:
            kwargs["required"] = "True"
        if f.nullable:
            kwargs["nullable"] = "True"
        if f.default is not None:
            kwargs["default"] = literal(f.default)
        for c in f.constraints:
            if c.keyword in _NUMERIC_KEYWORDS and isinstance(c.value, int | Decimal):
                kwargs[_NUMERIC_KEYWORDS[c.keyword]] = literal(Decimal(c.value))
            elif c.keyword in _OTHER_KEYWORDS:
                kwargs[_OTHER_KEYWORDS[c.keyword]] = literal(c.value)
        match t:
            case ir.EnumType():
                kwargs["values"] = literal(tuple(v.wire for v in t.enum.values))
            case ir.DecimalStringType() if t.signed or t.canonical or t.digits:
                if t.signed:
                    kwargs["signed"] = "True"
                if t.canonical:
                    kwargs["canonical"] = "True"
                if t.digits is not None:
                    kwargs["digits"] = literal(t.digits)
            case ir.IntegerType() if t.canonical:
                kwargs["canonical"] = "True"
            case ir.FixedPointStringType():
                kwargs["decimals"] = str(t.decimals)
            case ir.ObjectType():
                kwargs["fields"] = self.fields(t)
                kwargs["reject_unknown"] = str(t.unknown_fields.policy == "reject")
                if t.rules:
                    kwargs["rules"] = _drawers(t.rules)
            case ir.ArrayType():
                kwargs["items"] = self.field(t.items)
            case _:
                pass
        rendered = [*args, *(f"{k}={v}" for k, v in kwargs.items())]
        return f"F({', '.join(rendered)})"


def _drawer(drawer: object) -> str:
    assert dataclasses.is_dataclass(drawer)
    assert not isinstance(drawer, type)
    values = []
    for f in dataclasses.fields(drawer):
        value = getattr(drawer, f.name)
        # A condition's drawer holds the wrapped rule's: written out as a call too.
        values.append(_drawer(value) if dataclasses.is_dataclass(value) else literal(value))
    return f"kinds.{type(drawer).__name__}({', '.join(values)})"


def _drawers(rules: tuple[Rule, ...]) -> str:
    inner = ", ".join(_drawer(r.drawer()) for r in rules)
    return f"({inner},)" if len(rules) == 1 else f"({inner})"


def emit_strategies(spec: ir.Spec) -> str:
    """The venue's strategies module, unformatted."""
    writer = _Writer()
    entries = []
    for m in spec.messages:
        fields = writer.fields(m.body)
        # A body that is a shared type brings its own rules (Hyperliquid's twap object).
        rules = _drawers((*m.rules, *m.body.rules))
        envelope = ""
        if m.envelope is not None:
            envelope = (
                f", constants={literal(m.envelope.constants)}, body_key={literal(m.envelope.body)}"
            )
        wire = wire_of(m)
        if wire is not None:
            if wire.absent:
                envelope += f", absent={literal(wire.absent)}"
            if wire.batch is not None:
                envelope += f", batch={wire.batch}"
            # Its own copy of the wire tree, so that the suites check a validator's decoding
            # against the spec, not against the validator's own tables.
            envelope += f", wire={literal(wire.to_json())}"
        reject = m.body.unknown_fields.policy == "reject"
        entries.append(
            f"    {literal(m.id)}: MessageSpec({literal(m.id)}, {literal(m.kind)}, {fields}, "
            f"{reject}, {rules}{envelope}),"
        )
    doc = header(spec, f"Hypothesis strategies for {spec.venue.name} ({spec.venue.id}).")
    shared = [f"_{naming.snake(k).upper()} = {v}" for k, v in writer.shared.items()]
    body = [*shared, "MESSAGES: dict[str, MessageSpec] = {", *entries, "}"]
    text = "\n".join(body)
    imports = ["from decimal import Decimal", ""] if "Decimal(" in text else []
    if "kinds." in text:
        imports.append("from twapschema.rules import kinds")
    imports += [
        "from twapschema.testing.drawing import FieldSpec as F",
        "from twapschema.testing.drawing import MessageSpec",
    ]
    lines = [docstring(doc), "", *imports, "", f"VENUE_ID = {literal(spec.venue.id)}", text]
    return "\n".join(lines) + "\n"


def emit_suite(spec: ir.Spec) -> str:
    """The venue's property-based test suite, unformatted."""
    venue = spec.venue.id
    uses_reference = bool(spec.reference)
    doc = header(
        spec,
        f"Property-based tests for {spec.venue.name}: drawn payloads against the validator,\n"
        "the models and the JSON Schema.",
    )
    lines = [
        docstring(doc),
        "",
        "from __future__ import annotations",
        "",
        "import pytest",
        "from hypothesis import given",
        "from hypothesis import strategies as st",
        "",
        "from twapschema import testing",
        "",
        f"VENUE = {literal(venue)}",
        f"USES_REFERENCE = {uses_reference}",
        "",
    ]
    for m in spec.messages:
        name = m.id
        lines += [
            "",
            f"@given(testing.valid_payloads(VENUE, {literal(name)}, "
            "reference=testing.bundled_reference() if USES_REFERENCE else None))",
            f"def test_{name}_valid(payload: object) -> None:",
            f"    testing.check_valid(VENUE, {literal(name)}, payload)",
            "",
            "",
            f"@pytest.mark.parametrize('rule', testing.rule_ids(VENUE, {literal(name)}))",
            "@given(data=st.data())",
            f"def test_{name}_breaking(rule: str, data: st.DataObject) -> None:",
            f"    testing.check_breaking(VENUE, {literal(name)}, rule, data)",
            "",
        ]
    return "\n".join(lines) + "\n"

"""The module's tables: ``MESSAGES`` (the registry entry of each message), ``REFERENCE`` and
``TRANSLATION`` (how a venue-neutral intent maps onto the create request)."""

from __future__ import annotations

from twapschema import ir
from twapschema.emit.pysource import literal
from twapschema.emit.python.validators import wire_name
from twapschema.emit.wire import wire_of


def registry(spec: ir.Spec) -> str:
    lines = ["MESSAGES: dict[str, MessageEntry] = {"]
    for m in spec.messages:
        wire = wire_of(m)
        needs = tuple(r.id for r in ir.all_rules(m) if r.columns())
        rejection = ""
        if m.rejection is not None:
            r = m.rejection
            codes = ", ".join(
                f"CodedReply({literal(c.rules)}, {literal(c.payload)},"
                f" {literal(c.source.render())})"
                for c in r.codes
            )
            rejection = (
                f", Rejection({literal(r.message_id)}, {literal(r.payload)},"
                f" {literal(r.source.render())}{f', ({codes},)' if codes else ''})"
            )
        lines.append(
            f"    {literal(m.id)}: MessageEntry({literal(m.id)}, {literal(m.kind)}, "
            f"{m.class_name}, check_{m.id}, {literal(needs)}{rejection}"
            f"{'' if wire is None else ', wire=' + wire_name(m)}),"
        )
    lines.append("}")
    lines.append(f"REFERENCE = {'Reference' if spec.reference else 'None'}")
    lines.append(f"TRANSLATION = {translation(spec)}")
    return "\n".join(lines)


_CONCEPT_KINDS = {
    ir.StringType: "string",
    ir.IntegerType: "integer",
    ir.DecimalStringType: "decimal_string",
    ir.DecimalNumberType: "decimal_number",
    ir.NumberType: "decimal_number",
    ir.BooleanType: "boolean",
    ir.EnumType: "enum",
    ir.IntegerStringType: "integer_string",
}


def translation(spec: ir.Spec) -> str:
    """How a venue-neutral TWAP intent maps onto the venue's create request (its fields'
    concepts), for twapschema.translation; None without such a request."""
    message = ir.create_request(spec)
    if message is None:
        return "None"
    fields = []
    for f in message.body.fields:
        if f.concept is None:
            continue
        kind = _CONCEPT_KINDS.get(type(f.type), "string")
        values: tuple[tuple[str, object], ...] = ()
        if isinstance(f.type, ir.EnumType):
            values = tuple((v.means, v.wire) for v in f.type.enum.values if v.means)
        elif f.true_means is not None:
            other = "sell" if f.true_means == "buy" else "buy"
            values = ((f.true_means, True), (other, False))
        lookup = ""
        if f.symbol_lookup is not None:
            section, column = f.symbol_lookup
            lookup = f", {literal((section.py_name, column.py_name))}"
        seconds = ir.TIME_UNITS.get(f.unit or "", 1) if f.concept in ir.TIMING_CONCEPTS else 1
        scale = f", seconds={seconds}" if seconds != 1 else ""
        if f.default is not None:
            scale += f", default={literal(f.default)}"
        fields.append(
            f"({literal(f.concept)}, ConceptField({literal(f.wire_name)}, {literal(kind)}, "
            f"{literal(values)}{lookup}{scale}))"
        )
    envelope = ""
    if message.envelope is not None:
        envelope = (
            f", constants={literal(message.envelope.constants)},"
            f" body={literal(message.envelope.body)}"
        )
    # Members with one allowed value (OKX's ordType "twap") say nothing the intent decides.
    fixed = tuple(
        (f.wire_name, c.value)
        for f in message.body.fields
        if f.required and (c := f.constraint("const")) is not None
    )
    if fixed:
        envelope += f", fixed={literal(fixed)}"
    return f"TwapMapping({literal(message.id)}, ({', '.join(fields)},){envelope})"

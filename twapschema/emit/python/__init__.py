"""Python emitter: one module per venue with enums, Pydantic models and compiled validators.

The validators are straight-line code: every field check, constraint and rule is written out, so
nothing reads the spec at validation time. Each message gets ``check_<message>(payload, ref)``
returning (violations, unchecked rule ids, normalized payload or None); its model runs the same
function before Pydantic sees the data.

- ``writer.py``: module state (constants, the imports collector) and the rule writer;
- ``imports.py``: the imports collector, grouped and sorted as isort would;
- ``classes.py``: enums, reference models, message models and builders;
- ``validators.py``: the check functions;
- ``tables.py``: ``MESSAGES``, ``REFERENCE`` and ``TRANSLATION``.
"""

from __future__ import annotations

from twapschema import ir
from twapschema.emit.pysource import docstring, header, literal
from twapschema.emit.python.classes import (
    alias_model,
    enum_class,
    envelope_builder,
    envelope_model,
    model_class,
    object_builder,
    reference_root,
    reference_section,
)
from twapschema.emit.python.tables import registry, translation
from twapschema.emit.python.validators import message_check, model_check_name, object_check
from twapschema.emit.python.writer import Module, build_name, check_name, model_target

__all__ = ["emit_python"]


def emit_python(spec: ir.Spec) -> str:
    """The venue module's source, unformatted (the caller runs the formatter)."""
    module = Module()
    parts: list[str] = []
    if spec.enums:
        module.use("enum")
    parts += [enum_class(e) for e in spec.enums]
    if spec.reference:
        parts += [reference_section(r, module) for r in spec.reference]
        parts.append(reference_root(spec))
    for shared in spec.objects:  # children first: a class is defined before it is used
        parts += [model_class(obj, None, module) for obj in reversed(list(ir.objects(shared)))]
    for message in spec.messages:
        if message.body.shared is None:
            own = reversed(list(ir.objects(message.body)))
            parts += [model_class(obj, message, module) for obj in own]
        if message.envelope is not None:
            parts.append(envelope_model(message, module))
        elif message.body.shared is not None:
            parts.append(alias_model(message, module))
    owned = _owned_objects(spec)
    parts += [object_check(obj, message, module, spec) for obj, message in owned]
    parts += [message_check(message, spec, module) for message in spec.messages]
    parts += [object_builder(obj, module) for obj, _ in owned]
    parts += [envelope_builder(m, module) for m in spec.messages if m.envelope is not None]
    module.use("bind")
    binds = [
        f"bind({m.class_name}, {model_check_name(m)}, {build_name(model_target(m))}, VENUE_ID)"
        for m in spec.messages
    ]
    # A nested object's model built alone is checked as its message checks it there.
    bodies = {m.class_name for m in spec.messages if m.envelope is None}
    parts_alone = [obj for obj, _ in owned if obj.class_name not in bodies]
    if parts_alone:
        module.use("bind_part")
    binds += [
        f"bind_part({obj.class_name}, {check_name(obj)}, {build_name(obj.class_name)}, VENUE_ID)"
        for obj in parts_alone
    ]
    parts.append("\n".join(binds))
    parts.append(registry(spec))
    return "\n\n".join([_preamble(spec, module), *parts]) + "\n"


def _owned_objects(spec: ir.Spec) -> list[tuple[ir.ObjectType, ir.Message | None]]:
    """Every object type once, parents before children, with the message it belongs to (None
    for shared types and what they nest)."""
    found: list[tuple[ir.ObjectType, ir.Message | None]] = []
    for shared in spec.objects:
        found += [(obj, None) for obj in ir.objects(shared)]
    for message in spec.messages:
        if message.body.shared is None:
            found += [(obj, message) for obj in ir.objects(message.body)]
    return found


def _preamble(spec: ir.Spec, module: Module) -> str:
    doc = header(spec, f"Models and validators for {spec.venue.name} ({spec.venue.id}).")
    for name in ("Field", "MessageEntry", "Violation"):
        module.use(name)
    if any(m.rejection for m in spec.messages):
        module.use("Rejection")
    if any(m.rejection and m.rejection.codes for m in spec.messages):
        module.use("CodedReply")
    if translation(spec) != "None":
        module.use("ConceptField")
        module.use("TwapMapping")
    constants = [f"{name} = {expr}" for expr, name in module.constants.items()]
    names = [
        f"VENUE_ID = {literal(spec.venue.id)}",
        f"VENUE_NAME = {literal(spec.venue.name)}",
        # What `twapschema diff` versions (the spec) and what it describes (the venue's API).
        f"SPEC_VERSION = {literal(spec.venue.version)}",
        f"API_VERSION = {literal(spec.venue.api_version)}",
    ]
    return "\n".join([docstring(doc), "", module.imports.render(), "", *names, *constants])

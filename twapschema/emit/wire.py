"""A message's wire tree (``twapschema.runtime.wire.Wire``) from its IR, for the emitters that
write it: the Python registry (as code) and the JSON Schemas (as ``x-twapschema-wire``)."""

from __future__ import annotations

from twapschema import ir
from twapschema.naming import proto3_json_name
from twapschema.runtime.wire import TextKind, Wire, WireNode


def wire_of(message: ir.Message) -> Wire | None:
    w = message.wire
    if w is None:
        return None
    body = _node(message.body, w)
    root = body
    if message.envelope is not None:
        root = WireNode(objects={message.envelope.body: body}) if not body.empty else WireNode()
    return Wire(w.encoding, w.absent, frozenset(w.ignored), root, w.batch)


def _node(obj: ir.ObjectType, w: ir.Wire) -> WireNode:
    text: dict[str, TextKind] = {}
    digits: set[str] = set()
    aliases: dict[str, str] = {}
    objects: dict[str, WireNode] = {}
    items: dict[str, WireNode] = {}
    for f in obj.fields:
        if w.proto3_json:
            other = proto3_json_name(f.wire_name)
            if other != f.wire_name:
                aliases[other] = f.wire_name
        kind = f.kind
        if kind.from_text is not None and kind.name in w.text_kinds:
            text[f.wire_name] = kind.from_text
        if w.proto3_json and isinstance(f.type, ir.IntegerStringType):
            digits.add(f.wire_name)
        if isinstance(f.type, ir.ObjectType):
            inner = _node(f.type, w)
            if not inner.empty:
                objects[f.wire_name] = inner
        elif isinstance(f.type, ir.ArrayType) and isinstance(f.type.items.type, ir.ObjectType):
            inner = _node(f.type.items.type, w)
            if not inner.empty:
                items[f.wire_name] = inner
    return WireNode(text, frozenset(digits), aliases, objects, items)


def wire_literal(wire: Wire) -> str:
    """Python source that builds ``wire`` (names from twapschema.runtime.wire)."""
    return (
        f"Wire({wire.encoding!r}, {wire.absent!r}, frozenset({sorted(wire.ignored)!r}),"
        f" {_node_literal(wire.root)}{'' if wire.batch is None else f', batch={wire.batch}'})"
    )


def _node_literal(node: WireNode) -> str:
    parts = []
    if node.text:
        parts.append(f"text={dict(node.text)!r}")
    if node.digits:
        parts.append(f"digits=frozenset({sorted(node.digits)!r})")
    if node.aliases:
        parts.append(f"aliases={dict(node.aliases)!r}")
    if node.objects:
        inner = ", ".join(f"{k!r}: {_node_literal(n)}" for k, n in node.objects.items())
        parts.append(f"objects={{{inner}}}")
    if node.items:
        inner = ", ".join(f"{k!r}: {_node_literal(n)}" for k, n in node.items.items())
        parts.append(f"items={{{inner}}}")
    return f"WireNode({', '.join(parts)})"

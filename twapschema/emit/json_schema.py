"""JSON Schema emitter: one Draft 2020-12 schema per message, a bundle per venue, an index
(reference data's schemas: ``twapschema.emit.reference_schema``).

What JSON Schema says exactly, it says natively; the rest (cross-field rules, reference data,
bounds on decimal strings, multipleOf on non-integers) rides along as CEL under
``x-twapschema-rules`` (see ``twapschema.emit.cel``). Every node that holds a field is annotated
``x-twapschema: {"field": <rule prefix>, "type": <spec type>}``, so that a validator's errors
map back to twapschema's rule ids (``<field>.<check>``) in any language.

A message with a `wire:` (a query string, a form body, a venue's own reading of absence or
names) carries ``x-twapschema-wire``: decode the sender's payload with it first (the README's
"For other languages" says how); the schema describes the decoded payload.

Integers are judged by value, as JSON Schema does (3600.0 is an integer), and the Python
validator agrees; decimal strings get the exact pattern the Python validator uses.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import assert_never

from twapschema import ir
from twapschema.emit import cel
from twapschema.emit.wire import wire_of
from twapschema.numbers import (
    CANONICAL_SIGNED_PATTERN,
    CANONICAL_UNSIGNED_PATTERN,
    MAX_DIGITS,
    MAX_SAFE_INTEGER,
    SIGNED_PATTERN,
    UNSIGNED_PATTERN,
    digits_pattern,
    json_default,
    json_number,
)
from twapschema.runtime.checks import RFC3339_TEXT

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://twapschema.dev/schemas"
ANNOTATION = "x-twapschema"
# How to decode the sender's payload before validating it (twapschema.runtime.wire); only on
# messages whose spec says `wire:`. The schema describes the decoded payload.
WIRE = "x-twapschema-wire"
DIGITS_PATTERN = "^[0-9]+$"
RFC3339_PATTERN = f"^{RFC3339_TEXT}$"

JsonObject = dict[str, object]


def schema_id(venue: str, message: str) -> str:
    return f"{BASE_ID}/{venue}/{message}.schema.json"


def message_schema(spec: ir.Spec, message: ir.Message) -> JsonObject:
    """The message's schema: the whole wire payload (for QFEX, the frame around ``params``)."""
    defs: dict[str, JsonObject] = {}
    emitter = _Emitter(spec, defs)
    envelope = message.envelope
    root: JsonObject
    if envelope is None:
        root = emitter.body(message)
    else:
        properties: JsonObject = {
            key: {"const": value, ANNOTATION: {"field": key, "type": "constant"}}
            for key, value in envelope.constants
        }
        properties[envelope.body] = emitter.body(message, envelope.body)
        frame = message.frame_unknown_fields
        root = {
            "type": "object",
            "properties": properties,
            "required": [k for k, _ in envelope.constants] + [envelope.body],
            "additionalProperties": frame is None or frame.policy == "ignore",
        }
    wire = wire_of(message)
    # The schema describes the decoded payload, so a wire-form example is shown decoded.
    valid = [
        x.payload if wire is None else wire.decode(x.payload)[0]
        for x in message.examples
        if not x.violates
    ]
    head: JsonObject = {
        "$schema": DRAFT,
        "$id": schema_id(spec.venue.id, message.id),
        "title": f"{spec.venue.name} {message.id} ({message.kind})",
        "description": message.description,
    }
    annotation: JsonObject = {
        "field": "payload",
        "venue": spec.venue.id,
        "message": message.id,
        "kind": message.kind,
        "source": message.source.render(),
    }
    if message.http is not None:
        http: JsonObject = {"method": message.http.method, "path": message.http.path}
        if message.http.status is not None:
            http["status"] = message.http.status
        if message.http.inside is not None:
            http["inside"] = message.http.inside
        annotation["http"] = http
    if message.not_checked:
        # What a valid verdict does not promise: rules the venue enforces that no check makes.
        annotation["not_checked"] = [
            {"rule": n.rule, "needs": n.needs, "source": n.source.render()}
            for n in message.not_checked
        ]
    if message.reply is not None:
        annotation["reply"] = reply_annotation(message.reply)
    out: JsonObject = {**head, **root, ANNOTATION: {**_annotation_of(root), **annotation}}
    if wire is not None:
        out[WIRE] = wire.to_json()
    if valid:
        out["examples"] = valid
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    return out


def reply_annotation(r: ir.Reply) -> JsonObject:
    """How the venue answers the valid request, for a stand-in in any language to build it
    (``twapschema.serve`` reads this)."""
    out: JsonObject = {"message": r.message_id, "source": r.source.render()}
    if r.echo:
        out["echo"] = dict(r.echo)
    if r.unsent:
        out["unsent"] = dict(r.unsent)
    if r.now:
        out["now"] = list(r.now)
    if r.new_order_id is not None:
        new: JsonObject = {"id": r.new_order_id}
        if r.client_id is not None:
            new["client_id"] = r.client_id
        out["new_order"] = new
    if r.cancels is not None and r.unknown is not None:
        cancels: JsonObject = {"id": r.cancels, "by": r.cancels_by}
        if r.by_member is not None:
            cancels["by_member"] = r.by_member
            cancels["by_values"] = dict(r.by_values)
        cancels["unknown"] = {
            "message": r.unknown.message_id,
            "payload": r.unknown.payload,
            "source": r.unknown.source.render(),
        }
        out["cancels"] = cancels
    if r.each is not None:
        out["each"] = r.each
    if r.lists is not None:
        g = r.lists
        lists: JsonObject = {"at": g.at, "id": g.id, "orders": g.orders}
        if g.keyed_by is not None:
            lists["keyed_by"] = g.keyed_by
        if g.named_by is not None:
            lists["named_by"] = g.named_by
            lists["separator"] = g.separator
        if g.status_at is not None:
            lists["status"] = {"at": g.status_at, **dict(g.status_values)}
        if g.from_order:
            lists["from_order"] = dict(g.from_order)
        if g.set:
            lists["set"] = dict(g.set)
        out["lists"] = lists
    return out


def _annotation_of(node: JsonObject) -> JsonObject:
    found = node.get(ANNOTATION)
    return dict(found) if isinstance(found, dict) else {}


class _Emitter:
    def __init__(self, spec: ir.Spec, defs: dict[str, JsonObject]) -> None:
        self.spec = spec
        self.defs = defs

    def body(self, message: ir.Message, key: str | None = None) -> JsonObject:
        body = message.body
        rules = [cel.rule(r).to_json() for r in message.rules]
        if body.shared is not None:
            # "type" at the use too: a validator's type error then belongs to this member.
            node: JsonObject = {"type": "object", "$ref": self.shared(body)}
        else:
            node = self.object(body, rules)
        if key is not None:
            node[ANNOTATION] = {"field": key, "type": "object"}
        return node

    def shared(self, obj: ir.ObjectType) -> str:
        if obj.class_name not in self.defs:
            self.defs[obj.class_name] = {}  # claimed first: a type may refer to itself
            node = self.object(obj, [cel.rule(r).to_json() for r in obj.rules])
            assert obj.shared is not None
            self.defs[obj.class_name] = {"description": obj.shared.description, **node}
        return f"#/$defs/{obj.class_name}"

    def object(self, obj: ir.ObjectType, rules: list[JsonObject]) -> JsonObject:
        properties: JsonObject = {}
        checks: list[JsonObject] = []
        for f in obj.fields:
            properties[f.wire_name] = self.field(f)
            checks += [
                cel.constraint(f, c).to_json()
                for c in f.constraints
                if not ir.native_in_json_schema(f, c)
            ]
        node: JsonObject = {
            "type": "object",
            "properties": properties,
            "required": [f.wire_name for f in obj.fields if f.required],
            "additionalProperties": obj.unknown_fields.policy == "ignore",
        }
        if checks + rules:
            node[cel.RULES_KEYWORD] = checks + rules
        return node

    def field(self, f: ir.Field) -> JsonObject:
        node = self.type_of(f)
        for c in f.constraints:
            if ir.native_in_json_schema(f, c):
                node[c.keyword] = _json_value(c.value)
        if f.nullable:
            _allow_null(node)
        annotation: JsonObject = {"field": f.rule_prefix, "type": ir.field_kind(f.type).spec_type}
        if f.unit is not None:
            annotation["unit"] = f.unit
        annotation["source"] = f.source.render()
        out: JsonObject = {"description": f.description, **node, ANNOTATION: annotation}
        if f.default is not None:
            out["default"] = _json_value(f.default)
        if f.example is not None:
            out["examples"] = [_json_value(f.example)]
        return out

    def type_of(self, f: ir.Field) -> JsonObject:
        """The node's type: the table's JSON type, and what the kind adds to it."""
        t = f.type
        node: JsonObject = {"type": ir.field_kind(t).json_type}
        match t:
            case ir.DecimalStringType():
                node["pattern"] = SIGNED_PATTERN if t.signed else UNSIGNED_PATTERN
                if t.canonical:
                    node["pattern"] = (
                        CANONICAL_SIGNED_PATTERN if t.signed else CANONICAL_UNSIGNED_PATTERN
                    )
                if t.digits is not None:
                    node["pattern"] = digits_pattern(t.signed, t.digits)
            case ir.IntegerStringType() | ir.FixedPointStringType():
                node |= {"pattern": DIGITS_PATTERN, "maxLength": MAX_DIGITS}
            case ir.EnumType() if f.nullable:  # a $ref'd enum cannot take null: written out
                node["enum"] = [v.wire for v in t.enum.values]
            case ir.EnumType():
                return {"$ref": self.enum(t.enum)}
            case ir.TimestampType() if t.format == "rfc3339":
                node |= {"format": "date-time", "pattern": RFC3339_PATTERN}
            case ir.ObjectType() if t.shared is not None:
                node["$ref"] = self.shared(t)
            case ir.ObjectType():
                return self.object(t, [])
            case ir.ArrayType():
                node["items"] = self.field(t.items)
            case (
                ir.StringType()
                | ir.IntegerType()
                | ir.NumberType()
                | ir.DecimalNumberType()
                | ir.BooleanType()
                | ir.TimestampType()
                | ir.JsonObjectType()
            ):
                pass
            case _:
                assert_never(t)
        if node["type"] == "integer":  # integers and millisecond timestamps alike
            node["$ref"] = self.safe_integer()
        return node

    def safe_integer(self) -> str:
        """The range of integers that every double-based reader reads as written (I-JSON);
        ``x-twapschema-check`` tells a consumer that an error here is the field's `.type`, as
        the Python validator reports it (checks._beyond_double)."""
        self.defs[SAFE_INTEGER] = _SAFE_INTEGER_NODE  # no spec type has the name (check.py)
        return f"#/$defs/{SAFE_INTEGER}"

    def enum(self, enum: ir.EnumDef) -> str:
        self.defs[enum.name] = {
            "description": enum.description,
            "type": "string",
            "enum": [v.wire for v in enum.values],
        }
        return f"#/$defs/{enum.name}"


SAFE_INTEGER = "SafeInteger"
CHECK = "x-twapschema-check"
_SAFE_INTEGER_NODE: JsonObject = {
    "description": (
        "RFC 7493 (I-JSON) section 2.2: past 2^53 - 1 two integers share one double, so a"
        " double-based reader may read another integer than the one sent. An error here is"
        " the field's `.type`."
    ),
    "type": ["number", "null"],
    "minimum": -MAX_SAFE_INTEGER,
    "maximum": MAX_SAFE_INTEGER,
    CHECK: "type",
}


def _allow_null(node: JsonObject) -> None:
    kind = node.get("type")
    if isinstance(kind, str):
        node["type"] = [kind, "null"]
    values = node.get("enum")
    if isinstance(values, list):
        node["enum"] = [*values, None]
    if "$ref" in node and "type" not in node:  # pragma: no cover - enums are written out
        raise AssertionError("a nullable $ref needs its type at the use site")


def _json_value(value: object) -> object:
    """A spec value in JSON: a Decimal as the number with the same text (or as its string when
    no double has that text, which only a decimal string field can want)."""
    if isinstance(value, tuple):
        return list(value)
    if not isinstance(value, Decimal):
        return value
    number = json_number(value, as_double=True)
    return format(value, "f") if number is None else number


def bundle(spec: ir.Spec, schemas: dict[str, JsonObject]) -> JsonObject:
    """Every message schema of a venue in one document, each under ``$defs`` by message id.

    One resource, not a compound of embedded ones: the messages carry no ``$id`` and their
    references are from the bundle's root (``#/$defs/<message>/$defs/Side``), so a tool that
    follows JSON Pointers without 2020-12's embedded resources reads it too
    (json-schema-to-typescript failed on ``#/$defs/OrderDirection``). Their ``examples`` stay in
    the message files: json-schema-to-typescript 15 and 16 check every object in a schema for
    keywords, so Ondo's reply example, whose ``deprecated`` member is a string, stopped it
    (its issue #626)."""
    messages: dict[str, object] = {}
    for message_id, schema in schemas.items():
        body = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "examples")}
        rooted = _rooted(body, f"#/$defs/{message_id}")
        assert isinstance(rooted, dict)
        if "$ref" in rooted:
            # A message that is a $ref beside other keywords (Binance's replies) says the same
            # as allOf: [$ref]. Said so, a reader that resolves a pointer through the message
            # to its $defs (json-schema-ref-parser, under json-schema-to-typescript) does not
            # replace the message by its target on the way, siblings and $defs lost.
            rooted["allOf"] = [{"$ref": rooted.pop("$ref")}, *rooted.get("allOf", [])]
        messages[message_id] = rooted
    return {
        "$schema": DRAFT,
        "$id": f"{BASE_ID}/{spec.venue.id}.bundle.json",
        "title": f"{spec.venue.name}: every message",
        "description": spec.venue.description,
        "$defs": messages,
    }


def _rooted(node: object, at: str) -> object:
    """``node`` with each local ``$ref`` ("#/...") made relative to the bundle: prefixed by
    ``at``, the message's place in it; ``examples`` under it dropped too (see ``bundle``)."""
    if isinstance(node, dict):
        out: dict[str, object] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                out[key] = at + value[1:]
            elif key == "examples" and isinstance(value, list):
                continue
            else:
                out[key] = _rooted(value, at)
        return out
    if isinstance(node, list):
        return [_rooted(item, at) for item in node]
    return node


def _auth(a: ir.AuthScheme) -> JsonObject:
    out: JsonObject = {"scheme": a.scheme, "headers": list(a.headers), "source": a.source.render()}
    g = a.signature
    if g is not None:
        out["signature"] = {
            "algorithm": g.algorithm,
            "key": g.key,
            "encoding": g.encoding,
            "in": {g.carried[0]: g.carried[1]},
            "parts": [_part(p) for p in g.parts],
            "separator": g.separator,
            "refused": {
                "message": g.refused.message_id,
                "payload": g.refused.payload,
                **({"status": g.refused.status} if g.refused.status is not None else {}),
                "source": g.refused.source.render(),
            },
            "source": g.source.render(),
        }
    return out


def _part(p: ir.SignPart) -> object:
    if isinstance(p, str):
        return p
    kind, value = p
    if isinstance(value, tuple):
        return {kind: [_part(q) for q in value]}
    return {kind: value}


def index(specs: tuple[ir.Spec, ...]) -> JsonObject:
    venues: JsonObject = {}
    for spec in specs:
        venues[spec.venue.id] = {
            "name": spec.venue.name,
            "spec_version": spec.venue.version,
            "api_version": spec.venue.api_version,
            "bundle": f"{spec.venue.id}.bundle.json",
            # What a request carries to authenticate: a stand-in checks its shape, and the
            # signature when it is given the secret.
            "auth": {
                **_auth(spec.venue.auth),
                "alternatives": [_auth(a) for a in spec.venue.auth.alternatives],
            },
            **({"reference": f"{spec.venue.id}/reference.schema.json"} if spec.reference else {}),
            "messages": {
                m.id: {
                    "$id": schema_id(spec.venue.id, m.id),
                    "path": f"{spec.venue.id}/{m.id}.schema.json",
                    "kind": m.kind,
                }
                for m in spec.messages
            },
        }
    return {
        "description": (
            "Every twapschema JSON Schema. Cross-field rules are CEL under "
            f"{cel.RULES_KEYWORD!r}; field annotations under {ANNOTATION!r}."
        ),
        "cel_library": list(cel.LIBRARY_FUNCTIONS),
        "reference": "reference.schema.json",
        "venues": venues,
    }


def dumps(document: JsonObject) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, default=json_default) + "\n"

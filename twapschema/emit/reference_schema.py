"""JSON Schemas of reference data: one per venue that declares a `reference:` section, and one
for a whole reference file (one top-level key per venue), for editors and for teams that build
reference data in other languages.

They describe the file as ``twapschema.load_reference`` reads it: a record is an object of its
columns, a table an object of rows under their keys; every column is required and no other
member is allowed. A decimal column takes a decimal string or a JSON number (as the loader
does); its bounds hold for numbers natively and are annotated under ``x-twapschema`` for
strings, which JSON Schema cannot compare. What a schema cannot say at all, that no two rows of
a table share a `unique` column set, rides along as ``x-twapschema.unique``. An integer is
judged by value here (1.0 passes), while the loader takes only JSON integers.
"""

from __future__ import annotations

from twapschema import ir
from twapschema.emit.json_schema import ANNOTATION, BASE_ID, DRAFT, JsonObject
from twapschema.numbers import SIGNED_PATTERN
from twapschema.runtime.checks import RFC3339_TEXT
from twapschema.runtime.reference import SNAPSHOT


def reference_schema_id(venue: str) -> str:
    return f"{BASE_ID}/{venue}/reference.schema.json"


FILE_SCHEMA_ID = f"{BASE_ID}/reference.schema.json"


def venue_reference_schema(spec: ir.Spec) -> JsonObject | None:
    """The schema of the venue's part of a reference file, or None if it declares none."""
    if not spec.reference:
        return None
    return {
        "$schema": DRAFT,
        "$id": reference_schema_id(spec.venue.id),
        "title": f"{spec.venue.name}: reference data",
        "description": (
            f"The {spec.venue.id!r} part of a twapschema reference file: every section is "
            "optional (a rule that needs a missing one is reported unchecked)."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {SNAPSHOT: _SNAPSHOT, **{s.name: _section(s) for s in spec.reference}},
    }


# Where the part came from and when (twapschema.runtime.reference.Snapshot).
_SNAPSHOT: JsonObject = {
    "description": (
        "Where this part was taken from and when; a validator told a maximum age reports "
        "older (or undated) data as stale instead of using it."
    ),
    "type": "object",
    "additionalProperties": False,
    "required": ["source", "taken_at"],
    "properties": {
        "source": {"type": "string", "minLength": 1, "description": "The endpoint or file."},
        "taken_at": {
            "type": "string",
            "pattern": f"^{RFC3339_TEXT}$",
            "description": "An RFC 3339 time with its offset (2026-12-02T07:00:00Z).",
        },
    },
}


def file_schema(specs: tuple[ir.Spec, ...]) -> JsonObject:
    """The schema of a whole reference file: each venue's part by ``$ref`` to its own schema."""
    return {
        "$schema": DRAFT,
        "$id": FILE_SCHEMA_ID,
        "title": "twapschema reference data",
        "description": (
            "One top-level key per venue, each in the shape its spec declares under "
            "`reference:` (load it with twapschema.load_reference)."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {
            s.venue.id: {"$ref": reference_schema_id(s.venue.id)} for s in specs if s.reference
        },
    }


def _section(section: ir.ReferenceSection) -> JsonObject:
    row: JsonObject = {
        "type": "object",
        "additionalProperties": False,
        "required": [c.name for c in section.columns],
        "properties": {c.name: _column(c) for c in section.columns},
    }
    if section.kind == "record":
        return {"description": section.description, **row}
    table: JsonObject = {
        "description": section.description,
        "type": "object",
        "additionalProperties": row,
    }
    if section.key_description is not None:
        table["propertyNames"] = {"description": section.key_description}
    if section.unique_keys:
        table[ANNOTATION] = {"unique": [list(key) for key in section.unique_keys]}
    return table


def _column(column: ir.Column) -> JsonObject:
    node: JsonObject = {"description": column.description}
    bounds: JsonObject = {}
    if column.minimum is not None:
        bounds["minimum"] = column.minimum
    if column.maximum is not None:
        bounds["maximum"] = column.maximum
    match column.type:
        case "string":
            node["type"] = "string"
            if column.values:
                node["enum"] = list(column.values)
        case "boolean":
            node["type"] = "boolean"
        case "integer":
            node["type"] = "integer"
            node.update(bounds)
        case "decimal":
            # A decimal string (exactly, as the loader reads it) or a JSON number; the bounds
            # hold for numbers here and for strings in the annotation.
            node["type"] = ["string", "number"]
            node["pattern"] = SIGNED_PATTERN
            node.update(bounds)
            if bounds:
                node[ANNOTATION] = {k: str(v) for k, v in bounds.items()}
    return node

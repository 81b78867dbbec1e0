"""The generated JSON Schemas, as shipped in the package: hand them to other languages' teams.

>>> twapschema.json_schema("ondo", "create_twap_order")["$id"]
'https://twapschema.dev/schemas/ondo/create_twap_order.schema.json'
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from twapschema.runtime.registry import message_entry, venue_module


def json_schema_text(venue: str, message: str) -> str:
    """The message's JSON Schema (Draft 2020-12) as its file's text; UnknownNameError for
    names that do not exist."""
    message_entry(venue, message)
    return _read(f"{venue}/{message}.schema.json")


def json_schema(venue: str, message: str) -> dict[str, Any]:
    """The message's JSON Schema, parsed."""
    loaded: dict[str, Any] = json.loads(json_schema_text(venue, message))
    return loaded


def json_schema_bundle_text(venue: str) -> str:
    """Every message schema of the venue in one document (each under ``$defs`` by message id,
    its references from the document's root, its examples left to the message's own file),
    as its file's text."""
    venue_module(venue)
    return _read(f"{venue}.bundle.json")


def json_schema_bundle(venue: str) -> dict[str, Any]:
    """The venue's bundle, parsed."""
    loaded: dict[str, Any] = json.loads(json_schema_bundle_text(venue))
    return loaded


def json_schema_index() -> dict[str, Any]:
    """Which schemas exist: venues, their messages, each schema's ``$id`` and file."""
    loaded: dict[str, Any] = json.loads(_read("index.json"))
    return loaded


def _read(name: str) -> str:
    return resources.files("twapschema").joinpath("schemas", name).read_text(encoding="utf-8")

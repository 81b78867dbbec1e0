"""Strategies for every venue message, from the generated strategies modules."""

from __future__ import annotations

import importlib
from typing import Any

from hypothesis import strategies as st

from twapschema.runtime.reference import Reference
from twapschema.runtime.registry import message_entry
from twapschema.testing import drawing


def _message(venue: str, message: str) -> drawing.MessageSpec:
    message_entry(venue, message)  # UnknownNameError for names that do not exist
    module = importlib.import_module(f"twapschema.testing.strategies.{venue}")
    spec: drawing.MessageSpec = module.MESSAGES[message]
    return spec


def reference_json(venue: str, reference: Reference | None) -> dict[str, Any] | None:
    """The venue's part of ``reference`` as JSON (decimals as strings), as drawers read it."""
    part = reference.for_venue(venue) if reference is not None else None
    if part is None:
        return None
    dumped: dict[str, Any] = part.model_dump(mode="json", by_alias=True)
    return dumped


def valid_payloads(
    venue: str, message: str, *, reference: Reference | None = None
) -> st.SearchStrategy[object]:
    """Payloads ``twapschema.validate`` accepts (with ``reference``, reference rules too)."""
    return drawing.valid_payloads(_message(venue, message), reference_json(venue, reference))


def breaking_payloads(
    venue: str, message: str, rule: str, *, reference: Reference | None = None
) -> st.SearchStrategy[object]:
    """Payloads that break ``rule`` and nothing else."""
    spec = _message(venue, message)
    return drawing.breaking_payloads(spec, rule, reference_json(venue, reference))


def wire_tree(venue: str, message: str) -> dict[str, Any] | None:
    """The message's wire as the spec says it (the strategies' copy), or None for plain JSON."""
    tree = _message(venue, message).wire
    return None if tree is None else dict(tree)


def schema_blind(venue: str, message: str, rule: str) -> bool:
    """The rule is one the JSON Schema cannot see (see ``MessageSpec.schema_blind``)."""
    return _message(venue, message).schema_blind(rule)


def rule_ids(venue: str, message: str) -> tuple[str, ...]:
    """Every rule id ``breaking_payloads`` can break for the message."""
    return _message(venue, message).rule_ids()

"""Hypothesis strategies for every venue message, for your own tests (needs ``hypothesis``).

>>> from twapschema.testing import valid_payloads, breaking_payloads
>>> @given(valid_payloads("ondo", "create_twap_order"))
... def test_my_router_accepts(payload): ...

``valid_payloads`` draws payloads the venue accepts, near every boundary (30 s and 29 s, 2 and
200 children, exactly the minimum quantity). ``breaking_payloads(venue, message, rule)`` draws
payloads valid in every respect but one: ``rule`` fails (``rule_ids`` lists them). Rules that
read reference data need ``reference=``. The ``check_*`` functions are what the generated suites
under ``generated/tests/`` assert.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from twapschema.runtime import drawing
from twapschema.runtime.api import validate
from twapschema.runtime.reference import Reference, load_reference
from twapschema.runtime.registry import message_entry, venue_module
from twapschema.runtime.schemas import json_schema

BUNDLED_REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "reference.yaml"


def _message(venue: str, message: str) -> drawing.MessageSpec:
    message_entry(venue, message)  # UnknownNameError for names that do not exist
    module = importlib.import_module(f"twapschema.strategies.{venue}")
    spec: drawing.MessageSpec = module.MESSAGES[message]
    return spec


def _reference_json(venue: str, reference: Reference | None) -> dict[str, Any] | None:
    part = reference.for_venue(venue) if reference is not None else None
    if part is None:
        return None
    dumped: dict[str, Any] = part.model_dump(mode="json", by_alias=True)
    return dumped


def valid_payloads(
    venue: str, message: str, *, reference: Reference | None = None
) -> st.SearchStrategy[object]:
    """Payloads ``twapschema.validate`` accepts (with ``reference``, reference rules too)."""
    return drawing.valid_payloads(_message(venue, message), _reference_json(venue, reference))


def breaking_payloads(
    venue: str, message: str, rule: str, *, reference: Reference | None = None
) -> st.SearchStrategy[object]:
    """Payloads that break ``rule`` and nothing else."""
    spec = _message(venue, message)
    return drawing.breaking_payloads(spec, rule, _reference_json(venue, reference))


def rule_ids(venue: str, message: str) -> tuple[str, ...]:
    """Every rule id ``breaking_payloads`` can break for the message."""
    return _message(venue, message).rule_ids()


@cache
def bundled_reference() -> Reference:
    """examples/reference.yaml of a source checkout (what the generated suites use)."""
    return load_reference(BUNDLED_REFERENCE)


def _reference_for(venue: str) -> Reference | None:
    return bundled_reference() if venue_module(venue).REFERENCE is not None else None


def check_valid(venue: str, message: str, payload: object) -> None:
    """Accepted by the validator and the model, round-trips, and the JSON Schema agrees."""
    reference = _reference_for(venue)
    result = validate(venue, message, payload, reference=reference)
    assert result.valid, result.violations
    model = message_entry(venue, message).model
    context = {"reference": reference}
    parsed = model.model_validate(payload, context=context)
    again = model.model_validate(parsed.model_dump(mode="json"), context=context)
    assert again == parsed
    assert _schema_accepts(venue, message, payload) is True


def check_breaking(venue: str, message: str, rule: str, data: st.DataObject) -> None:
    """The drawn payload breaks ``rule`` and only it; the JSON Schema fails it unless the rule
    is one of the CEL rules it carries."""
    reference = _reference_for(venue)
    payload = data.draw(breaking_payloads(venue, message, rule, reference=reference))
    result = validate(venue, message, payload, reference=reference)
    assert {v.rule for v in result.violations} == {rule}, result.violations
    schema_alone = _schema_accepts(venue, message, payload)
    if schema_alone is not None:
        assert schema_alone is (rule in _cel_rule_ids(venue, message))


def _schema_accepts(venue: str, message: str, payload: object) -> bool | None:
    validator = _validator(venue, message)
    return None if validator is None else bool(validator.is_valid(payload))


@cache
def _validator(venue: str, message: str) -> Any:
    try:
        from jsonschema import (  # type: ignore[import-untyped]  # noqa: PLC0415
            Draft202012Validator,
            FormatChecker,
        )
    except ImportError:  # pragma: no cover - jsonschema is in the dev extra
        return None
    return Draft202012Validator(json_schema(venue, message), format_checker=FormatChecker())


@cache
def _cel_rule_ids(venue: str, message: str) -> frozenset[str]:
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.update(r["id"] for r in node.get("x-twapschema-rules", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json_schema(venue, message))
    return frozenset(found)

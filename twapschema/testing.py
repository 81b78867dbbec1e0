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
from twapschema.runtime.result import ValidationResult
from twapschema.runtime.schemas import json_schema

try:  # imported here, not in a test: cel-python raises the recursion limit on import
    from twapschema.runtime.schema_verdict import verdict
except ImportError:  # pragma: no cover - jsonschema and cel-python are in the dev extra
    verdict = None  # type: ignore[assignment]

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
    """Accepted by the validator and the model, round-trips, and the JSON Schema with its CEL
    rules gives the same verdict."""
    reference = _reference_for(venue)
    result = validate(venue, message, payload, reference=reference)
    assert result.valid, result.violations
    model = message_entry(venue, message).model
    context = {"reference": reference}
    parsed = model.model_validate(payload, context=context)
    again = model.model_validate(parsed.model_dump(mode="json"), context=context)
    assert again == parsed
    check_schema_agrees(venue, message, payload, result)


def check_breaking(venue: str, message: str, rule: str, data: st.DataObject) -> None:
    """The drawn payload breaks ``rule`` and only it, for the validator and for the JSON
    Schema with its CEL rules."""
    reference = _reference_for(venue)
    payload = data.draw(breaking_payloads(venue, message, rule, reference=reference))
    result = validate(venue, message, payload, reference=reference)
    assert {v.rule for v in result.violations} == {rule}, result.violations
    check_schema_agrees(venue, message, payload, result)


def check_schema_agrees(
    venue: str, message: str, payload: object, result: ValidationResult
) -> None:
    """The JSON Schema with its CEL rules gives ``result``'s verdict: rule ids, paths and
    unchecked rules (with the bundled reference data where the venue has any)."""
    if verdict is None:  # pragma: no cover - jsonschema and cel-python are in the dev extra
        return
    reference = _reference_json(venue, _reference_for(venue))
    violations, unchecked = verdict(_schema(venue, message), payload, reference)
    assert violations == sorted((v.rule, v.path) for v in result.violations)
    assert unchecked == sorted(result.unchecked)


@cache
def _schema(venue: str, message: str) -> dict[str, Any]:
    return json_schema(venue, message)

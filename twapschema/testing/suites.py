"""What the generated property suites (``generated/tests/``) assert, for your own suites too.

Each check fails loudly: an assertion with the violations, or an ImportError naming the extra
to install when the schema consumer (jsonschema, cel-python) is missing. A check that cannot
run never passes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from twapschema.runtime.api import validate
from twapschema.runtime.reference import Reference, example_reference
from twapschema.runtime.registry import message_entry, venue_module
from twapschema.runtime.result import ValidationResult
from twapschema.runtime.schemas import json_schema
from twapschema.runtime.wire import Wire, as_sent
from twapschema.testing.payloads import (
    breaking_payloads,
    reference_json,
    schema_blind,
    wire_tree,
)

# Imported here, not inside a test: cel-python raises the recursion limit on import, which
# Hypothesis reports when it happens during a test. Missing, it fails the check that needs it.
_MISSING: ImportError | None = None
try:
    from twapschema.schema_consumer import verdict as _verdict
except ImportError as exc:  # pragma: no cover - jsonschema and cel-python are in the dev extra
    _verdict = None  # type: ignore[assignment]
    _MISSING = exc


@cache
def bundled_reference() -> Reference:
    """The reference data of the bundled examples (``examples/reference.yaml``), shipped in the
    package, so an installed twapschema draws and checks with it too."""
    return example_reference()


def _reference_for(venue: str) -> Reference | None:
    return bundled_reference() if venue_module(venue).REFERENCE is not None else None


def check_valid(venue: str, message: str, payload: object) -> None:
    """Accepted by the validator and the model, round-trips, and the JSON Schema with its CEL
    rules gives the same verdict."""
    reference = _reference_for(venue)
    result = validate(venue, message, payload, reference=reference)
    assert result.valid, result.violations
    model = message_entry(venue, message).model
    # The model leaves unchecked what validate() leaves unchecked, and says so; nothing else.
    context = {"reference": reference, "unchecked": "ignore" if result.unchecked else "error"}
    tree = wire_tree(venue, message)
    batch = tree is not None and tree.get("batch") is not None
    one = payload[0] if batch and isinstance(payload, list) else payload  # a model holds one
    parsed = model.model_validate(one, context=context)
    again = model.model_validate(parsed.model_dump(mode="json"), context=context)
    assert again == parsed
    check_schema_agrees(venue, message, payload, result)
    if tree is not None:  # as its wire's clients send it: the same verdict, the same model
        wire = Wire.from_json(tree)
        sent = as_sent(wire, payload)
        sent = (
            [_with_unset_members(x, tree) for x in sent]
            if batch and isinstance(sent, list)
            else _with_unset_members(sent, tree)
        )
        as_sent_result = validate(venue, message, sent, reference=reference)
        assert as_sent_result.valid, (sent, as_sent_result.violations)
        sent_one = sent[0] if batch and isinstance(sent, list) else sent
        assert model.model_validate(sent_one, context=context) == parsed
        check_schema_agrees(venue, message, sent, as_sent_result)


def _with_unset_members(payload: object, tree: dict[str, Any]) -> object:
    """``payload`` with members a client sends for parameters it leaves unset, as the wire reads
    them as not sent (python-okx sends every parameter of the endpoint, "" when unset)."""
    if not isinstance(payload, dict):
        return payload
    unset: dict[str, object] = {"empty_string": "", "empty_array": [], "null": None}
    extra = {f"zz_unset_{kind}": unset[kind] for kind in tree.get("absent", ())}
    return {**payload, **extra}


def check_breaking(venue: str, message: str, rule: str, data: st.DataObject) -> None:
    """The drawn payload breaks ``rule`` and only it, for the validator and for the JSON
    Schema with its CEL rules."""
    reference = _reference_for(venue)
    payload = data.draw(breaking_payloads(venue, message, rule, reference=reference))
    result = validate(venue, message, payload, reference=reference)
    assert {v.rule for v in result.violations} == {rule}, result.violations
    if schema_blind(venue, message, rule):  # 30.0 for 30: the schema's parsers cannot tell
        return
    check_schema_agrees(venue, message, payload, result)
    tree = wire_tree(venue, message)
    if tree is not None:  # as its wire's clients send it: broken for the same rule
        sent = as_sent(Wire.from_json(tree), payload)
        as_sent_result = validate(venue, message, sent, reference=reference)
        assert {v.rule for v in as_sent_result.violations} == {rule}, (sent, as_sent_result)
        check_schema_agrees(venue, message, sent, as_sent_result)


def check_schema_agrees(
    venue: str, message: str, payload: object, result: ValidationResult
) -> None:
    """The JSON Schema with its CEL rules gives ``result``'s verdict: rule ids, paths and
    unchecked rules (with the bundled reference data where the venue has any)."""
    verdict = _consumer()
    reference = reference_json(venue, _reference_for(venue))
    violations, unchecked = verdict(_schema(venue, message), payload, reference)
    assert violations == sorted((v.rule, v.path) for v in result.violations)
    assert unchecked == sorted(result.unchecked)


def _consumer() -> Any:
    if _verdict is None:
        raise ImportError(
            "check_schema_agrees needs the schema consumer's libraries (jsonschema, "
            "rfc3339-validator, cel-python): pip install 'twapschema[testing]'"
        ) from _MISSING
    return _verdict


@cache
def _schema(venue: str, message: str) -> dict[str, Any]:
    return json_schema(venue, message)

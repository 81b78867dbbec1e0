"""Every example in specs/*.yaml, validated: its violated rule ids must be exactly `violates`.

The examples are the spec authors' own test cases (the venue documents' examples and one
boundary case per documented rule); an example with an empty `violates` list must be valid.
"""

from __future__ import annotations

import pytest

import twapschema
from tests.conftest import ROOT, VENUES
from twapschema import ir
from twapschema.rules.reference_active import ReferenceActive
from twapschema.spec.check import load_specs

SPECS: tuple[ir.Spec, ...] = load_specs(ROOT / "specs")


def _cases() -> list[object]:
    cases: list[object] = []
    for spec in SPECS:
        for message in spec.messages:
            for index, example in enumerate(message.examples):
                case_id = f"{spec.venue.id}/{message.id}/{index}"
                cases.append(pytest.param(spec.venue.id, message.id, example, id=case_id))
    return cases


CASES = _cases()


def test_every_venue_has_valid_and_invalid_examples() -> None:
    """Guards the data-driven test below against silently running on nothing."""
    assert {spec.venue.id for spec in SPECS} == set(VENUES)
    assert set(twapschema.venue_ids()) == set(VENUES)
    for spec in SPECS:
        examples = [x for m in spec.messages for x in m.examples]
        assert any(not x.violates for x in examples), spec.venue.id
        assert any(x.violates for x in examples), spec.venue.id


@pytest.mark.parametrize(("venue", "message", "example"), CASES)
def test_spec_example(
    venue: str, message: str, example: ir.Example, reference: twapschema.Reference
) -> None:
    result = twapschema.validate(
        venue,
        message,
        example.payload,
        reference=reference if example.with_reference else None,
    )
    assert {v.rule for v in result.violations} == set(example.violates), example.description
    assert result.valid is (not example.violates)
    if example.with_reference:
        # The bundled reference data covers every example that asks for it, except where the
        # example's own key has no row (an unknown pair): rules reading that row are unchecked.
        spec = next(s for s in SPECS if s.venue.id == venue)
        rules = {r.id: r for m in spec.messages for r in ir.all_rules(m)}
        no_row = any(isinstance(rules.get(v), ReferenceActive) for v in example.violates)
        if not no_row:
            assert result.unchecked == (), example.description

"""The benchmark's hand-written baselines do the same work as twapschema, or their ratios
would compare unequal things: every contender gives twapschema's verdict on the bench's
payloads and on every example of the venue's create request."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

msgspec = pytest.importorskip("msgspec")

from pydantic import ValidationError  # noqa: E402

import twapschema  # noqa: E402
from bench.baselines import ALL, Baseline, schema_validator  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from twapschema import ir  # noqa: E402
from twapschema.spec.check import load_spec  # noqa: E402

REFERENCE = twapschema.load_reference(ROOT / "examples" / "reference.yaml")

# Examples that only the venue's wire reading makes valid (a number as its text, the proto3
# JSON mapping, OKX's "true"): the hand-written baselines read JSON values as written, which is
# less work than twapschema does, so they refuse these. Listed by the examples' descriptions.
WIRE_READINGS = {
    ("bybit", "positionIdx as a string"),
    ("bybit", "duration as its text"),
    ("dydx", "quantums as a JSON number"),
    ("dydx", "As printed inside a transaction's Any"),
    ("dydx", "Canonical proto-JSON lowerCamelCase names"),
    ("okx", "reduceOnly as the string agent-trade-kit sends"),
}


def verdicts(b: Baseline, payload: Any, with_reference: bool) -> dict[str, bool]:
    """Each contender's verdict: valid or not."""
    use = b.reference and with_reference
    prepared = b.prepare(REFERENCE.for_venue(b.venue)) if use else None
    context = {"reference": prepared} if prepared is not None else None
    result = twapschema.validate(b.venue, b.message, payload, reference=REFERENCE if use else None)
    out = {"twapschema": result.valid}
    try:
        b.hand.model_validate(payload, context=context)
        out["pydantic"] = True
    except ValidationError:
        out["pydantic"] = False
    try:
        decoded = msgspec.convert(payload, type=b.struct, strict=True)
        if b.after is not None and prepared is not None:
            b.after(decoded, prepared)
        out["msgspec"] = True
    except msgspec.ValidationError:
        out["msgspec"] = False
    errors = list(schema_validator(b.venue, b.message).iter_errors(payload))
    out["jsonschema"] = not errors and not b.cross(payload, prepared)
    return out


def test_every_venue_has_a_baseline() -> None:
    assert sorted(b.venue for b in ALL) == sorted(twapschema.venue_ids())


@pytest.mark.parametrize("b", ALL, ids=[b.venue for b in ALL])
def test_bench_payloads_get_twapschemas_verdict(b: Baseline) -> None:
    assert set(verdicts(b, b.valid, True).values()) == {True}
    assert set(verdicts(b, b.invalid, True).values()) == {False}


@pytest.mark.parametrize("b", ALL, ids=[b.venue for b in ALL])
def test_the_invalid_payload_breaks_several_rules(b: Baseline) -> None:
    """The invalid case measures collecting every violation, so it has more than one; where
    the JSON Schema passes, the hand rules find every rule twapschema reports."""
    result = twapschema.validate(b.venue, b.message, b.invalid, reference=REFERENCE)
    found = {v.rule for v in result.violations}
    assert len(found) >= 2, found
    if not list(schema_validator(b.venue, b.message).iter_errors(b.invalid)):
        prepared = b.prepare(REFERENCE.for_venue(b.venue)) if b.reference else None
        assert found <= set(b.cross(b.invalid, prepared))


@pytest.mark.parametrize("b", ALL, ids=[b.venue for b in ALL])
def test_spec_examples_get_twapschemas_verdict(b: Baseline) -> None:
    spec = load_spec(ROOT / "specs" / f"{b.venue}.yaml")
    message = next(m for m in spec.messages if m.id == b.message)
    assert message is ir.create_request(spec)
    disagree = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pydantic's note that Kraken's "validate" shadows
        for example in message.examples:
            found = verdicts(b, example.payload, example.with_reference)
            if len(set(found.values())) > 1:
                listed = next(
                    (d for v, d in WIRE_READINGS if v == b.venue
                     and example.description.startswith(d)),
                    None,
                )  # fmt: skip
                assert listed, (example.description, found)
                # The baselines agree among themselves; only twapschema reads the wire's text.
                assert found == {
                    "twapschema": True, "pydantic": False, "msgspec": False, "jsonschema": False
                }  # fmt: skip
                disagree.add(listed)
    assert disagree == {d for v, d in WIRE_READINGS if v == b.venue}

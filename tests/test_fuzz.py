"""Fuzzing with Hypothesis: arbitrary JSON, for every message of every venue.

Every value gets a verdict (never an exception), and the verdict equals what the JSON Schema
and its CEL rules give (jsonschema + cel-python, the README's contract), rule for rule. The
`deep` profile (HYPOTHESIS_PROFILE=deep) tries many more inputs.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import twapschema
from twapschema import testing
from twapschema.runtime.registry import venue_module

MESSAGES = [(v, m) for v in twapschema.venue_ids() for m in venue_module(v).MESSAGES]
REFERENCE = testing.bundled_reference()

# JSON as a double-based parser reads it: whole numbers within 2^53, finite doubles.
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)


def _agree(venue: str, message: str, payload: object) -> None:
    ref = REFERENCE if venue_module(venue).REFERENCE is not None else None
    result = twapschema.validate(venue, message, payload, reference=ref)
    assert result.valid is (not result.violations)
    testing.check_schema_agrees(venue, message, payload, result)


@pytest.mark.parametrize(("venue", "message"), MESSAGES)
@given(payload=json_values)
def test_arbitrary_json_gets_a_verdict_the_schema_agrees_with(
    venue: str, message: str, payload: Any
) -> None:
    _agree(venue, message, payload)


@pytest.mark.parametrize(("venue", "message"), MESSAGES)
@given(data=st.data())
def test_a_valid_payload_with_one_member_made_arbitrary(
    venue: str, message: str, data: st.DataObject
) -> None:
    """Close to valid is where validators disagree: one member of a drawn valid payload (of
    its body, for framed messages) is replaced by arbitrary JSON, or a new one is added."""
    ref = REFERENCE if venue_module(venue).REFERENCE is not None else None
    payload = data.draw(testing.valid_payloads(venue, message, reference=ref))
    if isinstance(payload, list):  # a batch (OKX's cancel-algos): one element of it
        payload = payload[0]
        assert isinstance(payload, dict)
        body: dict[str, object] = payload
        keys = [*sorted(body), "zz_new"]
        body[data.draw(st.sampled_from(keys))] = data.draw(json_values)
        _agree(venue, message, [payload])
        return
    assert isinstance(payload, dict)
    body = payload
    for key in ("params", "twap_response", "all_orders_response", "err"):
        if isinstance(payload.get(key), dict):
            body = payload[key]
    keys = [*sorted(body), "zz_new"]
    body[data.draw(st.sampled_from(keys))] = data.draw(json_values)
    _agree(venue, message, payload)

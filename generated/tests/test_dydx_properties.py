"""Property-based tests for dYdX v4: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/dydx.yaml (sha256 d263a3e256f357fb)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "dydx"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "place_twap_order", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_place_twap_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "place_twap_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "place_twap_order"))
@given(data=st.data())
def test_place_twap_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "place_twap_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_twap_order",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_twap_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_twap_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_twap_order"))
@given(data=st.data())
def test_cancel_twap_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_twap_order", rule, data)

"""Property-based tests for Ondo Perps: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/ondo.yaml (sha256 8cf85055ac16bdf3)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "ondo"
USES_REFERENCE = False


@given(
    testing.valid_payloads(
        VENUE,
        "create_twap_order",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_create_twap_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "create_twap_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "create_twap_order"))
@given(data=st.data())
def test_create_twap_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "create_twap_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "create_twap_order_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_create_twap_order_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "create_twap_order_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "create_twap_order_response"))
@given(data=st.data())
def test_create_twap_order_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "create_twap_order_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "error_response", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_error_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_response"))
@given(data=st.data())
def test_error_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_response", rule, data)

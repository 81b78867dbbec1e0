"""Property-based tests for Aevo: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/aevo.yaml (sha256 13cf45bcc03da108)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "aevo"
USES_REFERENCE = True


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
        VENUE, "error_400", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_error_400_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_400", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_400"))
@given(data=st.data())
def test_error_400_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_400", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "error_401", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_error_401_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_401", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_401"))
@given(data=st.data())
def test_error_401_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_401", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "error_429", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_error_429_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_429", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_429"))
@given(data=st.data())
def test_error_429_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_429", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "error_500", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_error_500_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_500", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_500"))
@given(data=st.data())
def test_error_500_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_500", rule, data)

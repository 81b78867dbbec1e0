"""Property-based tests for QFEX: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/qfex.yaml (sha256 cd015ccacd172962)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "qfex"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "auth", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_auth_valid(payload: object) -> None:
    testing.check_valid(VENUE, "auth", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "auth"))
@given(data=st.data())
def test_auth_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "auth", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "add_twap", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_add_twap_valid(payload: object) -> None:
    testing.check_valid(VENUE, "add_twap", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "add_twap"))
@given(data=st.data())
def test_add_twap_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "add_twap", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "twap_response", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_twap_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_response"))
@given(data=st.data())
def test_twap_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "all_orders_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_all_orders_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "all_orders_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "all_orders_response"))
@given(data=st.data())
def test_all_orders_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "all_orders_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "cancel_order", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_cancel_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_order"))
@given(data=st.data())
def test_cancel_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "err", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_err_valid(payload: object) -> None:
    testing.check_valid(VENUE, "err", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "err"))
@given(data=st.data())
def test_err_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "err", rule, data)

"""Property-based tests for Hyperliquid: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/hyperliquid.yaml (sha256 cdac0085f8a85141)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "hyperliquid"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "twap_order", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_twap_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_order"))
@given(data=st.data())
def test_twap_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "exchange_twap_order",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_exchange_twap_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "exchange_twap_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "exchange_twap_order"))
@given(data=st.data())
def test_exchange_twap_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "exchange_twap_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "twap_order_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_twap_order_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_order_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_order_response"))
@given(data=st.data())
def test_twap_order_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_order_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "twap_order_error", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_twap_order_error_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_order_error", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_order_error"))
@given(data=st.data())
def test_twap_order_error_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_order_error", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "twap_cancel", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_twap_cancel_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_cancel", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_cancel"))
@given(data=st.data())
def test_twap_cancel_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_cancel", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "exchange_twap_cancel",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_exchange_twap_cancel_valid(payload: object) -> None:
    testing.check_valid(VENUE, "exchange_twap_cancel", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "exchange_twap_cancel"))
@given(data=st.data())
def test_exchange_twap_cancel_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "exchange_twap_cancel", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "twap_cancel_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_twap_cancel_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_cancel_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_cancel_response"))
@given(data=st.data())
def test_twap_cancel_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_cancel_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "twap_cancel_error",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_twap_cancel_error_valid(payload: object) -> None:
    testing.check_valid(VENUE, "twap_cancel_error", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "twap_cancel_error"))
@given(data=st.data())
def test_twap_cancel_error_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "twap_cancel_error", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "exchange_error", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_exchange_error_valid(payload: object) -> None:
    testing.check_valid(VENUE, "exchange_error", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "exchange_error"))
@given(data=st.data())
def test_exchange_error_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "exchange_error", rule, data)

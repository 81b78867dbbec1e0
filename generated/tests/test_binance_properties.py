"""Property-based tests for Binance Algo trading: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/binance.yaml (sha256 13190f46954f938a)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "binance"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "new_order_twap", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_new_order_twap_valid(payload: object) -> None:
    testing.check_valid(VENUE, "new_order_twap", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "new_order_twap"))
@given(data=st.data())
def test_new_order_twap_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "new_order_twap", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "new_order_twap_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_new_order_twap_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "new_order_twap_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "new_order_twap_response"))
@given(data=st.data())
def test_new_order_twap_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "new_order_twap_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "new_order_twap_spot",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_new_order_twap_spot_valid(payload: object) -> None:
    testing.check_valid(VENUE, "new_order_twap_spot", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "new_order_twap_spot"))
@given(data=st.data())
def test_new_order_twap_spot_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "new_order_twap_spot", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "new_order_twap_spot_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_new_order_twap_spot_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "new_order_twap_spot_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "new_order_twap_spot_response"))
@given(data=st.data())
def test_new_order_twap_spot_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "new_order_twap_spot_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_algo_order",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_algo_order_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_algo_order", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_algo_order"))
@given(data=st.data())
def test_cancel_algo_order_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_algo_order", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_algo_order_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_algo_order_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_algo_order_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_algo_order_response"))
@given(data=st.data())
def test_cancel_algo_order_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_algo_order_response", rule, data)


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


@given(
    testing.valid_payloads(
        VENUE,
        "error_response_spot",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_error_response_spot_valid(payload: object) -> None:
    testing.check_valid(VENUE, "error_response_spot", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "error_response_spot"))
@given(data=st.data())
def test_error_response_spot_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "error_response_spot", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_error_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_error_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_error_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_error_response"))
@given(data=st.data())
def test_cancel_error_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_error_response", rule, data)

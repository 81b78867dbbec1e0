"""Property-based tests for OKX: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/okx.yaml (sha256 9a292b2dcc6a4196)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "okx"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "order_algo_twap", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_order_algo_twap_valid(payload: object) -> None:
    testing.check_valid(VENUE, "order_algo_twap", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "order_algo_twap"))
@given(data=st.data())
def test_order_algo_twap_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "order_algo_twap", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "order_algo_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_order_algo_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "order_algo_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "order_algo_response"))
@given(data=st.data())
def test_order_algo_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "order_algo_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "cancel_algos", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_cancel_algos_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_algos", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_algos"))
@given(data=st.data())
def test_cancel_algos_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_algos", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_algos_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_algos_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_algos_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_algos_response"))
@given(data=st.data())
def test_cancel_algos_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_algos_response", rule, data)


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

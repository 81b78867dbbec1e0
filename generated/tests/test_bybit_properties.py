"""Property-based tests for Bybit: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/bybit.yaml (sha256 77431d4eaae1e59f)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "bybit"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "create_strategy", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_create_strategy_valid(payload: object) -> None:
    testing.check_valid(VENUE, "create_strategy", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "create_strategy"))
@given(data=st.data())
def test_create_strategy_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "create_strategy", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "create_strategy_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_create_strategy_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "create_strategy_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "create_strategy_response"))
@given(data=st.data())
def test_create_strategy_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "create_strategy_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "stop_strategy", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_stop_strategy_valid(payload: object) -> None:
    testing.check_valid(VENUE, "stop_strategy", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "stop_strategy"))
@given(data=st.data())
def test_stop_strategy_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "stop_strategy", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "stop_strategy_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_stop_strategy_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "stop_strategy_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "stop_strategy_response"))
@given(data=st.data())
def test_stop_strategy_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "stop_strategy_response", rule, data)


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

"""Property-based tests for Kraken (spot): drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/kraken.yaml (sha256 a7cc6e3c077b250a)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import testing

VENUE = "kraken"
USES_REFERENCE = True


@given(
    testing.valid_payloads(
        VENUE, "add_strategy", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_add_strategy_valid(payload: object) -> None:
    testing.check_valid(VENUE, "add_strategy", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "add_strategy"))
@given(data=st.data())
def test_add_strategy_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "add_strategy", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "add_strategy_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_add_strategy_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "add_strategy_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "add_strategy_response"))
@given(data=st.data())
def test_add_strategy_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "add_strategy_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "cancel_strategy", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_cancel_strategy_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_strategy", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_strategy"))
@given(data=st.data())
def test_cancel_strategy_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_strategy", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "cancel_strategy_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_cancel_strategy_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "cancel_strategy_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "cancel_strategy_response"))
@given(data=st.data())
def test_cancel_strategy_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "cancel_strategy_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE, "query_strategies", reference=testing.bundled_reference() if USES_REFERENCE else None
    )
)
def test_query_strategies_valid(payload: object) -> None:
    testing.check_valid(VENUE, "query_strategies", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "query_strategies"))
@given(data=st.data())
def test_query_strategies_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "query_strategies", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "query_strategies_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_query_strategies_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "query_strategies_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "query_strategies_response"))
@given(data=st.data())
def test_query_strategies_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "query_strategies_response", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "get_open_strategies",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_get_open_strategies_valid(payload: object) -> None:
    testing.check_valid(VENUE, "get_open_strategies", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "get_open_strategies"))
@given(data=st.data())
def test_get_open_strategies_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "get_open_strategies", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "get_closed_strategies",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_get_closed_strategies_valid(payload: object) -> None:
    testing.check_valid(VENUE, "get_closed_strategies", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "get_closed_strategies"))
@given(data=st.data())
def test_get_closed_strategies_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "get_closed_strategies", rule, data)


@given(
    testing.valid_payloads(
        VENUE,
        "get_closed_strategies_response",
        reference=testing.bundled_reference() if USES_REFERENCE else None,
    )
)
def test_get_closed_strategies_response_valid(payload: object) -> None:
    testing.check_valid(VENUE, "get_closed_strategies_response", payload)


@pytest.mark.parametrize("rule", testing.rule_ids(VENUE, "get_closed_strategies_response"))
@given(data=st.data())
def test_get_closed_strategies_response_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "get_closed_strategies_response", rule, data)


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

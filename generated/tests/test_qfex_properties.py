"""Property-based tests for QFEX: drawn payloads against the validator,
the models and the JSON Schema.

Generated from specs/qfex.yaml (sha256 51194eaced8a123c) by `twapschema generate`: do not edit."""

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


@pytest.mark.parametrize(
    "rule",
    [
        "hmac.required",
        "hmac.type",
        "hmac.public_key.required",
        "hmac.public_key.type",
        "hmac.nonce.required",
        "hmac.nonce.type",
        "hmac.nonce.maxLength",
        "hmac.unix_ts.required",
        "hmac.unix_ts.type",
        "hmac.unix_ts.minimum",
        "hmac.signature.required",
        "hmac.signature.type",
        "unknown_field",
    ],
)
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


@pytest.mark.parametrize(
    "rule",
    [
        "symbol.required",
        "symbol.type",
        "side.required",
        "side.type",
        "side.enum",
        "total_quantity.required",
        "total_quantity.type",
        "total_quantity.exclusiveMinimum",
        "num_orders.required",
        "num_orders.type",
        "num_orders.minimum",
        "order_interval_secs.required",
        "order_interval_secs.type",
        "order_interval_secs.minimum",
        "reduce_only.required",
        "reduce_only.type",
        "client_twap_id.type",
        "unknown_field",
        "symbol_active",
        "average_child_at_least_min_quantity",
        "client_twap_id_length",
    ],
)
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


@pytest.mark.parametrize(
    "rule",
    [
        "twap_id.required",
        "twap_id.type",
        "client_twap_id.required",
        "client_twap_id.type",
        "user_id.required",
        "user_id.type",
        "status.required",
        "status.type",
        "symbol.required",
        "symbol.type",
        "total_quantity.required",
        "total_quantity.type",
        "filled_quantity.required",
        "filled_quantity.type",
        "average_fill_price.required",
        "average_fill_price.type",
        "total_num_orders.required",
        "total_num_orders.type",
        "order_interval_secs.required",
        "order_interval_secs.type",
        "reduce_only.required",
        "reduce_only.type",
        "side.required",
        "side.type",
        "side.enum",
        "updated_at.required",
        "updated_at.type",
        "created_at.required",
        "created_at.type",
    ],
)
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


@pytest.mark.parametrize("rule", ["twaps.required", "twaps.type"])
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


@pytest.mark.parametrize(
    "rule",
    [
        "symbol.required",
        "symbol.type",
        "order_id.required",
        "order_id.type",
        "cancel_order_id_type.required",
        "cancel_order_id_type.type",
        "cancel_order_id_type.enum",
        "unknown_field",
    ],
)
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


@pytest.mark.parametrize(
    "rule",
    [
        "error_code.required",
        "error_code.type",
        "error_code.enum",
        "message.required",
        "message.type",
        "incoming_message.type",
    ],
)
@given(data=st.data())
def test_err_breaking(rule: str, data: st.DataObject) -> None:
    testing.check_breaking(VENUE, "err", rule, data)

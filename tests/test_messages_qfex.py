"""QFEX's other messages: auth, twap_response, all_orders_response, cancel_order, err.

Every case starts from the venue document's own example (000_*.txt) or, where the seed document
only names a message, from the shape more-venues.md gives for it, and changes one thing.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any, Final

import pytest
from pydantic import ValidationError

import twapschema
from tests.helpers import ABSENT, Expected, assert_verdict, changed
from twapschema import ValidationResult
from twapschema.models import qfex

# 000_*.txt "1) Authenticate", member for member.
DOC_AUTH: Final[dict[str, Any]] = {
    "type": "auth",
    "params": {
        "hmac": {
            "public_key": "qfex_pub_xxxxx",
            "nonce": "c0ffee...",
            "unix_ts": 1760545414,
            "signature": "5f2e...",
        }
    },
}
# 000_*.txt "TWAP Response Shape".
DOC_TWAP: Final[dict[str, object]] = {
    "twap_id": "0c7c8e4d-f67e-4aa5-9c64-36a1a622ac35",
    "client_twap_id": "rebalance-aapl-001",
    "user_id": "0020ce8e-eaee-480e-8d7f-b9241d756ee5",
    "status": "ENGINE_STATUS",
    "symbol": "AAPL-USD",
    "total_quantity": 10,
    "filled_quantity": 0,
    "average_fill_price": 0,
    "total_num_orders": 5,
    "order_interval_secs": 30,
    "reduce_only": False,
    "side": "BUY",
    "updated_at": Decimal("1760545414.123"),
    "created_at": Decimal("1760545414.123"),
}
# The response table has no "Required" column; every member is in the example and the table.
TWAP_MEMBERS: Final = list(DOC_TWAP)
NULLABLE_TWAP_MEMBERS: Final = ["client_twap_id", "updated_at", "created_at"]


def run(message: str, payload: object) -> ValidationResult:
    return twapschema.validate("qfex", message, payload)


def twap(**changes: object) -> dict[str, object]:
    return changed(DOC_TWAP, **changes)


# --- auth ------------------------------------------------------------------------------------


def test_document_auth_frame_is_valid_and_parses() -> None:
    assert_verdict(run("auth", DOC_AUTH), [])
    frame = qfex.Auth.model_validate(DOC_AUTH)
    assert frame.type == "auth"
    assert frame.params.hmac.unix_ts == 1760545414
    assert frame.model_dump(mode="json") == DOC_AUTH


@pytest.mark.parametrize("member", ["public_key", "nonce", "unix_ts", "signature"])
def test_auth_hmac_members_are_required(member: str) -> None:
    payload = copy.deepcopy(DOC_AUTH)
    del payload["params"]["hmac"][member]
    assert_verdict(run("auth", payload), [(f"hmac.{member}.required", f"/params/hmac/{member}")])


def test_auth_without_hmac() -> None:
    payload = {"type": "auth", "params": {}}
    assert_verdict(run("auth", payload), [("hmac.required", "/params/hmac")])


def test_auth_jwt_of_the_mirror_is_not_accepted() -> None:
    payload = {"type": "auth", "params": {"jwt": "eyJ..."}}
    assert_verdict(
        run("auth", payload),
        [("hmac.required", "/params/hmac"), ("unknown_field", "/params/jwt")],
    )


@pytest.mark.parametrize(
    ("nonce", "expected"),
    [
        ("a" * 100, []),
        ("a" * 101, [("hmac.nonce.maxLength", "/params/hmac/nonce")]),
    ],
)
def test_auth_nonce_length(nonce: str, expected: Expected) -> None:
    payload = copy.deepcopy(DOC_AUTH)
    payload["params"]["hmac"]["nonce"] = nonce
    assert_verdict(run("auth", payload), expected)


@pytest.mark.parametrize(
    ("unix_ts", "expected"),
    [
        (0, []),
        (-1, [("hmac.unix_ts.minimum", "/params/hmac/unix_ts")]),
        ("1760545414", [("hmac.unix_ts.type", "/params/hmac/unix_ts")]),
        (Decimal("1760545414.5"), [("hmac.unix_ts.type", "/params/hmac/unix_ts")]),
    ],
)
def test_auth_unix_ts(unix_ts: object, expected: Expected) -> None:
    payload = copy.deepcopy(DOC_AUTH)
    payload["params"]["hmac"]["unix_ts"] = unix_ts
    assert_verdict(run("auth", payload), expected)


def test_auth_wrong_type_constant() -> None:
    assert_verdict(run("auth", {**DOC_AUTH, "type": "add_twap"}), [("type.const", "/type")])


def test_auth_hmac_unknown_member_is_refused() -> None:
    payload = copy.deepcopy(DOC_AUTH)
    payload["params"]["hmac"]["api_key"] = "qfex_pub_xxxxx"
    assert_verdict(run("auth", payload), [("unknown_field", "/params/hmac/api_key")])


# --- twap_response ---------------------------------------------------------------------------


def test_document_twap_response_parses_with_exact_values() -> None:
    payload = {"twap_response": DOC_TWAP}
    assert_verdict(run("twap_response", payload), [])
    model = qfex.TwapResponse.model_validate(payload)
    body = model.twap_response
    assert body.twap_id == "0c7c8e4d-f67e-4aa5-9c64-36a1a622ac35"
    assert body.client_twap_id == "rebalance-aapl-001"
    assert body.side is qfex.OrderDirection.BUY
    assert body.total_quantity == Decimal(10)
    assert body.total_num_orders == 5
    assert body.updated_at == Decimal("1760545414.123")  # exact, not the float nearest to it
    assert body.created_at == Decimal("1760545414.123")


def test_twap_response_timestamps_read_from_floats_keep_their_shortest_form() -> None:
    payload = {"twap_response": twap(updated_at=1760545414.123, created_at=1760545414.1)}
    body = qfex.TwapResponse.model_validate(payload).twap_response
    assert body.updated_at == Decimal("1760545414.123")
    assert body.created_at == Decimal("1760545414.1")


@pytest.mark.parametrize("member", TWAP_MEMBERS)
def test_twap_response_members_are_optional(member: str) -> None:
    # The reply table gives no requiredness: a report is read with what it has.
    payload = {"twap_response": twap(**{member: ABSENT})}
    assert_verdict(run("twap_response", payload), [])


@pytest.mark.parametrize("member", TWAP_MEMBERS)
def test_twap_response_nulls_only_where_documented(member: str) -> None:
    result = run("twap_response", {"twap_response": twap(**{member: None})})
    if member in NULLABLE_TWAP_MEMBERS:
        assert_verdict(result, [])
    else:
        assert_verdict(result, [(f"{member}.type", f"/twap_response/{member}")])


def test_twap_response_null_timestamps_parse_as_none() -> None:
    payload = {"twap_response": twap(updated_at=None, created_at=None, client_twap_id=None)}
    body = qfex.TwapResponse.model_validate(payload).twap_response
    assert (body.updated_at, body.created_at, body.client_twap_id) == (None, None, None)


@pytest.mark.parametrize(
    ("side", "expected"),
    [
        ("SELL", []),
        ("sell", [("side.enum", "/twap_response/side")]),
        ("HOLD", [("side.enum", "/twap_response/side")]),
    ],
)
def test_twap_response_side_enum(side: str, expected: Expected) -> None:
    assert_verdict(run("twap_response", {"twap_response": twap(side=side)}), expected)


def test_twap_response_status_is_any_string() -> None:
    # No enum of statuses is documented: a new status must not make the report unreadable.
    for status in ("RUNNING", "COMPLETED", "anything"):
        assert_verdict(run("twap_response", {"twap_response": twap(status=status)}), [])
    assert_verdict(
        run("twap_response", {"twap_response": twap(status=1)}),
        [("status.type", "/twap_response/status")],
    )


def test_twap_response_ignores_members_the_venue_adds() -> None:
    payload = {"twap_response": twap(filled_num_orders=2), "seq": 7}
    assert_verdict(run("twap_response", payload), [])
    model = qfex.TwapResponse.model_validate(payload)
    assert "filled_num_orders" not in model.twap_response.model_dump()
    assert model.model_dump(mode="json") == {
        "twap_response": {**DOC_TWAP, "updated_at": 1760545414.123, "created_at": 1760545414.123}
    }


def test_twap_response_round_trips() -> None:
    model = qfex.TwapResponse.model_validate({"twap_response": DOC_TWAP})
    again = qfex.TwapResponse.model_validate(model.model_dump(mode="json"))
    assert again == model


# --- all_orders_response ---------------------------------------------------------------------


def test_all_orders_response_lists_twaps() -> None:
    second = twap(twap_id="t-2", client_twap_id=None, side="SELL", created_at=None)
    payload = {"all_orders_response": {"orders": [{"order_id": "x"}], "twaps": [DOC_TWAP, second]}}
    assert_verdict(run("all_orders_response", payload), [])
    model = qfex.AllOrdersResponse.model_validate(payload)
    twaps = model.all_orders_response.twaps
    assert [t.twap_id for t in twaps] == ["0c7c8e4d-f67e-4aa5-9c64-36a1a622ac35", "t-2"]
    assert isinstance(twaps[0], qfex.TwapOrder)
    assert twaps[1].side is qfex.OrderDirection.SELL


def test_all_orders_response_locates_a_bad_twap_by_index() -> None:
    payload = {"all_orders_response": {"twaps": [DOC_TWAP, twap(side="sell", twap_id=7)]}}
    assert_verdict(
        run("all_orders_response", payload),
        [
            ("side.enum", "/all_orders_response/twaps/1/side"),
            ("twap_id.type", "/all_orders_response/twaps/1/twap_id"),
        ],
    )


@pytest.mark.parametrize(
    ("twaps", "expected"),
    [
        ([], []),
        (ABSENT, [("twaps.required", "/all_orders_response/twaps")]),
        (None, [("twaps.type", "/all_orders_response/twaps")]),
        ({"0": DOC_TWAP}, [("twaps.type", "/all_orders_response/twaps")]),
        (["x"], [("twaps.items.type", "/all_orders_response/twaps/0")]),
    ],
)
def test_all_orders_response_twaps_member(twaps: object, expected: Expected) -> None:
    body = {} if twaps is ABSENT else {"twaps": twaps}
    assert_verdict(run("all_orders_response", {"all_orders_response": body}), expected)


# --- cancel_order ----------------------------------------------------------------------------

CANCEL: Final[dict[str, Any]] = {
    "type": "cancel_order",
    "params": {
        "symbol": "AAPL-USD",
        "order_id": "rebalance-aapl-001",
        "cancel_order_id_type": "client_twap_id",
    },
}


@pytest.mark.parametrize("id_type", ["twap_id", "client_twap_id", "order_id", "client_order_id"])
def test_cancel_order_id_types(id_type: str) -> None:
    payload = copy.deepcopy(CANCEL)
    payload["params"]["cancel_order_id_type"] = id_type
    assert_verdict(run("cancel_order", payload), [])
    model = qfex.CancelOrder.model_validate(payload)
    assert model.params.cancel_order_id_type == qfex.CancelOrderIdType(id_type)


@pytest.mark.parametrize("member", ["symbol", "order_id", "cancel_order_id_type"])
def test_cancel_order_members_are_required(member: str) -> None:
    payload = copy.deepcopy(CANCEL)
    del payload["params"][member]
    assert_verdict(run("cancel_order", payload), [(f"{member}.required", f"/params/{member}")])


@pytest.mark.parametrize("id_type", ["twap", "TWAP_ID", "", "client_id"])
def test_cancel_order_unknown_id_type(id_type: str) -> None:
    payload = copy.deepcopy(CANCEL)
    payload["params"]["cancel_order_id_type"] = id_type
    assert_verdict(
        run("cancel_order", payload),
        [("cancel_order_id_type.enum", "/params/cancel_order_id_type")],
    )


def test_cancel_order_old_client_order_id_member_is_refused() -> None:
    # ⚠ an older page had a separate client_order_id member; the current page has none.
    payload = copy.deepcopy(CANCEL)
    payload["params"]["client_order_id"] = "x"
    assert_verdict(run("cancel_order", payload), [("unknown_field", "/params/client_order_id")])


# --- err -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "invalid_parameter",
        "InvalidParameter",
        "RateLimited",
        "InvalidJSONFormat",
        "AlreadyAuthenticated",
        "PermissionDenied",
        "ServerError",
        "InvalidOrder",
        "AlreadySubscribedToLeaderboard",
        "KycRequired",
        "TncRequired",
    ],
)
def test_err_codes_of_both_documents(code: str) -> None:
    payload = {"err": {"error_code": code, "message": "m"}}
    assert_verdict(run("err", payload), [])
    assert qfex.Err.model_validate(payload).err.error_code == code


def test_err_document_spellings_are_distinct_members() -> None:
    assert qfex.ErrorCode("invalid_parameter") is qfex.ErrorCode.INVALID_PARAMETER_SNAKE_CASE
    assert qfex.ErrorCode("InvalidParameter") is qfex.ErrorCode.INVALID_PARAMETER


@pytest.mark.parametrize(
    ("err", "expected"),
    [
        ({"error_code": "ServerError", "message": None}, []),
        ({"error_code": "ServerError", "message": "m", "incoming_message": None}, []),
        ({"error_code": "ServerError", "message": "m", "incoming_message": {"type": "x"}}, []),
        ({"message": "m"}, [("error_code.required", "/err/error_code")]),
        ({"error_code": "ServerError"}, []),  # "Required: No" on the errors page
        ({"error_code": "teapot", "message": "m"}, [("error_code.enum", "/err/error_code")]),
        (
            {"error_code": "ServerError", "message": "m", "incoming_message": "add_twap"},
            [("incoming_message.type", "/err/incoming_message")],
        ),
    ],
)
def test_err_members(err: dict[str, object], expected: Expected) -> None:
    assert_verdict(run("err", {"err": err}), expected)


def test_err_keeps_the_echoed_message_whole() -> None:
    echoed = {"type": "add_twap", "params": {"symbol": "AAPL-USD", "num_orders": 1}}
    model = qfex.Err.model_validate(
        {"err": {"error_code": "InvalidParameter", "message": None, "incoming_message": echoed}}
    )
    assert model.err.incoming_message == echoed


def test_err_without_its_err_member() -> None:
    assert_verdict(run("err", {"error": "x"}), [("err.required", "/err")])


def test_response_model_refuses_a_bad_report_with_the_rule_id() -> None:
    with pytest.raises(ValidationError) as raised:
        qfex.TwapResponse.model_validate({"twap_response": twap(total_num_orders="5")})
    [error] = raised.value.errors(include_url=False)
    assert error["loc"] == ("twap_response", "total_num_orders")
    assert error.get("ctx", {})["rule"] == "total_num_orders.type"


def test_a_nullable_members_type_message_says_null_is_allowed() -> None:
    [violation] = run("twap_response", {"twap_response": twap(updated_at="soon")}).violations
    assert violation.message == 'updated_at must be a number or null, got string "soon"'
    [violation] = run("twap_response", {"twap_response": twap(total_quantity="1")}).violations
    assert violation.message == 'total_quantity must be a number, got string "1"'

"""Models and validators for Hyperliquid (hyperliquid).

Generated from specs/hyperliquid.yaml (sha256 cdac0085f8a85141)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    DecimalString,
    M,
    MessageModel,
    PartModel,
    ReferenceModel,
    bind,
    bind_part,
    construct,
)
from twapschema.runtime.registry import MessageEntry, Rejection
from twapschema.runtime.result import Violation, new_violation
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "hyperliquid"
VENUE_NAME = "Hyperliquid"
SPEC_VERSION = "1.0.0"
API_VERSION = "/exchange, unversioned (Hyperliquid GitBook docs)"
_KNOWN0 = frozenset({"a", "b", "m", "r", "s", "t"})
_PATTERN1 = re.compile("^0x[0-9a-fA-F]{40}\\Z", re.ASCII)
_KNOWN2 = frozenset({"action", "expiresAfter", "nonce", "signature", "vaultAddress"})
_KNOWN3 = frozenset({"twap", "type"})
_PATTERN4 = re.compile("^0x[0-9a-fA-F]{64}\\Z", re.ASCII)
_VALUES5 = frozenset({27, 28})
_KNOWN6 = frozenset({"r", "s", "v"})
_KNOWN7 = frozenset({"a", "t", "type"})
_NAMES8 = {
    "action": "action",
    "nonce": "nonce",
    "signature": "signature",
    "vaultAddress": "vault_address",
    "expiresAfter": "expires_after",
}
_FIELDS9 = frozenset(_NAMES8.values())
_NAMES10 = {"twapId": "twap_id"}
_FIELDS11 = frozenset(_NAMES10.values())


class AssetsEntry(ReferenceModel):
    """Tradable assets by coin name, with the integer asset id actions take in `a`."""

    asset: int = Field(
        description="The asset id sent as `a` (perp universe index, or 10000 + spot index).", ge=0
    )
    sz_decimals: int = Field(
        description="The most decimals a size may have: meta's (or spotMeta's, for the pair's base token) szDecimals.",
        ge=0,
    )


class Reference(ReferenceModel):
    """Reference data for Hyperliquid: every section is optional."""

    assets: dict[str, AssetsEntry] | None = Field(None)

    LOOKUPS = ("assets:asset",)


class TwapOrderTwap(PartModel):
    """The twap member of a twapOrder action: asset, side, size, reduce-only, minutes and randomize. The action is signed as msgpack bytes, so the size is written in its canonical text ("1", not "1.0") and the integers as integers (30, not 30.0)."""

    a: int = Field(description="Asset id (perp universe index, or 10000 + spot index).")
    b: bool = Field(description="isBuy; true buys, false sells.")
    s: DecimalString = Field(
        description="Total size to execute over the TWAP, as a decimal string."
    )
    r: bool = Field(description="reduceOnly; if true the TWAP may only reduce a position.")
    m: int = Field(
        description="Running time of the TWAP in minutes, 5 (5 minutes) to 10080 (7 days)."
    )
    t: bool = Field(
        description="randomize; if true each suborder's size is varied randomly (up to ±20%)."
    )


class TwapOrder(MessageModel):
    "Place a TWAP: execute size s of asset a over m minutes in suborders. This is the `action` member; it is posted inside {action, nonce, signature, vaultAddress?, expiresAfter?} to POST /exchange (see venue.auth)."

    type: Literal["twapOrder"] = Field("twapOrder")
    twap: TwapOrderTwap


class ExchangeTwapOrderSignature(PartModel):
    """An object within exchange_twap_order."""

    r: str = Field(description="First 32-byte component, 0x and 64 hex digits.")
    s: str = Field(description="Second 32-byte component, 0x and 64 hex digits.")
    v: int = Field(description="Recovery id, 27 or 28.")


class ExchangeTwapOrderAction(PartModel):
    """An object within exchange_twap_order."""

    type: str = Field(description="The action type.")
    twap: TwapOrderTwap = Field(description="What to trade and for how long.")


class ExchangeTwapOrder(MessageModel):
    """The whole POST /exchange body of a TWAP, as clients send it: the twapOrder action with the nonce, the signature {r, s, v} and, optionally, vaultAddress and expiresAfter. The action is checked as twap_order checks it."""

    action: ExchangeTwapOrderAction = Field(description="The signed twapOrder action.")
    nonce: int = Field(
        description="Recommended to be the current time in milliseconds; signed with the action."
    )
    signature: ExchangeTwapOrderSignature = Field(
        description="The EIP-712 signature {r, s, v} of the action's msgpack hash."
    )
    vault_address: str | None = Field(
        None,
        description="The vault or subaccount traded on behalf of; null or absent for the account itself.",
        alias="vaultAddress",
    )
    expires_after: int | None = Field(
        None,
        description="A time after which the action is refused; null or absent for none.",
        alias="expiresAfter",
    )


class TwapOrderResponseResponseDataStatusRunning(PartModel):
    """An object within twap_order_response."""

    twap_id: int = Field(description="The TWAP's id, which twapCancel takes as t.", alias="twapId")


class TwapOrderResponseResponseDataStatus(PartModel):
    """An object within twap_order_response."""

    running: TwapOrderResponseResponseDataStatusRunning | None = Field(
        None, description="Present when the TWAP was accepted and is running."
    )
    error: str | None = Field(
        None, description="Why the TWAP was refused; present instead of running."
    )


class TwapOrderResponseResponseData(PartModel):
    """An object within twap_order_response."""

    status: TwapOrderResponseResponseDataStatus = Field(
        description="Exactly one of running (accepted) or error (refused)."
    )


class TwapOrderResponseResponse(PartModel):
    """The reply to twapOrder (HTTP 200): data.status.running.twapId when the TWAP runs, or data.status.error, a string, when it was refused (top-level status is "ok" either way)."""

    type: str = Field(description="The action the reply is for.")
    data: TwapOrderResponseResponseData = Field(description="The outcome.")


class TwapOrderResponse(MessageModel):
    'The reply to twapOrder (HTTP 200): data.status.running.twapId when the TWAP runs, or data.status.error, a string, when it was refused (top-level status is "ok" either way).'

    status: Literal["ok"] = Field("ok")
    response: TwapOrderResponseResponse


class TwapOrderErrorResponseDataStatus(PartModel):
    """An object within twap_order_error."""

    error: str = Field(description="Why the TWAP was refused.")


class TwapOrderErrorResponseData(PartModel):
    """An object within twap_order_error."""

    status: TwapOrderErrorResponseDataStatus = Field(description="The refusal.")


class TwapOrderErrorResponse(PartModel):
    """The refused form of the twapOrder reply (HTTP 200, top-level status "ok"): the reason is the string response.data.status.error."""

    type: str = Field(description="The action the reply is for.")
    data: TwapOrderErrorResponseData = Field(description="The outcome.")


class TwapOrderError(MessageModel):
    'The refused form of the twapOrder reply (HTTP 200, top-level status "ok"): the reason is the string response.data.status.error.'

    status: Literal["ok"] = Field("ok")
    response: TwapOrderErrorResponse


class TwapCancel(MessageModel):
    """Cancel a running TWAP by asset and twap id. This is the `action` member; it is posted inside {action, nonce, signature, vaultAddress?, expiresAfter?} to POST /exchange."""

    type: str = Field(description="The action type.")
    a: int = Field(description="Asset id of the TWAP.")
    t: int = Field(description="The twap id (twapId from the twapOrder reply).")


class ExchangeTwapCancelSignature(PartModel):
    """An object within exchange_twap_cancel."""

    r: str = Field(description="First 32-byte component, 0x and 64 hex digits.")
    s: str = Field(description="Second 32-byte component, 0x and 64 hex digits.")
    v: int = Field(description="Recovery id, 27 or 28.")


class ExchangeTwapCancelAction(PartModel):
    """An object within exchange_twap_cancel."""

    type: str = Field(description="The action type.")
    a: int = Field(description="Asset id of the TWAP.")
    t: int = Field(description="The twap id (twapId from the twapOrder reply).")


class ExchangeTwapCancel(MessageModel):
    """The whole POST /exchange body of a TWAP cancel, as clients send it: the twapCancel action with the nonce, the signature and, optionally, vaultAddress and expiresAfter."""

    action: ExchangeTwapCancelAction = Field(
        description="The signed twapCancel action (as twap_cancel checks it)."
    )
    nonce: int = Field(
        description="Recommended to be the current time in milliseconds; signed with the action."
    )
    signature: ExchangeTwapCancelSignature = Field(
        description="The EIP-712 signature {r, s, v} of the action's msgpack hash."
    )
    vault_address: str | None = Field(
        None,
        description="The vault or subaccount traded on behalf of; null or absent for the account itself.",
        alias="vaultAddress",
    )
    expires_after: int | None = Field(
        None,
        description="A time after which the action is refused; null or absent for none.",
        alias="expiresAfter",
    )


class TwapCancelResponseResponseData(PartModel):
    """An object within twap_cancel_response."""

    status: str = Field(description='Always "success" here.')


class TwapCancelResponseResponse(PartModel):
    """The reply to a successful twapCancel (HTTP 200); data.status is the string "success"."""

    type: str = Field(description="The action the reply is for.")
    data: TwapCancelResponseResponseData = Field(description="The outcome.")


class TwapCancelResponse(MessageModel):
    'The reply to a successful twapCancel (HTTP 200); data.status is the string "success".'

    status: Literal["ok"] = Field("ok")
    response: TwapCancelResponseResponse


class TwapCancelErrorResponseDataStatus(PartModel):
    """An object within twap_cancel_error."""

    error: str = Field(description="Why the cancel was refused.")


class TwapCancelErrorResponseData(PartModel):
    """An object within twap_cancel_error."""

    status: TwapCancelErrorResponseDataStatus = Field(description="The refusal.")


class TwapCancelErrorResponse(PartModel):
    """The refused form of the twapCancel reply (HTTP 200, top-level status "ok"): data.status is an object whose error says why."""

    type: str = Field(description="The action the reply is for.")
    data: TwapCancelErrorResponseData = Field(description="The outcome.")


class TwapCancelError(MessageModel):
    'The refused form of the twapCancel reply (HTTP 200, top-level status "ok"): data.status is an object whose error says why.'

    status: Literal["ok"] = Field("ok")
    response: TwapCancelErrorResponse


class ExchangeError(MessageModel):
    """A refusal of the whole action (HTTP 200, top-level status "err"), e.g. a bad signature or an unknown user; the reason is the string `response`."""

    status: str = Field(description='Always "err" here.')
    response: str = Field(description="Why the action was refused.")


def _check_twap_order_twap(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("a", _c.MISSING)
    x_a: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer_exact(raw_0, at, "a", "a", True, False, v)
    )
    if x_a is not None and (x_a < 0):
        if x_a < 0:
            v.append(new_violation(("a.minimum", at + "/a", "a must be at least 0" + _c.got1(x_a))))
        x_a = None
    if x_a is not None:
        out["a"] = x_a
    raw_1 = obj.get("b", _c.MISSING)
    x_b: bool | None = (
        raw_1
        if raw_1 is True or raw_1 is False
        else _c.take_boolean(raw_1, at, "b", "b", True, False, v)
    )
    if x_b is not None:
        out["b"] = x_b
    raw_2 = obj.get("s", _c.MISSING)
    x_s: Decimal | None = (
        Decimal(raw_2)
        if type(raw_2) is str and _c.CANONICAL_UNSIGNED.fullmatch(raw_2)
        else _c.take_decimal_string(raw_2, at, "s", "s", True, False, False, v, True)
    )
    if x_s is not None and (x_s <= 0):
        if x_s <= 0:
            v.append(
                new_violation(
                    ("s.exclusiveMinimum", at + "/s", "s must be greater than 0" + _c.got1(x_s))
                )
            )
        x_s = None
    if x_s is not None:
        out["s"] = x_s
    raw_3 = obj.get("r", _c.MISSING)
    x_r: bool | None = (
        raw_3
        if raw_3 is True or raw_3 is False
        else _c.take_boolean(raw_3, at, "r", "r", True, False, v)
    )
    if x_r is not None:
        out["r"] = x_r
    raw_4 = obj.get("m", _c.MISSING)
    x_m: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else _c.take_integer_exact(raw_4, at, "m", "m", True, False, v)
    )
    if x_m is not None and ((x_m < 5) or (x_m > 10080)):
        if x_m < 5:
            v.append(
                new_violation(
                    ("m.minimum", at + "/m", "m must be at least 5 minutes" + _c.got1(x_m))
                )
            )
        if x_m > 10080:
            v.append(
                new_violation(
                    (
                        "m.maximum",
                        at + "/m",
                        "m must be at most 10080 minutes (7 days)" + _c.got1(x_m),
                    )
                )
            )
        x_m = None
    if x_m is not None:
        out["m"] = x_m
    raw_5 = obj.get("t", _c.MISSING)
    x_t: bool | None = (
        raw_5
        if raw_5 is True or raw_5 is False
        else _c.take_boolean(raw_5, at, "t", "t", True, False, v)
    )
    if x_t is not None:
        out["t"] = x_t
    if not _KNOWN0.issuperset(obj):
        _c.unknown_members(obj, _KNOWN0, at, "object TwapOrderTwap", v)
    if x_s is not None and x_a is not None:
        if ref is None or ref.assets is None:
            unchecked.append("size_within_sz_decimals")
        else:
            row_0 = ref.find("assets:asset", (x_a,))
            if row_0 is None:
                _c.unlisted(
                    unchecked,
                    "size_within_sz_decimals",
                    at,
                    "a",
                    "s must have at most the asset's szDecimals decimals",
                    "assets",
                    _c.got(("a", x_a)),
                )
            elif _c.truncate(x_s, row_0.sz_decimals) != x_s:
                v.append(
                    new_violation(
                        (
                            "size_within_sz_decimals",
                            at + "/s",
                            "s must have at most the asset's szDecimals decimals"
                            + _c.got(
                                ("s", x_s), ("assets[asset=a].sz_decimals", row_0.sz_decimals)
                            ),
                        )
                    )
                )
    return out


def _check_exchange_twap_order(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("action", _c.MISSING)
    x_action: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "action", "action", True, False, v)
    )
    if x_action is not None:
        x_action = _check_exchange_twap_order_action(x_action, at + "/action", ref, v, unchecked)
    if x_action is not None:
        out["action"] = x_action
    raw_1 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer_exact(raw_1, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_2 = obj.get("signature", _c.MISSING)
    x_signature: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "signature", "signature", True, False, v)
    )
    if x_signature is not None:
        x_signature = _check_exchange_twap_order_signature(
            x_signature, at + "/signature", ref, v, unchecked
        )
    if x_signature is not None:
        out["signature"] = x_signature
    raw_3 = obj.get("vaultAddress", _c.MISSING)
    x_vault_address: str | None = (
        raw_3
        if type(raw_3) is str
        else None
        if raw_3 is _c.MISSING
        else _c.take_string(raw_3, at, "vaultAddress", "vaultAddress", False, True, v)
    )
    if x_vault_address is not None and (_PATTERN1.search(x_vault_address) is None):
        if _PATTERN1.search(x_vault_address) is None:
            v.append(
                new_violation(
                    (
                        "vaultAddress.pattern",
                        at + "/vaultAddress",
                        "vaultAddress must be 0x and 40 hex digits" + _c.got1(x_vault_address),
                    )
                )
            )
        x_vault_address = None
    if x_vault_address is not None:
        out["vaultAddress"] = x_vault_address
    elif obj.get("vaultAddress", 0) is None:
        out["vaultAddress"] = None
    raw_4 = obj.get("expiresAfter", _c.MISSING)
    x_expires_after: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else None
        if raw_4 is _c.MISSING
        else _c.take_integer_exact(raw_4, at, "expiresAfter", "expiresAfter", False, True, v)
    )
    if x_expires_after is not None and (x_expires_after < 0):
        if x_expires_after < 0:
            v.append(
                new_violation(
                    (
                        "expiresAfter.minimum",
                        at + "/expiresAfter",
                        "expiresAfter must be at least 0" + _c.got1(x_expires_after),
                    )
                )
            )
        x_expires_after = None
    if x_expires_after is not None:
        out["expiresAfter"] = x_expires_after
    elif obj.get("expiresAfter", 0) is None:
        out["expiresAfter"] = None
    if not _KNOWN2.issuperset(obj):
        _c.unknown_members(obj, _KNOWN2, at, "exchange_twap_order", v)
    return out


def _check_exchange_twap_order_action(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "type", "action.type", True, False, v)
    )
    if x_type is not None and (x_type != "twapOrder"):
        if x_type != "twapOrder":
            v.append(
                new_violation(
                    (
                        "action.type.const",
                        at + "/type",
                        "action.type must be 'twapOrder'" + _c.got1(x_type),
                    )
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("twap", _c.MISSING)
    x_twap: dict[str, object] | None = (
        raw_1
        if type(raw_1) is dict
        else _c.take_object(raw_1, at, "twap", "action.twap", True, False, v)
    )
    if x_twap is not None:
        x_twap = _check_twap_order_twap(x_twap, at + "/twap", ref, v, unchecked)
    if x_twap is not None:
        out["twap"] = x_twap
    if not _KNOWN3.issuperset(obj):
        _c.unknown_members(obj, _KNOWN3, at, "ExchangeTwapOrderAction in exchange_twap_order", v)
    return out


def _check_exchange_twap_order_signature(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("r", _c.MISSING)
    x_r: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "r", "signature.r", True, False, v)
    )
    if x_r is not None and (_PATTERN4.search(x_r) is None):
        if _PATTERN4.search(x_r) is None:
            v.append(
                new_violation(
                    (
                        "signature.r.pattern",
                        at + "/r",
                        "signature.r must be 0x and 64 hex digits" + _c.got1(x_r),
                    )
                )
            )
        x_r = None
    if x_r is not None:
        out["r"] = x_r
    raw_1 = obj.get("s", _c.MISSING)
    x_s: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "s", "signature.s", True, False, v)
    )
    if x_s is not None and (_PATTERN4.search(x_s) is None):
        if _PATTERN4.search(x_s) is None:
            v.append(
                new_violation(
                    (
                        "signature.s.pattern",
                        at + "/s",
                        "signature.s must be 0x and 64 hex digits" + _c.got1(x_s),
                    )
                )
            )
        x_s = None
    if x_s is not None:
        out["s"] = x_s
    raw_2 = obj.get("v", _c.MISSING)
    x_v: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "v", "signature.v", True, False, v)
    )
    if x_v is not None and (x_v not in _VALUES5):
        if x_v not in _VALUES5:
            v.append(
                new_violation(
                    (
                        "signature.v.enum",
                        at + "/v",
                        "signature.v must be one of 27, 28" + _c.got1(x_v),
                    )
                )
            )
        x_v = None
    if x_v is not None:
        out["v"] = x_v
    if not _KNOWN6.issuperset(obj):
        _c.unknown_members(obj, _KNOWN6, at, "ExchangeTwapOrderSignature in exchange_twap_order", v)
    return out


def _check_twap_order_response_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "type", "type", True, False, v)
    )
    if x_type is not None and (x_type != "twapOrder"):
        if x_type != "twapOrder":
            v.append(
                new_violation(
                    ("type.const", at + "/type", "type must be 'twapOrder'" + _c.got1(x_type))
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("data", _c.MISSING)
    x_data: dict[str, object] | None = (
        raw_1 if type(raw_1) is dict else _c.take_object(raw_1, at, "data", "data", True, False, v)
    )
    if x_data is not None:
        x_data = _check_twap_order_response_response_data(x_data, at + "/data", ref, v, unchecked)
    if x_data is not None:
        out["data"] = x_data
    return out


def _check_twap_order_response_response_data(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("status", _c.MISSING)
    x_status: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "status", "data.status", True, False, v)
    )
    if x_status is not None:
        x_status = _check_twap_order_response_response_data_status(
            x_status, at + "/status", ref, v, unchecked
        )
    if x_status is not None:
        out["status"] = x_status
    return out


def _check_twap_order_response_response_data_status(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("running", _c.MISSING)
    x_running: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else None
        if raw_0 is _c.MISSING
        else _c.take_object(raw_0, at, "running", "data.status.running", False, False, v)
    )
    if x_running is not None:
        x_running = _check_twap_order_response_response_data_status_running(
            x_running, at + "/running", ref, v, unchecked
        )
    if x_running is not None:
        out["running"] = x_running
    raw_1 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "error", "data.status.error", False, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_twap_order_response_response_data_status_running(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("twapId", _c.MISSING)
    x_twap_id: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "twapId", "data.status.running.twapId", True, False, v)
    )
    if x_twap_id is not None and (x_twap_id < 0):
        if x_twap_id < 0:
            v.append(
                new_violation(
                    (
                        "data.status.running.twapId.minimum",
                        at + "/twapId",
                        "data.status.running.twapId must be at least 0" + _c.got1(x_twap_id),
                    )
                )
            )
        x_twap_id = None
    if x_twap_id is not None:
        out["twapId"] = x_twap_id
    return out


def _check_twap_order_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "type", "type", True, False, v)
    )
    if x_type is not None and (x_type != "twapOrder"):
        if x_type != "twapOrder":
            v.append(
                new_violation(
                    ("type.const", at + "/type", "type must be 'twapOrder'" + _c.got1(x_type))
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("data", _c.MISSING)
    x_data: dict[str, object] | None = (
        raw_1 if type(raw_1) is dict else _c.take_object(raw_1, at, "data", "data", True, False, v)
    )
    if x_data is not None:
        x_data = _check_twap_order_error_response_data(x_data, at + "/data", ref, v, unchecked)
    if x_data is not None:
        out["data"] = x_data
    return out


def _check_twap_order_error_response_data(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("status", _c.MISSING)
    x_status: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "status", "data.status", True, False, v)
    )
    if x_status is not None:
        x_status = _check_twap_order_error_response_data_status(
            x_status, at + "/status", ref, v, unchecked
        )
    if x_status is not None:
        out["status"] = x_status
    return out


def _check_twap_order_error_response_data_status(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "error", "data.status.error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_twap_cancel(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "type", "type", True, False, v)
    )
    if x_type is not None and (x_type != "twapCancel"):
        if x_type != "twapCancel":
            v.append(
                new_violation(
                    ("type.const", at + "/type", "type must be 'twapCancel'" + _c.got1(x_type))
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("a", _c.MISSING)
    x_a: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer(raw_1, at, "a", "a", True, False, v)
    )
    if x_a is not None and (x_a < 0):
        if x_a < 0:
            v.append(new_violation(("a.minimum", at + "/a", "a must be at least 0" + _c.got1(x_a))))
        x_a = None
    if x_a is not None:
        out["a"] = x_a
    raw_2 = obj.get("t", _c.MISSING)
    x_t: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "t", "t", True, False, v)
    )
    if x_t is not None and (x_t < 0):
        if x_t < 0:
            v.append(new_violation(("t.minimum", at + "/t", "t must be at least 0" + _c.got1(x_t))))
        x_t = None
    if x_t is not None:
        out["t"] = x_t
    if not _KNOWN7.issuperset(obj):
        _c.unknown_members(obj, _KNOWN7, at, "twap_cancel", v)
    return out


def _check_exchange_twap_cancel(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("action", _c.MISSING)
    x_action: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "action", "action", True, False, v)
    )
    if x_action is not None:
        x_action = _check_exchange_twap_cancel_action(x_action, at + "/action", ref, v, unchecked)
    if x_action is not None:
        out["action"] = x_action
    raw_1 = obj.get("nonce", _c.MISSING)
    x_nonce: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer_exact(raw_1, at, "nonce", "nonce", True, False, v)
    )
    if x_nonce is not None and (x_nonce < 0):
        if x_nonce < 0:
            v.append(
                new_violation(
                    ("nonce.minimum", at + "/nonce", "nonce must be at least 0" + _c.got1(x_nonce))
                )
            )
        x_nonce = None
    if x_nonce is not None:
        out["nonce"] = x_nonce
    raw_2 = obj.get("signature", _c.MISSING)
    x_signature: dict[str, object] | None = (
        raw_2
        if type(raw_2) is dict
        else _c.take_object(raw_2, at, "signature", "signature", True, False, v)
    )
    if x_signature is not None:
        x_signature = _check_exchange_twap_cancel_signature(
            x_signature, at + "/signature", ref, v, unchecked
        )
    if x_signature is not None:
        out["signature"] = x_signature
    raw_3 = obj.get("vaultAddress", _c.MISSING)
    x_vault_address: str | None = (
        raw_3
        if type(raw_3) is str
        else None
        if raw_3 is _c.MISSING
        else _c.take_string(raw_3, at, "vaultAddress", "vaultAddress", False, True, v)
    )
    if x_vault_address is not None and (_PATTERN1.search(x_vault_address) is None):
        if _PATTERN1.search(x_vault_address) is None:
            v.append(
                new_violation(
                    (
                        "vaultAddress.pattern",
                        at + "/vaultAddress",
                        "vaultAddress must be 0x and 40 hex digits" + _c.got1(x_vault_address),
                    )
                )
            )
        x_vault_address = None
    if x_vault_address is not None:
        out["vaultAddress"] = x_vault_address
    elif obj.get("vaultAddress", 0) is None:
        out["vaultAddress"] = None
    raw_4 = obj.get("expiresAfter", _c.MISSING)
    x_expires_after: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else None
        if raw_4 is _c.MISSING
        else _c.take_integer_exact(raw_4, at, "expiresAfter", "expiresAfter", False, True, v)
    )
    if x_expires_after is not None and (x_expires_after < 0):
        if x_expires_after < 0:
            v.append(
                new_violation(
                    (
                        "expiresAfter.minimum",
                        at + "/expiresAfter",
                        "expiresAfter must be at least 0" + _c.got1(x_expires_after),
                    )
                )
            )
        x_expires_after = None
    if x_expires_after is not None:
        out["expiresAfter"] = x_expires_after
    elif obj.get("expiresAfter", 0) is None:
        out["expiresAfter"] = None
    if not _KNOWN2.issuperset(obj):
        _c.unknown_members(obj, _KNOWN2, at, "exchange_twap_cancel", v)
    return out


def _check_exchange_twap_cancel_action(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "type", "action.type", True, False, v)
    )
    if x_type is not None and (x_type != "twapCancel"):
        if x_type != "twapCancel":
            v.append(
                new_violation(
                    (
                        "action.type.const",
                        at + "/type",
                        "action.type must be 'twapCancel'" + _c.got1(x_type),
                    )
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("a", _c.MISSING)
    x_a: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer_exact(raw_1, at, "a", "action.a", True, False, v)
    )
    if x_a is not None and (x_a < 0):
        if x_a < 0:
            v.append(
                new_violation(
                    ("action.a.minimum", at + "/a", "action.a must be at least 0" + _c.got1(x_a))
                )
            )
        x_a = None
    if x_a is not None:
        out["a"] = x_a
    raw_2 = obj.get("t", _c.MISSING)
    x_t: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer_exact(raw_2, at, "t", "action.t", True, False, v)
    )
    if x_t is not None and (x_t < 0):
        if x_t < 0:
            v.append(
                new_violation(
                    ("action.t.minimum", at + "/t", "action.t must be at least 0" + _c.got1(x_t))
                )
            )
        x_t = None
    if x_t is not None:
        out["t"] = x_t
    if not _KNOWN7.issuperset(obj):
        _c.unknown_members(obj, _KNOWN7, at, "ExchangeTwapCancelAction in exchange_twap_cancel", v)
    return out


def _check_exchange_twap_cancel_signature(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("r", _c.MISSING)
    x_r: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "r", "signature.r", True, False, v)
    )
    if x_r is not None and (_PATTERN4.search(x_r) is None):
        if _PATTERN4.search(x_r) is None:
            v.append(
                new_violation(
                    (
                        "signature.r.pattern",
                        at + "/r",
                        "signature.r must be 0x and 64 hex digits" + _c.got1(x_r),
                    )
                )
            )
        x_r = None
    if x_r is not None:
        out["r"] = x_r
    raw_1 = obj.get("s", _c.MISSING)
    x_s: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "s", "signature.s", True, False, v)
    )
    if x_s is not None and (_PATTERN4.search(x_s) is None):
        if _PATTERN4.search(x_s) is None:
            v.append(
                new_violation(
                    (
                        "signature.s.pattern",
                        at + "/s",
                        "signature.s must be 0x and 64 hex digits" + _c.got1(x_s),
                    )
                )
            )
        x_s = None
    if x_s is not None:
        out["s"] = x_s
    raw_2 = obj.get("v", _c.MISSING)
    x_v: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "v", "signature.v", True, False, v)
    )
    if x_v is not None and (x_v not in _VALUES5):
        if x_v not in _VALUES5:
            v.append(
                new_violation(
                    (
                        "signature.v.enum",
                        at + "/v",
                        "signature.v must be one of 27, 28" + _c.got1(x_v),
                    )
                )
            )
        x_v = None
    if x_v is not None:
        out["v"] = x_v
    if not _KNOWN6.issuperset(obj):
        _c.unknown_members(
            obj, _KNOWN6, at, "ExchangeTwapCancelSignature in exchange_twap_cancel", v
        )
    return out


def _check_twap_cancel_response_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "type", "type", True, False, v)
    )
    if x_type is not None and (x_type != "twapCancel"):
        if x_type != "twapCancel":
            v.append(
                new_violation(
                    ("type.const", at + "/type", "type must be 'twapCancel'" + _c.got1(x_type))
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("data", _c.MISSING)
    x_data: dict[str, object] | None = (
        raw_1 if type(raw_1) is dict else _c.take_object(raw_1, at, "data", "data", True, False, v)
    )
    if x_data is not None:
        x_data = _check_twap_cancel_response_response_data(x_data, at + "/data", ref, v, unchecked)
    if x_data is not None:
        out["data"] = x_data
    return out


def _check_twap_cancel_response_response_data(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("status", _c.MISSING)
    x_status: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "status", "data.status", True, False, v)
    )
    if x_status is not None and (x_status != "success"):
        if x_status != "success":
            v.append(
                new_violation(
                    (
                        "data.status.const",
                        at + "/status",
                        "data.status must be 'success'" + _c.got1(x_status),
                    )
                )
            )
        x_status = None
    if x_status is not None:
        out["status"] = x_status
    return out


def _check_twap_cancel_error_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("type", _c.MISSING)
    x_type: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "type", "type", True, False, v)
    )
    if x_type is not None and (x_type != "twapCancel"):
        if x_type != "twapCancel":
            v.append(
                new_violation(
                    ("type.const", at + "/type", "type must be 'twapCancel'" + _c.got1(x_type))
                )
            )
        x_type = None
    if x_type is not None:
        out["type"] = x_type
    raw_1 = obj.get("data", _c.MISSING)
    x_data: dict[str, object] | None = (
        raw_1 if type(raw_1) is dict else _c.take_object(raw_1, at, "data", "data", True, False, v)
    )
    if x_data is not None:
        x_data = _check_twap_cancel_error_response_data(x_data, at + "/data", ref, v, unchecked)
    if x_data is not None:
        out["data"] = x_data
    return out


def _check_twap_cancel_error_response_data(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("status", _c.MISSING)
    x_status: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "status", "data.status", True, False, v)
    )
    if x_status is not None:
        x_status = _check_twap_cancel_error_response_data_status(
            x_status, at + "/status", ref, v, unchecked
        )
    if x_status is not None:
        out["status"] = x_status
    return out


def _check_twap_cancel_error_response_data_status(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "error", "data.status.error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_exchange_error(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("status", _c.MISSING)
    x_status: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "status", "status", True, False, v)
    )
    if x_status is not None and (x_status != "err"):
        if x_status != "err":
            v.append(
                new_violation(
                    ("status.const", at + "/status", "status must be 'err'" + _c.got1(x_status))
                )
            )
        x_status = None
    if x_status is not None:
        out["status"] = x_status
    raw_1 = obj.get("response", _c.MISSING)
    x_response: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "response", "response", True, False, v)
    )
    if x_response is not None:
        out["response"] = x_response
    return out


def check_twap_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_order payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_twap_order_twap,
        constants=(("type", "twapOrder"),),
        body="twap",
        frame=_KNOWN3,
        where="the twap_order frame",
    )


def check_exchange_twap_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a exchange_twap_order payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_exchange_twap_order(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_exchange_twap_order)


def check_twap_order_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_order_response payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_twap_order_response_response,
        constants=(("status", "ok"),),
        body="response",
    )


def check_twap_order_error(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_order_error payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_twap_order_error_response,
        constants=(("status", "ok"),),
        body="response",
    )


def check_twap_cancel(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_cancel payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_twap_cancel(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_twap_cancel)


def check_exchange_twap_cancel(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a exchange_twap_cancel payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_exchange_twap_cancel(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_exchange_twap_cancel)


def check_twap_cancel_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_cancel_response payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_twap_cancel_response_response,
        constants=(("status", "ok"),),
        body="response",
    )


def check_twap_cancel_error(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a twap_cancel_error payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_twap_cancel_error_response,
        constants=(("status", "ok"),),
        body="response",
    )


def check_exchange_error(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a exchange_error payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_exchange_error(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_exchange_error)


_DEFAULTS_TWAP_ORDER_TWAP: dict[str, Any] = {
    "a": None,
    "b": None,
    "s": None,
    "r": None,
    "m": None,
    "t": None,
}


def _build_twap_order_twap(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_TWAP, **d}
    return construct(cls, values, set(d))


def _build_exchange_twap_order(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "action": get("action"),
        "nonce": get("nonce"),
        "signature": get("signature"),
        "vault_address": get("vaultAddress"),
        "expires_after": get("expiresAfter"),
    }
    x = values["action"]
    if x is not None:
        values["action"] = _build_exchange_twap_order_action(ExchangeTwapOrderAction, x)
    x = values["signature"]
    if x is not None:
        values["signature"] = _build_exchange_twap_order_signature(ExchangeTwapOrderSignature, x)
    return construct(
        cls, values, set(_FIELDS9) if len(d) == 5 else set(map(_NAMES8.__getitem__, d))
    )


_DEFAULTS_EXCHANGE_TWAP_ORDER_ACTION: dict[str, Any] = {"type": None, "twap": None}


def _build_exchange_twap_order_action(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_EXCHANGE_TWAP_ORDER_ACTION, **d}
    x = values["twap"]
    if x is not None:
        values["twap"] = _build_twap_order_twap(TwapOrderTwap, x)
    return construct(cls, values, set(d))


_DEFAULTS_EXCHANGE_TWAP_ORDER_SIGNATURE: dict[str, Any] = {"r": None, "s": None, "v": None}


def _build_exchange_twap_order_signature(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_EXCHANGE_TWAP_ORDER_SIGNATURE, **d}
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE: dict[str, Any] = {"type": None, "data": None}


def _build_twap_order_response_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE, **d}
    x = values["data"]
    if x is not None:
        values["data"] = _build_twap_order_response_response_data(TwapOrderResponseResponseData, x)
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE_DATA: dict[str, Any] = {"status": None}


def _build_twap_order_response_response_data(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE_DATA, **d}
    x = values["status"]
    if x is not None:
        values["status"] = _build_twap_order_response_response_data_status(
            TwapOrderResponseResponseDataStatus, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE_DATA_STATUS: dict[str, Any] = {
    "running": None,
    "error": None,
}


def _build_twap_order_response_response_data_status(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_RESPONSE_RESPONSE_DATA_STATUS, **d}
    x = values["running"]
    if x is not None:
        values["running"] = _build_twap_order_response_response_data_status_running(
            TwapOrderResponseResponseDataStatusRunning, x
        )
    return construct(cls, values, set(d))


def _build_twap_order_response_response_data_status_running(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {"twap_id": get("twapId")}
    return construct(
        cls, values, set(_FIELDS11) if len(d) == 1 else set(map(_NAMES10.__getitem__, d))
    )


_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE: dict[str, Any] = {"type": None, "data": None}


def _build_twap_order_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE, **d}
    x = values["data"]
    if x is not None:
        values["data"] = _build_twap_order_error_response_data(TwapOrderErrorResponseData, x)
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE_DATA: dict[str, Any] = {"status": None}


def _build_twap_order_error_response_data(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE_DATA, **d}
    x = values["status"]
    if x is not None:
        values["status"] = _build_twap_order_error_response_data_status(
            TwapOrderErrorResponseDataStatus, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE_DATA_STATUS: dict[str, Any] = {"error": None}


def _build_twap_order_error_response_data_status(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_ORDER_ERROR_RESPONSE_DATA_STATUS, **d}
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL: dict[str, Any] = {"type": None, "a": None, "t": None}


def _build_twap_cancel(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL, **d}
    return construct(cls, values, set(d))


def _build_exchange_twap_cancel(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "action": get("action"),
        "nonce": get("nonce"),
        "signature": get("signature"),
        "vault_address": get("vaultAddress"),
        "expires_after": get("expiresAfter"),
    }
    x = values["action"]
    if x is not None:
        values["action"] = _build_exchange_twap_cancel_action(ExchangeTwapCancelAction, x)
    x = values["signature"]
    if x is not None:
        values["signature"] = _build_exchange_twap_cancel_signature(ExchangeTwapCancelSignature, x)
    return construct(
        cls, values, set(_FIELDS9) if len(d) == 5 else set(map(_NAMES8.__getitem__, d))
    )


_DEFAULTS_EXCHANGE_TWAP_CANCEL_ACTION: dict[str, Any] = {"type": None, "a": None, "t": None}


def _build_exchange_twap_cancel_action(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_EXCHANGE_TWAP_CANCEL_ACTION, **d}
    return construct(cls, values, set(d))


_DEFAULTS_EXCHANGE_TWAP_CANCEL_SIGNATURE: dict[str, Any] = {"r": None, "s": None, "v": None}


def _build_exchange_twap_cancel_signature(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_EXCHANGE_TWAP_CANCEL_SIGNATURE, **d}
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL_RESPONSE_RESPONSE: dict[str, Any] = {"type": None, "data": None}


def _build_twap_cancel_response_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL_RESPONSE_RESPONSE, **d}
    x = values["data"]
    if x is not None:
        values["data"] = _build_twap_cancel_response_response_data(
            TwapCancelResponseResponseData, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL_RESPONSE_RESPONSE_DATA: dict[str, Any] = {"status": None}


def _build_twap_cancel_response_response_data(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL_RESPONSE_RESPONSE_DATA, **d}
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE: dict[str, Any] = {"type": None, "data": None}


def _build_twap_cancel_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE, **d}
    x = values["data"]
    if x is not None:
        values["data"] = _build_twap_cancel_error_response_data(TwapCancelErrorResponseData, x)
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE_DATA: dict[str, Any] = {"status": None}


def _build_twap_cancel_error_response_data(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE_DATA, **d}
    x = values["status"]
    if x is not None:
        values["status"] = _build_twap_cancel_error_response_data_status(
            TwapCancelErrorResponseDataStatus, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE_DATA_STATUS: dict[str, Any] = {"error": None}


def _build_twap_cancel_error_response_data_status(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_CANCEL_ERROR_RESPONSE_DATA_STATUS, **d}
    return construct(cls, values, set(d))


_DEFAULTS_EXCHANGE_ERROR: dict[str, Any] = {"status": None, "response": None}


def _build_exchange_error(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_EXCHANGE_ERROR, **d}
    return construct(cls, values, set(d))


def _build_twap_order(cls: type[TwapOrder], d: dict[str, Any]) -> TwapOrder:
    return construct(
        cls,
        {"type": d["type"], "twap": _build_twap_order_twap(TwapOrderTwap, d["twap"])},
        {"type", "twap"},
    )


def _build_twap_order_response(
    cls: type[TwapOrderResponse], d: dict[str, Any]
) -> TwapOrderResponse:
    return construct(
        cls,
        {
            "status": d["status"],
            "response": _build_twap_order_response_response(
                TwapOrderResponseResponse, d["response"]
            ),
        },
        {"status", "response"},
    )


def _build_twap_order_error(cls: type[TwapOrderError], d: dict[str, Any]) -> TwapOrderError:
    return construct(
        cls,
        {
            "status": d["status"],
            "response": _build_twap_order_error_response(TwapOrderErrorResponse, d["response"]),
        },
        {"status", "response"},
    )


def _build_twap_cancel_response(
    cls: type[TwapCancelResponse], d: dict[str, Any]
) -> TwapCancelResponse:
    return construct(
        cls,
        {
            "status": d["status"],
            "response": _build_twap_cancel_response_response(
                TwapCancelResponseResponse, d["response"]
            ),
        },
        {"status", "response"},
    )


def _build_twap_cancel_error(cls: type[TwapCancelError], d: dict[str, Any]) -> TwapCancelError:
    return construct(
        cls,
        {
            "status": d["status"],
            "response": _build_twap_cancel_error_response(TwapCancelErrorResponse, d["response"]),
        },
        {"status", "response"},
    )


bind(TwapOrder, check_twap_order, _build_twap_order, VENUE_ID)
bind(ExchangeTwapOrder, check_exchange_twap_order, _build_exchange_twap_order, VENUE_ID)
bind(TwapOrderResponse, check_twap_order_response, _build_twap_order_response, VENUE_ID)
bind(TwapOrderError, check_twap_order_error, _build_twap_order_error, VENUE_ID)
bind(TwapCancel, check_twap_cancel, _build_twap_cancel, VENUE_ID)
bind(ExchangeTwapCancel, check_exchange_twap_cancel, _build_exchange_twap_cancel, VENUE_ID)
bind(TwapCancelResponse, check_twap_cancel_response, _build_twap_cancel_response, VENUE_ID)
bind(TwapCancelError, check_twap_cancel_error, _build_twap_cancel_error, VENUE_ID)
bind(ExchangeError, check_exchange_error, _build_exchange_error, VENUE_ID)
bind_part(TwapOrderTwap, _check_twap_order_twap, _build_twap_order_twap, VENUE_ID)
bind_part(
    ExchangeTwapOrderAction,
    _check_exchange_twap_order_action,
    _build_exchange_twap_order_action,
    VENUE_ID,
)
bind_part(
    ExchangeTwapOrderSignature,
    _check_exchange_twap_order_signature,
    _build_exchange_twap_order_signature,
    VENUE_ID,
)
bind_part(
    TwapOrderResponseResponse,
    _check_twap_order_response_response,
    _build_twap_order_response_response,
    VENUE_ID,
)
bind_part(
    TwapOrderResponseResponseData,
    _check_twap_order_response_response_data,
    _build_twap_order_response_response_data,
    VENUE_ID,
)
bind_part(
    TwapOrderResponseResponseDataStatus,
    _check_twap_order_response_response_data_status,
    _build_twap_order_response_response_data_status,
    VENUE_ID,
)
bind_part(
    TwapOrderResponseResponseDataStatusRunning,
    _check_twap_order_response_response_data_status_running,
    _build_twap_order_response_response_data_status_running,
    VENUE_ID,
)
bind_part(
    TwapOrderErrorResponse,
    _check_twap_order_error_response,
    _build_twap_order_error_response,
    VENUE_ID,
)
bind_part(
    TwapOrderErrorResponseData,
    _check_twap_order_error_response_data,
    _build_twap_order_error_response_data,
    VENUE_ID,
)
bind_part(
    TwapOrderErrorResponseDataStatus,
    _check_twap_order_error_response_data_status,
    _build_twap_order_error_response_data_status,
    VENUE_ID,
)
bind_part(
    ExchangeTwapCancelAction,
    _check_exchange_twap_cancel_action,
    _build_exchange_twap_cancel_action,
    VENUE_ID,
)
bind_part(
    ExchangeTwapCancelSignature,
    _check_exchange_twap_cancel_signature,
    _build_exchange_twap_cancel_signature,
    VENUE_ID,
)
bind_part(
    TwapCancelResponseResponse,
    _check_twap_cancel_response_response,
    _build_twap_cancel_response_response,
    VENUE_ID,
)
bind_part(
    TwapCancelResponseResponseData,
    _check_twap_cancel_response_response_data,
    _build_twap_cancel_response_response_data,
    VENUE_ID,
)
bind_part(
    TwapCancelErrorResponse,
    _check_twap_cancel_error_response,
    _build_twap_cancel_error_response,
    VENUE_ID,
)
bind_part(
    TwapCancelErrorResponseData,
    _check_twap_cancel_error_response_data,
    _build_twap_cancel_error_response_data,
    VENUE_ID,
)
bind_part(
    TwapCancelErrorResponseDataStatus,
    _check_twap_cancel_error_response_data_status,
    _build_twap_cancel_error_response_data_status,
    VENUE_ID,
)

MESSAGES: dict[str, MessageEntry] = {
    "twap_order": MessageEntry(
        "twap_order",
        "request",
        TwapOrder,
        check_twap_order,
        ("size_within_sz_decimals",),
        Rejection(
            "twap_order_error",
            {
                "status": "ok",
                "response": {"type": "twapOrder", "data": {"status": {"error": "{violations}"}}},
            },
            'Hyperliquid Docs — Exchange endpoint (Place a TWAP order; Cancel a TWAP order; Asset), Place a TWAP order: 200: OK Error Response (The venue refuses a TWAP it cannot run with HTTP 200, top-level status "ok" and the reason in response.data.status.error ("Invalid TWAP duration: 1 min(s)"). The wording is Hyperliquid\'s own; this shows ours. A body that does not parse at all (s as a number) is more likely answered HTTP 422 in plain text, which is not modelled.)',
        ),
    ),
    "exchange_twap_order": MessageEntry(
        "exchange_twap_order",
        "request",
        ExchangeTwapOrder,
        check_exchange_twap_order,
        ("size_within_sz_decimals",),
        Rejection(
            "twap_order_error",
            {
                "status": "ok",
                "response": {"type": "twapOrder", "data": {"status": {"error": "{violations}"}}},
            },
            "Hyperliquid Docs — Exchange endpoint (Place a TWAP order; Cancel a TWAP order; Asset), Place a TWAP order: 200: OK Error Response (As for twap_order; a wrong signature is refused with an error of its own, not modelled.)",
        ),
    ),
    "twap_order_response": MessageEntry(
        "twap_order_response", "response", TwapOrderResponse, check_twap_order_response, ()
    ),
    "twap_order_error": MessageEntry(
        "twap_order_error", "error", TwapOrderError, check_twap_order_error, ()
    ),
    "twap_cancel": MessageEntry(
        "twap_cancel",
        "request",
        TwapCancel,
        check_twap_cancel,
        (),
        Rejection(
            "twap_cancel_error",
            {
                "status": "ok",
                "response": {"type": "twapCancel", "data": {"status": {"error": "{violations}"}}},
            },
            "Hyperliquid Docs — Exchange endpoint (Place a TWAP order; Cancel a TWAP order; Asset), Cancel a TWAP order: 200: OK Error Response (The venue's only documented refusal of a twapCancel; the wording shown is ours.)",
        ),
    ),
    "exchange_twap_cancel": MessageEntry(
        "exchange_twap_cancel",
        "request",
        ExchangeTwapCancel,
        check_exchange_twap_cancel,
        (),
        Rejection(
            "twap_cancel_error",
            {
                "status": "ok",
                "response": {"type": "twapCancel", "data": {"status": {"error": "{violations}"}}},
            },
            "Hyperliquid Docs — Exchange endpoint (Place a TWAP order; Cancel a TWAP order; Asset), Cancel a TWAP order: 200: OK Error Response (As for twap_cancel.)",
        ),
    ),
    "twap_cancel_response": MessageEntry(
        "twap_cancel_response", "response", TwapCancelResponse, check_twap_cancel_response, ()
    ),
    "twap_cancel_error": MessageEntry(
        "twap_cancel_error", "error", TwapCancelError, check_twap_cancel_error, ()
    ),
    "exchange_error": MessageEntry(
        "exchange_error", "error", ExchangeError, check_exchange_error, ()
    ),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "twap_order",
    (
        ("symbol", ConceptField("a", "integer", (), ("assets", "asset"))),
        ("side", ConceptField("b", "boolean", (("buy", True), ("sell", False)))),
        ("quantity", ConceptField("s", "decimal_string", ())),
        ("reduce_only", ConceptField("r", "boolean", ())),
        ("duration", ConceptField("m", "integer", (), seconds=60)),
        ("randomize", ConceptField("t", "boolean", ())),
    ),
    constants=(("type", "twapOrder"),),
    body="twap",
)

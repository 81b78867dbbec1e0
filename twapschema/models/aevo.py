"""Models and validators for Aevo (aevo).

Generated from specs/aevo.yaml (sha256 13cf45bcc03da108)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    DecimalString,
    IntegerString,
    M,
    MessageModel,
    ReferenceModel,
    Rfc3339,
    bind,
    construct,
    fixed_point,
)
from twapschema.runtime.registry import MessageEntry, Rejection
from twapschema.runtime.result import Violation, new_violation
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "aevo"
VENUE_NAME = "Aevo"
SPEC_VERSION = "1.1.0"
API_VERSION = "REST, unversioned paths (docs.aevo.xyz private API)"
_DEC0 = Decimal("0.000001")
_KNOWN1 = frozenset({"amount_float", "duration", "instrument_id", "is_buy", "reduce_only"})


class Side(enum.StrEnum):
    """Trade side, as the 200 response writes it."""

    BUY = "buy"
    """Long (is_buy true)."""
    SELL = "sell"
    """Short (is_buy false)."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class InstrumentsEntry(ReferenceModel):
    """Instruments by name, with the numeric id the TWAP endpoint takes."""

    instrument_id: int = Field(description="The id sent as instrument_id.", ge=0)


class Reference(ReferenceModel):
    """Reference data for Aevo: every section is optional."""

    instruments: dict[str, InstrumentsEntry] | None = Field(None)


class CreateTwapOrder(MessageModel):
    """Create a TWAP order for amount_float of an instrument over duration seconds."""

    instrument_id: int = Field(description="Instrument ID number.")
    is_buy: bool = Field(description="True for long order, false for short order.")
    amount_float: DecimalString = Field(description="Amount in unsigned float string.")
    duration: int = Field(
        description='Duration of the TWAP in seconds (the document says "of the RFQ block").'
    )
    reduce_only: bool | None = Field(
        None, description="True for reduce-only orders, false for standard orders."
    )


class CreateTwapOrderResponse(MessageModel):
    """The TWAP order Aevo created (HTTP 200)."""

    order_id: str = Field(description="Order ID is the hash of the order payload.")
    account: str = Field(description="Account's Ethereum address.")
    instrument_id: IntegerString = Field(
        description="Instrument ID number (a string here, an integer in the request)."
    )
    instrument_name: str = Field(description="Instrument name.")
    side: Side = Field(description="Trade side.")
    total_amount: Annotated[Decimal, fixed_point(6)] = Field(
        description='Total amount to execute; on the wire in units of 0.000001 ("10000000" is 10).'
    )
    executed_amount: Annotated[Decimal, fixed_point(6)] = Field(
        description="Amount executed so far; on the wire in units of 0.000001."
    )
    remaining_amount: Annotated[Decimal, fixed_point(6)] = Field(
        description="Remaining amount to execute; on the wire in units of 0.000001."
    )
    slices_total: IntegerString = Field(description="Total number of slices for the TWAP order.")
    slices_executed: IntegerString = Field(description="Number of slices executed so far.")
    status: str = Field(
        description='Status of the TWAP order (the document says "of the otc request").'
    )
    duration_seconds: IntegerString = Field(
        description="Total duration of the TWAP order in seconds."
    )
    interval_seconds: IntegerString = Field(description="Interval between slices in seconds.")
    reduce_only: bool = Field(description="True for reduce-only orders, false for standard orders.")
    created_time: Rfc3339 | None = Field(
        None, description="Timestamp when the TWAP order was created."
    )
    average_price: Annotated[Decimal, fixed_point(6)] | None = Field(
        None,
        description="Volume-weighted average price of executed slices; on the wire in units of 0.000001.",
    )


class Error400(MessageModel):
    """HTTP 400: Bad request."""

    error: str = Field(description="Error message.")


class Error401(MessageModel):
    """HTTP 401: Unauthorized."""

    error: str = Field(description="Error message.")


class Error429(MessageModel):
    """HTTP 429: Rate limit exceeded."""

    error: str = Field(description="Error message.")


class Error500(MessageModel):
    """HTTP 500: Internal server error."""

    error: str = Field(description="Error message.")


def _check_create_twap_order(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("instrument_id", _c.MISSING)
    x_instrument_id: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "instrument_id", "instrument_id", True, False, v)
    )
    if x_instrument_id is not None and (x_instrument_id < 0):
        if x_instrument_id < 0:
            v.append(
                new_violation(
                    (
                        "instrument_id.minimum",
                        at + "/instrument_id",
                        "instrument_id must be at least 0" + _c.got1(x_instrument_id),
                    )
                )
            )
        x_instrument_id = None
    if x_instrument_id is not None:
        out["instrument_id"] = x_instrument_id
    raw_1 = obj.get("is_buy", _c.MISSING)
    x_is_buy: bool | None = (
        raw_1
        if raw_1 is True or raw_1 is False
        else _c.take_boolean(raw_1, at, "is_buy", "is_buy", True, False, v)
    )
    if x_is_buy is not None:
        out["is_buy"] = x_is_buy
    raw_2 = obj.get("amount_float", _c.MISSING)
    x_amount_float: Decimal | None = (
        Decimal(raw_2)
        if type(raw_2) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_2)
        else _c.take_decimal_string(
            raw_2, at, "amount_float", "amount_float", True, False, False, v
        )
    )
    if x_amount_float is not None and (
        (x_amount_float <= 0) or (not _c.is_multiple(x_amount_float, _DEC0))
    ):
        if x_amount_float <= 0:
            v.append(
                new_violation(
                    (
                        "amount_float.exclusiveMinimum",
                        at + "/amount_float",
                        "amount_float must be greater than 0" + _c.got1(x_amount_float),
                    )
                )
            )
        if not _c.is_multiple(x_amount_float, _DEC0):
            v.append(
                new_violation(
                    (
                        "amount_float.multipleOf",
                        at + "/amount_float",
                        "amount_float must have at most 6 decimals (Aevo counts amounts in units of 0.000001)"
                        + _c.got1(x_amount_float),
                    )
                )
            )
        x_amount_float = None
    if x_amount_float is not None:
        out["amount_float"] = x_amount_float
    raw_3 = obj.get("duration", _c.MISSING)
    x_duration: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "duration", "duration", True, False, v)
    )
    if x_duration is not None and (x_duration < 1):
        if x_duration < 1:
            v.append(
                new_violation(
                    (
                        "duration.minimum",
                        at + "/duration",
                        "duration must be at least 1" + _c.got1(x_duration),
                    )
                )
            )
        x_duration = None
    if x_duration is not None:
        out["duration"] = x_duration
    raw_4 = obj.get("reduce_only", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_4
        if raw_4 is True or raw_4 is False
        else None
        if raw_4 is _c.MISSING
        else _c.take_boolean(raw_4, at, "reduce_only", "reduce_only", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduce_only"] = x_reduce_only
    if not _KNOWN1.issuperset(obj):
        _c.unknown_members(obj, _KNOWN1, at, "create_twap_order", v)
    return out


def _check_create_twap_order_response(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("order_id", _c.MISSING)
    x_order_id: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "order_id", "order_id", True, False, v)
    )
    if x_order_id is not None:
        out["order_id"] = x_order_id
    raw_1 = obj.get("account", _c.MISSING)
    x_account: str | None = (
        raw_1
        if type(raw_1) is str
        else _c.take_string(raw_1, at, "account", "account", True, False, v)
    )
    if x_account is not None:
        out["account"] = x_account
    raw_2 = obj.get("instrument_id", _c.MISSING)
    x_instrument_id: int | None = (
        int(raw_2)
        if type(raw_2) is str and len(raw_2) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_2)
        else _c.take_integer_string(raw_2, at, "instrument_id", "instrument_id", True, False, v)
    )
    if x_instrument_id is not None:
        out["instrument_id"] = x_instrument_id
    raw_3 = obj.get("instrument_name", _c.MISSING)
    x_instrument_name: str | None = (
        raw_3
        if type(raw_3) is str
        else _c.take_string(raw_3, at, "instrument_name", "instrument_name", True, False, v)
    )
    if x_instrument_name is not None:
        out["instrument_name"] = x_instrument_name
    raw_4 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_4]
        if type(raw_4) is str and raw_4 in _SIDE_BY_WIRE
        else _c.take_enum(raw_4, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    x_total_amount = _c.take_fixed_point_string(
        obj.get("total_amount", _c.MISSING), at, "total_amount", "total_amount", True, False, 6, v
    )
    if x_total_amount is not None:
        out["total_amount"] = x_total_amount
    x_executed_amount = _c.take_fixed_point_string(
        obj.get("executed_amount", _c.MISSING),
        at,
        "executed_amount",
        "executed_amount",
        True,
        False,
        6,
        v,
    )
    if x_executed_amount is not None:
        out["executed_amount"] = x_executed_amount
    x_remaining_amount = _c.take_fixed_point_string(
        obj.get("remaining_amount", _c.MISSING),
        at,
        "remaining_amount",
        "remaining_amount",
        True,
        False,
        6,
        v,
    )
    if x_remaining_amount is not None:
        out["remaining_amount"] = x_remaining_amount
    raw_5 = obj.get("slices_total", _c.MISSING)
    x_slices_total: int | None = (
        int(raw_5)
        if type(raw_5) is str and len(raw_5) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_5)
        else _c.take_integer_string(raw_5, at, "slices_total", "slices_total", True, False, v)
    )
    if x_slices_total is not None:
        out["slices_total"] = x_slices_total
    raw_6 = obj.get("slices_executed", _c.MISSING)
    x_slices_executed: int | None = (
        int(raw_6)
        if type(raw_6) is str and len(raw_6) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_6)
        else _c.take_integer_string(raw_6, at, "slices_executed", "slices_executed", True, False, v)
    )
    if x_slices_executed is not None:
        out["slices_executed"] = x_slices_executed
    raw_7 = obj.get("status", _c.MISSING)
    x_status: str | None = (
        raw_7
        if type(raw_7) is str
        else _c.take_string(raw_7, at, "status", "status", True, False, v)
    )
    if x_status is not None:
        out["status"] = x_status
    raw_8 = obj.get("duration_seconds", _c.MISSING)
    x_duration_seconds: int | None = (
        int(raw_8)
        if type(raw_8) is str and len(raw_8) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_8)
        else _c.take_integer_string(
            raw_8, at, "duration_seconds", "duration_seconds", True, False, v
        )
    )
    if x_duration_seconds is not None:
        out["duration_seconds"] = x_duration_seconds
    raw_9 = obj.get("interval_seconds", _c.MISSING)
    x_interval_seconds: int | None = (
        int(raw_9)
        if type(raw_9) is str and len(raw_9) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_9)
        else _c.take_integer_string(
            raw_9, at, "interval_seconds", "interval_seconds", True, False, v
        )
    )
    if x_interval_seconds is not None:
        out["interval_seconds"] = x_interval_seconds
    raw_10 = obj.get("reduce_only", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_10
        if raw_10 is True or raw_10 is False
        else _c.take_boolean(raw_10, at, "reduce_only", "reduce_only", True, False, v)
    )
    if x_reduce_only is not None:
        out["reduce_only"] = x_reduce_only
    x_created_time = _c.take_rfc3339(
        obj.get("created_time", _c.MISSING), at, "created_time", "created_time", False, False, v
    )
    if x_created_time is not None:
        out["created_time"] = x_created_time
    x_average_price = _c.take_fixed_point_string(
        obj.get("average_price", _c.MISSING),
        at,
        "average_price",
        "average_price",
        False,
        False,
        6,
        v,
    )
    if x_average_price is not None:
        out["average_price"] = x_average_price
    return out


def _check_error400(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_error401(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_error429(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def _check_error500(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_0 if type(raw_0) is str else _c.take_string(raw_0, at, "error", "error", True, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    return out


def check_create_twap_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_twap_order payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_twap_order(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_twap_order)


def check_create_twap_order_response(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_twap_order_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_twap_order_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_twap_order_response)


def check_error_400(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_400 payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error400(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error400)


def check_error_401(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_401 payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error401(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error401)


def check_error_429(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_429 payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error429(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error429)


def check_error_500(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_500 payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error500(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error500)


_DEFAULTS_CREATE_TWAP_ORDER: dict[str, Any] = {
    "instrument_id": None,
    "is_buy": None,
    "amount_float": None,
    "duration": None,
    "reduce_only": None,
}


def _build_create_twap_order(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CREATE_TWAP_ORDER, **d}
    return construct(cls, values, set(d))


_DEFAULTS_CREATE_TWAP_ORDER_RESPONSE: dict[str, Any] = {
    "order_id": None,
    "account": None,
    "instrument_id": None,
    "instrument_name": None,
    "side": None,
    "total_amount": None,
    "executed_amount": None,
    "remaining_amount": None,
    "slices_total": None,
    "slices_executed": None,
    "status": None,
    "duration_seconds": None,
    "interval_seconds": None,
    "reduce_only": None,
    "created_time": None,
    "average_price": None,
}


def _build_create_twap_order_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CREATE_TWAP_ORDER_RESPONSE, **d}
    return construct(cls, values, set(d))


_DEFAULTS_ERROR400: dict[str, Any] = {"error": None}


def _build_error400(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR400, **d}
    return construct(cls, values, set(d))


_DEFAULTS_ERROR401: dict[str, Any] = {"error": None}


def _build_error401(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR401, **d}
    return construct(cls, values, set(d))


_DEFAULTS_ERROR429: dict[str, Any] = {"error": None}


def _build_error429(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR429, **d}
    return construct(cls, values, set(d))


_DEFAULTS_ERROR500: dict[str, Any] = {"error": None}


def _build_error500(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR500, **d}
    return construct(cls, values, set(d))


bind(CreateTwapOrder, check_create_twap_order, _build_create_twap_order, VENUE_ID)
bind(
    CreateTwapOrderResponse,
    check_create_twap_order_response,
    _build_create_twap_order_response,
    VENUE_ID,
)
bind(Error400, check_error_400, _build_error400, VENUE_ID)
bind(Error401, check_error_401, _build_error401, VENUE_ID)
bind(Error429, check_error_429, _build_error429, VENUE_ID)
bind(Error500, check_error_500, _build_error500, VENUE_ID)

MESSAGES: dict[str, MessageEntry] = {
    "create_twap_order": MessageEntry(
        "create_twap_order",
        "request",
        CreateTwapOrder,
        check_create_twap_order,
        (),
        Rejection(
            "error_400",
            {"error": "ERR_MALFORMED_REQUEST"},
            "inferred: The document's only client-error body is 400 with the example ERR_MALFORMED_REQUEST; Aevo documents no finer error codes for TWAP orders, so a body that fails validation most likely meets that reply.",
        ),
    ),
    "create_twap_order_response": MessageEntry(
        "create_twap_order_response",
        "response",
        CreateTwapOrderResponse,
        check_create_twap_order_response,
        (),
    ),
    "error_400": MessageEntry("error_400", "error", Error400, check_error_400, ()),
    "error_401": MessageEntry("error_401", "error", Error401, check_error_401, ()),
    "error_429": MessageEntry("error_429", "error", Error429, check_error_429, ()),
    "error_500": MessageEntry("error_500", "error", Error500, check_error_500, ()),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "create_twap_order",
    (
        ("symbol", ConceptField("instrument_id", "integer", (), ("instruments", "instrument_id"))),
        ("side", ConceptField("is_buy", "boolean", (("buy", True), ("sell", False)))),
        ("quantity", ConceptField("amount_float", "decimal_string", ())),
        ("duration", ConceptField("duration", "integer", ())),
        ("reduce_only", ConceptField("reduce_only", "boolean", ())),
    ),
)

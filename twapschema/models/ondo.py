"""Models and validators for Ondo Perps (ondo).

Generated from specs/ondo.yaml (sha256 8cf85055ac16bdf3)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from pydantic import Field

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    DecimalString,
    M,
    MessageModel,
    PartModel,
    Rfc3339,
    bind,
    bind_part,
    construct,
)
from twapschema.runtime.registry import MessageEntry, Rejection
from twapschema.runtime.result import Violation, new_violation
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "ondo"
VENUE_NAME = "Ondo Perps"
SPEC_VERSION = "1.1.0"
API_VERSION = "v1 (/v1/perps)"
_KNOWN0 = frozenset(
    {"frequency", "market", "maxPrice", "minPrice", "reduceOnly", "runningTime", "side", "size"}
)
_NAMES1 = {
    "twapId": "twap_id",
    "market": "market",
    "side": "side",
    "startTime": "start_time",
    "runningTime": "running_time",
    "frequency": "frequency",
    "avgFilledPrice": "avg_filled_price",
    "filledSize": "filled_size",
    "totalSize": "total_size",
    "totalFees": "total_fees",
    "orderStatus": "order_status",
    "reduceOnly": "reduce_only",
}
_FIELDS2 = frozenset(_NAMES1.values())
_NAMES3 = {
    "market": "market",
    "side": "side",
    "size": "size",
    "runningTime": "running_time",
    "frequency": "frequency",
    "reduceOnly": "reduce_only",
    "maxPrice": "max_price",
    "minPrice": "min_price",
}
_FIELDS4 = frozenset(_NAMES3.values())


class Side(enum.StrEnum):
    """Order side."""

    BUY = "buy"
    """Buy."""
    SELL = "sell"
    """Sell."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class TwapOrder(PartModel):
    """A TWAP order as Ondo Perps reports it, in a response's `result`."""

    twap_id: str | None = Field(None, description="The TWAP order's id.", alias="twapId")
    market: str | None = Field(None, description="Perps trading market.")
    side: Side | None = Field(None, description="Order side.")
    start_time: Rfc3339 | None = Field(
        None, description="When the TWAP started.", alias="startTime"
    )
    running_time: int | None = Field(
        None, description="Total duration of the TWAP order in seconds.", alias="runningTime"
    )
    frequency: int | None = Field(None, description="Interval between child orders in seconds.")
    avg_filled_price: DecimalString | None = Field(
        None, description="Average price of the fills so far.", alias="avgFilledPrice"
    )
    filled_size: DecimalString | None = Field(
        None, description="Size filled so far.", alias="filledSize"
    )
    total_size: DecimalString | None = Field(
        None, description="Total size of the TWAP.", alias="totalSize"
    )
    total_fees: DecimalString | None = Field(
        None, description="Fees paid so far (negative for a net rebate).", alias="totalFees"
    )
    order_status: str | None = Field(
        None, description="The TWAP's status, such as running or completed.", alias="orderStatus"
    )
    reduce_only: bool | None = Field(
        None, description="Whether child orders are reduce-only.", alias="reduceOnly"
    )


class CreateTwapOrder(MessageModel):
    """Create a TWAP order that executes size over runningTime seconds, one child order every frequency seconds."""

    market: str = Field(description="Perps trading market.")
    side: Side = Field(description="Order side.")
    size: DecimalString = Field(
        description="Total order size in base currency to execute over the TWAP duration."
    )
    running_time: int = Field(
        description="Total duration of the TWAP order in seconds. Must be between 300 (5 minutes) and 86400 (24 hours) and a multiple of frequency.",
        alias="runningTime",
    )
    frequency: int = Field(
        description="Interval between child orders in seconds. runningTime / frequency gives the number of child orders, which must be between 2 and 200."
    )
    reduce_only: bool | None = Field(
        None, description="If true, child orders are reduce-only.", alias="reduceOnly"
    )
    max_price: DecimalString | None = Field(
        None,
        description="Maximum allowed price for child orders. Child orders will not be placed above this price.",
        alias="maxPrice",
    )
    min_price: DecimalString | None = Field(
        None,
        description="Minimum allowed price for child orders. Child orders will not be placed below this price.",
        alias="minPrice",
    )


class CreateTwapOrderResponse(MessageModel):
    """The response envelope, with the created TWAP order as `result`."""

    success: bool = Field(description="Whether the request was successful.")
    error: str | None = Field(None, description="Error message, present only on failure.")
    error_code: str | None = Field(
        None,
        description="Semantic error code. See each endpoint's error responses for the specific codes it can return.",
    )
    deprecated: str | None = Field(None, description="Deprecation notice, if applicable.")
    result: TwapOrder | None = Field(None, description="The created TWAP order.")


class ErrorResponse(MessageModel):
    """The response envelope on failure; `error` says why."""

    success: bool = Field(description="Always false here.")
    error: str | None = Field(None, description="Error message, present only on failure.")
    error_code: str | None = Field(
        None, description="Semantic error code (the codes for this endpoint are not documented)."
    )
    deprecated: str | None = Field(None, description="Deprecation notice, if applicable.")


def _check_twap_order(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("twapId", _c.MISSING)
    x_twap_id: str | None = (
        raw_0
        if type(raw_0) is str
        else None
        if raw_0 is _c.MISSING
        else _c.take_string(raw_0, at, "twapId", "twapId", False, False, v)
    )
    if x_twap_id is not None:
        out["twapId"] = x_twap_id
    raw_1 = obj.get("market", _c.MISSING)
    x_market: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "market", "market", False, False, v)
    )
    if x_market is not None:
        out["market"] = x_market
    raw_2 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_2]
        if type(raw_2) is str and raw_2 in _SIDE_BY_WIRE
        else None
        if raw_2 is _c.MISSING
        else _c.take_enum(raw_2, at, "side", "side", False, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    x_start_time = _c.take_rfc3339(
        obj.get("startTime", _c.MISSING), at, "startTime", "startTime", False, False, v
    )
    if x_start_time is not None:
        out["startTime"] = x_start_time
    raw_3 = obj.get("runningTime", _c.MISSING)
    x_running_time: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else None
        if raw_3 is _c.MISSING
        else _c.take_integer(raw_3, at, "runningTime", "runningTime", False, False, v)
    )
    if x_running_time is not None:
        out["runningTime"] = x_running_time
    raw_4 = obj.get("frequency", _c.MISSING)
    x_frequency: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else None
        if raw_4 is _c.MISSING
        else _c.take_integer(raw_4, at, "frequency", "frequency", False, False, v)
    )
    if x_frequency is not None:
        out["frequency"] = x_frequency
    raw_5 = obj.get("avgFilledPrice", _c.MISSING)
    x_avg_filled_price: Decimal | None = (
        Decimal(raw_5)
        if type(raw_5) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_5)
        else None
        if raw_5 is _c.MISSING
        else _c.take_decimal_string(
            raw_5, at, "avgFilledPrice", "avgFilledPrice", False, False, False, v
        )
    )
    if x_avg_filled_price is not None:
        out["avgFilledPrice"] = x_avg_filled_price
    raw_6 = obj.get("filledSize", _c.MISSING)
    x_filled_size: Decimal | None = (
        Decimal(raw_6)
        if type(raw_6) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_6)
        else None
        if raw_6 is _c.MISSING
        else _c.take_decimal_string(raw_6, at, "filledSize", "filledSize", False, False, False, v)
    )
    if x_filled_size is not None:
        out["filledSize"] = x_filled_size
    raw_7 = obj.get("totalSize", _c.MISSING)
    x_total_size: Decimal | None = (
        Decimal(raw_7)
        if type(raw_7) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_7)
        else None
        if raw_7 is _c.MISSING
        else _c.take_decimal_string(raw_7, at, "totalSize", "totalSize", False, False, False, v)
    )
    if x_total_size is not None:
        out["totalSize"] = x_total_size
    raw_8 = obj.get("totalFees", _c.MISSING)
    x_total_fees: Decimal | None = (
        Decimal(raw_8)
        if type(raw_8) is str and _c.SIGNED_DECIMAL.fullmatch(raw_8)
        else None
        if raw_8 is _c.MISSING
        else _c.take_decimal_string(raw_8, at, "totalFees", "totalFees", False, False, True, v)
    )
    if x_total_fees is not None:
        out["totalFees"] = x_total_fees
    raw_9 = obj.get("orderStatus", _c.MISSING)
    x_order_status: str | None = (
        raw_9
        if type(raw_9) is str
        else None
        if raw_9 is _c.MISSING
        else _c.take_string(raw_9, at, "orderStatus", "orderStatus", False, False, v)
    )
    if x_order_status is not None:
        out["orderStatus"] = x_order_status
    raw_10 = obj.get("reduceOnly", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_10
        if raw_10 is True or raw_10 is False
        else None
        if raw_10 is _c.MISSING
        else _c.take_boolean(raw_10, at, "reduceOnly", "reduceOnly", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduceOnly"] = x_reduce_only
    return out


def _check_create_twap_order(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("market", _c.MISSING)
    x_market: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "market", "market", True, False, v)
    )
    if x_market is not None:
        out["market"] = x_market
    raw_1 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_1]
        if type(raw_1) is str and raw_1 in _SIDE_BY_WIRE
        else _c.take_enum(raw_1, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_2 = obj.get("size", _c.MISSING)
    x_size: Decimal | None = (
        Decimal(raw_2)
        if type(raw_2) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_2)
        else _c.take_decimal_string(raw_2, at, "size", "size", True, False, False, v)
    )
    if x_size is not None and (x_size <= 0):
        if x_size <= 0:
            v.append(
                new_violation(
                    (
                        "size.exclusiveMinimum",
                        at + "/size",
                        "size must be greater than 0" + _c.got1(x_size),
                    )
                )
            )
        x_size = None
    if x_size is not None:
        out["size"] = x_size
    raw_3 = obj.get("runningTime", _c.MISSING)
    x_running_time: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else _c.take_integer(raw_3, at, "runningTime", "runningTime", True, False, v)
    )
    if x_running_time is not None and ((x_running_time < 300) or (x_running_time > 86400)):
        if x_running_time < 300:
            v.append(
                new_violation(
                    (
                        "runningTime.minimum",
                        at + "/runningTime",
                        "runningTime must be at least 300 seconds (5 minutes)"
                        + _c.got1(x_running_time),
                    )
                )
            )
        if x_running_time > 86400:
            v.append(
                new_violation(
                    (
                        "runningTime.maximum",
                        at + "/runningTime",
                        "runningTime must be at most 86400 seconds (24 hours)"
                        + _c.got1(x_running_time),
                    )
                )
            )
        x_running_time = None
    if x_running_time is not None:
        out["runningTime"] = x_running_time
    raw_4 = obj.get("frequency", _c.MISSING)
    x_frequency: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else _c.take_integer(raw_4, at, "frequency", "frequency", True, False, v)
    )
    if x_frequency is not None and (x_frequency < 1):
        if x_frequency < 1:
            v.append(
                new_violation(
                    (
                        "frequency.minimum",
                        at + "/frequency",
                        "frequency must be at least 1" + _c.got1(x_frequency),
                    )
                )
            )
        x_frequency = None
    if x_frequency is not None:
        out["frequency"] = x_frequency
    raw_5 = obj.get("reduceOnly", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_5
        if raw_5 is True or raw_5 is False
        else None
        if raw_5 is _c.MISSING
        else _c.take_boolean(raw_5, at, "reduceOnly", "reduceOnly", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduceOnly"] = x_reduce_only
    raw_6 = obj.get("maxPrice", _c.MISSING)
    x_max_price: Decimal | None = (
        Decimal(raw_6)
        if type(raw_6) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_6)
        else None
        if raw_6 is _c.MISSING
        else _c.take_decimal_string(raw_6, at, "maxPrice", "maxPrice", False, False, False, v)
    )
    if x_max_price is not None and (x_max_price <= 0):
        if x_max_price <= 0:
            v.append(
                new_violation(
                    (
                        "maxPrice.exclusiveMinimum",
                        at + "/maxPrice",
                        "maxPrice must be greater than 0" + _c.got1(x_max_price),
                    )
                )
            )
        x_max_price = None
    if x_max_price is not None:
        out["maxPrice"] = x_max_price
    raw_7 = obj.get("minPrice", _c.MISSING)
    x_min_price: Decimal | None = (
        Decimal(raw_7)
        if type(raw_7) is str and _c.UNSIGNED_DECIMAL.fullmatch(raw_7)
        else None
        if raw_7 is _c.MISSING
        else _c.take_decimal_string(raw_7, at, "minPrice", "minPrice", False, False, False, v)
    )
    if x_min_price is not None and (x_min_price <= 0):
        if x_min_price <= 0:
            v.append(
                new_violation(
                    (
                        "minPrice.exclusiveMinimum",
                        at + "/minPrice",
                        "minPrice must be greater than 0" + _c.got1(x_min_price),
                    )
                )
            )
        x_min_price = None
    if x_min_price is not None:
        out["minPrice"] = x_min_price
    if not _KNOWN0.issuperset(obj):
        _c.unknown_members(obj, _KNOWN0, at, "create_twap_order", v)
    if x_running_time is not None and x_frequency is not None:
        if x_running_time % x_frequency != 0:
            v.append(
                new_violation(
                    (
                        "running_time_multiple_of_frequency",
                        at + "/runningTime",
                        "runningTime must be a multiple of frequency"
                        + _c.got(("runningTime", x_running_time), ("frequency", x_frequency)),
                    )
                )
            )
    if x_running_time is not None and x_frequency is not None:
        if 2 * x_frequency > x_running_time or 200 * x_frequency < x_running_time:
            v.append(
                new_violation(
                    (
                        "child_order_count",
                        at + "/runningTime",
                        "runningTime / frequency (the number of child orders) must be between 2 and 200"
                        + _c.got(("runningTime", x_running_time), ("frequency", x_frequency)),
                    )
                )
            )
    if x_min_price is not None and x_max_price is not None:
        if x_min_price > x_max_price:
            v.append(
                new_violation(
                    (
                        "min_price_not_above_max_price",
                        at,
                        "minPrice must not be above maxPrice"
                        + _c.got(("minPrice", x_min_price), ("maxPrice", x_max_price)),
                    )
                )
            )
    return out


def _check_create_twap_order_response(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("success", _c.MISSING)
    x_success: bool | None = (
        raw_0
        if raw_0 is True or raw_0 is False
        else _c.take_boolean(raw_0, at, "success", "success", True, False, v)
    )
    if x_success is not None:
        out["success"] = x_success
    raw_1 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "error", "error", False, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    raw_2 = obj.get("error_code", _c.MISSING)
    x_error_code: str | None = (
        raw_2
        if type(raw_2) is str
        else None
        if raw_2 is _c.MISSING
        else _c.take_string(raw_2, at, "error_code", "error_code", False, False, v)
    )
    if x_error_code is not None:
        out["error_code"] = x_error_code
    raw_3 = obj.get("deprecated", _c.MISSING)
    x_deprecated: str | None = (
        raw_3
        if type(raw_3) is str
        else None
        if raw_3 is _c.MISSING
        else _c.take_string(raw_3, at, "deprecated", "deprecated", False, False, v)
    )
    if x_deprecated is not None:
        out["deprecated"] = x_deprecated
    raw_4 = obj.get("result", _c.MISSING)
    x_result: dict[str, object] | None = (
        raw_4
        if type(raw_4) is dict
        else None
        if raw_4 is _c.MISSING
        else _c.take_object(raw_4, at, "result", "result", False, False, v)
    )
    if x_result is not None:
        x_result = _check_twap_order(x_result, at + "/result", ref, v, unchecked)
    if x_result is not None:
        out["result"] = x_result
    return out


def _check_error_response(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("success", _c.MISSING)
    x_success: bool | None = (
        raw_0
        if raw_0 is True or raw_0 is False
        else _c.take_boolean(raw_0, at, "success", "success", True, False, v)
    )
    if x_success is not None and (x_success is not False):
        if x_success is not False:
            v.append(
                new_violation(
                    ("success.const", at + "/success", "success must be false" + _c.got1(x_success))
                )
            )
        x_success = None
    if x_success is not None:
        out["success"] = x_success
    raw_1 = obj.get("error", _c.MISSING)
    x_error: str | None = (
        raw_1
        if type(raw_1) is str
        else None
        if raw_1 is _c.MISSING
        else _c.take_string(raw_1, at, "error", "error", False, False, v)
    )
    if x_error is not None:
        out["error"] = x_error
    raw_2 = obj.get("error_code", _c.MISSING)
    x_error_code: str | None = (
        raw_2
        if type(raw_2) is str
        else None
        if raw_2 is _c.MISSING
        else _c.take_string(raw_2, at, "error_code", "error_code", False, False, v)
    )
    if x_error_code is not None:
        out["error_code"] = x_error_code
    raw_3 = obj.get("deprecated", _c.MISSING)
    x_deprecated: str | None = (
        raw_3
        if type(raw_3) is str
        else None
        if raw_3 is _c.MISSING
        else _c.take_string(raw_3, at, "deprecated", "deprecated", False, False, v)
    )
    if x_deprecated is not None:
        out["deprecated"] = x_deprecated
    return out


def check_create_twap_order(
    payload: object, ref: object = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_twap_order payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_twap_order(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_twap_order)


def check_create_twap_order_response(
    payload: object, ref: object = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_twap_order_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_create_twap_order_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_create_twap_order_response)


def check_error_response(
    payload: object, ref: object = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a error_response payload: (violations, unchecked rule ids, normalized or None)."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_error_response(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_error_response)


def _build_twap_order(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "twap_id": get("twapId"),
        "market": get("market"),
        "side": get("side"),
        "start_time": get("startTime"),
        "running_time": get("runningTime"),
        "frequency": get("frequency"),
        "avg_filled_price": get("avgFilledPrice"),
        "filled_size": get("filledSize"),
        "total_size": get("totalSize"),
        "total_fees": get("totalFees"),
        "order_status": get("orderStatus"),
        "reduce_only": get("reduceOnly"),
    }
    return construct(
        cls, values, set(_FIELDS2) if len(d) == 12 else set(map(_NAMES1.__getitem__, d))
    )


def _build_create_twap_order(cls: type[M], d: dict[str, Any]) -> M:
    get = d.get
    values = {
        "market": get("market"),
        "side": get("side"),
        "size": get("size"),
        "running_time": get("runningTime"),
        "frequency": get("frequency"),
        "reduce_only": get("reduceOnly"),
        "max_price": get("maxPrice"),
        "min_price": get("minPrice"),
    }
    return construct(
        cls, values, set(_FIELDS4) if len(d) == 8 else set(map(_NAMES3.__getitem__, d))
    )


_DEFAULTS_CREATE_TWAP_ORDER_RESPONSE: dict[str, Any] = {
    "success": None,
    "error": None,
    "error_code": None,
    "deprecated": None,
    "result": None,
}


def _build_create_twap_order_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CREATE_TWAP_ORDER_RESPONSE, **d}
    x = values["result"]
    if x is not None:
        values["result"] = _build_twap_order(TwapOrder, x)
    return construct(cls, values, set(d))


_DEFAULTS_ERROR_RESPONSE: dict[str, Any] = {
    "success": None,
    "error": None,
    "error_code": None,
    "deprecated": None,
}


def _build_error_response(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_ERROR_RESPONSE, **d}
    return construct(cls, values, set(d))


bind(CreateTwapOrder, check_create_twap_order, _build_create_twap_order, VENUE_ID)
bind(
    CreateTwapOrderResponse,
    check_create_twap_order_response,
    _build_create_twap_order_response,
    VENUE_ID,
)
bind(ErrorResponse, check_error_response, _build_error_response, VENUE_ID)
bind_part(TwapOrder, _check_twap_order, _build_twap_order, VENUE_ID)

MESSAGES: dict[str, MessageEntry] = {
    "create_twap_order": MessageEntry(
        "create_twap_order",
        "request",
        CreateTwapOrder,
        check_create_twap_order,
        (),
        Rejection(
            "error_response",
            {"success": False, "error": "{violations}"},
            'inferred: The response envelope carries `error`, "present only on failure", beside success: false. Ondo\'s wording of the error is its own; this shows ours, and which error_code Ondo would send is not documented.',
        ),
    ),
    "create_twap_order_response": MessageEntry(
        "create_twap_order_response",
        "response",
        CreateTwapOrderResponse,
        check_create_twap_order_response,
        (),
    ),
    "error_response": MessageEntry(
        "error_response", "error", ErrorResponse, check_error_response, ()
    ),
}
REFERENCE = None
TRANSLATION = TwapMapping(
    "create_twap_order",
    (
        ("symbol", ConceptField("market", "string", ())),
        ("side", ConceptField("side", "enum", (("buy", "buy"), ("sell", "sell")))),
        ("quantity", ConceptField("size", "decimal_string", ())),
        ("duration", ConceptField("runningTime", "integer", ())),
        ("interval", ConceptField("frequency", "integer", ())),
        ("reduce_only", ConceptField("reduceOnly", "boolean", ())),
        ("max_price", ConceptField("maxPrice", "decimal_string", ())),
        ("min_price", ConceptField("minPrice", "decimal_string", ())),
    ),
)

"""Models and validators for Ondo Perps (ondo).

Generated from specs/ondo.yaml (sha256 91c56931efc68cbc) by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum

from pydantic import Field, ValidationInfo, model_validator

from twapschema.runtime import checks as _c
from twapschema.runtime.models import DecimalString, MessageModel, run_check
from twapschema.runtime.registry import MessageEntry
from twapschema.runtime.result import Violation

VENUE_ID = "ondo"
VENUE_NAME = "Ondo Perps"
_KNOWN0 = frozenset(
    {"frequency", "market", "maxPrice", "minPrice", "reduceOnly", "runningTime", "side", "size"}
)


class Side(enum.StrEnum):
    """Order side."""

    BUY = "buy"
    """Buy."""
    SELL = "sell"
    """Sell."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


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

    @model_validator(mode="before")
    @classmethod
    def _twapschema_check(cls, data: object, info: ValidationInfo) -> object:
        return run_check(check_create_twap_order, data, info, "CreateTwapOrder", VENUE_ID)


def _check_create_twap_order(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    x_market = _c.take_string(obj.get("market", _c.MISSING), at, "market", "market", True, False, v)
    if x_market is not None:
        out["market"] = x_market
    x_side = _c.take_enum(
        obj.get("side", _c.MISSING), at, "side", "side", True, False, _SIDE_BY_WIRE, v
    )
    if x_side is not None:
        out["side"] = x_side
    x_size = _c.take_decimal_string(
        obj.get("size", _c.MISSING), at, "size", "size", True, False, False, v
    )
    if x_size is not None:
        mark_0 = len(v)
        if x_size <= 0:
            _c.fail(
                v,
                "size.exclusiveMinimum",
                at,
                "size",
                "size must be greater than 0" + _c.got1(x_size),
            )
        if len(v) != mark_0:
            x_size = None
    if x_size is not None:
        out["size"] = x_size
    x_running_time = _c.take_integer(
        obj.get("runningTime", _c.MISSING), at, "runningTime", "runningTime", True, False, v
    )
    if x_running_time is not None:
        mark_1 = len(v)
        if x_running_time < 300:
            _c.fail(
                v,
                "runningTime.minimum",
                at,
                "runningTime",
                "runningTime must be at least 300 seconds (5 minutes)" + _c.got1(x_running_time),
            )
        if x_running_time > 86400:
            _c.fail(
                v,
                "runningTime.maximum",
                at,
                "runningTime",
                "runningTime must be at most 86400 seconds (24 hours)" + _c.got1(x_running_time),
            )
        if len(v) != mark_1:
            x_running_time = None
    if x_running_time is not None:
        out["runningTime"] = x_running_time
    x_frequency = _c.take_integer(
        obj.get("frequency", _c.MISSING), at, "frequency", "frequency", True, False, v
    )
    if x_frequency is not None:
        mark_2 = len(v)
        if x_frequency < 1:
            _c.fail(
                v,
                "frequency.minimum",
                at,
                "frequency",
                "frequency must be at least 1" + _c.got1(x_frequency),
            )
        if len(v) != mark_2:
            x_frequency = None
    if x_frequency is not None:
        out["frequency"] = x_frequency
    x_reduce_only = _c.take_boolean(
        obj.get("reduceOnly", _c.MISSING), at, "reduceOnly", "reduceOnly", False, False, v
    )
    if x_reduce_only is not None:
        out["reduceOnly"] = x_reduce_only
    x_max_price = _c.take_decimal_string(
        obj.get("maxPrice", _c.MISSING), at, "maxPrice", "maxPrice", False, False, False, v
    )
    if x_max_price is not None:
        mark_3 = len(v)
        if x_max_price <= 0:
            _c.fail(
                v,
                "maxPrice.exclusiveMinimum",
                at,
                "maxPrice",
                "maxPrice must be greater than 0" + _c.got1(x_max_price),
            )
        if len(v) != mark_3:
            x_max_price = None
    if x_max_price is not None:
        out["maxPrice"] = x_max_price
    x_min_price = _c.take_decimal_string(
        obj.get("minPrice", _c.MISSING), at, "minPrice", "minPrice", False, False, False, v
    )
    if x_min_price is not None:
        mark_4 = len(v)
        if x_min_price <= 0:
            _c.fail(
                v,
                "minPrice.exclusiveMinimum",
                at,
                "minPrice",
                "minPrice must be greater than 0" + _c.got1(x_min_price),
            )
        if len(v) != mark_4:
            x_min_price = None
    if x_min_price is not None:
        out["minPrice"] = x_min_price
    _c.unknown_members(obj, _KNOWN0, at, "create_twap_order", v)
    if x_running_time is not None and x_frequency is not None:
        if x_running_time % x_frequency != 0:
            _c.fail(
                v,
                "running_time_multiple_of_frequency",
                at,
                "runningTime",
                "runningTime must be a multiple of frequency"
                + _c.got(("runningTime", x_running_time), ("frequency", x_frequency)),
            )
    if x_running_time is not None and x_frequency is not None:
        if 2 * x_frequency > x_running_time or 200 * x_frequency < x_running_time:
            _c.fail(
                v,
                "child_order_count",
                at,
                "runningTime",
                "runningTime / frequency (the number of child orders) must be between 2 and 200"
                + _c.got(("runningTime", x_running_time), ("frequency", x_frequency)),
            )
    if x_min_price is not None and x_max_price is not None:
        if x_min_price > x_max_price:
            v.append(
                Violation(
                    "min_price_not_above_max_price",
                    at,
                    "minPrice must not be above maxPrice"
                    + _c.got(("minPrice", x_min_price), ("maxPrice", x_max_price)),
                )
            )
    return out


def check_create_twap_order(
    payload: object, ref: object = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a create_twap_order payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(payload, ref, _check_create_twap_order)


MESSAGES: dict[str, MessageEntry] = {
    "create_twap_order": MessageEntry(
        "create_twap_order", "request", CreateTwapOrder, check_create_twap_order, ()
    ),
}
REFERENCE = None

"""Models and validators for Aevo (aevo).

Generated from specs/aevo.yaml (sha256 61ba8ac1ea23fce0) by `twapschema generate`: do not edit."""

from __future__ import annotations

from pydantic import Field, ValidationInfo, model_validator

from twapschema.runtime import checks as _c
from twapschema.runtime.models import DecimalString, MessageModel, run_check
from twapschema.runtime.registry import MessageEntry
from twapschema.runtime.result import Violation

VENUE_ID = "aevo"
VENUE_NAME = "Aevo"
_KNOWN0 = frozenset({"amount_float", "duration", "instrument_id", "is_buy", "reduce_only"})


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

    @model_validator(mode="before")
    @classmethod
    def _twapschema_check(cls, data: object, info: ValidationInfo) -> object:
        return run_check(check_create_twap_order, data, info, "CreateTwapOrder", VENUE_ID)


def _check_create_twap_order(
    obj: dict[str, object], at: str, ref: object, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    x_instrument_id = _c.take_integer(
        obj.get("instrument_id", _c.MISSING), at, "instrument_id", "instrument_id", True, False, v
    )
    if x_instrument_id is not None:
        mark_0 = len(v)
        if x_instrument_id < 0:
            _c.fail(
                v,
                "instrument_id.minimum",
                at,
                "instrument_id",
                "instrument_id must be at least 0" + _c.got1(x_instrument_id),
            )
        if len(v) != mark_0:
            x_instrument_id = None
    if x_instrument_id is not None:
        out["instrument_id"] = x_instrument_id
    x_is_buy = _c.take_boolean(
        obj.get("is_buy", _c.MISSING), at, "is_buy", "is_buy", True, False, v
    )
    if x_is_buy is not None:
        out["is_buy"] = x_is_buy
    x_amount_float = _c.take_decimal_string(
        obj.get("amount_float", _c.MISSING),
        at,
        "amount_float",
        "amount_float",
        True,
        False,
        False,
        v,
    )
    if x_amount_float is not None:
        mark_1 = len(v)
        if x_amount_float <= 0:
            _c.fail(
                v,
                "amount_float.exclusiveMinimum",
                at,
                "amount_float",
                "amount_float must be greater than 0" + _c.got1(x_amount_float),
            )
        if len(v) != mark_1:
            x_amount_float = None
    if x_amount_float is not None:
        out["amount_float"] = x_amount_float
    x_duration = _c.take_integer(
        obj.get("duration", _c.MISSING), at, "duration", "duration", True, False, v
    )
    if x_duration is not None:
        mark_2 = len(v)
        if x_duration < 1:
            _c.fail(
                v,
                "duration.minimum",
                at,
                "duration",
                "duration must be at least 1" + _c.got1(x_duration),
            )
        if len(v) != mark_2:
            x_duration = None
    if x_duration is not None:
        out["duration"] = x_duration
    x_reduce_only = _c.take_boolean(
        obj.get("reduce_only", _c.MISSING), at, "reduce_only", "reduce_only", False, False, v
    )
    if x_reduce_only is not None:
        out["reduce_only"] = x_reduce_only
    _c.unknown_members(obj, _KNOWN0, at, "create_twap_order", v)
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

"""Models and validators for dYdX v4 (dydx).

Generated from specs/dydx.yaml (sha256 d263a3e256f357fb)
by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    IntegerString,
    M,
    MessageModel,
    PartModel,
    ReferenceModel,
    bind,
    bind_part,
    construct,
    reference_decimal,
)
from twapschema.runtime.registry import MessageEntry
from twapschema.runtime.result import Violation, new_violation
from twapschema.runtime.wire import Wire, WireNode
from twapschema.translation.mapping import ConceptField, TwapMapping

VENUE_ID = "dydx"
VENUE_NAME = "dYdX v4"
SPEC_VERSION = "1.0.0"
API_VERSION = "v4 chain (dydxprotocol/v4-chain main)"
_KNOWN0 = frozenset({"duration", "interval", "price_tolerance"})
_PATTERN1 = re.compile("^(dydx1[02-9ac-hj-np-z]+)?\\Z", re.ASCII)
_KNOWN2 = frozenset(
    {
        "builder_code_parameters",
        "client_metadata",
        "condition_type",
        "conditional_order_trigger_subticks",
        "good_til_block_time",
        "order_id",
        "order_router_address",
        "quantums",
        "reduce_only",
        "side",
        "subticks",
        "time_in_force",
        "twap_parameters",
    }
)
_KNOWN3 = frozenset({"client_id", "clob_pair_id", "order_flags", "subaccount_id"})
_PATTERN4 = re.compile("^dydx1[02-9ac-hj-np-z]+\\Z", re.ASCII)
_KNOWN5 = frozenset({"number", "owner"})
_KNOWN6 = frozenset({"builder_address", "fee_ppm"})
_KNOWN7 = frozenset({"good_til_block_time", "order_id"})
_KNOWN8 = frozenset({"order"})


class Side(enum.StrEnum):
    """Order side."""

    SIDE_BUY = "SIDE_BUY"
    """A buy order."""
    SIDE_SELL = "SIDE_SELL"
    """A sell order."""


_SIDE_BY_WIRE: dict[str, Side] = {m.value: m for m in Side}


class TimeInForce(enum.StrEnum):
    """How long the order stays active."""

    TIME_IN_FORCE_UNSPECIFIED = "TIME_IN_FORCE_UNSPECIFIED"
    """Default: match, then rest on the book."""
    TIME_IN_FORCE_IOC = "TIME_IN_FORCE_IOC"
    """Immediate-or-cancel."""
    TIME_IN_FORCE_POST_ONLY = "TIME_IN_FORCE_POST_ONLY"
    """Post-only (maker only)."""


_TIME_IN_FORCE_BY_WIRE: dict[str, TimeInForce] = {m.value: m for m in TimeInForce}


class ConditionType(enum.StrEnum):
    """Trigger type of a conditional order."""

    CONDITION_TYPE_UNSPECIFIED = "CONDITION_TYPE_UNSPECIFIED"
    """Not conditional."""
    CONDITION_TYPE_STOP_LOSS = "CONDITION_TYPE_STOP_LOSS"
    """Stop order."""
    CONDITION_TYPE_TAKE_PROFIT = "CONDITION_TYPE_TAKE_PROFIT"
    """Take-profit order."""


_CONDITION_TYPE_BY_WIRE: dict[str, ConditionType] = {m.value: m for m in ConditionType}


class MarketsEntry(ReferenceModel):
    """Perpetual markets (CLOB pairs) with the grid an order's quantums and subticks must keep, keyed by ticker (BTC-USD); an order names its market by clob_pair_id."""

    clob_pair_id: int = Field(
        description="The CLOB pair's id (clobPairId), as an order's order_id.clob_pair_id names it.",
        ge=0,
    )
    status: Literal["tradable", "cancel_only"] = Field(
        description="The market's status in twapschema's words: ACTIVE is tradable; INITIALIZING (the chain refuses stateful orders, which TWAPs are) and FINAL_SETTLEMENT (trading disabled) are cancel_only. ⚠ The indexer also lists PAUSED, CANCEL_ONLY and POST_ONLY, which the chain's IsSupportedClobPairStatus does not support (a ClobPair in state with one makes validateOrderAgainstClobPairStatus panic); write them as cancel_only."
    )
    step_base_quantums: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="stepBaseQuantums, the size grid in base quantums (a uint64; the least suborder size too).",
        ge=1,
    )
    subticks_per_tick: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="subticksPerTick, the price grid in subticks (a uint32).", ge=1
    )


class Reference(ReferenceModel):
    """Reference data for dYdX v4: every section is optional."""

    markets: dict[str, MarketsEntry] | None = Field(None)

    LOOKUPS = ("markets:clob_pair_id",)


class TwapParameters(PartModel):
    """The TWAP's schedule and per-suborder price tolerance."""

    duration: int = Field(description="Total run time of the TWAP, in seconds (300 to 86400).")
    interval: int = Field(
        description="Seconds between suborders (30 to 3600); a factor of duration."
    )
    price_tolerance: int | None = Field(
        None,
        description="Price tolerance in parts per million, applied to the oracle price each time a suborder is triggered.",
    )


class PlaceTwapOrderOrderBuilderCodeParameters(PartModel):
    """An object within place_twap_order."""

    builder_address: str = Field(description="The builder's bech32 address (dydx1…), paid the fee.")
    fee_ppm: int = Field(description="Builder fee in parts per million, 1 to 10000.")


class PlaceTwapOrderOrderOrderIdSubaccountId(PartModel):
    """An object within place_twap_order."""

    owner: str = Field(
        description="The owner's bech32 account address (dydx1…); it signs the transaction."
    )
    number: int | None = Field(None, description="Subaccount number, 0 to 128000.")


class PlaceTwapOrderOrderOrderId(PartModel):
    """An object within place_twap_order."""

    subaccount_id: PlaceTwapOrderOrderOrderIdSubaccountId = Field(
        description="The subaccount placing the order."
    )
    client_id: int | None = Field(
        None, description="Client-chosen 32-bit id, unique per subaccount."
    )
    order_flags: int = Field(description="Order kind flags; 128 is TWAP.")
    clob_pair_id: int = Field(
        0, description="The market's CLOB pair id (for example 0 for BTC-USD, 1 for ETH-USD)."
    )


class PlaceTwapOrderOrder(PartModel):
    """Place a TWAP: an Order with order_flags 128 that the chain splits into duration / interval suborders, one every interval seconds, priced from the oracle within price_tolerance. The MsgPlaceOrder travels inside a signed transaction (tx_bytes of the Cosmos broadcast endpoint); this is its JSON form, as Cosmos tools print it, not a JSON POST body."""

    order_id: PlaceTwapOrderOrderOrderId = Field(
        description="The order's id; order_flags 128 makes it a TWAP."
    )
    side: Side = Field(description="Order side.")
    quantums: IntegerString = Field(
        description="Total size in base quantums, a multiple of the market's step_base_quantums. uint64, so a decimal string in proto-JSON."
    )
    subticks: IntegerString | None = Field(
        None,
        description="Limit price of each suborder in subticks, a multiple of the market's subticks_per_tick; 0 (or absent) makes a market TWAP priced from the oracle.",
    )
    good_til_block_time: int = Field(
        description="Unix time (seconds) of expiry. Required and non-zero for stateful orders, which TWAPs are."
    )
    time_in_force: TimeInForce | None = Field(
        None, description="Time in force; FILL_OR_KILL is rejected."
    )
    reduce_only: bool | None = Field(
        None,
        description='Reduce-only. ValidateBasic accepts true only with time_in_force TIME_IN_FORCE_IOC ("reduce only orders must be short term IOC orders").',
    )
    client_metadata: int | None = Field(
        None, description="Client bit flags, ignored by the protocol."
    )
    condition_type: ConditionType | None = Field(
        None, description="Must be CONDITION_TYPE_UNSPECIFIED (a TWAP is not a conditional order)."
    )
    conditional_order_trigger_subticks: IntegerString | None = Field(
        None, description="Must be 0 (a TWAP is not a conditional order)."
    )
    twap_parameters: TwapParameters = Field(
        description="The TWAP's duration, interval and price tolerance."
    )
    builder_code_parameters: PlaceTwapOrderOrderBuilderCodeParameters | None = Field(
        None, description="Optional builder (partner) fee on fills."
    )
    order_router_address: str | None = Field(
        None, description="Address of the order router that placed the order; empty for none."
    )


class PlaceTwapOrder(MessageModel):
    "Place a TWAP: an Order with order_flags 128 that the chain splits into duration / interval suborders, one every interval seconds, priced from the oracle within price_tolerance. The MsgPlaceOrder travels inside a signed transaction (tx_bytes of the Cosmos broadcast endpoint); this is its JSON form, as Cosmos tools print it, not a JSON POST body."

    order: PlaceTwapOrderOrder


class CancelTwapOrderOrderIdSubaccountId(PartModel):
    """An object within cancel_twap_order."""

    owner: str = Field(
        description="The owner's bech32 account address (dydx1…); it signs the transaction."
    )
    number: int | None = Field(None, description="Subaccount number, 0 to 128000.")


class CancelTwapOrderOrderId(PartModel):
    """An object within cancel_twap_order."""

    subaccount_id: CancelTwapOrderOrderIdSubaccountId = Field(
        description="The subaccount that placed the order."
    )
    client_id: int | None = Field(
        None, description="Client-chosen 32-bit id, unique per subaccount."
    )
    order_flags: int = Field(description="Order kind flags; 128 is TWAP.")
    clob_pair_id: int | None = Field(
        None, description="The market's CLOB pair id (for example 0 for BTC-USD, 1 for ETH-USD)."
    )


class CancelTwapOrder(MessageModel):
    """Cancel a TWAP: a MsgCancelOrder naming the TWAP's order id (order_flags 128, a stateful order) with a good_til_block_time, the stateful member of its good_til oneof. Like the place, it travels inside a signed transaction; this is its JSON form."""

    order_id: CancelTwapOrderOrderId = Field(
        description="The id of the TWAP to cancel, as it was placed (order_flags 128)."
    )
    good_til_block_time: int = Field(
        description="The cancel's expiry, in unix seconds; non-zero for a stateful order."
    )


def _check_twap_parameters(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("duration", _c.MISSING)
    x_duration: int | None = (
        raw_0
        if type(raw_0) is int and -9007199254740991 <= raw_0 <= 9007199254740991
        else _c.take_integer(raw_0, at, "duration", "duration", True, False, v)
    )
    if x_duration is not None and ((x_duration < 300) or (x_duration > 86400)):
        if x_duration < 300:
            v.append(
                new_violation(
                    (
                        "duration.minimum",
                        at + "/duration",
                        "twap_parameters.duration must be at least 300 seconds (5 minutes)"
                        + _c.got1(x_duration),
                    )
                )
            )
        if x_duration > 86400:
            v.append(
                new_violation(
                    (
                        "duration.maximum",
                        at + "/duration",
                        "twap_parameters.duration must be at most 86400 seconds (24 hours)"
                        + _c.got1(x_duration),
                    )
                )
            )
        x_duration = None
    if x_duration is not None:
        out["duration"] = x_duration
    raw_1 = obj.get("interval", _c.MISSING)
    x_interval: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer(raw_1, at, "interval", "interval", True, False, v)
    )
    if x_interval is not None and ((x_interval < 30) or (x_interval > 3600)):
        if x_interval < 30:
            v.append(
                new_violation(
                    (
                        "interval.minimum",
                        at + "/interval",
                        "twap_parameters.interval must be at least 30 seconds"
                        + _c.got1(x_interval),
                    )
                )
            )
        if x_interval > 3600:
            v.append(
                new_violation(
                    (
                        "interval.maximum",
                        at + "/interval",
                        "twap_parameters.interval must be at most 3600 seconds (1 hour)"
                        + _c.got1(x_interval),
                    )
                )
            )
        x_interval = None
    if x_interval is not None:
        out["interval"] = x_interval
    raw_2 = obj.get("price_tolerance", _c.MISSING)
    x_price_tolerance: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else None
        if raw_2 is _c.MISSING
        else _c.take_integer(raw_2, at, "price_tolerance", "price_tolerance", False, False, v)
    )
    if x_price_tolerance is not None and (
        (x_price_tolerance < 0) or (x_price_tolerance >= 1000000)
    ):
        if x_price_tolerance < 0:
            v.append(
                new_violation(
                    (
                        "price_tolerance.minimum",
                        at + "/price_tolerance",
                        "price_tolerance must be at least 0" + _c.got1(x_price_tolerance),
                    )
                )
            )
        if x_price_tolerance >= 1000000:
            v.append(
                new_violation(
                    (
                        "price_tolerance.exclusiveMaximum",
                        at + "/price_tolerance",
                        "twap_parameters.price_tolerance must be below 1000000 ppm"
                        + _c.got1(x_price_tolerance),
                    )
                )
            )
        x_price_tolerance = None
    if x_price_tolerance is not None:
        out["price_tolerance"] = x_price_tolerance
    if not _KNOWN0.issuperset(obj):
        _c.unknown_members(obj, _KNOWN0, at, "object TwapParameters", v)
    if x_duration is not None and x_interval is not None:
        if x_duration % x_interval != 0:
            v.append(
                new_violation(
                    (
                        "duration_multiple_of_interval",
                        at + "/duration",
                        "twap_parameters.duration must be a multiple of twap_parameters.interval"
                        + _c.got(("duration", x_duration), ("interval", x_interval)),
                    )
                )
            )
    return out


def _check_place_twap_order_order(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("order_id", _c.MISSING)
    x_order_id: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "order_id", "order_id", True, False, v)
    )
    if x_order_id is not None:
        x_order_id = _check_place_twap_order_order_order_id(
            x_order_id, at + "/order_id", ref, v, unchecked
        )
    if x_order_id is not None:
        out["order_id"] = x_order_id
    raw_1 = obj.get("side", _c.MISSING)
    x_side: Side | None = (
        _SIDE_BY_WIRE[raw_1]
        if type(raw_1) is str and raw_1 in _SIDE_BY_WIRE
        else _c.take_enum(raw_1, at, "side", "side", True, False, _SIDE_BY_WIRE, v)
    )
    if x_side is not None:
        out["side"] = x_side
    raw_2 = obj.get("quantums", _c.MISSING)
    x_quantums: int | None = (
        int(raw_2)
        if type(raw_2) is str and len(raw_2) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_2)
        else _c.take_integer_string(raw_2, at, "quantums", "quantums", True, False, v)
    )
    if x_quantums is not None and ((x_quantums > 18446744073709551615) or (x_quantums <= 0)):
        if x_quantums > 18446744073709551615:
            v.append(
                new_violation(
                    (
                        "quantums.maximum",
                        at + "/quantums",
                        "quantums must be at most 18446744073709551615" + _c.got1(x_quantums),
                    )
                )
            )
        if x_quantums <= 0:
            v.append(
                new_violation(
                    (
                        "quantums.exclusiveMinimum",
                        at + "/quantums",
                        "quantums must be above 0" + _c.got1(x_quantums),
                    )
                )
            )
        x_quantums = None
    if x_quantums is not None:
        out["quantums"] = x_quantums
    raw_3 = obj.get("subticks", _c.MISSING)
    x_subticks: int | None = (
        int(raw_3)
        if type(raw_3) is str and len(raw_3) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_3)
        else None
        if raw_3 is _c.MISSING
        else _c.take_integer_string(raw_3, at, "subticks", "subticks", False, False, v)
    )
    if x_subticks is not None and (x_subticks > 18446744073709551615):
        if x_subticks > 18446744073709551615:
            v.append(
                new_violation(
                    (
                        "subticks.maximum",
                        at + "/subticks",
                        "subticks must be at most 18446744073709551615" + _c.got1(x_subticks),
                    )
                )
            )
        x_subticks = None
    if x_subticks is not None:
        out["subticks"] = x_subticks
    raw_4 = obj.get("good_til_block_time", _c.MISSING)
    x_good_til_block_time: int | None = (
        raw_4
        if type(raw_4) is int and -9007199254740991 <= raw_4 <= 9007199254740991
        else _c.take_integer(
            raw_4, at, "good_til_block_time", "good_til_block_time", True, False, v
        )
    )
    if x_good_til_block_time is not None and (
        (x_good_til_block_time > 4294967295) or (x_good_til_block_time <= 0)
    ):
        if x_good_til_block_time > 4294967295:
            v.append(
                new_violation(
                    (
                        "good_til_block_time.maximum",
                        at + "/good_til_block_time",
                        "good_til_block_time must be at most 4294967295"
                        + _c.got1(x_good_til_block_time),
                    )
                )
            )
        if x_good_til_block_time <= 0:
            v.append(
                new_violation(
                    (
                        "good_til_block_time.exclusiveMinimum",
                        at + "/good_til_block_time",
                        "good_til_block_time must be non-zero for a TWAP (a stateful order)"
                        + _c.got1(x_good_til_block_time),
                    )
                )
            )
        x_good_til_block_time = None
    if x_good_til_block_time is not None:
        out["good_til_block_time"] = x_good_til_block_time
    raw_5 = obj.get("time_in_force", _c.MISSING)
    x_time_in_force: TimeInForce | None = (
        _TIME_IN_FORCE_BY_WIRE[raw_5]
        if type(raw_5) is str and raw_5 in _TIME_IN_FORCE_BY_WIRE
        else None
        if raw_5 is _c.MISSING
        else _c.take_enum(
            raw_5, at, "time_in_force", "time_in_force", False, False, _TIME_IN_FORCE_BY_WIRE, v
        )
    )
    if x_time_in_force is not None:
        out["time_in_force"] = x_time_in_force
    raw_6 = obj.get("reduce_only", _c.MISSING)
    x_reduce_only: bool | None = (
        raw_6
        if raw_6 is True or raw_6 is False
        else None
        if raw_6 is _c.MISSING
        else _c.take_boolean(raw_6, at, "reduce_only", "reduce_only", False, False, v)
    )
    if x_reduce_only is not None:
        out["reduce_only"] = x_reduce_only
    raw_7 = obj.get("client_metadata", _c.MISSING)
    x_client_metadata: int | None = (
        raw_7
        if type(raw_7) is int and -9007199254740991 <= raw_7 <= 9007199254740991
        else None
        if raw_7 is _c.MISSING
        else _c.take_integer(raw_7, at, "client_metadata", "client_metadata", False, False, v)
    )
    if x_client_metadata is not None and (
        (x_client_metadata < 0) or (x_client_metadata > 4294967295)
    ):
        if x_client_metadata < 0:
            v.append(
                new_violation(
                    (
                        "client_metadata.minimum",
                        at + "/client_metadata",
                        "client_metadata must be at least 0" + _c.got1(x_client_metadata),
                    )
                )
            )
        if x_client_metadata > 4294967295:
            v.append(
                new_violation(
                    (
                        "client_metadata.maximum",
                        at + "/client_metadata",
                        "client_metadata must be at most 4294967295" + _c.got1(x_client_metadata),
                    )
                )
            )
        x_client_metadata = None
    if x_client_metadata is not None:
        out["client_metadata"] = x_client_metadata
    raw_8 = obj.get("condition_type", _c.MISSING)
    x_condition_type: ConditionType | None = (
        _CONDITION_TYPE_BY_WIRE[raw_8]
        if type(raw_8) is str and raw_8 in _CONDITION_TYPE_BY_WIRE
        else None
        if raw_8 is _c.MISSING
        else _c.take_enum(
            raw_8, at, "condition_type", "condition_type", False, False, _CONDITION_TYPE_BY_WIRE, v
        )
    )
    if x_condition_type is not None and (x_condition_type != "CONDITION_TYPE_UNSPECIFIED"):
        if x_condition_type != "CONDITION_TYPE_UNSPECIFIED":
            v.append(
                new_violation(
                    (
                        "condition_type.const",
                        at + "/condition_type",
                        "condition_type must be CONDITION_TYPE_UNSPECIFIED for a TWAP"
                        + _c.got1(x_condition_type),
                    )
                )
            )
        x_condition_type = None
    if x_condition_type is not None:
        out["condition_type"] = x_condition_type
    raw_9 = obj.get("conditional_order_trigger_subticks", _c.MISSING)
    x_conditional_order_trigger_subticks: int | None = (
        int(raw_9)
        if type(raw_9) is str and len(raw_9) <= _c.MAX_DIGITS and _c.DIGITS.fullmatch(raw_9)
        else None
        if raw_9 is _c.MISSING
        else _c.take_integer_string(
            raw_9,
            at,
            "conditional_order_trigger_subticks",
            "conditional_order_trigger_subticks",
            False,
            False,
            v,
        )
    )
    if x_conditional_order_trigger_subticks is not None and (
        x_conditional_order_trigger_subticks > 0
    ):
        if x_conditional_order_trigger_subticks > 0:
            v.append(
                new_violation(
                    (
                        "conditional_order_trigger_subticks.maximum",
                        at + "/conditional_order_trigger_subticks",
                        "conditional_order_trigger_subticks must be 0 for a TWAP"
                        + _c.got1(x_conditional_order_trigger_subticks),
                    )
                )
            )
        x_conditional_order_trigger_subticks = None
    if x_conditional_order_trigger_subticks is not None:
        out["conditional_order_trigger_subticks"] = x_conditional_order_trigger_subticks
    raw_10 = obj.get("twap_parameters", _c.MISSING)
    x_twap_parameters: dict[str, object] | None = (
        raw_10
        if type(raw_10) is dict
        else _c.take_object(raw_10, at, "twap_parameters", "twap_parameters", True, False, v)
    )
    if x_twap_parameters is not None:
        x_twap_parameters = _check_twap_parameters(
            x_twap_parameters, at + "/twap_parameters", ref, v, unchecked
        )
    if x_twap_parameters is not None:
        out["twap_parameters"] = x_twap_parameters
    raw_11 = obj.get("builder_code_parameters", _c.MISSING)
    x_builder_code_parameters: dict[str, object] | None = (
        raw_11
        if type(raw_11) is dict
        else None
        if raw_11 is _c.MISSING
        else _c.take_object(
            raw_11, at, "builder_code_parameters", "builder_code_parameters", False, True, v
        )
    )
    if x_builder_code_parameters is not None:
        x_builder_code_parameters = _check_place_twap_order_order_builder_code_parameters(
            x_builder_code_parameters, at + "/builder_code_parameters", ref, v, unchecked
        )
    if x_builder_code_parameters is not None:
        out["builder_code_parameters"] = x_builder_code_parameters
    elif obj.get("builder_code_parameters", 0) is None:
        out["builder_code_parameters"] = None
    raw_12 = obj.get("order_router_address", _c.MISSING)
    x_order_router_address: str | None = (
        raw_12
        if type(raw_12) is str
        else None
        if raw_12 is _c.MISSING
        else _c.take_string(
            raw_12, at, "order_router_address", "order_router_address", False, False, v
        )
    )
    if x_order_router_address is not None and (
        (_PATTERN1.search(x_order_router_address) is None)
        or (
            x_order_router_address != ""
            and _PATTERN1.search(x_order_router_address) is not None
            and not _c.bech32_ok(x_order_router_address, "dydx")
        )
    ):
        if _PATTERN1.search(x_order_router_address) is None:
            v.append(
                new_violation(
                    (
                        "order_router_address.pattern",
                        at + "/order_router_address",
                        "order_router_address must be empty or a dydx1… bech32 address"
                        + _c.got1(x_order_router_address),
                    )
                )
            )
        if (
            x_order_router_address != ""
            and _PATTERN1.search(x_order_router_address) is not None
            and not _c.bech32_ok(x_order_router_address, "dydx")
        ):
            v.append(
                new_violation(
                    (
                        "order_router_address.bech32",
                        at + "/order_router_address",
                        "order_router_address, when given, must have a valid bech32 checksum"
                        + _c.got1(x_order_router_address),
                    )
                )
            )
        x_order_router_address = None
    if x_order_router_address is not None:
        out["order_router_address"] = x_order_router_address
    if not _KNOWN2.issuperset(obj):
        _c.unknown_members(obj, _KNOWN2, at, "place_twap_order", v)
    if x_reduce_only is not None and (x_time_in_force is not None or "time_in_force" not in obj):
        if x_reduce_only in (True,) and (
            True if x_time_in_force is None else x_time_in_force not in ("TIME_IN_FORCE_IOC",)
        ):
            v.append(
                new_violation(
                    (
                        "reduce_only_needs_ioc",
                        at + "/time_in_force",
                        "a reduce-only order must be time_in_force TIME_IN_FORCE_IOC (reduce only orders must be short term IOC orders)"
                        + (
                            _c.got(
                                ("reduce_only", x_reduce_only), ("time_in_force", x_time_in_force)
                            )
                            if x_time_in_force is not None
                            else _c.got(("reduce_only", x_reduce_only)) + " (time_in_force absent)"
                        ),
                    )
                )
            )
    x_order_id__clob_pair_id: Any = (
        x_order_id.get("clob_pair_id") if type(x_order_id) is dict else None
    )
    if x_order_id__clob_pair_id is None and _c.absent_at(obj, ("order_id", "clob_pair_id"), False):
        x_order_id__clob_pair_id = 0
    if x_order_id__clob_pair_id is not None:
        if ref is None or ref.markets is None:
            unchecked.append("market_takes_twaps")
        else:
            row_0 = ref.find("markets:clob_pair_id", (x_order_id__clob_pair_id,))
            if row_0 is None:
                v.append(
                    new_violation(
                        (
                            "market_takes_twaps",
                            at + "/order_id/clob_pair_id",
                            "order_id.clob_pair_id must name a market (CLOB pair) that takes TWAP orders (status ACTIVE)"
                            + " (not in the reference data)"
                            + _c.got(("order_id.clob_pair_id", x_order_id__clob_pair_id)),
                        )
                    )
                )
            elif row_0.status != "tradable":
                v.append(
                    new_violation(
                        (
                            "market_takes_twaps",
                            at + "/order_id/clob_pair_id",
                            "order_id.clob_pair_id must name a market (CLOB pair) that takes TWAP orders (status ACTIVE)"
                            + " ("
                            + row_0.status
                            + " in the reference data)"
                            + _c.got(("order_id.clob_pair_id", x_order_id__clob_pair_id)),
                        )
                    )
                )
    if x_order_id__clob_pair_id is None and _c.absent_at(obj, ("order_id", "clob_pair_id"), False):
        x_order_id__clob_pair_id = 0
    if x_quantums is not None and x_order_id__clob_pair_id is not None:
        if ref is None or ref.markets is None:
            unchecked.append("quantums_multiple_of_step_base_quantums")
        else:
            row_1 = ref.find("markets:clob_pair_id", (x_order_id__clob_pair_id,))
            if row_1 is None:
                _c.unlisted(
                    unchecked,
                    "quantums_multiple_of_step_base_quantums",
                    at + "/order_id",
                    "clob_pair_id",
                    "quantums must be a multiple of the market's stepBaseQuantums",
                    "markets",
                    _c.got(("order_id.clob_pair_id", x_order_id__clob_pair_id)),
                )
            elif not _c.is_multiple(x_quantums, row_1.step_base_quantums):
                v.append(
                    new_violation(
                        (
                            "quantums_multiple_of_step_base_quantums",
                            at + "/quantums",
                            "quantums must be a multiple of the market's stepBaseQuantums"
                            + _c.got(
                                ("quantums", x_quantums),
                                (
                                    "markets[clob_pair_id=order_id.clob_pair_id].step_base_quantums",
                                    row_1.step_base_quantums,
                                ),
                            ),
                        )
                    )
                )
    if x_order_id__clob_pair_id is None and _c.absent_at(obj, ("order_id", "clob_pair_id"), False):
        x_order_id__clob_pair_id = 0
    if x_subticks is not None and x_order_id__clob_pair_id is not None:
        if ref is None or ref.markets is None:
            unchecked.append("subticks_multiple_of_subticks_per_tick")
        else:
            row_2 = ref.find("markets:clob_pair_id", (x_order_id__clob_pair_id,))
            if row_2 is None:
                _c.unlisted(
                    unchecked,
                    "subticks_multiple_of_subticks_per_tick",
                    at + "/order_id",
                    "clob_pair_id",
                    "subticks must be a multiple of the market's subticksPerTick",
                    "markets",
                    _c.got(("order_id.clob_pair_id", x_order_id__clob_pair_id)),
                )
            elif not _c.is_multiple(x_subticks, row_2.subticks_per_tick):
                v.append(
                    new_violation(
                        (
                            "subticks_multiple_of_subticks_per_tick",
                            at + "/subticks",
                            "subticks must be a multiple of the market's subticksPerTick"
                            + _c.got(
                                ("subticks", x_subticks),
                                (
                                    "markets[clob_pair_id=order_id.clob_pair_id].subticks_per_tick",
                                    row_2.subticks_per_tick,
                                ),
                            ),
                        )
                    )
                )
    x_twap_parameters__duration: Any = (
        x_twap_parameters.get("duration") if type(x_twap_parameters) is dict else None
    )
    x_twap_parameters__interval: Any = (
        x_twap_parameters.get("interval") if type(x_twap_parameters) is dict else None
    )
    if x_order_id__clob_pair_id is None and _c.absent_at(obj, ("order_id", "clob_pair_id"), False):
        x_order_id__clob_pair_id = 0
    if (
        x_quantums is not None
        and x_twap_parameters__duration is not None
        and x_twap_parameters__interval is not None
        and x_order_id__clob_pair_id is not None
    ):
        if ref is None or ref.markets is None:
            unchecked.append("quantums_per_suborder_at_least_step_base_quantums")
        else:
            row_3 = ref.find("markets:clob_pair_id", (x_order_id__clob_pair_id,))
            if row_3 is None:
                _c.unlisted(
                    unchecked,
                    "quantums_per_suborder_at_least_step_base_quantums",
                    at + "/order_id",
                    "clob_pair_id",
                    "quantums / (twap_parameters.duration / twap_parameters.interval), the size of each suborder, must be at least the market's stepBaseQuantums",
                    "markets",
                    _c.got(("order_id.clob_pair_id", x_order_id__clob_pair_id)),
                )
            elif _c.mul(x_quantums, x_twap_parameters__interval) < _c.mul(
                row_3.step_base_quantums, x_twap_parameters__duration
            ):
                v.append(
                    new_violation(
                        (
                            "quantums_per_suborder_at_least_step_base_quantums",
                            at + "/quantums",
                            "quantums / (twap_parameters.duration / twap_parameters.interval), the size of each suborder, must be at least the market's stepBaseQuantums"
                            + _c.got(
                                ("quantums", x_quantums),
                                ("twap_parameters.duration", x_twap_parameters__duration),
                                ("twap_parameters.interval", x_twap_parameters__interval),
                                (
                                    "markets[clob_pair_id=order_id.clob_pair_id].step_base_quantums",
                                    row_3.step_base_quantums,
                                ),
                            ),
                        )
                    )
                )
    return out


def _check_place_twap_order_order_order_id(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("subaccount_id", _c.MISSING)
    x_subaccount_id: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "subaccount_id", "order_id.subaccount_id", True, False, v)
    )
    if x_subaccount_id is not None:
        x_subaccount_id = _check_place_twap_order_order_order_id_subaccount_id(
            x_subaccount_id, at + "/subaccount_id", ref, v, unchecked
        )
    if x_subaccount_id is not None:
        out["subaccount_id"] = x_subaccount_id
    raw_1 = obj.get("client_id", _c.MISSING)
    x_client_id: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else None
        if raw_1 is _c.MISSING
        else _c.take_integer(raw_1, at, "client_id", "order_id.client_id", False, False, v)
    )
    if x_client_id is not None and ((x_client_id < 0) or (x_client_id > 4294967295)):
        if x_client_id < 0:
            v.append(
                new_violation(
                    (
                        "order_id.client_id.minimum",
                        at + "/client_id",
                        "order_id.client_id must be at least 0" + _c.got1(x_client_id),
                    )
                )
            )
        if x_client_id > 4294967295:
            v.append(
                new_violation(
                    (
                        "order_id.client_id.maximum",
                        at + "/client_id",
                        "order_id.client_id must be at most 4294967295" + _c.got1(x_client_id),
                    )
                )
            )
        x_client_id = None
    if x_client_id is not None:
        out["client_id"] = x_client_id
    raw_2 = obj.get("order_flags", _c.MISSING)
    x_order_flags: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "order_flags", "order_id.order_flags", True, False, v)
    )
    if x_order_flags is not None and (x_order_flags != 128):
        if x_order_flags != 128:
            v.append(
                new_violation(
                    (
                        "order_id.order_flags.const",
                        at + "/order_flags",
                        "order_id.order_flags must be 128 (TWAP)" + _c.got1(x_order_flags),
                    )
                )
            )
        x_order_flags = None
    if x_order_flags is not None:
        out["order_flags"] = x_order_flags
    raw_3 = obj.get("clob_pair_id", _c.MISSING)
    x_clob_pair_id: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else None
        if raw_3 is _c.MISSING
        else _c.take_integer(raw_3, at, "clob_pair_id", "order_id.clob_pair_id", False, False, v)
    )
    if x_clob_pair_id is not None and ((x_clob_pair_id < 0) or (x_clob_pair_id > 4294967295)):
        if x_clob_pair_id < 0:
            v.append(
                new_violation(
                    (
                        "order_id.clob_pair_id.minimum",
                        at + "/clob_pair_id",
                        "order_id.clob_pair_id must be at least 0" + _c.got1(x_clob_pair_id),
                    )
                )
            )
        if x_clob_pair_id > 4294967295:
            v.append(
                new_violation(
                    (
                        "order_id.clob_pair_id.maximum",
                        at + "/clob_pair_id",
                        "order_id.clob_pair_id must be at most 4294967295"
                        + _c.got1(x_clob_pair_id),
                    )
                )
            )
        x_clob_pair_id = None
    if x_clob_pair_id is not None:
        out["clob_pair_id"] = x_clob_pair_id
    if not _KNOWN3.issuperset(obj):
        _c.unknown_members(obj, _KNOWN3, at, "PlaceTwapOrderOrderOrderId in place_twap_order", v)
    return out


def _check_place_twap_order_order_order_id_subaccount_id(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("owner", _c.MISSING)
    x_owner: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "owner", "order_id.subaccount_id.owner", True, False, v)
    )
    if x_owner is not None and (
        (_PATTERN4.search(x_owner) is None)
        or (
            x_owner != ""
            and _PATTERN4.search(x_owner) is not None
            and not _c.bech32_ok(x_owner, "dydx")
        )
    ):
        if _PATTERN4.search(x_owner) is None:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.owner.pattern",
                        at + "/owner",
                        "order_id.subaccount_id.owner must be a dydx1… bech32 address"
                        + _c.got1(x_owner),
                    )
                )
            )
        if (
            x_owner != ""
            and _PATTERN4.search(x_owner) is not None
            and not _c.bech32_ok(x_owner, "dydx")
        ):
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.owner.bech32",
                        at + "/owner",
                        "order_id.subaccount_id.owner must be a dydx1… address with a valid bech32 checksum"
                        + _c.got1(x_owner),
                    )
                )
            )
        x_owner = None
    if x_owner is not None:
        out["owner"] = x_owner
    raw_1 = obj.get("number", _c.MISSING)
    x_number: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else None
        if raw_1 is _c.MISSING
        else _c.take_integer(raw_1, at, "number", "order_id.subaccount_id.number", False, False, v)
    )
    if x_number is not None and ((x_number < 0) or (x_number > 128000)):
        if x_number < 0:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.number.minimum",
                        at + "/number",
                        "order_id.subaccount_id.number must be at least 0" + _c.got1(x_number),
                    )
                )
            )
        if x_number > 128000:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.number.maximum",
                        at + "/number",
                        "order_id.subaccount_id.number must be at most 128000" + _c.got1(x_number),
                    )
                )
            )
        x_number = None
    if x_number is not None:
        out["number"] = x_number
    if not _KNOWN5.issuperset(obj):
        _c.unknown_members(
            obj, _KNOWN5, at, "PlaceTwapOrderOrderOrderIdSubaccountId in place_twap_order", v
        )
    return out


def _check_place_twap_order_order_builder_code_parameters(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("builder_address", _c.MISSING)
    x_builder_address: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(
            raw_0, at, "builder_address", "builder_code_parameters.builder_address", True, False, v
        )
    )
    if x_builder_address is not None and (
        (_PATTERN4.search(x_builder_address) is None)
        or (
            x_builder_address != ""
            and _PATTERN4.search(x_builder_address) is not None
            and not _c.bech32_ok(x_builder_address, "dydx")
        )
    ):
        if _PATTERN4.search(x_builder_address) is None:
            v.append(
                new_violation(
                    (
                        "builder_code_parameters.builder_address.pattern",
                        at + "/builder_address",
                        "builder_code_parameters.builder_address must be a dydx1… bech32 address"
                        + _c.got1(x_builder_address),
                    )
                )
            )
        if (
            x_builder_address != ""
            and _PATTERN4.search(x_builder_address) is not None
            and not _c.bech32_ok(x_builder_address, "dydx")
        ):
            v.append(
                new_violation(
                    (
                        "builder_code_parameters.builder_address.bech32",
                        at + "/builder_address",
                        "builder_code_parameters.builder_address must have a valid bech32 checksum"
                        + _c.got1(x_builder_address),
                    )
                )
            )
        x_builder_address = None
    if x_builder_address is not None:
        out["builder_address"] = x_builder_address
    raw_1 = obj.get("fee_ppm", _c.MISSING)
    x_fee_ppm: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer(
            raw_1, at, "fee_ppm", "builder_code_parameters.fee_ppm", True, False, v
        )
    )
    if x_fee_ppm is not None and ((x_fee_ppm < 1) or (x_fee_ppm > 10000)):
        if x_fee_ppm < 1:
            v.append(
                new_violation(
                    (
                        "builder_code_parameters.fee_ppm.minimum",
                        at + "/fee_ppm",
                        "builder_code_parameters.fee_ppm must be above 0" + _c.got1(x_fee_ppm),
                    )
                )
            )
        if x_fee_ppm > 10000:
            v.append(
                new_violation(
                    (
                        "builder_code_parameters.fee_ppm.maximum",
                        at + "/fee_ppm",
                        "builder_code_parameters.fee_ppm must be at most 10000"
                        + _c.got1(x_fee_ppm),
                    )
                )
            )
        x_fee_ppm = None
    if x_fee_ppm is not None:
        out["fee_ppm"] = x_fee_ppm
    if not _KNOWN6.issuperset(obj):
        _c.unknown_members(
            obj, _KNOWN6, at, "PlaceTwapOrderOrderBuilderCodeParameters in place_twap_order", v
        )
    return out


def _check_cancel_twap_order(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("order_id", _c.MISSING)
    x_order_id: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "order_id", "order_id", True, False, v)
    )
    if x_order_id is not None:
        x_order_id = _check_cancel_twap_order_order_id(
            x_order_id, at + "/order_id", ref, v, unchecked
        )
    if x_order_id is not None:
        out["order_id"] = x_order_id
    raw_1 = obj.get("good_til_block_time", _c.MISSING)
    x_good_til_block_time: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else _c.take_integer(
            raw_1, at, "good_til_block_time", "good_til_block_time", True, False, v
        )
    )
    if x_good_til_block_time is not None and (
        (x_good_til_block_time > 4294967295) or (x_good_til_block_time <= 0)
    ):
        if x_good_til_block_time > 4294967295:
            v.append(
                new_violation(
                    (
                        "good_til_block_time.maximum",
                        at + "/good_til_block_time",
                        "good_til_block_time must be at most 4294967295"
                        + _c.got1(x_good_til_block_time),
                    )
                )
            )
        if x_good_til_block_time <= 0:
            v.append(
                new_violation(
                    (
                        "good_til_block_time.exclusiveMinimum",
                        at + "/good_til_block_time",
                        "good_til_block_time must be non-zero for a stateful (TWAP) cancel"
                        + _c.got1(x_good_til_block_time),
                    )
                )
            )
        x_good_til_block_time = None
    if x_good_til_block_time is not None:
        out["good_til_block_time"] = x_good_til_block_time
    if not _KNOWN7.issuperset(obj):
        _c.unknown_members(obj, _KNOWN7, at, "cancel_twap_order", v)
    return out


def _check_cancel_twap_order_order_id(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("subaccount_id", _c.MISSING)
    x_subaccount_id: dict[str, object] | None = (
        raw_0
        if type(raw_0) is dict
        else _c.take_object(raw_0, at, "subaccount_id", "order_id.subaccount_id", True, False, v)
    )
    if x_subaccount_id is not None:
        x_subaccount_id = _check_cancel_twap_order_order_id_subaccount_id(
            x_subaccount_id, at + "/subaccount_id", ref, v, unchecked
        )
    if x_subaccount_id is not None:
        out["subaccount_id"] = x_subaccount_id
    raw_1 = obj.get("client_id", _c.MISSING)
    x_client_id: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else None
        if raw_1 is _c.MISSING
        else _c.take_integer(raw_1, at, "client_id", "order_id.client_id", False, False, v)
    )
    if x_client_id is not None and ((x_client_id < 0) or (x_client_id > 4294967295)):
        if x_client_id < 0:
            v.append(
                new_violation(
                    (
                        "order_id.client_id.minimum",
                        at + "/client_id",
                        "order_id.client_id must be at least 0" + _c.got1(x_client_id),
                    )
                )
            )
        if x_client_id > 4294967295:
            v.append(
                new_violation(
                    (
                        "order_id.client_id.maximum",
                        at + "/client_id",
                        "order_id.client_id must be at most 4294967295" + _c.got1(x_client_id),
                    )
                )
            )
        x_client_id = None
    if x_client_id is not None:
        out["client_id"] = x_client_id
    raw_2 = obj.get("order_flags", _c.MISSING)
    x_order_flags: int | None = (
        raw_2
        if type(raw_2) is int and -9007199254740991 <= raw_2 <= 9007199254740991
        else _c.take_integer(raw_2, at, "order_flags", "order_id.order_flags", True, False, v)
    )
    if x_order_flags is not None and (x_order_flags != 128):
        if x_order_flags != 128:
            v.append(
                new_violation(
                    (
                        "order_id.order_flags.const",
                        at + "/order_flags",
                        "order_id.order_flags must be 128 (TWAP)" + _c.got1(x_order_flags),
                    )
                )
            )
        x_order_flags = None
    if x_order_flags is not None:
        out["order_flags"] = x_order_flags
    raw_3 = obj.get("clob_pair_id", _c.MISSING)
    x_clob_pair_id: int | None = (
        raw_3
        if type(raw_3) is int and -9007199254740991 <= raw_3 <= 9007199254740991
        else None
        if raw_3 is _c.MISSING
        else _c.take_integer(raw_3, at, "clob_pair_id", "order_id.clob_pair_id", False, False, v)
    )
    if x_clob_pair_id is not None and ((x_clob_pair_id < 0) or (x_clob_pair_id > 4294967295)):
        if x_clob_pair_id < 0:
            v.append(
                new_violation(
                    (
                        "order_id.clob_pair_id.minimum",
                        at + "/clob_pair_id",
                        "order_id.clob_pair_id must be at least 0" + _c.got1(x_clob_pair_id),
                    )
                )
            )
        if x_clob_pair_id > 4294967295:
            v.append(
                new_violation(
                    (
                        "order_id.clob_pair_id.maximum",
                        at + "/clob_pair_id",
                        "order_id.clob_pair_id must be at most 4294967295"
                        + _c.got1(x_clob_pair_id),
                    )
                )
            )
        x_clob_pair_id = None
    if x_clob_pair_id is not None:
        out["clob_pair_id"] = x_clob_pair_id
    if not _KNOWN3.issuperset(obj):
        _c.unknown_members(obj, _KNOWN3, at, "CancelTwapOrderOrderId in cancel_twap_order", v)
    return out


def _check_cancel_twap_order_order_id_subaccount_id(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    raw_0 = obj.get("owner", _c.MISSING)
    x_owner: str | None = (
        raw_0
        if type(raw_0) is str
        else _c.take_string(raw_0, at, "owner", "order_id.subaccount_id.owner", True, False, v)
    )
    if x_owner is not None and (
        (_PATTERN4.search(x_owner) is None)
        or (
            x_owner != ""
            and _PATTERN4.search(x_owner) is not None
            and not _c.bech32_ok(x_owner, "dydx")
        )
    ):
        if _PATTERN4.search(x_owner) is None:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.owner.pattern",
                        at + "/owner",
                        "order_id.subaccount_id.owner must be a dydx1… bech32 address"
                        + _c.got1(x_owner),
                    )
                )
            )
        if (
            x_owner != ""
            and _PATTERN4.search(x_owner) is not None
            and not _c.bech32_ok(x_owner, "dydx")
        ):
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.owner.bech32",
                        at + "/owner",
                        "order_id.subaccount_id.owner must be a dydx1… address with a valid bech32 checksum"
                        + _c.got1(x_owner),
                    )
                )
            )
        x_owner = None
    if x_owner is not None:
        out["owner"] = x_owner
    raw_1 = obj.get("number", _c.MISSING)
    x_number: int | None = (
        raw_1
        if type(raw_1) is int and -9007199254740991 <= raw_1 <= 9007199254740991
        else None
        if raw_1 is _c.MISSING
        else _c.take_integer(raw_1, at, "number", "order_id.subaccount_id.number", False, False, v)
    )
    if x_number is not None and ((x_number < 0) or (x_number > 128000)):
        if x_number < 0:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.number.minimum",
                        at + "/number",
                        "order_id.subaccount_id.number must be at least 0" + _c.got1(x_number),
                    )
                )
            )
        if x_number > 128000:
            v.append(
                new_violation(
                    (
                        "order_id.subaccount_id.number.maximum",
                        at + "/number",
                        "order_id.subaccount_id.number must be at most 128000" + _c.got1(x_number),
                    )
                )
            )
        x_number = None
    if x_number is not None:
        out["number"] = x_number
    if not _KNOWN5.issuperset(obj):
        _c.unknown_members(
            obj, _KNOWN5, at, "CancelTwapOrderOrderIdSubaccountId in cancel_twap_order", v
        )
    return out


def _check_place_twap_order_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    return _c.check_message(
        payload,
        ref,
        _check_place_twap_order_order,
        constants=(),
        body="order",
        frame=_KNOWN8,
        where="the place_twap_order frame",
    )


WIRE_PLACE_TWAP_ORDER = Wire(
    "json",
    (),
    frozenset(["@type"]),
    WireNode(
        objects={
            "order": WireNode(
                text={"good_til_block_time": "integer", "client_metadata": "integer"},
                digits=frozenset(["conditional_order_trigger_subticks", "quantums", "subticks"]),
                aliases={
                    "orderId": "order_id",
                    "goodTilBlockTime": "good_til_block_time",
                    "timeInForce": "time_in_force",
                    "reduceOnly": "reduce_only",
                    "clientMetadata": "client_metadata",
                    "conditionType": "condition_type",
                    "conditionalOrderTriggerSubticks": "conditional_order_trigger_subticks",
                    "twapParameters": "twap_parameters",
                    "builderCodeParameters": "builder_code_parameters",
                    "orderRouterAddress": "order_router_address",
                },
                objects={
                    "order_id": WireNode(
                        text={
                            "client_id": "integer",
                            "order_flags": "integer",
                            "clob_pair_id": "integer",
                        },
                        aliases={
                            "subaccountId": "subaccount_id",
                            "clientId": "client_id",
                            "orderFlags": "order_flags",
                            "clobPairId": "clob_pair_id",
                        },
                        objects={"subaccount_id": WireNode(text={"number": "integer"})},
                    ),
                    "twap_parameters": WireNode(
                        text={
                            "duration": "integer",
                            "interval": "integer",
                            "price_tolerance": "integer",
                        },
                        aliases={"priceTolerance": "price_tolerance"},
                    ),
                    "builder_code_parameters": WireNode(
                        text={"fee_ppm": "integer"},
                        aliases={"builderAddress": "builder_address", "feePpm": "fee_ppm"},
                    ),
                },
            )
        }
    ),
)


def check_place_twap_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a place_twap_order payload as it travels, read as the venue reads it (WIRE_PLACE_TWAP_ORDER), violations at the names sent."""
    return WIRE_PLACE_TWAP_ORDER.check(payload, ref, _check_place_twap_order_decoded)


def _check_cancel_twap_order_decoded(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """The checks, on the payload as decoded."""
    if type(payload) is dict:
        v: list[Violation] = []
        unchecked: list[str] = []
        out = _check_cancel_twap_order(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    return _c.check_message(payload, ref, _check_cancel_twap_order)


WIRE_CANCEL_TWAP_ORDER = Wire(
    "json",
    (),
    frozenset(["@type"]),
    WireNode(
        text={"good_til_block_time": "integer"},
        aliases={"orderId": "order_id", "goodTilBlockTime": "good_til_block_time"},
        objects={
            "order_id": WireNode(
                text={"client_id": "integer", "order_flags": "integer", "clob_pair_id": "integer"},
                aliases={
                    "subaccountId": "subaccount_id",
                    "clientId": "client_id",
                    "orderFlags": "order_flags",
                    "clobPairId": "clob_pair_id",
                },
                objects={"subaccount_id": WireNode(text={"number": "integer"})},
            )
        },
    ),
)


def check_cancel_twap_order(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a cancel_twap_order payload as it travels, read as the venue reads it (WIRE_CANCEL_TWAP_ORDER), violations at the names sent."""
    return WIRE_CANCEL_TWAP_ORDER.check(payload, ref, _check_cancel_twap_order_decoded)


_DEFAULTS_TWAP_PARAMETERS: dict[str, Any] = {
    "duration": None,
    "interval": None,
    "price_tolerance": None,
}


def _build_twap_parameters(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_TWAP_PARAMETERS, **d}
    return construct(cls, values, set(d))


_DEFAULTS_PLACE_TWAP_ORDER_ORDER: dict[str, Any] = {
    "order_id": None,
    "side": None,
    "quantums": None,
    "subticks": None,
    "good_til_block_time": None,
    "time_in_force": None,
    "reduce_only": None,
    "client_metadata": None,
    "condition_type": None,
    "conditional_order_trigger_subticks": None,
    "twap_parameters": None,
    "builder_code_parameters": None,
    "order_router_address": None,
}


def _build_place_twap_order_order(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_PLACE_TWAP_ORDER_ORDER, **d}
    x = values["order_id"]
    if x is not None:
        values["order_id"] = _build_place_twap_order_order_order_id(PlaceTwapOrderOrderOrderId, x)
    x = values["twap_parameters"]
    if x is not None:
        values["twap_parameters"] = _build_twap_parameters(TwapParameters, x)
    x = values["builder_code_parameters"]
    if x is not None:
        values["builder_code_parameters"] = _build_place_twap_order_order_builder_code_parameters(
            PlaceTwapOrderOrderBuilderCodeParameters, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_PLACE_TWAP_ORDER_ORDER_ORDER_ID: dict[str, Any] = {
    "subaccount_id": None,
    "client_id": None,
    "order_flags": None,
    "clob_pair_id": 0,
}


def _build_place_twap_order_order_order_id(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_PLACE_TWAP_ORDER_ORDER_ORDER_ID, **d}
    x = values["subaccount_id"]
    if x is not None:
        values["subaccount_id"] = _build_place_twap_order_order_order_id_subaccount_id(
            PlaceTwapOrderOrderOrderIdSubaccountId, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_PLACE_TWAP_ORDER_ORDER_ORDER_ID_SUBACCOUNT_ID: dict[str, Any] = {
    "owner": None,
    "number": None,
}


def _build_place_twap_order_order_order_id_subaccount_id(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_PLACE_TWAP_ORDER_ORDER_ORDER_ID_SUBACCOUNT_ID, **d}
    return construct(cls, values, set(d))


_DEFAULTS_PLACE_TWAP_ORDER_ORDER_BUILDER_CODE_PARAMETERS: dict[str, Any] = {
    "builder_address": None,
    "fee_ppm": None,
}


def _build_place_twap_order_order_builder_code_parameters(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_PLACE_TWAP_ORDER_ORDER_BUILDER_CODE_PARAMETERS, **d}
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_TWAP_ORDER: dict[str, Any] = {"order_id": None, "good_til_block_time": None}


def _build_cancel_twap_order(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_TWAP_ORDER, **d}
    x = values["order_id"]
    if x is not None:
        values["order_id"] = _build_cancel_twap_order_order_id(CancelTwapOrderOrderId, x)
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_TWAP_ORDER_ORDER_ID: dict[str, Any] = {
    "subaccount_id": None,
    "client_id": None,
    "order_flags": None,
    "clob_pair_id": None,
}


def _build_cancel_twap_order_order_id(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_TWAP_ORDER_ORDER_ID, **d}
    x = values["subaccount_id"]
    if x is not None:
        values["subaccount_id"] = _build_cancel_twap_order_order_id_subaccount_id(
            CancelTwapOrderOrderIdSubaccountId, x
        )
    return construct(cls, values, set(d))


_DEFAULTS_CANCEL_TWAP_ORDER_ORDER_ID_SUBACCOUNT_ID: dict[str, Any] = {"owner": None, "number": None}


def _build_cancel_twap_order_order_id_subaccount_id(cls: type[M], d: dict[str, Any]) -> M:
    values = {**_DEFAULTS_CANCEL_TWAP_ORDER_ORDER_ID_SUBACCOUNT_ID, **d}
    return construct(cls, values, set(d))


def _build_place_twap_order(cls: type[PlaceTwapOrder], d: dict[str, Any]) -> PlaceTwapOrder:
    return construct(
        cls, {"order": _build_place_twap_order_order(PlaceTwapOrderOrder, d["order"])}, {"order"}
    )


bind(PlaceTwapOrder, check_place_twap_order, _build_place_twap_order, VENUE_ID)
bind(CancelTwapOrder, check_cancel_twap_order, _build_cancel_twap_order, VENUE_ID)
bind_part(TwapParameters, _check_twap_parameters, _build_twap_parameters, VENUE_ID)
bind_part(
    PlaceTwapOrderOrder, _check_place_twap_order_order, _build_place_twap_order_order, VENUE_ID
)
bind_part(
    PlaceTwapOrderOrderOrderId,
    _check_place_twap_order_order_order_id,
    _build_place_twap_order_order_order_id,
    VENUE_ID,
)
bind_part(
    PlaceTwapOrderOrderOrderIdSubaccountId,
    _check_place_twap_order_order_order_id_subaccount_id,
    _build_place_twap_order_order_order_id_subaccount_id,
    VENUE_ID,
)
bind_part(
    PlaceTwapOrderOrderBuilderCodeParameters,
    _check_place_twap_order_order_builder_code_parameters,
    _build_place_twap_order_order_builder_code_parameters,
    VENUE_ID,
)
bind_part(
    CancelTwapOrderOrderId,
    _check_cancel_twap_order_order_id,
    _build_cancel_twap_order_order_id,
    VENUE_ID,
)
bind_part(
    CancelTwapOrderOrderIdSubaccountId,
    _check_cancel_twap_order_order_id_subaccount_id,
    _build_cancel_twap_order_order_id_subaccount_id,
    VENUE_ID,
)

MESSAGES: dict[str, MessageEntry] = {
    "place_twap_order": MessageEntry(
        "place_twap_order",
        "request",
        PlaceTwapOrder,
        check_place_twap_order,
        (
            "market_takes_twaps",
            "quantums_multiple_of_step_base_quantums",
            "subticks_multiple_of_subticks_per_tick",
            "quantums_per_suborder_at_least_step_base_quantums",
        ),
        wire=WIRE_PLACE_TWAP_ORDER,
    ),
    "cancel_twap_order": MessageEntry(
        "cancel_twap_order",
        "request",
        CancelTwapOrder,
        check_cancel_twap_order,
        (),
        wire=WIRE_CANCEL_TWAP_ORDER,
    ),
}
REFERENCE = Reference
TRANSLATION = TwapMapping(
    "place_twap_order",
    (
        ("side", ConceptField("side", "enum", (("buy", "SIDE_BUY"), ("sell", "SIDE_SELL")))),
        ("reduce_only", ConceptField("reduce_only", "boolean", ())),
    ),
    constants=(),
    body="order",
)

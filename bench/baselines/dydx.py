"""dYdX v4 place_twap_order (MsgPlaceOrder's JSON form) with reference data, by hand.

The hand models read the plain JSON form; twapschema also reads the proto3 JSON mapping
(integers as strings, enums by number), which is more work, so the comparison does not flatter
it. Addresses are checked with the bech32 reference code, as the generated validator does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any, Literal

import msgspec
from bech32 import bech32_decode, convertbits
from pydantic import AfterValidator, BaseModel, Field, ValidationInfo, model_validator

from bench.baselines.common import (
    STRICT,
    UINT32,
    UINT64,
    Baseline,
    Digits,
    IntegerString,
    context_reference,
)

_ADDRESS = re.compile(r"^dydx1[02-9ac-hj-np-z]+$")


@lru_cache(maxsize=4096)  # as twapschema keeps its verdicts: few accounts send many orders
def _address(value: str) -> str:
    if value and _ADDRESS.match(value):
        hrp, data = bech32_decode(value)
        raw = None if data is None else convertbits(data, 5, 8, False)
        if hrp == "dydx" and raw is not None and 1 <= len(raw) <= 255:
            return value
    raise ValueError("must be a dydx1… address with a valid bech32 checksum")


Address = Annotated[str, AfterValidator(_address)]
Uint32 = Annotated[int, Field(ge=0, le=UINT32)]


def prepare(part: Any) -> dict[int, Any]:
    return {row.clob_pair_id: row for row in part.markets.values()}


def _own(reduce_only: bool | None, tif: str | None, duration: int, interval: int) -> list[str]:
    out = []
    if reduce_only and tif != "TIME_IN_FORCE_IOC":
        out.append("reduce_only_needs_ioc")
    if duration % interval:
        out.append("duration_multiple_of_interval")
    return out


def _referenced(
    ref: Any, pair: int, quantums: int, subticks: int | None, duration: int, interval: int
) -> list[str]:
    if ref is None:
        return []
    row = ref.get(pair)
    if row is None:
        return ["market_takes_twaps"]
    out = [] if row.status == "tradable" else ["market_takes_twaps"]
    if quantums % row.step_base_quantums:
        out.append("quantums_multiple_of_step_base_quantums")
    if subticks is not None and subticks % row.subticks_per_tick:
        out.append("subticks_multiple_of_subticks_per_tick")
    if quantums * interval < row.step_base_quantums * duration:
        out.append("quantums_per_suborder_at_least_step_base_quantums")
    return out


class SubaccountId(BaseModel):
    model_config = STRICT
    owner: Address
    number: int | None = Field(None, ge=0, le=128000)


class OrderId(BaseModel):
    model_config = STRICT
    subaccount_id: SubaccountId
    client_id: Uint32 | None = None
    order_flags: Literal[128]
    clob_pair_id: Uint32 | None = None


class TwapParameters(BaseModel):
    model_config = STRICT
    duration: int = Field(ge=300, le=86400)
    interval: int = Field(ge=30, le=3600)
    price_tolerance: int | None = Field(None, ge=0, lt=1_000_000)


class BuilderCode(BaseModel):
    model_config = STRICT
    builder_address: Address
    fee_ppm: int = Field(ge=1, le=10000)


class Order(BaseModel):
    model_config = STRICT
    order_id: OrderId
    side: Literal["SIDE_BUY", "SIDE_SELL"]
    quantums: IntegerString = Field(gt=0, le=UINT64)
    subticks: IntegerString | None = Field(None, le=UINT64)
    good_til_block_time: int = Field(gt=0, le=UINT32)
    time_in_force: (
        Literal["TIME_IN_FORCE_UNSPECIFIED", "TIME_IN_FORCE_IOC", "TIME_IN_FORCE_POST_ONLY"] | None
    ) = None
    reduce_only: bool | None = None
    client_metadata: Uint32 | None = None
    condition_type: Literal["CONDITION_TYPE_UNSPECIFIED"] | None = None
    conditional_order_trigger_subticks: IntegerString | None = Field(None, le=0)
    twap_parameters: TwapParameters
    builder_code_parameters: BuilderCode | None = None
    order_router_address: str | None = None

    @model_validator(mode="after")
    def _rules(self, info: ValidationInfo) -> Order:
        twap = self.twap_parameters
        problems = _own(self.reduce_only, self.time_in_force, twap.duration, twap.interval)
        if self.order_router_address:
            try:
                _address(self.order_router_address)
            except ValueError:
                problems.append("order_router_address.bech32")
        problems += _referenced(
            context_reference(info),
            self.order_id.clob_pair_id or 0,
            self.quantums,
            self.subticks,
            twap.duration,
            twap.interval,
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Hand(BaseModel):
    model_config = STRICT
    order: Order


_U32 = Annotated[int, msgspec.Meta(ge=0, le=UINT32)]
_AddressText = Annotated[str, msgspec.Meta(pattern=_ADDRESS.pattern)]
_RouterText = Annotated[str, msgspec.Meta(pattern=r"^(dydx1[02-9ac-hj-np-z]+)?$")]


class SubaccountIdStruct(msgspec.Struct, forbid_unknown_fields=True):
    owner: _AddressText
    number: Annotated[int, msgspec.Meta(ge=0, le=128000)] | None = None

    def __post_init__(self) -> None:
        _checked(self.owner)


class OrderIdStruct(msgspec.Struct, forbid_unknown_fields=True):
    subaccount_id: SubaccountIdStruct
    order_flags: Literal[128]
    client_id: _U32 | None = None
    clob_pair_id: _U32 | None = None


class TwapParametersStruct(msgspec.Struct, forbid_unknown_fields=True):
    duration: Annotated[int, msgspec.Meta(ge=300, le=86400)]
    interval: Annotated[int, msgspec.Meta(ge=30, le=3600)]
    price_tolerance: Annotated[int, msgspec.Meta(ge=0, lt=1_000_000)] | None = None


class BuilderCodeStruct(msgspec.Struct, forbid_unknown_fields=True):
    builder_address: _AddressText
    fee_ppm: Annotated[int, msgspec.Meta(ge=1, le=10000)]

    def __post_init__(self) -> None:
        _checked(self.builder_address)


def _checked(address: str) -> None:
    try:
        _address(address)
    except ValueError as exc:
        raise msgspec.ValidationError(str(exc)) from None


class OrderStruct(msgspec.Struct, forbid_unknown_fields=True):
    order_id: OrderIdStruct
    side: Literal["SIDE_BUY", "SIDE_SELL"]
    quantums: Digits
    good_til_block_time: Annotated[int, msgspec.Meta(gt=0, le=UINT32)]
    twap_parameters: TwapParametersStruct
    subticks: Digits | None = None
    time_in_force: (
        Literal["TIME_IN_FORCE_UNSPECIFIED", "TIME_IN_FORCE_IOC", "TIME_IN_FORCE_POST_ONLY"] | None
    ) = None
    reduce_only: bool | None = None
    client_metadata: _U32 | None = None
    condition_type: Literal["CONDITION_TYPE_UNSPECIFIED"] | None = None
    conditional_order_trigger_subticks: Digits | None = None
    builder_code_parameters: BuilderCodeStruct | None = None
    order_router_address: _RouterText | None = None

    def __post_init__(self) -> None:
        quantums = int(self.quantums)
        if not 0 < quantums <= UINT64:
            raise msgspec.ValidationError("quantums out of range")
        if self.subticks is not None and int(self.subticks) > UINT64:
            raise msgspec.ValidationError("subticks out of range")
        trigger = self.conditional_order_trigger_subticks
        if trigger is not None and int(trigger) > 0:
            raise msgspec.ValidationError("conditional_order_trigger_subticks must be 0")
        if self.order_router_address:
            _checked(self.order_router_address)
        twap = self.twap_parameters
        problems = _own(self.reduce_only, self.time_in_force, twap.duration, twap.interval)
        if problems:
            raise msgspec.ValidationError(problems[0])


class Struct(msgspec.Struct, forbid_unknown_fields=True):
    order: OrderStruct


def after(s: Struct, ref: Any) -> None:
    o = s.order
    problems = _referenced(
        ref,
        o.order_id.clob_pair_id or 0,
        int(o.quantums),
        None if o.subticks is None else int(o.subticks),
        o.twap_parameters.duration,
        o.twap_parameters.interval,
    )
    if problems:
        raise msgspec.ValidationError(problems[0])


def cross(payload: dict[str, Any], ref: Any) -> list[str]:
    o = payload["order"]
    out = []
    owner = o["order_id"]["subaccount_id"]["owner"]
    for name, address in (
        ("order_id.subaccount_id.owner", owner),
        ("builder_code_parameters.builder_address",
         (o.get("builder_code_parameters") or {}).get("builder_address")),
        ("order_router_address", o.get("order_router_address")),
    ):  # fmt: skip
        if address and _ADDRESS.match(address):
            try:
                _address(address)
            except ValueError:
                out.append(f"{name}.bech32")
    quantums, subticks = int(o["quantums"]), o.get("subticks")
    if quantums > UINT64:
        out.append("quantums.maximum")
    if quantums <= 0:
        out.append("quantums.exclusiveMinimum")
    if subticks is not None and int(subticks) > UINT64:
        out.append("subticks.maximum")
    trigger = o.get("conditional_order_trigger_subticks")
    if trigger is not None and int(trigger) > 0:
        out.append("conditional_order_trigger_subticks.maximum")
    twap = o["twap_parameters"]
    out += _own(o.get("reduce_only"), o.get("time_in_force"), twap["duration"], twap["interval"])
    return out + _referenced(
        ref,
        o["order_id"].get("clob_pair_id", 0),
        quantums,
        None if subticks is None else int(subticks),
        twap["duration"],
        twap["interval"],
    )


VALID = {
    "order": {
        "order_id": {
            "subaccount_id": {"owner": "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4", "number": 0},
            "client_id": 0,
            "order_flags": 128,
            "clob_pair_id": 0,
        },
        "side": "SIDE_BUY",
        "quantums": "5000000",
        "subticks": "6000000000",
        "good_til_block_time": 100,
        "time_in_force": "TIME_IN_FORCE_UNSPECIFIED",
        "twap_parameters": {"duration": 300, "interval": 60, "price_tolerance": 0},
    }
}
_ORDER: dict[str, Any] = VALID["order"]
BASELINE = Baseline(
    venue="dydx",
    message="place_twap_order",
    label="dydx place_twap_order (reference data)",
    valid=VALID,
    # Off the quantum and tick grids, too small per suborder, 300 s no multiple of 70, and
    # reduce-only without IOC.
    invalid={
        "order": {
            **_ORDER,
            "quantums": "42",
            "subticks": "10",
            "reduce_only": True,
            "twap_parameters": {"duration": 300, "interval": 70},
        }
    },
    hand=Hand,
    struct=Struct,
    cross=cross,
    after=after,
    reference=True,
    prepare=prepare,
)

"""Models and validators for QFEX (qfex).

Generated from specs/qfex.yaml (sha256 518fcd76a0740e5a) by `twapschema generate`: do not edit."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from twapschema.runtime import checks as _c
from twapschema.runtime.models import (
    DecimalNumber,
    MessageModel,
    PartModel,
    ReferenceModel,
    reference_decimal,
    run_check,
)
from twapschema.runtime.registry import MessageEntry
from twapschema.runtime.result import Violation

VENUE_ID = "qfex"
VENUE_NAME = "QFEX"
_KNOWN0 = frozenset(
    {
        "client_twap_id",
        "num_orders",
        "order_interval_secs",
        "reduce_only",
        "side",
        "symbol",
        "total_quantity",
    }
)
_KNOWN1 = frozenset({"params", "type"})


class OrderDirection(enum.StrEnum):
    """TWAP direction."""

    BUY = "BUY"
    """Buy."""
    SELL = "SELL"
    """Sell."""


_ORDER_DIRECTION_BY_WIRE: dict[str, OrderDirection] = {m.value: m for m in OrderDirection}


class Limits(ReferenceModel):
    """Venue-wide limits."""

    client_id_min_length: int = Field(
        description="Shortest client_order_id (and so client_twap_id) accepted.", ge=0
    )
    client_id_max_length: int = Field(
        description="Longest client_order_id (and so client_twap_id) accepted.", ge=0
    )


class SymbolsEntry(ReferenceModel):
    """Tradable symbols, keyed by symbol (for example AAPL-USD)."""

    active: bool = Field(description="Whether the symbol currently accepts orders.")
    min_quantity: Annotated[Decimal, BeforeValidator(reference_decimal)] = Field(
        description="Smallest child order size.", ge=0
    )
    quantity_precision: int = Field(
        description="Decimals a quantity is scaled to before validation.", ge=0, le=18
    )


class Reference(ReferenceModel):
    """Reference data for QFEX: every section is optional."""

    limits: Limits | None = Field(None)
    symbols: dict[str, SymbolsEntry] | None = Field(None)


class AddTwapParams(PartModel):
    """Start a TWAP that splits total_quantity into num_orders child orders, one every order_interval_secs."""

    symbol: str = Field(description="The market symbol (for example AAPL-USD).")
    side: OrderDirection = Field(description="TWAP direction.")
    total_quantity: DecimalNumber = Field(
        description="Total quantity to execute across the full TWAP. It is validated against the symbol's minimum child-order size requirement."
    )
    num_orders: int = Field(description="Number of child orders the engine will schedule.")
    order_interval_secs: int = Field(description="Delay in seconds between child orders.")
    reduce_only: bool = Field(description="If true, the TWAP may only reduce an existing position.")
    client_twap_id: str | None = Field(
        None, description="Optional client-assigned TWAP identifier for tracking and cancellation."
    )


class AddTwap(MessageModel):
    "Start a TWAP that splits total_quantity into num_orders child orders, one every order_interval_secs."

    type: Literal["add_twap"] = Field("add_twap")
    params: AddTwapParams

    @model_validator(mode="before")
    @classmethod
    def _twapschema_check(cls, data: object, info: ValidationInfo) -> object:
        return run_check(check_add_twap, data, info, "AddTwap", VENUE_ID)


def _check_add_twap_params(
    obj: dict[str, object], at: str, ref: Reference | None, v: list[Violation], unchecked: list[str]
) -> dict[str, object]:
    out: dict[str, object] = {}
    x_symbol = _c.take_string(obj.get("symbol", _c.MISSING), at, "symbol", "symbol", True, False, v)
    if x_symbol is not None:
        out["symbol"] = x_symbol
    x_side = _c.take_enum(
        obj.get("side", _c.MISSING), at, "side", "side", True, False, _ORDER_DIRECTION_BY_WIRE, v
    )
    if x_side is not None:
        out["side"] = x_side
    x_total_quantity = _c.take_decimal_number(
        obj.get("total_quantity", _c.MISSING),
        at,
        "total_quantity",
        "total_quantity",
        True,
        False,
        v,
    )
    if x_total_quantity is not None:
        mark_0 = len(v)
        if x_total_quantity <= 0:
            _c.fail(
                v,
                "total_quantity.exclusiveMinimum",
                at,
                "total_quantity",
                "total_quantity must be greater than 0" + _c.got1(x_total_quantity),
            )
        if len(v) != mark_0:
            x_total_quantity = None
    if x_total_quantity is not None:
        out["total_quantity"] = x_total_quantity
    x_num_orders = _c.take_integer(
        obj.get("num_orders", _c.MISSING), at, "num_orders", "num_orders", True, False, v
    )
    if x_num_orders is not None:
        mark_1 = len(v)
        if x_num_orders < 2:
            _c.fail(
                v,
                "num_orders.minimum",
                at,
                "num_orders",
                "num_orders must be at least 2 (a TWAP has at least 2 child orders)"
                + _c.got1(x_num_orders),
            )
        if len(v) != mark_1:
            x_num_orders = None
    if x_num_orders is not None:
        out["num_orders"] = x_num_orders
    x_order_interval_secs = _c.take_integer(
        obj.get("order_interval_secs", _c.MISSING),
        at,
        "order_interval_secs",
        "order_interval_secs",
        True,
        False,
        v,
    )
    if x_order_interval_secs is not None:
        mark_2 = len(v)
        if x_order_interval_secs < 30:
            _c.fail(
                v,
                "order_interval_secs.minimum",
                at,
                "order_interval_secs",
                "order_interval_secs must be at least 30 (the minimum interval is 30 seconds)"
                + _c.got1(x_order_interval_secs),
            )
        if len(v) != mark_2:
            x_order_interval_secs = None
    if x_order_interval_secs is not None:
        out["order_interval_secs"] = x_order_interval_secs
    x_reduce_only = _c.take_boolean(
        obj.get("reduce_only", _c.MISSING), at, "reduce_only", "reduce_only", True, False, v
    )
    if x_reduce_only is not None:
        out["reduce_only"] = x_reduce_only
    x_client_twap_id = _c.take_string(
        obj.get("client_twap_id", _c.MISSING),
        at,
        "client_twap_id",
        "client_twap_id",
        False,
        True,
        v,
    )
    if x_client_twap_id is not None:
        out["client_twap_id"] = x_client_twap_id
    _c.unknown_members(obj, _KNOWN0, at, "add_twap", v)
    if x_symbol is not None:
        if ref is None or ref.symbols is None:
            unchecked.append("symbol_active")
        else:
            row_0 = ref.symbols.get(x_symbol)
            if row_0 is None:
                _c.fail(
                    v,
                    "symbol_active",
                    at,
                    "symbol",
                    "symbol must be a known, active QFEX symbol"
                    + " (not in the reference data)"
                    + _c.got(("symbol", x_symbol)),
                )
            elif not row_0.active:
                _c.fail(
                    v,
                    "symbol_active",
                    at,
                    "symbol",
                    "symbol must be a known, active QFEX symbol"
                    + " (inactive in the reference data)"
                    + _c.got(("symbol", x_symbol)),
                )
    if x_total_quantity is not None and x_num_orders is not None and x_symbol is not None:
        if ref is None or ref.symbols is None:
            unchecked.append("average_child_at_least_min_quantity")
        else:
            row_1 = ref.symbols.get(x_symbol)
            row_2 = ref.symbols.get(x_symbol)
            if row_1 is None or row_2 is None:
                unchecked.append("average_child_at_least_min_quantity")
            elif _c.truncate(x_total_quantity, row_2.quantity_precision) < _c.mul(
                row_1.min_quantity, x_num_orders
            ):
                _c.fail(
                    v,
                    "average_child_at_least_min_quantity",
                    at,
                    "total_quantity",
                    "total_quantity / num_orders (the average child order size) must be at least the symbol's min_quantity"
                    + _c.got(
                        ("total_quantity", x_total_quantity),
                        ("num_orders", x_num_orders),
                        ("symbols[symbol].min_quantity", row_1.min_quantity),
                    ),
                )
    if x_client_twap_id is not None:
        if ref is None or ref.limits is None:
            unchecked.append("client_twap_id_length")
        else:
            length_0 = len(x_client_twap_id)
            row_3 = ref.limits
            row_4 = ref.limits
            if row_3 is None or row_4 is None:
                unchecked.append("client_twap_id_length")
            elif length_0 < row_3.client_id_min_length or length_0 > row_4.client_id_max_length:
                _c.fail(
                    v,
                    "client_twap_id_length",
                    at,
                    "client_twap_id",
                    "client_twap_id length must be within the configured client id limits"
                    + " (length "
                    + str(length_0)
                    + ")",
                )
    return out


def check_add_twap(
    payload: object, ref: Reference | None = None
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Validate a add_twap payload: (violations, unchecked rule ids, normalized or None)."""
    return _c.check_message(
        payload,
        ref,
        _check_add_twap_params,
        constants=(("type", "add_twap"),),
        body="params",
        frame=_KNOWN1,
        where="the add_twap frame",
    )


MESSAGES: dict[str, MessageEntry] = {
    "add_twap": MessageEntry(
        "add_twap",
        "request",
        AddTwap,
        check_add_twap,
        ("symbol_active", "average_child_at_least_min_quantity", "client_twap_id_length"),
    ),
}
REFERENCE = Reference

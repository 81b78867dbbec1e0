"""v4-proto (dYdX's generated protobuf classes): MsgPlaceOrder and MsgCancelOrder for a TWAP,
printed as proto3 JSON the ways clients print them.

A dYdX order travels as protobuf bytes inside a signed transaction; its JSON form is what
tools print and what a validator is given: ``MessageToJson`` (lowerCamelCase, 64-bit integers
as strings), with ``preserving_proto_field_name`` (the snake_case of the v4-clients example),
and packed in an ``Any`` (with "@type"). No transport: the JSON is the capture.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from google.protobuf import any_pb2
from google.protobuf.json_format import MessageToJson
from v4_proto.dydxprotocol.clob import order_pb2, tx_pb2
from v4_proto.dydxprotocol.subaccounts import subaccount_pb2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import Capture, accept, refuse

OWNER = "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4"
capture = Capture("dydx", "v4-proto", "v4-proto", "python")
TX = "POST /cosmos/tx/v1beta1/txs (the message's JSON form)"


def order(**overrides: Any) -> order_pb2.Order:
    fields: dict[str, Any] = {
        "order_id": order_pb2.OrderId(
            subaccount_id=subaccount_pb2.SubaccountId(owner=OWNER, number=0),
            client_id=7,
            order_flags=128,
            clob_pair_id=0,
        ),
        "side": order_pb2.Order.SIDE_BUY,
        "quantums": 10_000_000,
        "subticks": 1_000_000,
        "good_til_block_time": 1_767_225_600,
        "twap_parameters": order_pb2.TwapParameters(
            duration=600, interval=60, price_tolerance=1000
        ),
    }
    fields.update(overrides)
    return order_pb2.Order(**fields)


def case(case_id: str, message: str, msg: Any, printer: str, expect: Any) -> None:
    if printer == "camel":
        text = MessageToJson(msg, indent=None)
    elif printer == "snake":
        text = MessageToJson(msg, indent=None, preserving_proto_field_name=True)
    else:
        packed = any_pb2.Any()
        packed.Pack(msg, type_url_prefix="/")
        text = MessageToJson(packed, indent=None)
    capture.add(
        case_id=case_id,
        message=message,
        function=f"google.protobuf.json_format.MessageToJson ({printer})",
        arguments={"message": type(msg).__name__},
        request={
            "method": "POST",
            "url": "https://dydx.example/cosmos/tx/v1beta1/txs",
            "content_type": "application/json",
            "body": text,
        },
        expect=expect,
    )


place = tx_pb2.MsgPlaceOrder(order=order())
case(
    "place-camel",
    "place_twap_order",
    place,
    "camel",
    accept(f"{TX}: MsgPlaceOrder.ValidateBasic, lowerCamelCase as MessageToJson prints it"),
)
case(
    "place-snake",
    "place_twap_order",
    place,
    "snake",
    accept(f"{TX}: the field names as the proto spells them"),
)
case(
    "place-any",
    "place_twap_order",
    place,
    "any",
    accept(f"{TX}: inside an Any, as a transaction body carries it"),
)
case(
    "place-reduce-only-unspecified",
    "place_twap_order",
    tx_pb2.MsgPlaceOrder(order=order(reduce_only=True)),
    "camel",
    refuse(
        "keeper: reduce-only needs IOC (ErrReduceOnlyDisabled); the JS client sends"
        " TIME_IN_FORCE_UNSPECIFIED for a TWAP",
        "reduce_only_needs_ioc",
    ),
)
case(
    "place-interval-20",
    "place_twap_order",
    tx_pb2.MsgPlaceOrder(
        order=order(
            twap_parameters=order_pb2.TwapParameters(duration=600, interval=20, price_tolerance=0)
        )
    ),
    "camel",
    refuse("MsgPlaceOrder.ValidateBasic: interval 30 to 3600 s", "interval.minimum"),
)
cancel = tx_pb2.MsgCancelOrder(order_id=order().order_id, good_til_block_time=1_767_225_600)
case(
    "cancel-camel",
    "cancel_twap_order",
    cancel,
    "camel",
    accept("MsgCancelOrder.ValidateBasic: a stateful cancel with good_til_block_time"),
)
case(
    "cancel-short-term",
    "cancel_twap_order",
    tx_pb2.MsgCancelOrder(order_id=order().order_id, good_til_block=100),
    "camel",
    refuse(
        "MsgCancelOrder.ValidateBasic: a stateful cancel needs good_til_block_time",
        "good_til_block_time.required",
        "unknown_field",
    ),
)
capture.write(note="Printed, not sent: the JSON a validator is handed for a dYdX message.")

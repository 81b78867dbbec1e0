"""Hypothesis strategies for dYdX v4 (dydx).

Generated from specs/dydx.yaml (sha256 d263a3e256f357fb)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "dydx"
_TWAP_PARAMETERS = (
    F(
        "duration",
        "integer",
        "duration",
        required=True,
        minimum=Decimal("300"),
        maximum=Decimal("86400"),
    ),
    F(
        "interval",
        "integer",
        "interval",
        required=True,
        minimum=Decimal("30"),
        maximum=Decimal("3600"),
    ),
    F(
        "price_tolerance",
        "integer",
        "price_tolerance",
        minimum=Decimal("0"),
        exclusive_maximum=Decimal("1000000"),
    ),
)
MESSAGES: dict[str, MessageSpec] = {
    "place_twap_order": MessageSpec(
        "place_twap_order",
        "request",
        (
            F(
                "order_id",
                "object",
                "order_id",
                required=True,
                fields=(
                    F(
                        "subaccount_id",
                        "object",
                        "order_id.subaccount_id",
                        required=True,
                        fields=(
                            F(
                                "owner",
                                "string",
                                "order_id.subaccount_id.owner",
                                required=True,
                                pattern="^dydx1[02-9ac-hj-np-z]+$",
                                bech32="dydx",
                            ),
                            F(
                                "number",
                                "integer",
                                "order_id.subaccount_id.number",
                                minimum=Decimal("0"),
                                maximum=Decimal("128000"),
                            ),
                        ),
                        reject_unknown=True,
                    ),
                    F(
                        "client_id",
                        "integer",
                        "order_id.client_id",
                        minimum=Decimal("0"),
                        maximum=Decimal("4294967295"),
                    ),
                    F("order_flags", "integer", "order_id.order_flags", required=True, const=128),
                    F(
                        "clob_pair_id",
                        "integer",
                        "order_id.clob_pair_id",
                        default=0,
                        minimum=Decimal("0"),
                        maximum=Decimal("4294967295"),
                    ),
                ),
                reject_unknown=True,
            ),
            F("side", "enum", "side", required=True, values=("SIDE_BUY", "SIDE_SELL")),
            F(
                "quantums",
                "integer_string",
                "quantums",
                required=True,
                maximum=Decimal("18446744073709551615"),
                exclusive_minimum=Decimal("0"),
            ),
            F("subticks", "integer_string", "subticks", maximum=Decimal("18446744073709551615")),
            F(
                "good_til_block_time",
                "integer",
                "good_til_block_time",
                required=True,
                maximum=Decimal("4294967295"),
                exclusive_minimum=Decimal("0"),
            ),
            F(
                "time_in_force",
                "enum",
                "time_in_force",
                values=(
                    "TIME_IN_FORCE_UNSPECIFIED",
                    "TIME_IN_FORCE_IOC",
                    "TIME_IN_FORCE_POST_ONLY",
                ),
            ),
            F("reduce_only", "boolean", "reduce_only"),
            F(
                "client_metadata",
                "integer",
                "client_metadata",
                minimum=Decimal("0"),
                maximum=Decimal("4294967295"),
            ),
            F(
                "condition_type",
                "enum",
                "condition_type",
                const="CONDITION_TYPE_UNSPECIFIED",
                values=(
                    "CONDITION_TYPE_UNSPECIFIED",
                    "CONDITION_TYPE_STOP_LOSS",
                    "CONDITION_TYPE_TAKE_PROFIT",
                ),
            ),
            F(
                "conditional_order_trigger_subticks",
                "integer_string",
                "conditional_order_trigger_subticks",
                maximum=Decimal("0"),
            ),
            F(
                "twap_parameters",
                "object",
                "twap_parameters",
                required=True,
                fields=_TWAP_PARAMETERS,
                reject_unknown=True,
                rules=(
                    kinds.MultipleOfFieldDrawer(
                        "duration_multiple_of_interval", "duration", "interval"
                    ),
                ),
            ),
            F(
                "builder_code_parameters",
                "object",
                "builder_code_parameters",
                nullable=True,
                fields=(
                    F(
                        "builder_address",
                        "string",
                        "builder_code_parameters.builder_address",
                        required=True,
                        pattern="^dydx1[02-9ac-hj-np-z]+$",
                        bech32="dydx",
                    ),
                    F(
                        "fee_ppm",
                        "integer",
                        "builder_code_parameters.fee_ppm",
                        required=True,
                        minimum=Decimal("1"),
                        maximum=Decimal("10000"),
                    ),
                ),
                reject_unknown=True,
            ),
            F(
                "order_router_address",
                "string",
                "order_router_address",
                pattern="^(dydx1[02-9ac-hj-np-z]+)?$",
                bech32="dydx",
            ),
        ),
        True,
        (
            kinds.ValueWhenDrawer(
                "reduce_only_needs_ioc",
                "time_in_force",
                ("TIME_IN_FORCE_IOC",),
                "reduce_only",
                (True,),
                False,
            ),
            kinds.ReferenceActiveDrawer(
                "market_takes_twaps",
                "order_id.clob_pair_id",
                "markets",
                "status",
                (("order_id.clob_pair_id", "clob_pair_id"),),
                True,
                None,
                False,
            ),
            kinds.MultipleOfReferenceDrawer(
                "quantums_multiple_of_step_base_quantums",
                "quantums",
                "markets",
                (("order_id.clob_pair_id", "clob_pair_id"),),
                "step_base_quantums",
                False,
            ),
            kinds.MultipleOfReferenceDrawer(
                "subticks_multiple_of_subticks_per_tick",
                "subticks",
                "markets",
                (("order_id.clob_pair_id", "clob_pair_id"),),
                "subticks_per_tick",
                False,
            ),
            kinds.QuotientAboveReferenceDrawer(
                "quantums_per_suborder_at_least_step_base_quantums",
                "quantums",
                "twap_parameters.duration",
                "twap_parameters.interval",
                "markets",
                (("order_id.clob_pair_id", "clob_pair_id"),),
                "step_base_quantums",
                False,
                False,
                Decimal("1"),
            ),
        ),
        constants=(),
        body_key="order",
        wire={
            "encoding": "json",
            "absent": [],
            "ignored": ["@type"],
            "objects": {
                "order": {
                    "text": {"good_til_block_time": "integer", "client_metadata": "integer"},
                    "digits": ["conditional_order_trigger_subticks", "quantums", "subticks"],
                    "aliases": {
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
                    "objects": {
                        "order_id": {
                            "text": {
                                "client_id": "integer",
                                "order_flags": "integer",
                                "clob_pair_id": "integer",
                            },
                            "aliases": {
                                "subaccountId": "subaccount_id",
                                "clientId": "client_id",
                                "orderFlags": "order_flags",
                                "clobPairId": "clob_pair_id",
                            },
                            "objects": {"subaccount_id": {"text": {"number": "integer"}}},
                        },
                        "twap_parameters": {
                            "text": {
                                "duration": "integer",
                                "interval": "integer",
                                "price_tolerance": "integer",
                            },
                            "aliases": {"priceTolerance": "price_tolerance"},
                        },
                        "builder_code_parameters": {
                            "text": {"fee_ppm": "integer"},
                            "aliases": {"builderAddress": "builder_address", "feePpm": "fee_ppm"},
                        },
                    },
                }
            },
        },
    ),
    "cancel_twap_order": MessageSpec(
        "cancel_twap_order",
        "request",
        (
            F(
                "order_id",
                "object",
                "order_id",
                required=True,
                fields=(
                    F(
                        "subaccount_id",
                        "object",
                        "order_id.subaccount_id",
                        required=True,
                        fields=(
                            F(
                                "owner",
                                "string",
                                "order_id.subaccount_id.owner",
                                required=True,
                                pattern="^dydx1[02-9ac-hj-np-z]+$",
                                bech32="dydx",
                            ),
                            F(
                                "number",
                                "integer",
                                "order_id.subaccount_id.number",
                                minimum=Decimal("0"),
                                maximum=Decimal("128000"),
                            ),
                        ),
                        reject_unknown=True,
                    ),
                    F(
                        "client_id",
                        "integer",
                        "order_id.client_id",
                        minimum=Decimal("0"),
                        maximum=Decimal("4294967295"),
                    ),
                    F("order_flags", "integer", "order_id.order_flags", required=True, const=128),
                    F(
                        "clob_pair_id",
                        "integer",
                        "order_id.clob_pair_id",
                        minimum=Decimal("0"),
                        maximum=Decimal("4294967295"),
                    ),
                ),
                reject_unknown=True,
            ),
            F(
                "good_til_block_time",
                "integer",
                "good_til_block_time",
                required=True,
                maximum=Decimal("4294967295"),
                exclusive_minimum=Decimal("0"),
            ),
        ),
        True,
        (),
        wire={
            "encoding": "json",
            "absent": [],
            "ignored": ["@type"],
            "text": {"good_til_block_time": "integer"},
            "aliases": {"orderId": "order_id", "goodTilBlockTime": "good_til_block_time"},
            "objects": {
                "order_id": {
                    "text": {
                        "client_id": "integer",
                        "order_flags": "integer",
                        "clob_pair_id": "integer",
                    },
                    "aliases": {
                        "subaccountId": "subaccount_id",
                        "clientId": "client_id",
                        "orderFlags": "order_flags",
                        "clobPairId": "clob_pair_id",
                    },
                    "objects": {"subaccount_id": {"text": {"number": "integer"}}},
                }
            },
        },
    ),
}

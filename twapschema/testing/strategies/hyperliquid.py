"""Hypothesis strategies for Hyperliquid (hyperliquid).

Generated from specs/hyperliquid.yaml (sha256 28802f5275e57f4b)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "hyperliquid"
MESSAGES: dict[str, MessageSpec] = {
    "twap_order": MessageSpec(
        "twap_order",
        "request",
        (
            F("a", "integer", "a", required=True, minimum=Decimal("0")),
            F("b", "boolean", "b", required=True),
            F("s", "decimal_string", "s", required=True, exclusive_minimum=Decimal("0")),
            F("r", "boolean", "r", required=True),
            F("m", "integer", "m", required=True, minimum=Decimal("5"), maximum=Decimal("10080")),
            F("t", "boolean", "t", required=True),
        ),
        True,
        (),
        constants=(("type", "twapOrder"),),
        body_key="twap",
    ),
    "twap_order_response": MessageSpec(
        "twap_order_response",
        "response",
        (
            F("type", "string", "type", required=True, const="twapOrder"),
            F(
                "data",
                "object",
                "data",
                required=True,
                fields=(
                    F(
                        "status",
                        "object",
                        "data.status",
                        required=True,
                        fields=(
                            F(
                                "running",
                                "object",
                                "data.status.running",
                                fields=(
                                    F(
                                        "twapId",
                                        "integer",
                                        "data.status.running.twapId",
                                        required=True,
                                        minimum=Decimal("0"),
                                    ),
                                ),
                                reject_unknown=False,
                            ),
                            F("error", "string", "data.status.error"),
                        ),
                        reject_unknown=False,
                    ),
                ),
                reject_unknown=False,
            ),
        ),
        False,
        (),
        constants=(("status", "ok"),),
        body_key="response",
    ),
    "twap_order_error": MessageSpec(
        "twap_order_error",
        "error",
        (
            F("type", "string", "type", required=True, const="twapOrder"),
            F(
                "data",
                "object",
                "data",
                required=True,
                fields=(
                    F(
                        "status",
                        "object",
                        "data.status",
                        required=True,
                        fields=(F("error", "string", "data.status.error", required=True),),
                        reject_unknown=False,
                    ),
                ),
                reject_unknown=False,
            ),
        ),
        False,
        (),
        constants=(("status", "ok"),),
        body_key="response",
    ),
    "twap_cancel": MessageSpec(
        "twap_cancel",
        "request",
        (
            F("type", "string", "type", required=True, const="twapCancel"),
            F("a", "integer", "a", required=True, minimum=Decimal("0")),
            F("t", "integer", "t", required=True, minimum=Decimal("0")),
        ),
        True,
        (),
    ),
    "twap_cancel_response": MessageSpec(
        "twap_cancel_response",
        "response",
        (
            F("type", "string", "type", required=True, const="twapCancel"),
            F(
                "data",
                "object",
                "data",
                required=True,
                fields=(F("status", "string", "data.status", required=True, const="success"),),
                reject_unknown=False,
            ),
        ),
        False,
        (),
        constants=(("status", "ok"),),
        body_key="response",
    ),
    "twap_cancel_error": MessageSpec(
        "twap_cancel_error",
        "error",
        (
            F("type", "string", "type", required=True, const="twapCancel"),
            F(
                "data",
                "object",
                "data",
                required=True,
                fields=(
                    F(
                        "status",
                        "object",
                        "data.status",
                        required=True,
                        fields=(F("error", "string", "data.status.error", required=True),),
                        reject_unknown=False,
                    ),
                ),
                reject_unknown=False,
            ),
        ),
        False,
        (),
        constants=(("status", "ok"),),
        body_key="response",
    ),
    "exchange_error": MessageSpec(
        "exchange_error",
        "error",
        (
            F("status", "string", "status", required=True, const="err"),
            F("response", "string", "response", required=True),
        ),
        False,
        (),
    ),
}

"""Hypothesis strategies for Hyperliquid (hyperliquid).

Generated from specs/hyperliquid.yaml (sha256 cdac0085f8a85141)
by `twapschema generate`: do not edit."""

from decimal import Decimal

from twapschema.rules import kinds
from twapschema.testing.drawing import FieldSpec as F
from twapschema.testing.drawing import MessageSpec

VENUE_ID = "hyperliquid"
_TWAP_ORDER_TWAP = (
    F("a", "integer", "a", required=True, minimum=Decimal("0"), canonical=True),
    F("b", "boolean", "b", required=True),
    F("s", "decimal_string", "s", required=True, exclusive_minimum=Decimal("0"), canonical=True),
    F("r", "boolean", "r", required=True),
    F(
        "m",
        "integer",
        "m",
        required=True,
        minimum=Decimal("5"),
        maximum=Decimal("10080"),
        canonical=True,
    ),
    F("t", "boolean", "t", required=True),
)
MESSAGES: dict[str, MessageSpec] = {
    "twap_order": MessageSpec(
        "twap_order",
        "request",
        _TWAP_ORDER_TWAP,
        True,
        (
            kinds.MultipleOfReferenceDrawer(
                "size_within_sz_decimals", "s", "assets", (("a", "asset"),), "sz_decimals", True
            ),
        ),
        constants=(("type", "twapOrder"),),
        body_key="twap",
    ),
    "exchange_twap_order": MessageSpec(
        "exchange_twap_order",
        "request",
        (
            F(
                "action",
                "object",
                "action",
                required=True,
                fields=(
                    F("type", "string", "action.type", required=True, const="twapOrder"),
                    F(
                        "twap",
                        "object",
                        "action.twap",
                        required=True,
                        fields=_TWAP_ORDER_TWAP,
                        reject_unknown=True,
                        rules=(
                            kinds.MultipleOfReferenceDrawer(
                                "size_within_sz_decimals",
                                "s",
                                "assets",
                                (("a", "asset"),),
                                "sz_decimals",
                                True,
                            ),
                        ),
                    ),
                ),
                reject_unknown=True,
            ),
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0"), canonical=True),
            F(
                "signature",
                "object",
                "signature",
                required=True,
                fields=(
                    F("r", "string", "signature.r", required=True, pattern="^0x[0-9a-fA-F]{64}$"),
                    F("s", "string", "signature.s", required=True, pattern="^0x[0-9a-fA-F]{64}$"),
                    F("v", "integer", "signature.v", required=True, values=(27, 28)),
                ),
                reject_unknown=True,
            ),
            F(
                "vaultAddress",
                "string",
                "vaultAddress",
                nullable=True,
                pattern="^0x[0-9a-fA-F]{40}$",
            ),
            F(
                "expiresAfter",
                "integer",
                "expiresAfter",
                nullable=True,
                minimum=Decimal("0"),
                canonical=True,
            ),
        ),
        True,
        (),
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
    "exchange_twap_cancel": MessageSpec(
        "exchange_twap_cancel",
        "request",
        (
            F(
                "action",
                "object",
                "action",
                required=True,
                fields=(
                    F("type", "string", "action.type", required=True, const="twapCancel"),
                    F(
                        "a",
                        "integer",
                        "action.a",
                        required=True,
                        minimum=Decimal("0"),
                        canonical=True,
                    ),
                    F(
                        "t",
                        "integer",
                        "action.t",
                        required=True,
                        minimum=Decimal("0"),
                        canonical=True,
                    ),
                ),
                reject_unknown=True,
            ),
            F("nonce", "integer", "nonce", required=True, minimum=Decimal("0"), canonical=True),
            F(
                "signature",
                "object",
                "signature",
                required=True,
                fields=(
                    F("r", "string", "signature.r", required=True, pattern="^0x[0-9a-fA-F]{64}$"),
                    F("s", "string", "signature.s", required=True, pattern="^0x[0-9a-fA-F]{64}$"),
                    F("v", "integer", "signature.v", required=True, values=(27, 28)),
                ),
                reject_unknown=True,
            ),
            F(
                "vaultAddress",
                "string",
                "vaultAddress",
                nullable=True,
                pattern="^0x[0-9a-fA-F]{40}$",
            ),
            F(
                "expiresAfter",
                "integer",
                "expiresAfter",
                nullable=True,
                minimum=Decimal("0"),
                canonical=True,
            ),
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

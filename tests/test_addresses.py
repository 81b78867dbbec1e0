"""bech32 addresses as the Cosmos SDK reads them (dYdX's owner, builder and router addresses)."""

from __future__ import annotations

import pytest
from bech32 import bech32_create_checksum, bech32_encode, bech32_polymod, convertbits

import twapschema
from twapschema.runtime.addresses import bech32_address, bech32_ok

# The owner in dYdX's own examples (v4-chain message_place_order_test.go, the docs).
OWNER = "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4"
CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32m(prefix: str, data: list[int]) -> str:
    """The same data with a bech32m checksum (BIP 350), which Cosmos does not accept."""
    values = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix] + data
    polymod = bech32_polymod([*values, 0, 0, 0, 0, 0, 0]) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return prefix + "1" + "".join(CHARSET[d] for d in data + checksum)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        (OWNER, True),
        (OWNER.upper(), True),  # BIP 173 allows all-uppercase, and so does the SDK's decoder
        (OWNER[:7] + OWNER[7].upper() + OWNER[8:], False),  # mixed case
        (OWNER[:-1] + "5", False),  # one character mistyped
        (OWNER[:-3] + OWNER[-2] + OWNER[-3] + OWNER[-1], False),  # two swapped
        (bech32_address("cosmos", bytes(20)), False),  # another chain's prefix
        (bech32_address("dydx", bytes(32)), True),  # a 32-byte module address
        (bech32_address("dydx", bytes(255)), True),  # the most address bytes
        (bech32_address("dydx", bytes(256)), False),  # one more
        (bech32_encode("dydx", []), False),  # no address bytes at all
        ("", False),
        ("dydx1", False),
        (OWNER + " ", False),
    ],
)
def test_bech32_as_cosmos_reads_it(text: str, ok: bool) -> None:
    assert bech32_ok(text, "dydx") is ok


def test_a_bech32m_checksum_is_not_bech32() -> None:
    words = convertbits(bytes(20), 8, 5)
    assert words is not None
    assert bech32_ok(bech32_encode("dydx", words), "dydx")
    assert not bech32_ok(_bech32m("dydx", words), "dydx")


def test_padding_left_over_is_refused() -> None:
    # 33 five-bit words are 165 bits: 20 bytes and 5 bits that must be zero padding; set one.
    words = [*convertbits(bytes(20), 8, 5), 0]  # type: ignore[misc]
    words[-1] = 1
    text = "dydx1" + "".join(CHARSET[w] for w in words + bech32_create_checksum("dydx", words))
    assert not bech32_ok(text, "dydx")


def _order(owner: str, **extra: object) -> dict[str, object]:
    return {
        "order": {
            "order_id": {"subaccount_id": {"owner": owner, "number": 0}, "order_flags": 128},
            "side": "SIDE_BUY",
            "quantums": "42",
            "good_til_block_time": 100,
            "twap_parameters": {"interval": 60, "duration": 300},
            **extra,
        }
    }


def test_dydx_refuses_a_mistyped_owner_for_its_checksum() -> None:
    def rules(payload: dict[str, object]) -> list[str]:
        result = twapschema.validate("dydx", "place_twap_order", payload)
        return [v.rule for v in result.violations]

    assert rules(_order(OWNER)) == []
    assert rules(_order(OWNER[:-1] + "5")) == ["order_id.subaccount_id.owner.bech32"]
    # Not address-shaped at all: the pattern says so, once.
    assert rules(_order("invalid_owner")) == ["order_id.subaccount_id.owner.pattern"]
    assert rules(_order(OWNER, order_router_address="")) == []  # empty is none
    mistyped = {"order_router_address": OWNER[:-1] + "5"}
    assert rules(_order(OWNER, **mistyped)) == ["order_router_address.bech32"]

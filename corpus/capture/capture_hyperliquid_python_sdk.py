"""hyperliquid-python-sdk (Hyperliquid's official Python SDK): the /exchange body of a TWAP.

Master has no TWAP method (it is in unmerged pull request #216), so the action is built from
the SDK's own primitives as that PR's example uses them: ``float_to_wire`` for the size,
``sign_l1_action`` to sign, and ``Exchange._post_action`` to wrap and post, whose ``post`` is
replaced by a recorder. The wallet is a test key; the meta is given, so nothing is fetched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import eth_account
from hyperliquid.api import API
from hyperliquid.exchange import Exchange
from hyperliquid.utils.constants import MAINNET_API_URL
from hyperliquid.utils.signing import float_to_wire, sign_l1_action

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import FIXED_MILLISECONDS, Capture, accept, refuse

META = {"universe": [{"name": "BTC", "szDecimals": 5}, {"name": "ETH", "szDecimals": 4}]}
SPOT_META = {
    "universe": [{"tokens": [1, 0], "name": "PURR/USDC", "index": 0}],
    "tokens": [
        {"name": "USDC", "szDecimals": 8, "weiDecimals": 8, "index": 0},
        {"name": "PURR", "szDecimals": 0, "weiDecimals": 5, "index": 1},
    ],
}
TEST_KEY = "0x" + "11" * 32  # signs nothing real
sent: list[dict[str, Any]] = []


def _post(self: API, path: str, payload: Any = None) -> Any:
    if path == "/info":  # the SDK's own set-up reads: answered, not kept
        return {"perpDexs": [None], "meta": META, "spotMeta": SPOT_META}.get(payload["type"], {})
    sent.append(
        {
            "method": "POST",
            "url": f"{self.base_url}{path}",
            "content_type": "application/json",
            "body": json.dumps(payload),
        }
    )
    return {
        "status": "ok",
        "response": {"type": "twapOrder", "data": {"status": {"running": {"twapId": 1}}}},
    }


API.post = _post  # type: ignore[method-assign]


def exchange(vault: str | None = None, expires_after: int | None = None) -> Exchange:
    ex = Exchange(
        eth_account.Account.from_key(TEST_KEY),
        MAINNET_API_URL,
        meta=META,
        spot_meta=SPOT_META,
        vault_address=vault,
    )
    ex.set_expires_after(expires_after)
    return ex


def twap(
    ex: Exchange,
    name: str,
    is_buy: bool,
    sz: float,
    minutes: Any,
    reduce_only: bool,
    randomize: bool,
) -> None:
    action = {
        "type": "twapOrder",
        "twap": {
            "a": ex.info.name_to_asset(name),
            "b": is_buy,
            "s": float_to_wire(sz),
            "r": reduce_only,
            "m": minutes,
            "t": randomize,
        },
    }
    signature = sign_l1_action(
        ex.wallet, action, ex.vault_address, FIXED_MILLISECONDS, ex.expires_after, True
    )
    ex._post_action(action, signature, FIXED_MILLISECONDS)


capture = Capture("hyperliquid", "python-sdk", "hyperliquid-python-sdk", "python")
HL = "Exchange endpoint, Place a TWAP order"


def case(case_id: str, expect: Any, ex: Exchange, *args: Any) -> None:
    sent.clear()
    twap(ex, *args)
    (request,) = sent
    names = ("name", "is_buy", "sz", "minutes", "reduce_only", "randomize")
    capture.add(
        case_id=case_id,
        message="exchange_twap_order",
        function="Exchange._post_action (action from float_to_wire, sign_l1_action)",
        arguments={
            "vault_address": ex.vault_address,
            "expires_after": ex.expires_after,
            **dict(zip(names, args, strict=True)),
        },
        request=request,
        expect=expect,
    )


case(
    "pr-216-example",
    accept(
        f"{HL}; PR #216's example: buy 20 PURR/USDC over 5 minutes, "
        "vaultAddress and expiresAfter sent as null"
    ),
    exchange(),
    "PURR/USDC",
    True,
    20.0,
    5,
    False,
    False,
)
case("btc-sell-reduce-only", accept(HL), exchange(), "BTC", False, 0.015, 60, True, True)
case(
    "vault-expiring",
    accept(f"{HL}: for a vault, expiring a minute after the nonce"),
    exchange("0x000000000000000000000000000000000000abcd", FIXED_MILLISECONDS + 60_000),
    "ETH",
    True,
    1.5,
    30,
    False,
    False,
)
case(
    "minutes-as-float",
    refuse(
        "signing page: the minutes 30.0 pack as a msgpack float, not"
        " the integer the venue hashes, so another signer is recovered",
        "m.type",
    ),
    exchange(),
    "ETH",
    True,
    1.0,
    30.0,
    False,
    False,
)
case(
    "eight-days",
    refuse("order-types page: running time 5 minutes to 7 days", "m.maximum"),
    exchange(),
    "BTC",
    True,
    0.1,
    8 * 1440,
    False,
    False,
)
capture.write(note="Signed with a test key and the nonce 1641522717552.")

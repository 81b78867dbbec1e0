"""The venues' official clients pointed at `twapschema serve`, round-tripping a TWAP: placed,
cancelled, and cancelled again (which the venue refuses). Run by `make roundtrip`, which
installs the clients into a scratch environment; outside CI, as their packages are large and
the corpus tests already hold what they send.

python-okx 0.4.4 and CCXT 4.5.90 (OKX and Binance), the versions corpus/ was captured with.
Prints one line per step; exits 1 when any step did not get the venue's answer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import ccxt
from okx import Trade

from twapschema.serve import running

ROOT = Path(__file__).resolve().parents[2]
# The instrument CCXT needs before it places an order, from a recorded OKX answer (the stand-in
# serves trading endpoints, not /public/instruments).
OKX_SWAP = next(
    i
    for i in json.loads((ROOT / "tests/fixtures/refdata/okx/swap_instruments.json").read_text())[
        "data"
    ]
    if i["instId"] == "BTC-USDT-SWAP"
)

failures: list[str] = []


def step(what: str, ok: bool, got: Any) -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {what}: {got}")
    if not ok:
        failures.append(what)


def python_okx(base: str) -> None:
    api = Trade.TradeAPI("k", "s", "p", False, "0", domain=base)
    placed = api.place_algo_order(
        instId="BTC-USDT-SWAP",
        tdMode="cross",
        side="buy",
        ordType="twap",
        sz="10",
        szLimit="2",
        pxLimit="60000",
        pxVar="0.01",
        timeInterval="10",
    )
    algo_id = placed["data"][0]["algoId"]
    step("python-okx place_algo_order", placed["code"] == "0", placed)
    cancel = [{"algoId": algo_id, "instId": "BTC-USDT-SWAP"}]
    done = api.cancel_algo_order(cancel)
    step("python-okx cancel_algo_order", done["code"] == "0", done)
    again = api.cancel_algo_order(cancel)
    step("python-okx cancel_algo_order again", again["data"][0]["sCode"] != "0", again)


def ccxt_okx(base: str) -> None:
    okx = ccxt.okx({"apiKey": "k", "secret": "s", "password": "p", "enableRateLimit": False})
    okx.urls["api"] = {"rest": base}
    okx.set_markets(okx.parse_markets([OKX_SWAP]))
    order = okx.create_order(
        "BTC/USDT:USDT",
        "twap",
        "buy",
        10,
        None,
        {
            "szLimit": "2",
            "pxLimit": "60000",
            "pxVar": "0.01",
            "timeInterval": "10",
            "tdMode": "cross",
        },
    )
    step("ccxt okx create_order twap", bool(order["id"]), order["id"])
    done = okx.cancel_order(order["id"], "BTC/USDT:USDT", {"trigger": True})
    step("ccxt okx cancel_order (algo)", done["id"] == order["id"], done["id"])
    try:
        okx.cancel_order(order["id"], "BTC/USDT:USDT", {"trigger": True})
        step("ccxt okx cancel_order again", False, "accepted")
    except ccxt.BaseError as e:
        step("ccxt okx cancel_order again", True, type(e).__name__)


def ccxt_binance(base: str) -> None:
    binance = ccxt.binance({"apiKey": "k", "secret": "s", "enableRateLimit": False})
    binance.urls["api"]["sapi"] = f"{base}/sapi/v1"
    placed = binance.sapiPostAlgoFuturesNewOrderTwap(
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": 1, "duration": 5000}
    )
    step("ccxt binance newOrderTwap", placed.get("success") is True, placed)
    cancel = {"clientAlgoId": placed["clientAlgoId"]}
    done = binance.sapiDeleteAlgoFuturesOrder(cancel)
    step("ccxt binance cancel algo order", done.get("success") is True, done)
    try:
        binance.sapiDeleteAlgoFuturesOrder(cancel)
        step("ccxt binance cancel again", False, "accepted")
    except ccxt.BaseError as e:
        step("ccxt binance cancel again", True, f"{type(e).__name__}: {e}")


with running(["okx", "binance"], seed=1) as server:
    python_okx(server.url_for("okx"))
    ccxt_okx(server.url_for("okx"))
    ccxt_binance(server.url_for("binance"))
sys.exit(1 if failures else 0)

"""The venues' official clients pointed at `twapschema serve`, round-tripping a TWAP: placed,
cancelled, and cancelled again (which the venue refuses). Run by `make roundtrip`, which
installs the clients into a scratch environment; outside CI, as their packages are large and
the corpus tests already hold what they send.

python-okx 0.4.4, pybit 5.17.0, binance-sdk-algo 3.9.0 and CCXT 4.5.90 (OKX, Binance, Bybit,
Kraken), the versions
corpus/ was captured with. The stand-in holds each client's secret, so every request's signature
is checked as the venue computes it, and a client with a wrong secret must get the venue's
refusal of a bad signature. Prints one line per step; exits 1 when any step did not get the
venue's answer.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from typing import Any

import ccxt
from binance_common.errors import BadRequestError
from binance_sdk_algo.algo import Algo, ConfigurationRestAPI
from okx import Trade
from pybit.unified_trading import HTTP

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
SECRET = "s"
KRAKEN_SECRET = base64.b64encode(b"k" * 64).decode()  # Kraken's secrets are base64
SECRETS = {"okx": SECRET, "binance": SECRET, "bybit": SECRET, "kraken": KRAKEN_SECRET}


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
    wrong = Trade.TradeAPI("k", "not the secret", "p", False, "0", domain=base)
    try:
        refused: Any = wrong.cancel_algo_order(cancel)
    except Exception as e:
        refused = f"{type(e).__name__}: {e}"
    step("python-okx with a wrong secret", "50113" in str(refused), refused)


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
    wrong = ccxt.binance({"apiKey": "k", "secret": "not the secret", "enableRateLimit": False})
    wrong.urls["api"]["sapi"] = f"{base}/sapi/v1"
    try:
        wrong.sapiPostAlgoFuturesNewOrderTwap(
            {"symbol": "BTCUSDT", "side": "BUY", "quantity": 1, "duration": 5000}
        )
        step("ccxt binance with a wrong secret", False, "accepted")
    except ccxt.AuthenticationError as e:  # CCXT's reading of -1022
        step("ccxt binance with a wrong secret", "-1022" in str(e), f"{type(e).__name__}: {e}")


def binance_connector(base: str) -> None:
    # Binance's official connector. Its cancel takes only algoId, which the TWAP reply does not
    # carry (clientAlgoId only), so an id the venue never gave is what it can send: -2011.
    def api(secret: str) -> Any:
        config = ConfigurationRestAPI(api_key="k", api_secret=secret, base_path=base)
        return Algo(config_rest_api=config).rest_api

    placed = api(SECRET).time_weighted_average_price_future_algo(
        symbol="BTCUSDT", side="BUY", quantity=1.0, duration=5000
    )
    step("binance-sdk-algo newOrderTwap", placed.data().success is True, placed.data())
    try:
        api(SECRET).cancel_algo_order_future_algo(algo_id=1)
        step("binance-sdk-algo cancel an algoId never given", False, "accepted")
    except BadRequestError as e:
        step("binance-sdk-algo cancel an algoId never given", "-2011" in str(e), e)
    try:
        api("not the secret").time_weighted_average_price_future_algo(
            symbol="BTCUSDT", side="BUY", quantity=1.0, duration=5000
        )
        step("binance-sdk-algo with a wrong secret", False, "accepted")
    except BadRequestError as e:
        step("binance-sdk-algo with a wrong secret", "-1022" in str(e), e)


def pybit_bybit(base: str) -> None:
    # pybit has no strategy method: a desk calls _submit_request with the path, as for any
    # endpoint pybit lacks (corpus/capture/capture_pybit.py).
    session = HTTP(api_key="k", api_secret=SECRET)
    order = {
        "category": "UTA_USDT",
        "symbol": "BTCUSDT",
        "side": "Buy",
        "size": "0.1",
        "strategyType": "twap",
        "duration": 3600,
        "interval": 60,
    }
    placed = session._submit_request(
        method="POST", path=f"{base}/v5/strategy/create", query=order, auth=True
    )
    strategy = placed["result"]["strategyId"]
    step("pybit strategy/create", placed["retCode"] == 0, placed)
    stop = {"strategyId": strategy}
    done = session._submit_request(
        method="POST", path=f"{base}/v5/strategy/stop", query=stop, auth=True
    )
    step("pybit strategy/stop", done["retCode"] == 0, done)
    wrong = HTTP(api_key="k", api_secret="not the secret")
    try:
        refused: Any = wrong._submit_request(
            method="POST", path=f"{base}/v5/strategy/stop", query=stop, auth=True
        )
    except Exception as e:
        refused = f"{type(e).__name__}: {e}"
    step("pybit with a wrong secret", "10004" in str(refused), refused)


def ccxt_kraken(base: str) -> None:
    # CCXT has no AddStrategy method: its generic request() signs and sends any private path.
    kraken = ccxt.kraken({"apiKey": "k", "secret": KRAKEN_SECRET, "enableRateLimit": False})
    kraken.urls["api"]["private"] = base
    order = {
        "symbol": "BTC/USD",
        "asset_class": "forex",
        "strategy_type": "twap",
        "side": "buy",
        "volume": "1.5",
        "ordertype": "limit",
        "price": "67000.0",
        "expiretm": "+3600",
    }
    placed = kraken.request("AddStrategy", ["private"], "POST", order)
    strategy = placed["result"]["strategy_id"]
    step("ccxt kraken AddStrategy", placed["error"] == [], placed)
    cancel = {"strategy_id": strategy}
    done = kraken.request("CancelStrategy", ["private"], "POST", cancel)
    step("ccxt kraken CancelStrategy", done["error"] == [], done)
    try:
        again: Any = kraken.request("CancelStrategy", ["private"], "POST", cancel)
    except ccxt.BaseError as e:
        again = f"{type(e).__name__}: {e}"
    step("ccxt kraken CancelStrategy again", "error" in str(again), again)
    query = {"strategy_ids": strategy}
    status = kraken.request("QueryStrategies", ["private"], "POST", query)
    said = status["result"]["strategies"][strategy]["status"]
    step("ccxt kraken QueryStrategies after the cancel", said == "cancelled", said)
    wrong = ccxt.kraken(
        {"apiKey": "k", "secret": base64.b64encode(b"w" * 64).decode(), "enableRateLimit": False}
    )
    wrong.urls["api"]["private"] = base
    try:
        refused: Any = wrong.request("AddStrategy", ["private"], "POST", order)
    except ccxt.BaseError as e:
        refused = f"{type(e).__name__}: {e}"
    step("ccxt kraken with a wrong secret", "EAPI:Invalid signature" in str(refused), refused)


with running(list(SECRETS), seed=1, secrets=SECRETS) as server:
    python_okx(server.url_for("okx"))
    ccxt_okx(server.url_for("okx"))
    ccxt_binance(server.url_for("binance"))
    binance_connector(server.url_for("binance"))
    pybit_bybit(server.url_for("bybit"))
    ccxt_kraken(server.url_for("kraken"))
sys.exit(1 if failures else 0)

"""CCXT (Python): what its Binance algo, OKX TWAP and Hyperliquid TWAP calls send.

``Exchange.fetch`` (CCXT's one HTTP call) is replaced: market-data requests get a small
realistic reply (instruments, meta), every other request is recorded. The clock stays real
(CCXT's rate limiter reads it; it is switched off) except where a method takes the time as a
parameter; Binance's ``timestamp`` comes from ``milliseconds``, fixed here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import ccxt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import FIXED_MILLISECONDS, Capture, accept, refuse

sent: list[dict[str, Any]] = []


def recorder(replies: dict[str, Any], default: Any):
    def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None) -> Any:
        for part, reply in replies.items():
            if part in url:
                answer = reply(body) if callable(reply) else reply
                if answer is not None:
                    return answer
        sent.append(
            {
                "method": method,
                "url": url,
                "content_type": (headers or {}).get("Content-Type"),
                "body": body,
            }
        )
        return default

    return fetch


def take(
    capture: Capture,
    case_id: str,
    message: str,
    function: str,
    arguments: dict[str, Any],
    expect: Any,
    run: Any,
) -> None:
    sent.clear()
    run()
    request = sent[-1]  # the last request is the order; earlier ones are CCXT's own setup
    capture.add(
        case_id=case_id,
        message=message,
        function=function,
        arguments=arguments,
        request=request,
        expect=expect,
    )


# --- Binance: the implicit SAPI methods, form body ---------------------------------------------
binance = ccxt.binance({"apiKey": "k", "secret": "s", "enableRateLimit": False})
binance.fetch = recorder({}, {"clientAlgoId": "x", "success": True, "code": 0, "msg": "OK"})
binance.milliseconds = lambda: FIXED_MILLISECONDS
capture = Capture("binance", "ccxt", "ccxt", "python")
PAGE = "futures TWAP page, Request Parameters"
for case_id, message, method, params, expect in [
    (
        "futures-reduce-only",
        "new_order_twap",
        "sapiPostAlgoFuturesNewOrderTwap",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": 1, "duration": 5000, "reduceOnly": True},
        accept(f"{PAGE}; CCXT adds recvWindow 10000 (within 60000)"),
    ),
    (
        "futures-limit-price",
        "new_order_twap",
        "sapiPostAlgoFuturesNewOrderTwap",
        {
            "symbol": "ETHUSDT",
            "side": "SELL",
            "quantity": "2",
            "duration": 600,
            "limitPrice": "3000.5",
            "positionSide": "BOTH",
        },
        accept(PAGE),
    ),
    (
        "futures-duration-86401",
        "new_order_twap",
        "sapiPostAlgoFuturesNewOrderTwap",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": 2, "duration": 86401},
        refuse(f"{PAGE}: duration [300, 86400]", "duration.maximum"),
    ),
    (
        "futures-negative-quantity",
        "new_order_twap",
        "sapiPostAlgoFuturesNewOrderTwap",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": -0.01, "duration": 600},
        refuse(
            "errors.md -1100: a decimal parameter matches ^([0-9]{1,20})(\\.[0-9]{1,20})?$,"
            " so no sign (ccxt/ccxt#11667 shows Binance refusing quantity=-0.01)",
            "quantity.type",
        ),
    ),
    (
        "spot",
        "new_order_twap_spot",
        "sapiPostAlgoSpotNewOrderTwap",
        {"symbol": "BTCUSDT", "side": "BUY", "quantity": "0.5", "duration": 86400},
        accept("spot TWAP page, Request Parameters"),
    ),
    (
        "cancel",
        "cancel_algo_order",
        "sapiDeleteAlgoFuturesOrder",
        {"algoId": 14511},
        accept("Cancel Algo Order page: algoId"),
    ),
]:
    take(
        capture,
        case_id,
        message,
        f"binance.{method}",
        params,
        expect,
        lambda m=method, p=params: getattr(binance, m)(dict(p)),
    )
capture.write(note="Form bodies (POST) and a query string (DELETE), signed with the test key 's'.")

# --- OKX: create_order(type='twap') ------------------------------------------------------------
SWAP = {
    "instType": "SWAP",
    "instId": "BTC-USDT-SWAP",
    "uly": "BTC-USDT",
    "instFamily": "BTC-USDT",
    "baseCcy": "",
    "quoteCcy": "",
    "settleCcy": "USDT",
    "ctVal": "0.01",
    "ctMult": "1",
    "ctValCcy": "BTC",
    "ctType": "linear",
    "lotSz": "0.01",
    "minSz": "0.01",
    "tickSz": "0.1",
    "state": "live",
    "lever": "100",
    "listTime": "1611916828000",
    "expTime": "",
    "maxLmtSz": "100000000",
    "maxMktSz": "12000",
    "maxTwapSz": "100000000",
    "alias": "",
    "optType": "",
    "stk": "",
}
SPOT = {
    **SWAP,
    "instType": "SPOT",
    "instId": "BTC-USDT",
    "uly": "",
    "instFamily": "",
    "baseCcy": "BTC",
    "quoteCcy": "USDT",
    "settleCcy": "",
    "ctVal": "",
    "ctMult": "",
    "ctValCcy": "",
    "ctType": "",
    "lotSz": "0.00000001",
    "minSz": "0.00001",
}


okx = ccxt.okx({"apiKey": "k", "secret": "s", "password": "p", "enableRateLimit": False})
okx.fetch = recorder(
    {
        "instType=SWAP": {"code": "0", "msg": "", "data": [SWAP]},
        "instType=SPOT": {"code": "0", "msg": "", "data": [SPOT]},
        "public/instruments": {"code": "0", "msg": "", "data": []},
        "asset/currencies": {"code": "0", "msg": "", "data": []},
    },
    {
        "code": "0",
        "msg": "",
        "data": [
            {"algoId": "1", "sCode": "0", "sMsg": "", "clOrdId": "", "tag": "", "algoClOrdId": ""}
        ],
    },
)
okx.options["fetchMarkets"] = {"types": ["spot", "swap"]}
okx.load_markets()
capture = Capture("okx", "ccxt", "ccxt", "python")
OKX = "Place algo order page, TWAP Order"
for case_id, symbol, side, amount, params, expect in [
    (
        "swap-pxvar",
        "BTC/USDT:USDT",
        "buy",
        10,
        {
            "szLimit": "2",
            "pxLimit": "60000",
            "pxVar": "0.01",
            "timeInterval": "10",
            "tdMode": "cross",
        },
        accept(f"{OKX}; px null read as absent, clOrdId and tag are CCXT's own (see the spec)"),
    ),
    (
        "spot-pxspread",
        "BTC/USDT",
        "sell",
        0.5,
        {"szLimit": "0.1", "pxLimit": "50000", "pxSpread": "10", "timeInterval": "60"},
        accept(f"{OKX}; CCXT adds tdMode cash and tgtCcy base_ccy on spot"),
    ),
    (
        "swap-pxvar-too-wide",
        "BTC/USDT:USDT",
        "sell",
        10,
        {
            "szLimit": "2",
            "pxLimit": "50000",
            "pxVar": "0.02",
            "timeInterval": "10",
            "tdMode": "cross",
        },
        refuse(f"{OKX}: pxVar 0.0001 to 0.01", "pxVar.maximum"),
    ),
]:
    take(
        capture,
        case_id,
        "order_algo_twap",
        "okx.create_order",
        {"symbol": symbol, "type": "twap", "side": side, "amount": amount, "params": params},
        expect,
        lambda a=(symbol, side, amount, params): okx.create_order(
            a[0], "twap", a[1], a[2], None, dict(a[3])
        ),
    )
sent.clear()
okx.cancel_order("590919993110396111", "BTC/USDT:USDT", {"trigger": True})
capture.add(
    case_id="cancel-trigger",
    message="cancel_algos",
    function="okx.cancel_order",
    arguments={"id": "590919993110396111", "symbol": "BTC/USDT:USDT", "params": {"trigger": True}},
    request=sent[-1],
    expect=accept("Cancel algo order page: an array of one {instId, algoId}"),
)
capture.write(note="JSON bodies; CCXT's clOrdId and tag carry its broker id.")

# --- Hyperliquid: create_twap_order ------------------------------------------------------------
META = {
    "universe": [
        {"name": "BTC", "szDecimals": 5, "maxLeverage": 40},
        {"name": "ETH", "szDecimals": 4, "maxLeverage": 25},
    ]
}
CTX = {
    "markPx": "60000",
    "midPx": "60000",
    "oraclePx": "60000",
    "funding": "0",
    "openInterest": "1",
    "dayNtlVlm": "1",
    "prevDayPx": "1",
}


def info(body: Any) -> Any:
    kind = json.loads(body).get("type") if body else None
    return {
        "meta": META,
        "metaAndAssetCtxs": [META, [CTX, CTX]],
        "spotMetaAndAssetCtxs": [{"universe": [], "tokens": []}, []],
        "perpDexs": [None],
    }.get(kind, {})


hl = ccxt.hyperliquid(
    {
        "walletAddress": "0x0000000000000000000000000000000000000001",
        "privateKey": "0x" + "11" * 32,  # a test key: signs nothing real
        "enableRateLimit": False,
    }
)
hl.fetch = recorder(
    {"/info": info},
    {
        "status": "ok",
        "response": {"type": "twapOrder", "data": {"status": {"running": {"twapId": 77738308}}}},
    },
)
hl.options["fetchMarkets"] = {"types": ["swap"]}
hl.load_markets()
hl.incrementing_nonce = lambda: FIXED_MILLISECONDS
capture = Capture("hyperliquid", "ccxt", "ccxt", "python")
HL = "Exchange endpoint, Place a TWAP order"
for case_id, symbol, side, amount, duration_ms, params, expect in [
    (
        "btc-30-minutes-randomized",
        "BTC/USDC:USDC",
        "buy",
        0.01,
        30 * 60_000,
        {"randomize": True},
        accept(HL),
    ),
    (
        "eth-reduce-only-expiring",
        "ETH/USDC:USDC",
        "sell",
        1.5,
        10 * 60_000,
        {"reduceOnly": True, "expiresAfter": FIXED_MILLISECONDS + 60_000},
        accept(HL),
    ),
    (
        "four-minutes",
        "BTC/USDC:USDC",
        "buy",
        0.01,
        4 * 60_000,
        {},
        refuse("order-types page: running time 5 minutes to 7 days", "m.minimum"),
    ),
    (
        "ninety-seconds",
        "BTC/USDC:USDC",
        "buy",
        0.01,
        90_000,
        {},
        refuse(
            "CCXT floors the milliseconds to whole minutes (1), below the 5-minute minimum",
            "m.minimum",
        ),
    ),
]:
    take(
        capture,
        case_id,
        "exchange_twap_order",
        "hyperliquid.create_twap_order",
        {
            "symbol": symbol,
            "side": side,
            "amount": amount,
            "duration": duration_ms,
            "params": params,
        },
        expect,
        lambda a=(symbol, side, amount, duration_ms, params): hl.create_twap_order(*a),
    )
capture.write(
    note="The whole /exchange body. Before its first order CCXT also sends its own"
    " approveBuilderFee and setReferrer actions (not TWAP messages, not kept here)."
)

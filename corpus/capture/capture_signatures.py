"""Signed requests as the venues' official clients make them, with their auth headers:
python-okx, pybit, and CCXT for OKX, Binance, Bybit and Kraken. Each client's one HTTP call
is replaced by a recorder (no network), the clock is fixed where the client reads it, and each
client signs with a test secret. Writes ``corpus/signed/clients.json``.

``tests/test_signing.py`` checks that every recorded signature is the one the venue's spec
recipe (``venue.auth.signature``) computes from the same request and secret, and that a request
changed after signing is not; so the recipes follow what the clients do, not only the pages.

    build/roundtrip-venv/bin/python corpus/capture/capture_signatures.py
"""

from __future__ import annotations

import base64
import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import ccxt
import requests
from okx import Trade
from pybit.unified_trading import HTTP

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import CORPUS, FIXED_MILLISECONDS

OUT = CORPUS / "signed" / "clients.json"
SECRET = "s"
# Kraken's secret is base64 (its keys are 64 random bytes); any base64 text serves a test.
KRAKEN_SECRET = base64.b64encode(
    b"twapschema test secret, 64 bytes long, for Kraken HMAC!!!!!!!!"
).decode()
ISO = "2022-01-07T02:31:57.552Z"  # FIXED_MILLISECONDS as OKX's timestamp header writes it

# The orders each venue's clients sign (the same for the venue's official SDK and CCXT).
OKX_TWAP = {
    "instId": "BTC-USDT-SWAP",
    "tdMode": "cross",
    "side": "buy",
    "ordType": "twap",
    "sz": "10",
    "szLimit": "2",
    "pxLimit": "60000",
    "pxVar": "0.01",
    "timeInterval": "10",
}
BYBIT_TWAP = {
    "category": "UTA_USDT",
    "symbol": "BTCUSDT",
    "side": "Buy",
    "size": "0.1",
    "strategyType": "twap",
    "duration": 3600,
    "interval": 60,
}

cases: list[dict[str, Any]] = []


def record(
    venue: str, client: str, package: str, secret: str, function: str, req: dict[str, Any]
) -> None:
    def text(v: Any) -> Any:
        return v.decode() if isinstance(v, bytes) else v

    req = {**req, "headers": {k: text(v) for k, v in req["headers"].items()}}
    req["body"] = text(req.get("body")) or ""
    cases.append(
        {
            "id": f"{venue}.{client}.{sum(c['venue'] == venue and c['client'] == client for c in cases)}",
            "venue": venue,
            "client": client,
            "package": package,
            "version": version(package),
            "function": function,
            "secret": secret,
            "request": req,
        }
    )


# --- python-okx: TradeAPI.place_algo_order and cancel_algo_order (httpx, .post replaced) ------
import okx.utils  # noqa: E402 - after the recorder's imports, to fix its clock

okx.utils.get_timestamp = lambda: ISO  # type: ignore[attr-defined]
api = Trade.TradeAPI("k", SECRET, "p", False, "0")
_last: dict[str, Any] = {}


class _OkxReply:
    status_code = 200

    def json(self) -> Any:
        return {"code": "0", "msg": "", "data": [{"algoId": "1", "sCode": "0", "sMsg": ""}]}


def _okx_post(url: Any, data: Any = None, headers: Any = None, **_: Any) -> _OkxReply:
    _last.update(method="POST", url=f"https://www.okx.com{url}", headers=dict(headers), body=data)
    return _OkxReply()


api.post = _okx_post  # type: ignore[method-assign]
for function, kwargs in [
    (
        "place_algo_order",
        dict(OKX_TWAP),
    ),
    ("cancel_algo_order", {"params": [{"algoId": "1", "instId": "BTC-USDT-SWAP"}]}),
]:
    _last.clear()
    arguments = kwargs.pop("params", None)
    getattr(api, function)(*([arguments] if arguments is not None else []), **kwargs)
    record("okx", "python-okx", "python-okx", SECRET, f"TradeAPI.{function}", dict(_last))


# --- pybit: _submit_request (requests.Session.send replaced) --------------------------------
class _BybitReply:
    status_code = 200
    headers: dict[str, str] = {}  # noqa: RUF012 - a stub's fixed reply
    elapsed = None
    text = json.dumps({"retCode": 0, "retMsg": "OK", "result": {}, "retExtInfo": {}, "time": 1})

    def json(self) -> Any:
        return json.loads(self.text)


def _send(self: object, request: requests.PreparedRequest, **_: Any) -> _BybitReply:
    body = request.body.decode() if isinstance(request.body, bytes) else request.body
    _last.update(
        method=request.method, url=request.url, headers=dict(request.headers), body=body or ""
    )
    return _BybitReply()


requests.Session.send = _send  # type: ignore[method-assign]
import pybit._http_manager  # noqa: E402

pybit._http_manager._helpers.generate_timestamp = lambda: FIXED_MILLISECONDS  # type: ignore[attr-defined]
session = HTTP(api_key="k", api_secret=SECRET)
for path, params in [
    (
        "/v5/strategy/create",
        dict(BYBIT_TWAP),
    ),
    ("/v5/strategy/stop", {"strategyId": "1"}),
]:
    _last.clear()
    session._submit_request(
        method="POST", path=f"{session.endpoint}{path}", query=params, auth=True
    )
    record("bybit", "pybit", "pybit", SECRET, f"HTTP._submit_request POST {path}", dict(_last))


# --- CCXT: generic request() per venue (Exchange.fetch replaced) -----------------------------
def ccxt_recorder(reply: Any) -> Any:
    def fetch(url: str, method: str = "GET", headers: Any = None, body: Any = None) -> Any:
        _last.update(method=method, url=url, headers=dict(headers or {}), body=body or "")
        return reply

    return fetch


def take(venue: str, secret: str, label: str, call: Any, params: dict[str, Any]) -> None:
    _last.clear()
    call(params)
    record(venue, "ccxt", "ccxt", secret, label, dict(_last))


binance = ccxt.binance({"apiKey": "k", "secret": SECRET, "enableRateLimit": False})
binance.fetch = ccxt_recorder({"clientAlgoId": "x", "success": True, "code": 0, "msg": "OK"})
binance.milliseconds = lambda: FIXED_MILLISECONDS
twap = {"symbol": "BTCUSDT", "side": "BUY", "quantity": "1", "duration": 5000}
take(
    "binance",
    SECRET,
    "sapiPostAlgoFuturesNewOrderTwap",
    binance.sapiPostAlgoFuturesNewOrderTwap,
    twap,
)
take(
    "binance",
    SECRET,
    "sapiDeleteAlgoFuturesOrder",
    binance.sapiDeleteAlgoFuturesOrder,
    {"algoId": 1},
)

okx_ccxt = ccxt.okx({"apiKey": "k", "secret": SECRET, "password": "p", "enableRateLimit": False})
okx_ccxt.fetch = ccxt_recorder({"code": "0", "msg": "", "data": [{"algoId": "1", "sCode": "0"}]})
okx_ccxt.iso8601 = lambda _ms: ISO
okx_ccxt.milliseconds = lambda: FIXED_MILLISECONDS
take(
    "okx",
    SECRET,
    "privatePostTradeOrderAlgo",
    okx_ccxt.privatePostTradeOrderAlgo,
    dict(OKX_TWAP),
)
take(
    "okx",
    SECRET,
    "privateGetTradeOrdersAlgoPending",
    okx_ccxt.privateGetTradeOrdersAlgoPending,
    {"ordType": "twap"},
)

bybit_ccxt = ccxt.bybit({"apiKey": "k", "secret": SECRET, "enableRateLimit": False})
bybit_ccxt.fetch = ccxt_recorder(
    {"retCode": 0, "retMsg": "OK", "result": {}, "retExtInfo": {}, "time": 1}
)
bybit_ccxt.milliseconds = lambda: FIXED_MILLISECONDS
bybit_ccxt.nonce = lambda: FIXED_MILLISECONDS
take(
    "bybit",
    SECRET,
    "request('v5/strategy/create', 'private', 'POST')",
    lambda p: bybit_ccxt.request("v5/strategy/create", ["private"], "POST", p),
    dict(BYBIT_TWAP),
)

kraken = ccxt.kraken({"apiKey": "k", "secret": KRAKEN_SECRET, "enableRateLimit": False})
kraken.fetch = ccxt_recorder({"error": [], "result": {"strategy_id": "ASMBA64-R23M2-J7JRJV"}})
kraken.nonce = lambda: FIXED_MILLISECONDS
take(
    "kraken",
    KRAKEN_SECRET,
    "request('AddStrategy', 'private', 'POST')",
    lambda p: kraken.request("AddStrategy", ["private"], "POST", p),
    {"pair": "XBTUSD", "type": "buy", "volume": "1.25", "strategy": "twap"},
)

OUT.write_text(
    json.dumps(
        {
            "note": (
                "Signed requests from the venues' official clients, with their auth headers;"
                " captured offline by corpus/capture/capture_signatures.py with test secrets."
            ),
            "cases": cases,
        },
        indent=1,
        ensure_ascii=False,
    )
    + "\n",
    encoding="utf-8",
)
print(f"wrote {len(cases)} signed requests to {OUT}")

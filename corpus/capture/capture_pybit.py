"""pybit (Bybit's official Python SDK): what it sends for the strategy endpoints.

pybit 5.17 has no strategy method, so a desk calls its generic ``_submit_request`` with the
path, as it does for any endpoint pybit lacks; that applies pybit's own ``cast_values`` (qty,
price, triggerPrice, takeProfit, stopLoss to strings; positionIdx to an integer) and
``json.dumps``. ``requests.Session.send`` is replaced by a recorder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import requests
from pybit.unified_trading import HTTP

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import Capture, accept, refuse, unknown

sent: list[dict[str, Any]] = []


class _Reply:
    status_code = 200
    headers: dict[str, str] = {}  # noqa: RUF012 - a stub's fixed reply
    elapsed = None
    text = json.dumps(
        {"retCode": 0, "retMsg": "OK", "result": {"strategyId": "1"}, "retExtInfo": {}, "time": 1}
    )

    def json(self) -> Any:
        return json.loads(self.text)


def _send(self: object, request: requests.PreparedRequest, **_: Any) -> _Reply:
    body = request.body.decode() if isinstance(request.body, bytes) else request.body
    sent.append(
        {
            "method": request.method,
            "url": request.url,
            "content_type": request.headers.get("Content-Type"),
            "body": body,
        }
    )
    return _Reply()


requests.Session.send = _send  # type: ignore[method-assign]
TEST_SECRET = "s"
session = HTTP(api_key="k", api_secret=TEST_SECRET)
capture = Capture("bybit", "pybit", "pybit", "python")
PAGE = "create-strategy page, Request Parameters (TWAP)"


def case(case_id: str, path: str, message: str, params: dict[str, Any], expect: Any) -> None:
    sent.clear()
    session._submit_request(
        method="POST", path=f"{session.endpoint}{path}", query=dict(params), auth=True
    )
    (request,) = sent
    capture.add(
        case_id=case_id,
        message=message,
        function="HTTP._submit_request",
        arguments={"method": "POST", "path": path, "query": params},
        request=request,
        expect=expect,
    )


BASE = {
    "category": "UTA_USDT",
    "symbol": "BTCUSDT",
    "side": "Buy",
    "size": "1",
    "strategyType": "twap",
    "duration": 300,
    "interval": 30,
}
case(
    "page-example",
    "/v5/strategy/create",
    "create_strategy",
    {
        "category": "UTA_USDT",
        "symbol": "BTCUSDT",
        "side": "Sell",
        "size": "0.1",
        "strategyType": "twap",
        "duration": 3600,
        "interval": 60,
        "reduceOnly": True,
        "positionIdx": 2,
        "isRandom": False,
        "triggerPrice": "75000.0",
        "maxChasePrice": "83564.5",
        "chaseDistance": "0.5",
    },
    accept(f"{PAGE}: the page's own request example"),
)
case(
    "position-idx-as-text",
    "/v5/strategy/create",
    "create_strategy",
    {**BASE, "positionIdx": "1", "leverageType": "0"},
    accept(
        f"{PAGE}; pybit casts positionIdx to an integer, leverageType stays the text"
        " trading-mcp sends"
    ),
)
case(
    "size-as-number",
    "/v5/strategy/create",
    "create_strategy",
    {**BASE, "size": 0.5},
    unknown(
        "pybit leaves size a JSON number (cast_values lists qty, not size); the page"
        " types size string, and whether Bybit reads a number there is not documented"
    ),
)
case(
    "interval-45",
    "/v5/strategy/create",
    "create_strategy",
    {**BASE, "interval": 45},
    refuse(f"{PAGE}: interval is one of 5, 10, 15, 30, 60, 120", "interval.enum"),
)
case(
    "duration-60",
    "/v5/strategy/create",
    "create_strategy",
    {**BASE, "duration": 60},
    refuse(f"{PAGE}: duration 300 to 86400", "duration.minimum"),
)
case(
    "stop",
    "/v5/strategy/stop",
    "stop_strategy",
    {"strategyId": "119b6211-2611-461b-be5e-5ac557099e82"},
    accept("stop-strategy page, Request Parameters"),
)
capture.write(note="pybit signs in headers (X-BAPI-SIGN); the body is what is shown.")

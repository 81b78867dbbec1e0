"""python-okx (OKX's official Python SDK): what place_algo_order and cancel_algo_order send.

The SDK's ``post`` (httpx) is replaced on the client instance by a recorder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from okx import Trade

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import Capture, accept, refuse

sent: list[dict[str, Any]] = []


class _Reply:
    def json(self) -> dict[str, Any]:
        return {"code": "0", "msg": "", "data": [{"algoId": "1", "sCode": "0", "sMsg": ""}]}


TEST_SECRET = "s"
api = Trade.TradeAPI("k", TEST_SECRET, "p", False, "0")


def _post(url: Any, data: Any = None, headers: Any = None, **_: Any) -> _Reply:
    sent.append(
        {
            "method": "POST",
            "url": f"https://www.okx.com{url}",
            "content_type": (headers or {}).get("Content-Type"),
            "body": data,
        }
    )
    return _Reply()


api.post = _post  # type: ignore[method-assign]
capture = Capture("okx", "python-okx", "python-okx", "python")
PAGE = "Place algo order page, TWAP Order"


def case(case_id: str, message: str, function: str, expect: Any, *args: Any, **kwargs: Any) -> None:
    sent.clear()
    getattr(api, function)(*args, **kwargs)
    (request,) = sent
    arguments = {**kwargs, **({"orders_data": args[0]} if args else {})}
    capture.add(
        case_id=case_id,
        message=message,
        function=f"TradeAPI.{function}",
        arguments=arguments,
        request=request,
        expect=expect,
    )


case(
    "swap-pxvar",
    "order_algo_twap",
    "place_algo_order",
    accept(f'{PAGE}; every unset parameter is sent as "" and attachAlgoOrds as []'),
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
case(
    "reduce-only-text",
    "order_algo_twap",
    "place_algo_order",
    accept(f'{PAGE}; reduceOnly as the text "true", as OKX\'s agent-trade-kit sends it'),
    instId="BTC-USDT-SWAP",
    tdMode="cross",
    side="sell",
    ordType="twap",
    sz="10",
    szLimit="1",
    pxLimit="100",
    pxSpread="1",
    timeInterval="10",
    reduceOnly="true",
    posSide="net",
)
case(
    "spot-client-id",
    "order_algo_twap",
    "place_algo_order",
    accept(f"{PAGE}: a spot TWAP with algoClOrdId and tag"),
    instId="BTC-USDT",
    tdMode="cash",
    side="buy",
    ordType="twap",
    sz="0.5",
    szLimit="0.1",
    pxLimit="70000",
    pxVar="0.005",
    timeInterval="60",
    algoClOrdId="desk20261202a",
    tag="desk1",
    tgtCcy="base_ccy",
)
case(
    "pxvar-and-pxspread-missing",
    "order_algo_twap",
    "place_algo_order",
    refuse(f"{PAGE}: either pxVar or pxSpread is required", "price_variance_exactly_one"),
    instId="BTC-USDT-SWAP",
    tdMode="cross",
    side="buy",
    ordType="twap",
    sz="10",
    szLimit="2",
    pxLimit="60000",
    timeInterval="10",
)
case(
    "child-above-total",
    "order_algo_twap",
    "place_algo_order",
    refuse(
        "error 51274: the total must be larger than the single order limit",
        "child_size_within_total",
    ),
    instId="BTC-USDT-SWAP",
    tdMode="cross",
    side="buy",
    ordType="twap",
    sz="1",
    szLimit="2",
    pxLimit="60000",
    pxVar="0.01",
    timeInterval="10",
)
case(
    "cancel-two",
    "cancel_algos",
    "cancel_algo_order",
    accept("Cancel algo order page, Request Example: an array of {instId, algoId}"),
    [
        {"instId": "BTC-USDT-SWAP", "algoId": "590919993110396111"},
        {"instId": "BTC-USDT", "algoId": "590920138287841222"},
    ],
)
case(
    "cancel-eleven",
    "cancel_algos",
    "cancel_algo_order",
    refuse("Cancel algo order page: up to 10 algo orders per request", "payload.maxItems"),
    [{"instId": "BTC-USDT-SWAP", "algoId": str(n)} for n in range(1, 12)],
)
capture.write(note="JSON bodies; OKX signs over them in the OK-ACCESS-SIGN header.")

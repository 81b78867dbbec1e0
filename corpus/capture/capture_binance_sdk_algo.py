"""binance-sdk-algo (Binance's official Python connector): what its TWAP and cancel calls send.

The connector signs with ``binance_common.utils.get_timestamp`` and sends with
``requests.Session.request``; both are replaced (a fixed clock, a recording stub).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

import binance_common.utils as common
import requests
from binance_sdk_algo.algo import Algo, ConfigurationRestAPI

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import FIXED_MILLISECONDS, Capture, accept, refuse, unknown

sent: list[dict[str, Any]] = []


class _Reply:
    status_code = 200
    headers: ClassVar[dict[str, str]] = {"Content-Type": "application/json"}
    text = '{"clientAlgoId":"65ce1630101a480b85915d7e11fd5078","success":true,"code":0,"msg":"OK"}'


def _stub(self: object, method: str, url: str, params: Any = None, data: Any = None, **_: Any):
    sent.append({"method": method, "url": url, "params": params, "data": data})
    return _Reply()


requests.Session.request = _stub  # type: ignore[method-assign]
common.get_timestamp = lambda: FIXED_MILLISECONDS

TEST_SECRET = "s"
api = Algo(config_rest_api=ConfigurationRestAPI(api_key="k", api_secret=TEST_SECRET)).rest_api
capture = Capture("binance", "sdk-algo", "binance-sdk-algo", "python")
PAGE = "futures TWAP page, Request Parameters"


def case(case_id: str, message: str, function: str, expect: Any, **arguments: Any) -> None:
    sent.clear()
    getattr(api, function)(**arguments)
    (request,) = sent
    query = request["params"] or ""
    capture.add(
        case_id=case_id,
        message=message,
        function=f"AlgoRestAPI.{function}",
        arguments={k: v if isinstance(v, str | int) else repr(v) for k, v in arguments.items()},
        request={
            "method": request["method"],
            "url": f"{request['url']}?{query}",
            "content_type": None,
            "body": request["data"],
        },
        expect=expect,
    )


futures = "time_weighted_average_price_future_algo"
spot = "time_weighted_average_price_spot_algo"
case(
    "connector-example",
    "new_order_twap",
    futures,
    accept("the connector's own example (examples/rest_api/FutureAlgo)"),
    symbol="BTCUSDT",
    side="BUY",
    quantity=1.0,
    duration=5000,
)
case(
    "every-parameter",
    "new_order_twap",
    futures,
    accept(f"{PAGE}: every parameter within its range, One-way Mode"),
    symbol="BTCUSDT",
    side="SELL",
    quantity=0.5,
    duration=300,
    position_side="BOTH",
    client_algo_id="65ce1630101a480b85915d7e11fd5078",
    reduce_only=True,
    limit_price=60000.1,
    recv_window=5000,
)
case(
    "hedge-mode-long-24h",
    "new_order_twap",
    futures,
    accept(f"{PAGE}: duration at its 86400 maximum, Hedge Mode LONG"),
    symbol="BTCUSDT",
    side="BUY",
    quantity=1.441,
    duration=86400,
    position_side="LONG",
)
case(
    "duration-299",
    "new_order_twap",
    futures,
    refuse(f"{PAGE}: duration [300, 86400]", "duration.minimum"),
    symbol="BTCUSDT",
    side="BUY",
    quantity=1.0,
    duration=299,
)
case(
    "reduce-only-hedge-mode",
    "new_order_twap",
    futures,
    refuse(f"{PAGE}: reduceOnly cannot be sent in Hedge Mode", "reduce_only_one_way_mode_only"),
    symbol="BTCUSDT",
    side="BUY",
    quantity=1.0,
    duration=600,
    position_side="SHORT",
    reduce_only=False,
)
case(
    "float-exponent-limit-price",
    "new_order_twap",
    futures,
    refuse(
        "errors.md -1100 ILLEGAL_CHARS: a decimal parameter's legal range is"
        " ^([0-9]{1,20})(\\.[0-9]{1,20})?$ (quoted in Binance's replies), so the float 5e-05"
        " the SDK renders with str() is refused",
        "limitPrice.type",
    ),
    symbol="BTCUSDT",
    side="BUY",
    quantity=1.0,
    duration=600,
    limit_price=5e-05,
)
case(
    "float-artifact-quantity",
    "new_order_twap",
    futures,
    unknown(
        "0.1 + 0.2 renders as 0.30000000000000004: legal characters, but past the symbol's"
        " quantity precision; Binance's -1111 BAD_PRECISION refuses such a quantity on orders,"
        " and no source says whether the algo endpoint checks the parent's precision"
    ),
    symbol="BTCUSDT",
    side="BUY",
    quantity=0.1 + 0.2,
    duration=600,
)
case(
    "spot-example",
    "new_order_twap_spot",
    spot,
    accept("spot TWAP page, Request Parameters"),
    symbol="BTCUSDT",
    side="BUY",
    quantity=0.5,
    duration=86400,
)
case(
    "cancel-by-algo-id",
    "cancel_algo_order",
    "cancel_algo_order_future_algo",
    accept("Cancel Algo Order page: algoId"),
    algo_id=14511,
)
capture.write(note="Signed with the test key 's'; the clock fixed at 1641522717552.")

"""The venues with no client to run (QFEX, Ondo Perps, Aevo, Kraken's strategies): the request
bodies their own pages show, byte for byte, and what a client on the venue's wire makes of them.

QFEX's and Ondo's bodies are read from the pages kept in ../shared/venue-docs (the JSON of the
page's example, and its Python example's ``json.dumps``); Kraken's from its Add Strategy and
Cancel Strategy pages (the curl example's JSON body, and the same parameters form-encoded as
"Request payloads are form-encoded" says); Aevo's page shows ``--data '{ ... }'``, so its body is
assembled from the page's parameter examples, and says so.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record import Capture, accept, refuse

DOCS = Path(__file__).resolve().parents[3] / "shared" / "venue-docs"


def fenced_json(file: str, after: str) -> str:
    """The first ```json block after the line ``after`` in a kept page."""
    text = (DOCS / file).read_text("utf-8")
    start = text.index(after)
    match = re.search(r"```json[^\n]*\n(.*?)```", text[start:], re.DOTALL)
    assert match is not None, (file, after)
    return match.group(1)


def curl_data(file: str) -> str:
    text = (DOCS / file).read_text("utf-8")
    match = re.search(r"--data '\n(.*?)\n'", text, re.DOTALL)
    assert match is not None, file
    return match.group(1)


def request(
    method: str, url: str, body: str, content_type: str = "application/json"
) -> dict[str, Any]:
    return {"method": method, "url": url, "content_type": content_type, "body": body}


def page_case(
    capture: Capture, case_id: str, message: str, where: str, req: dict[str, Any], expect: Any
) -> None:
    capture.add(
        case_id=case_id, message=message, function=where, arguments={}, request=req, expect=expect
    )


# --- QFEX ---------------------------------------------------------------------------------------
QFEX_PAGE = "000_8d89359369d0b824.txt"  # docs.qfex.com, Order Entry — Add TWAP
capture = Capture("qfex", "pages", "docs.qfex.com", "json")
body = fenced_json(QFEX_PAGE, "## 2) Add TWAP")
page_case(
    capture,
    "add-twap-page-json",
    "add_twap",
    "Order Entry — Add TWAP: 2) Add TWAP",
    request("WS", "wss://trade.qfex.com", body),
    accept("the page's own example"),
)
python_example = json.dumps(json.loads(body))  # what the page's Python example sends
page_case(
    capture,
    "add-twap-python-example",
    "add_twap",
    "Order Entry — Add TWAP: Python example (json.dumps of the same dict)",
    request("WS", "wss://trade.qfex.com", python_example),
    accept("the page's own example"),
)
fast = json.loads(body)
fast["params"]["order_interval_secs"] = 10
page_case(
    capture,
    "interval-10s",
    "add_twap",
    "the page's example with order_interval_secs 10",
    request("WS", "wss://trade.qfex.com", json.dumps(fast)),
    refuse("Add TWAP page: order_interval_secs at least 30", "order_interval_secs.minimum"),
)
capture.write(package_version="2026-11", note="Read from the page kept in shared/venue-docs.")

# --- Ondo Perps ---------------------------------------------------------------------------------
ONDO_PAGE = "004_7d4a0981443c509a.txt"  # docs.ondoperps.xyz, Create TWAP Order
capture = Capture("ondo", "pages", "docs.ondoperps.xyz", "json")
body = curl_data(ONDO_PAGE)
url = "https://api.ondoperps.xyz/v1/perps/twap/order"
page_case(
    capture,
    "create-twap-page-curl",
    "create_twap_order",
    "Create TWAP Order: curl --data",
    request("POST", url, body),
    accept("the page's own example"),
)
off_grid = json.loads(body) | {"runningTime": 3630}
page_case(
    capture,
    "running-time-not-multiple",
    "create_twap_order",
    "the page's example with runningTime 3630 (not a multiple of frequency 60)",
    request("POST", url, json.dumps(off_grid)),
    refuse(
        "Create TWAP Order: runningTime a multiple of frequency",
        "running_time_multiple_of_frequency",
    ),
)
capture.write(package_version="2026-11", note="Read from the page kept in shared/venue-docs.")

# --- Aevo ---------------------------------------------------------------------------------------
capture = Capture("aevo", "pages", "api-docs.aevo.xyz", "json")
url = "https://api.aevo.xyz/twap-orders"
assembled = {
    "instrument_id": 12,
    "is_buy": True,
    "amount_float": "12.23",
    "duration": 30,
    "reduce_only": False,
}
page_case(
    capture,
    "body-parameter-examples",
    "create_twap_order",
    "POST /twap-orders: Body Parameters (each parameter's example; the page's curl has"
    " --data '{ ... }')",
    request("POST", url, json.dumps(assembled)),
    accept("the page's parameter examples"),
)
page_case(
    capture,
    "amount-as-number",
    "create_twap_order",
    "the same body with amount_float as a JSON number",
    request("POST", url, json.dumps(assembled | {"amount_float": 12.23})),
    refuse("Body Parameters: amount_float is a string", "amount_float.type"),
)
capture.write(package_version="2026-11", note="Assembled from the page's parameter examples.")

# --- Kraken -------------------------------------------------------------------------------------
capture = Capture("kraken", "pages", "docs.kraken.com", "json")
ADD = "https://api.kraken.com/0/private/AddStrategy"
CANCEL = "https://api.kraken.com/0/private/CancelStrategy"
add_body = (
    '{\n"nonce": 1781169958000,\n"symbol": "BTC/USD",\n"asset_class": "forex",\n'
    '"strategy_type": "twap",\n"side": "buy",\n"volume": "1.5",\n"ordertype": "limit",\n'
    '"price": "67000.0",\n"expiretm": "+3600"\n}'
)
page_case(
    capture,
    "add-strategy-page-json",
    "add_strategy",
    "Add Strategy: curl example (Content-Type: application/json)",
    request("POST", ADD, add_body),
    accept("the page's own example"),
)
form = urlencode({**json.loads(add_body), "validate": "true"})
page_case(
    capture,
    "add-strategy-form",
    "add_strategy",
    "the page's parameters form-encoded, with validate=true, as the REST introduction says"
    " requests are sent",
    request("POST", ADD, form, "application/x-www-form-urlencoded"),
    accept("Add Strategy page; Spot REST introduction: request payloads are form-encoded"),
)
market_with_price = urlencode({**json.loads(add_body), "ordertype": "market"})
page_case(
    capture,
    "market-with-price",
    "add_strategy",
    "the page's parameters form-encoded, ordertype market with the price kept",
    request("POST", ADD, market_with_price, "application/x-www-form-urlencoded"),
    refuse("Add Strategy: price must be omitted when ordertype is market", "price_only_for_limit"),
)
cancel_body = '{\n"nonce": 1781169958000,\n"strategy_id": "ASMBA64-R23M2-J7JRJV"\n}'
page_case(
    capture,
    "cancel-strategy-page-json",
    "cancel_strategy",
    "Cancel Strategy: curl example",
    request("POST", CANCEL, cancel_body),
    accept("the page's own example"),
)
capture.write(package_version="2026-11", note="Bodies from docs.kraken.com's curl examples.")

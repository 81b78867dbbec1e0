"""A local stand-in for the venues' instrument endpoints, on 127.0.0.1: serves the recorded
answers under tests/fixtures/refdata by path (and query, body), and plays scenarios on demand:
slow, cut short, 429, 5xx, a changed shape. Nothing here reaches the internet."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "refdata"

# (method, path, the one query or body value that tells requests apart) -> fixture file(s)
ROUTES: dict[tuple[str, str, str], list[str]] = {
    ("GET", "/markets", ""): ["aevo/markets.json"],
    ("GET", "/fapi/v1/exchangeInfo", ""): ["binance/futures_exchange_info.json"],
    ("GET", "/fapi/v1/premiumIndex", ""): ["binance/futures_mark_prices.json"],
    ("GET", "/api/v3/exchangeInfo", ""): ["binance/spot_exchange_info.json"],
    ("GET", "/api/v3/ticker/price", ""): ["binance/spot_prices.json"],
    ("GET", "/v5/market/instruments-info", "linear"): [
        "bybit/linear.page1.json",
        "bybit/linear.page2.json",
    ],
    ("GET", "/v5/market/instruments-info", "inverse"): ["bybit/inverse.json"],
    ("GET", "/v5/market/instruments-info", "spot"): ["bybit/spot.json"],
    ("GET", "/v4/perpetualMarkets", ""): ["dydx/perpetual_markets.json"],
    ("POST", "/info", "meta"): ["hyperliquid/perp_meta.json"],
    ("POST", "/info", "spotMeta"): ["hyperliquid/spot_meta.json"],
    ("GET", "/0/public/AssetPairs", ""): ["kraken/asset_pairs.json"],
    ("GET", "/api/v5/public/instruments", "SWAP"): ["okx/swap_instruments.json"],
    ("GET", "/api/v5/public/instruments", "FUTURES"): ["okx/futures_instruments.json"],
    ("GET", "/api/v5/public/instruments", "SPOT"): ["okx/spot_instruments.json"],
    ("GET", "/refdata", ""): ["qfex/refdata.json"],
}

# A scenario takes (method, path) and a try count and answers (status, headers, body) or None
# to serve the recorded answer; "cut" in the headers closes the line mid-body.
Scenario = Callable[[str, str, int], "tuple[int, dict[str, str], bytes] | None"]


@dataclass
class Stand:
    base_url: str
    seen: list[tuple[str, str]] = field(default_factory=list)  # (method, path?query)
    scenario: Scenario | None = None
    tries: dict[str, int] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # replaced answers, by fixture path


def _route(method: str, path: str, query: dict[str, list[str]], body: bytes) -> list[str] | None:
    distinct = ""
    for name in ("category", "instType"):
        if name in query:
            distinct = query[name][0]
    if method == "POST" and body:
        distinct = str(json.loads(body).get("type", ""))
    return ROUTES.get((method, path, distinct))


@contextmanager
def stand_in() -> Iterator[Stand]:
    stand = Stand("")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self, method: str) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            stand.seen.append((method, self.path))
            key = f"{method} {parts.path} {body.decode()}"
            stand.tries[key] = stand.tries.get(key, 0) + 1
            if stand.scenario is not None:
                played = stand.scenario(method, parts.path, stand.tries[key])
                if played is not None:
                    status, headers, content = played
                    self._send(status, headers, content)
                    return
            query = parse_qs(parts.query)
            files = _route(method, parts.path, query, body)
            if files is None:
                self._send(404, {}, b'{"code": -1, "msg": "no such endpoint"}')
                return
            page = 0
            if "cursor" in query:
                page = 1  # the recorded answers page once
            name = files[page]
            content = stand.files.get(name) or (FIXTURES / name).read_bytes()
            self._send(200, {"Content-Type": "application/json"}, content)

        def _send(self, status: int, headers: dict[str, str], content: bytes) -> None:
            self.send_response(status)
            cut = headers.pop("cut", None) is not None
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content[: len(content) // 2] if cut else content)
            if cut:
                self.close_connection = True

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    stand.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stand
    finally:
        server.shutdown()
        server.server_close()


def slow(seconds: float, times: int = 1) -> Scenario:
    def play(method: str, path: str, tries: int) -> tuple[int, dict[str, str], bytes] | None:
        if tries <= times:
            time.sleep(seconds)
        return None

    return play

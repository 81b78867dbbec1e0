"""The stand-in's HTTP and WebSocket server (aiohttp): each venue's endpoints as its spec
declares them, and a control API under /_twapschema/ for the tests that drive it.

Every venue is served under /<venue> (http://127.0.0.1:PORT/okx/api/v5/trade/order-algo), and
also at the root when no other venue served claims the same path, so a client whose base URL
cannot carry a prefix still reaches it. QFEX's WebSocket is /qfex (and / when it is alone
there).
"""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import msgspec
from aiohttp import WSMsgType, web
from pydantic import ValidationError

from twapschema.runtime.registry import message_entry
from twapschema.serve.answer import Answer, ScenarioError, StandIn
from twapschema.serve.catalog import Request
from twapschema.serve.scenarios import Scenario, problems
from twapschema.serve.signing import Signed

CONTROL = "/_twapschema"
_ENCODE = msgspec.json.Encoder(decimal_format="number").encode  # exact decimals as numbers
_STANDIN: web.AppKey[StandIn] = web.AppKey("standin", StandIn)


class _Sockets:
    """The open WebSockets, closed (1001 going away) when the server shuts down."""

    def __init__(self) -> None:
        self.open: set[web.WebSocketResponse] = set()


_SOCKETS: web.AppKey[_Sockets] = web.AppKey("sockets", _Sockets)


def application(standin: StandIn) -> web.Application:
    app = web.Application()
    app[_STANDIN] = standin
    app[_SOCKETS] = _Sockets()
    claimed: dict[tuple[str, str], int] = {}
    for cat in standin.catalogs.values():
        if cat.transport == "websocket":
            claimed[("GET", "/")] = claimed.get(("GET", "/"), 0) + 1
        for key in cat.endpoints():
            claimed[key] = claimed.get(key, 0) + 1
    for venue, cat in standin.catalogs.items():
        if cat.transport == "websocket":
            handler = _socket(venue)
            app.router.add_get(f"/{venue}", handler)
            if claimed[("GET", "/")] == 1:
                app.router.add_get("/", handler)
            continue
        for (method, path), requests in cat.endpoints().items():
            app.router.add_route(method, f"/{venue}{path}", _endpoint(venue, requests, venue))
            if claimed[(method, path)] == 1:
                app.router.add_route(method, path, _endpoint(venue, requests, None))
    app.router.add_get(f"{CONTROL}/health", _health)
    app.router.add_get(f"{CONTROL}/orders", _orders)
    app.router.add_delete(f"{CONTROL}/orders", _clear_orders)
    app.router.add_get(f"{CONTROL}/scenarios", _scenarios)
    app.router.add_post(f"{CONTROL}/scenarios", _arm)
    app.router.add_delete(f"{CONTROL}/scenarios", _clear_scenarios)
    app.on_shutdown.append(_close_sockets)
    return app


def _response(answer: Answer) -> web.Response:
    return web.Response(
        status=answer.status,
        body=_ENCODE(answer.body),
        content_type="application/json",
        headers=dict(answer.headers),
    )


def _endpoint(venue: str, requests: tuple[Request, ...], prefix: str | None) -> Any:
    """The handler of one endpoint, served under /``prefix`` (None: at the root)."""
    cut = 0 if prefix is None else len(prefix) + 1

    async def handle(request: web.Request) -> web.StreamResponse:
        standin = request.app[_STANDIN]
        body = await request.text()
        ctype = request.headers.get("Content-Type") if body else None
        text = _as_sent(request, body, venue, requests)
        chosen, result = standin.pick(venue, requests, text, ctype)
        scenario = standin.scenarios.take(venue, chosen.message)
        if scenario is not None:
            if scenario.action == "delay":
                await asyncio.sleep(scenario.seconds)
            elif scenario.action == "drop":
                assert request.transport is not None
                request.transport.close()  # no status line: the client sees a dropped connection
                return web.Response()
            else:
                return _response(standin.played(scenario, venue))
        # The signature is over the request as sent: the raw path (without the /VENUE
        # prefix), the raw query string and the body.
        signed = Signed(
            request.method,
            request.rel_url.raw_path[cut:],
            request.rel_url.raw_query_string,
            body,
            request.headers,
        )
        refused = standin.unauthenticated(venue, signed)
        if refused is not None:
            return _response(refused)
        return _response(standin.answer(venue, chosen, result, text, ctype))

    return handle


def _as_sent(request: web.Request, body: str, venue: str, requests: tuple[Request, ...]) -> str:
    """The text the venue reads: the body; for a query-string message, the query string, and a
    form body after it when both are sent (Binance reads the two as one list)."""
    wire = message_entry(venue, requests[0].message).wire
    if wire is None or not wire.is_text:
        return body
    query = request.query_string
    if query and body:
        return f"{query}&{body}"
    return query or body


def _socket(venue: str) -> Any:
    async def handle(request: web.Request) -> web.StreamResponse:
        standin = request.app[_STANDIN]
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        request.app[_SOCKETS].open.add(ws)
        session = _Session(standin, venue)
        loop = asyncio.get_running_loop()
        wait = standin.auth_deadline if standin.check_auth else None
        deadline = None if wait is None else loop.time() + wait
        try:
            while True:
                timeout = None
                if deadline is not None and not session.authenticated:
                    timeout = deadline - loop.time()
                    if timeout <= 0:
                        # QFEX: "within 1 minute of connecting, send an auth frame"; what it
                        # does otherwise is not documented: closing (1008) is inferred.
                        await ws.send_str(
                            _err("PermissionDenied", f"no auth frame within {wait:g} s")
                        )
                        await ws.close(code=1008, message=b"authenticate first")
                        break
                try:
                    msg = await ws.receive(timeout=timeout)
                except TimeoutError:
                    continue
                if msg.type in _ENDED:
                    break
                if msg.type != WSMsgType.TEXT:
                    await ws.send_str(_err("InvalidJSONFormat", "frames are JSON text"))
                    continue
                out = await session.frame(msg.data)
                if out == _DROP:
                    await ws.close()
                    break
                if out is not None:
                    await ws.send_str(out)
        finally:
            request.app[_SOCKETS].open.discard(ws)
        return ws

    return handle


_DROP = "\0drop"
# What ends the receive loop: the peer's close, ours, or a broken connection.
_ENDED = frozenset({WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR})


class _Session:
    """One QFEX connection: auth first, then add_twap and cancel_order frames."""

    def __init__(self, standin: StandIn, venue: str) -> None:
        self.standin = standin
        self.venue = venue
        self.authenticated = False
        self.requests = standin.catalogs[venue].requests

    async def frame(self, text: str) -> str | None:
        try:
            frame = json.loads(text, parse_float=Decimal)
        except ValueError:
            return _err("InvalidJSONFormat", "the frame is not JSON")
        kind = frame.get("type") if isinstance(frame, dict) else None
        chosen = next((r for r in self.requests if r.frame.get("type") == kind), None)
        if chosen is None:
            return _err("InvalidJSONFormat", f"no message of type {kind!r}")
        scenario = self.standin.scenarios.take(self.venue, chosen.message)
        if scenario is not None:
            if scenario.action == "drop":
                return _DROP
            if scenario.action == "delay":
                await asyncio.sleep(scenario.seconds)
            else:
                return _ENCODE(self.standin.played(scenario, self.venue).body).decode()
        result = self.standin.judge(self.venue, chosen.message, text, None)
        if chosen.message == "auth":
            if self.authenticated:
                return _err("AlreadyAuthenticated", "this connection is authenticated")
            if result.valid:
                bad = self.standin.bad_signature(
                    self.venue, self.standin.catalogs[self.venue].auth[0], Signed(frame=frame)
                )
                if bad is not None:
                    return _ENCODE(bad.body).decode()  # still unauthenticated
                self.authenticated = True
                return None  # the documents show no reply to auth
        elif not self.authenticated:
            return _err("PermissionDenied", "authenticate first (an auth frame)")
        answer = self.standin.answer(self.venue, chosen, result, text, None)
        return _ENCODE(answer.body).decode()


def _err(code: str, message: str) -> str:
    # QFEX's error frame (the errors page); which code each of these gets is inferred.
    return json.dumps({"err": {"error_code": code, "message": message}})


async def _close_sockets(app: web.Application) -> None:
    for ws in list(app[_SOCKETS].open):
        await ws.close(code=1001, message=b"server shutdown")


async def _health(request: web.Request) -> web.Response:
    standin = request.app[_STANDIN]
    return web.json_response({"ok": True, "venues": list(standin.catalogs)})


async def _orders(request: web.Request) -> web.Response:
    return web.Response(
        body=_ENCODE(request.app[_STANDIN].book.to_json()), content_type="application/json"
    )


async def _clear_orders(request: web.Request) -> web.Response:
    request.app[_STANDIN].book.clear()
    return web.json_response({"ok": True})


async def _scenarios(request: web.Request) -> web.Response:
    return web.json_response(request.app[_STANDIN].scenarios.to_json())


async def _arm(request: web.Request) -> web.Response:
    try:
        scenario = Scenario.model_validate_json(await request.read())
        request.app[_STANDIN].arm(scenario)
    except ValidationError as e:
        said = [f"{where or 'scenario'}: {what}" for where, what in problems(e)]
        return web.json_response({"ok": False, "errors": said}, status=400)
    except ScenarioError as e:
        return web.json_response({"ok": False, "errors": [str(e)]}, status=400)
    return web.json_response({"ok": True})


async def _clear_scenarios(request: web.Request) -> web.Response:
    request.app[_STANDIN].scenarios.clear()
    return web.json_response({"ok": True})

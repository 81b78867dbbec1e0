"""``twapschema serve`` driven as clients would drive it: every request a real client put on the
wire (corpus/*.json) sent over HTTP (or QFEX's WebSocket) to a stand-in on 127.0.0.1, with the
venue's verdict, reply and status; orders kept for cancels; scenarios on demand; the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import pytest

import twapschema
from tests.conftest import REFERENCE_FILE, VENUES
from tests.test_corpus import CASES
from twapschema.runtime.registry import message_entry
from twapschema.serve import PortTakenError, Running, Scenario, ScenarioError, running
from twapschema.serve.catalog import catalog

REFERENCE = twapschema.load_reference(REFERENCE_FILE)
AUTH = {
    "type": "auth",
    "params": {
        "hmac": {
            "public_key": "qfex_pub_1",
            "nonce": "c0ffee",
            "unix_ts": 1760545414,
            "signature": "5f2e",
        }
    },
}


@pytest.fixture(scope="module")
def server() -> Iterator[Running]:
    with running(list(VENUES), reference=REFERENCE, seed=7) as s:
        yield s


@pytest.fixture(autouse=True)
def _fresh(server: Running) -> None:
    server.standin.scenarios.clear()
    server.standin.book.clear()


def send(server: Running, venue: str, request: dict[str, Any]) -> httpx.Response:
    """The captured request, sent to the stand-in: same method, path, query, type and body."""
    url = urlsplit(request["url"])
    target = f"{server.url_for(venue)}{url.path}" + (f"?{url.query}" if url.query else "")
    headers = {"Content-Type": request["content_type"]} if request.get("body") else {}
    headers.update(auth_headers(venue))
    body = request.get("body")
    return httpx.request(
        request["method"], target, content=body.encode() if body else None, headers=headers
    )


async def _frames(server: Running, frames: list[object], *, auth: bool = True) -> list[object]:
    """Each frame's answer (None where none came within a short wait)."""
    out: list[object] = []
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws_url()) as ws:
        if auth:
            await ws.send_str(json.dumps(AUTH))
        for frame in frames:
            await ws.send_str(frame if isinstance(frame, str) else json.dumps(frame))
            try:
                msg = await ws.receive(timeout=5)
            except TimeoutError:
                out.append(None)
                continue
            out.append(json.loads(msg.data) if msg.type == aiohttp.WSMsgType.TEXT else msg.type)
    return out


def frames(server: Running, items: list[object], *, auth: bool = True) -> list[object]:
    return asyncio.run(_frames(server, items, auth=auth))


def auth_headers(venue: str) -> dict[str, str]:
    """What the venue's client adds to sign the request (values of the right shape only)."""
    cat = catalog(venue)
    out = dict.fromkeys(cat.auth_headers, "k3y")
    if cat.auth_scheme == "bearer":
        out["Authorization"] = "Bearer t0ken"
    return out


# -- every captured request --------------------------------------------------------------------


@pytest.mark.parametrize(("venue", "case"), CASES, ids=[f"{c['file']}:{c['id']}" for _, c in CASES])
def test_every_captured_request_gets_the_venues_answer(
    server: Running, venue: str, case: dict[str, Any]
) -> None:
    expect = case["expect"]["verdict"]
    request = next(r for r in catalog(venue).requests if r.message == case["message"])
    if venue == "qfex":
        (answer,) = frames(server, [case["request"]["body"]])
        if expect == "accept":
            assert twapschema.validate(venue, "twap_response", answer).valid
        elif expect == "refuse":
            assert twapschema.validate(venue, "err", answer).valid
            assert answer["err"]["error_code"] == "InvalidParameter"  # type: ignore[index]
        return
    response = send(server, venue, case["request"])
    body = response.json()
    assert response.headers["X-Twapschema-Message"] == case["message"]
    if expect == "accept":
        assert response.headers["X-Twapschema-Verdict"] == "valid"
        if request.reply is None:  # dYdX's broadcasts: the spec declares no reply
            assert response.status_code == 501
        elif request.reply.cancels is not None:
            # The captured cancel names an order this stand-in never made: the venue's answer
            # to an unknown id, valid as its error message.
            unknown = request.reply.cancels.unknown_message
            assert twapschema.validate(venue, unknown, body).valid
            assert body == request.reply.cancels.unknown_payload
        else:
            assert response.status_code == (catalog(venue).status_of(request.reply.message) or 200)
            verdict = twapschema.validate(venue, request.reply.message, body)
            assert verdict.valid, verdict.violations
    elif expect == "refuse":
        assert response.headers["X-Twapschema-Verdict"] == "invalid"
        assert (
            sorted(response.headers["X-Twapschema-Rules"].split(",")) == case["expect"]["violates"]
        )
        rejection = message_entry(venue, case["message"]).rejection
        if rejection is not None:
            assert twapschema.validate(venue, rejection.message_id, body).valid
            status = catalog(venue).status_of(rejection.message_id)
            assert response.status_code == (status or 400)
            assert ("X-Twapschema-Inferred" in response.headers) == (status is None)
        else:
            assert response.status_code == 400
            assert body["twapschema"]["valid"] is False


def test_every_venue_is_driven_by_a_captured_client() -> None:
    assert {venue for venue, _ in CASES} == set(VENUES)


def test_an_echoed_member_and_a_fresh_id_are_in_the_reply(server: Running) -> None:
    ondo = next(c for v, c in CASES if v == "ondo" and c["expect"]["verdict"] == "accept")
    first = send(server, "ondo", ondo["request"]).json()["result"]
    second = send(server, "ondo", ondo["request"]).json()["result"]
    sent = json.loads(ondo["request"]["body"])
    assert first["totalSize"] == sent["size"] == "20.30"  # the example says 20.00: echoed
    assert first["runningTime"] == sent["runningTime"]
    assert first["twapId"] != second["twapId"]
    assert first["twapId"].startswith("twap_")
    assert len(first["twapId"]) == len("twap_") + 32


def test_exact_decimals_are_echoed_as_sent(server: Running) -> None:
    add = {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "SELL",
            "total_quantity": 12.35,
            "num_orders": 5,
            "order_interval_secs": 30,
            "reduce_only": True,
        },
    }
    raw = json.dumps(add).replace("12.35", "12.3500")
    (answer,) = asyncio.run(_raw_frame(server, raw))
    assert '"total_quantity":12.3500' in answer  # as sent: a Decimal, never a float
    parsed = json.loads(answer)["twap_response"]
    assert parsed["client_twap_id"] is None  # unsent: null, not the example's id
    assert parsed["reduce_only"] is True


async def _raw_frame(server: Running, raw: str) -> list[str]:
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws_url()) as ws:
        await ws.send_str(json.dumps(AUTH))
        await ws.send_str(raw)
        return [await ws.receive_str(timeout=5)]


# -- orders: a cancel finds what a create made -------------------------------------------------


def _create(server: Running, venue: str, message: str) -> tuple[httpx.Response, Any]:
    case = next(
        c
        for v, c in CASES
        if v == venue and c["message"] == message and c["expect"]["verdict"] == "accept"
    )
    response = send(server, venue, case["request"])
    assert response.headers["X-Twapschema-Verdict"] == "valid", response.text
    return response, response.json()


LIFECYCLES: dict[str, tuple[str, Any, Any]] = {
    # venue: (create message, the id from its reply, a cancel request naming that id)
    "binance": (
        "new_order_twap",
        lambda r: r["clientAlgoId"],
        lambda i: {
            "method": "DELETE",
            "url": f"https://x/sapi/v1/algo/futures/order?clientAlgoId={i}&timestamp=1641522717552&signature=ab",
        },
    ),
    "bybit": (
        "create_strategy",
        lambda r: r["result"]["strategyId"],
        lambda i: {
            "method": "POST",
            "url": "https://x/v5/strategy/stop",
            "content_type": "application/json",
            "body": json.dumps({"strategyId": i}),
        },
    ),
    "kraken": (
        "add_strategy",
        lambda r: r["result"]["strategy_id"],
        lambda i: {
            "method": "POST",
            "url": "https://x/0/private/CancelStrategy",
            "content_type": "application/json",
            "body": json.dumps({"nonce": 1781169958001, "strategy_id": i}),
        },
    ),
    "okx": (
        "order_algo_twap",
        lambda r: r["data"][0]["algoId"],
        lambda i: {
            "method": "POST",
            "url": "https://x/api/v5/trade/cancel-algos",
            "content_type": "application/json",
            "body": json.dumps([{"algoId": i, "instId": "BTC-USDT-SWAP"}]),
        },
    ),
    "hyperliquid": (
        "exchange_twap_order",
        lambda r: r["response"]["data"]["status"]["running"]["twapId"],
        lambda i: {
            "method": "POST",
            "url": "https://x/exchange",
            "content_type": "application/json",
            "body": json.dumps(
                {
                    "action": {"type": "twapCancel", "a": 0, "t": i},
                    "nonce": 1641522717553,
                    "signature": {"r": "0x" + "1" * 64, "s": "0x" + "2" * 64, "v": 27},
                }
            ),
        },
    ),
}


@pytest.mark.parametrize("venue", sorted(LIFECYCLES))
def test_a_cancelled_order_is_no_longer_open_and_a_second_cancel_is_refused(
    server: Running, venue: str
) -> None:
    create, id_of, cancel_of = LIFECYCLES[venue]
    _, created = _create(server, venue, create)
    order_id = id_of(created)
    cancel = cancel_of(order_id)
    first = send(server, venue, cancel)
    request = next(
        r for r in catalog(venue).requests if r.message == first.headers["X-Twapschema-Message"]
    )
    assert request.reply is not None
    assert request.reply.cancels is not None
    assert first.headers.get("X-Twapschema-Reply") == request.reply.message, first.text
    assert twapschema.validate(venue, request.reply.message, first.json()).valid
    orders = httpx.get(f"{server.url}/_twapschema/orders").json()
    assert [o["status"] for o in orders if o["id"] == order_id] == ["cancelled"]
    second = send(server, venue, cancel)
    assert second.json() == request.reply.cancels.unknown_payload
    assert twapschema.validate(venue, request.reply.cancels.unknown_message, second.json()).valid


MINE = "mine" + "0" * 28  # Binance's clientAlgoId is exactly 32 characters


def test_binance_a_clients_own_id_names_its_order(server: Running) -> None:
    case = next(
        c
        for v, c in CASES
        if v == "binance"
        and c["message"] == "new_order_twap"
        and c["expect"]["verdict"] == "accept"
    )
    request = dict(case["request"])
    request["url"] = (
        request["url"].split("?")[0]
        + "?"
        + (urlsplit(request["url"]).query + f"&clientAlgoId={MINE}").lstrip("&")
    )
    reply = send(server, "binance", request).json()
    assert reply["clientAlgoId"] == MINE
    cancel = {
        "method": "DELETE",
        "url": f"https://x/sapi/v1/algo/futures/order?clientAlgoId={MINE}&timestamp=1",
    }
    assert send(server, "binance", cancel).json()["success"] is True
    # algoId: the create's reply names none, so no order has one
    by_algo = {
        "method": "DELETE",
        "url": "https://x/sapi/v1/algo/futures/order?algoId=14511&timestamp=1",
    }
    assert send(server, "binance", by_algo).json() == {"code": -2011, "msg": "Unknown order sent."}


def test_qfex_cancel_by_either_id_reports_that_twap(server: Running) -> None:
    add = {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "BUY",
            "total_quantity": 10,
            "num_orders": 5,
            "order_interval_secs": 30,
            "reduce_only": False,
            "client_twap_id": "mine-1",
        },
    }
    made, by_client, again = frames(
        server,
        [
            add,
            {
                "type": "cancel_order",
                "params": {
                    "symbol": "AAPL-USD",
                    "order_id": "mine-1",
                    "cancel_order_id_type": "client_twap_id",
                },
            },
            {
                "type": "cancel_order",
                "params": {
                    "symbol": "AAPL-USD",
                    "order_id": "mine-1",
                    "cancel_order_id_type": "client_twap_id",
                },
            },
        ],
    )
    assert by_client["twap_response"]["twap_id"] == made["twap_response"]["twap_id"]  # type: ignore[index]
    assert again == {"err": {"error_code": "InvalidOrder", "message": "unknown TWAP"}}
    made, cancelled = frames(server, [add, None])
    del cancelled
    twap_id = made["twap_response"]["twap_id"]  # type: ignore[index]
    (cancelled,) = frames(
        server,
        [
            {
                "type": "cancel_order",
                "params": {
                    "symbol": "AAPL-USD",
                    "order_id": twap_id,
                    "cancel_order_id_type": "twap_id",
                },
            }
        ],
    )
    assert cancelled["twap_response"]["twap_id"] == twap_id  # type: ignore[index]


def test_qfex_auth_comes_first_and_once(server: Running) -> None:
    add = json.loads(
        next(c for v, c in CASES if v == "qfex" and c["expect"]["verdict"] == "accept")["request"][
            "body"
        ]
    )
    (early,) = frames(server, [add], auth=False)
    assert early["err"]["error_code"] == "PermissionDenied"  # type: ignore[index]
    (twice,) = frames(server, [AUTH])
    assert twice["err"]["error_code"] == "AlreadyAuthenticated"  # type: ignore[index]
    (bad,) = frames(server, ["{not json"])
    assert bad["err"]["error_code"] == "InvalidJSONFormat"  # type: ignore[index]
    for answer in (early, twice, bad):
        assert twapschema.validate("qfex", "err", answer).valid


# -- scenarios ---------------------------------------------------------------------------------


def arm(server: Running, **scenario: object) -> httpx.Response:
    return httpx.post(f"{server.url}/_twapschema/scenarios", json=scenario)


def _ondo(server: Running) -> httpx.Response:
    case = next(c for v, c in CASES if v == "ondo" and c["expect"]["verdict"] == "accept")
    return send(server, "ondo", case["request"])


def test_a_forced_rejection_carries_the_documented_code_of_its_rule(server: Running) -> None:
    rejection = message_entry("binance", "new_order_twap").rejection
    assert rejection is not None
    assert rejection.codes
    coded = rejection.codes[0]
    rule = coded.rules[0]
    assert arm(
        server, action="reject", venue="binance", message="new_order_twap", rule=rule
    ).json() == {"ok": True}
    case = next(
        c
        for v, c in CASES
        if v == "binance"
        and c["message"] == "new_order_twap"
        and c["expect"]["verdict"] == "accept"
    )
    forced = send(server, "binance", case["request"])
    assert forced.headers["X-Twapschema-Scenario"] == "reject"
    assert forced.json()["code"] == coded.template["code"]  # type: ignore[index]
    assert forced.status_code == 400
    assert send(server, "binance", case["request"]).status_code == 200  # times: 1


def test_a_rate_limit_is_the_venues_documented_429(server: Running) -> None:
    assert arm(server, action="rate_limit", venue="aevo").json() == {"ok": True}
    case = next(c for v, c in CASES if v == "aevo" and c["expect"]["verdict"] == "accept")
    limited = send(server, "aevo", case["request"])
    assert limited.status_code == 429
    assert limited.json() == {"error": "RATE_LIMIT_EXCEEDED"}
    assert twapschema.validate("aevo", "error_429", limited.json()).valid


def test_a_rate_limit_the_spec_does_not_document_needs_its_body(server: Running) -> None:
    refused = arm(server, action="rate_limit", venue="okx")
    assert refused.status_code == 400
    assert "documents no 429 reply" in refused.json()["errors"][0]
    body = {"code": "50011", "msg": "Rate limit reached.", "data": []}
    assert arm(server, action="rate_limit", venue="okx", body=body).json() == {"ok": True}
    case = next(c for v, c in CASES if v == "okx" and c["expect"]["verdict"] == "accept")
    limited = send(server, "okx", case["request"])
    assert (limited.status_code, limited.json()) == (429, body)


def test_a_scenario_applies_as_many_times_as_it_says(server: Running) -> None:
    arm(server, action="reply", venue="ondo", status=503, body={"success": False}, times=2)
    assert [_ondo(server).status_code for _ in range(3)] == [503, 503, 200]
    arm(server, action="reply", venue="ondo", status=503, body={"success": False}, times=None)
    assert [_ondo(server).status_code for _ in range(3)] == [503, 503, 503]
    httpx.delete(f"{server.url}/_twapschema/scenarios")
    assert _ondo(server).status_code == 200


def test_a_slow_reply_comes_after_its_delay(server: Running) -> None:
    arm(server, action="delay", venue="ondo", seconds=0.3)
    started = time.monotonic()
    assert _ondo(server).status_code == 200
    assert time.monotonic() - started >= 0.3  # a lower bound on behaviour, not a benchmark


def test_a_dropped_connection_gives_no_reply(server: Running) -> None:
    arm(server, action="drop", venue="ondo")
    with pytest.raises(httpx.RemoteProtocolError):
        _ondo(server)
    assert _ondo(server).status_code == 200


def test_a_dropped_websocket_is_closed(server: Running) -> None:
    arm(server, action="drop", venue="qfex", message="add_twap")
    add = json.loads(
        next(c for v, c in CASES if v == "qfex" and c["expect"]["verdict"] == "accept")["request"][
            "body"
        ]
    )
    (closed,) = frames(server, [add])
    assert closed in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED)


@pytest.mark.parametrize(
    ("scenario", "says"),
    [
        ({"action": "reject", "venue": "ondo"}, "reject needs `message` and `rule`"),
        ({"action": "delay", "venue": "ondo"}, "delay needs `seconds`"),
        (
            {"action": "reply", "venue": "nowhere", "status": 500, "body": {}},
            "'nowhere' is not served",
        ),
        (
            {"action": "reply", "venue": "ondo", "message": "cancel", "status": 500, "body": {}},
            "no request 'cancel'",
        ),
        (
            {"action": "reject", "venue": "dydx", "message": "place_twap_order", "rule": "x"},
            "declares no rejection",
        ),
        ({"action": "explode", "venue": "ondo"}, "action"),
        ({"action": "drop", "venue": "ondo", "extra": 1}, "extra"),
    ],
)
def test_a_scenario_that_cannot_be_played_is_refused_with_why(
    server: Running, scenario: dict[str, object], says: str
) -> None:
    refused = httpx.post(f"{server.url}/_twapschema/scenarios", json=scenario)
    assert refused.status_code == 400
    assert any(says in e for e in refused.json()["errors"]), refused.json()
    assert httpx.get(f"{server.url}/_twapschema/scenarios").json() == []


def test_scenarios_given_in_python_are_checked_too() -> None:
    scenarios = [Scenario(action="drop", venue="okx")]
    with pytest.raises(ScenarioError, match="not served"), running(["ondo"], scenarios=scenarios):
        pass


# -- the server itself -------------------------------------------------------------------------


def test_a_taken_port_is_a_clear_error() -> None:
    with running(["ondo"]) as first:
        taken = f"port {first.port} on 127.0.0.1 is taken"
        with pytest.raises(PortTakenError, match=taken), running(["ondo"], port=first.port):
            pass


def test_paths_are_served_at_the_root_when_one_venue_claims_them(server: Running) -> None:
    case = next(c for v, c in CASES if v == "ondo" and c["expect"]["verdict"] == "accept")
    root = httpx.post(
        f"{server.url}/v1/perps/twap/order",
        content=case["request"]["body"],
        headers=auth_headers("ondo"),
    )
    assert root.status_code == 200
    assert httpx.get(f"{server.url}/_twapschema/health").json()["venues"] == list(VENUES)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "twapschema"), "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_the_cli_serves_until_sigterm_then_exits_cleanly(tmp_path: Any) -> None:
    scenarios = tmp_path / "scenarios.yaml"
    scenarios.write_text("- {action: reply, venue: ondo, status: 418, body: {success: false}}\n")
    port = _free_port()
    proc = _cli(
        "ondo",
        "qfex",
        "--port",
        str(port),
        "--scenarios",
        str(scenarios),
        "--reference",
        str(REFERENCE_FILE),
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(3)]
        assert lines[0] == f"ondo: http://127.0.0.1:{port}/ondo\n", lines
        assert lines[1] == f"qfex: ws://127.0.0.1:{port}/qfex\n"
        case = next(c for v, c in CASES if v == "ondo" and c["expect"]["verdict"] == "accept")
        url = f"http://127.0.0.1:{port}/ondo/v1/perps/twap/order"
        body, headers = case["request"]["body"], auth_headers("ondo")
        assert httpx.post(url, content=body, headers=headers).status_code == 418
        assert httpx.post(url, content=body, headers=headers).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err


def test_the_cli_says_when_the_port_is_taken() -> None:
    with running(["ondo"]) as first:
        proc = _cli("ondo", "--port", str(first.port))
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert err.strip() == f"twapschema: port {first.port} on 127.0.0.1 is taken; choose another"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("- {action: delay, venue: ondo}\n", "scenario 0: Value error, delay needs `seconds`"),
        ("{action: drop}\n", "a list of scenarios is expected"),
        ("- [unclosed\n", "cannot read scenarios"),
    ],
)
def test_the_cli_refuses_a_bad_scenario_file_with_where(
    tmp_path: Any, content: str, says: str
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(content)
    proc = _cli("ondo", "--port", "0", "--scenarios", str(path))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert says in err, err


def test_the_cli_refuses_an_unknown_venue() -> None:
    proc = _cli("ondoo", "--port", "0")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert "unknown venue 'ondoo' (did you mean 'ondo'?)" in err


@pytest.mark.parametrize("venue", ["aevo", "binance", "bybit", "kraken", "okx", "ondo"])
def test_a_request_without_its_venues_auth_headers_is_refused(server: Running, venue: str) -> None:
    case = next(c for v, c in CASES if v == venue and c["expect"]["verdict"] == "accept")
    url = urlsplit(case["request"]["url"])
    target = f"{server.url_for(venue)}{url.path}" + (f"?{url.query}" if url.query else "")
    headers = {"Content-Type": case["request"].get("content_type", "")}
    body = case["request"].get("body")
    for left_out in [*auth_headers(venue)]:
        partial = {**headers, **auth_headers(venue)}
        del partial[left_out]
        refused = httpx.request(case["request"]["method"], target, content=body, headers=partial)
        assert refused.status_code == 401
        assert left_out in refused.headers["X-Twapschema-Auth"]
        if venue == "aevo":  # the one spec with a documented 401 body
            assert refused.json() == {"error": "UNAUTHORIZED"}
        else:
            assert refused.headers["X-Twapschema-Inferred"] == "status,body"
    empty = {**headers, **dict.fromkeys(auth_headers(venue), "")}
    refused = httpx.request(case["request"]["method"], target, content=body, headers=empty)
    assert refused.status_code == 401


def test_auth_in_the_body_is_judged_with_the_body(server: Running) -> None:
    # Hyperliquid and dYdX sign the body itself: no header is asked for.
    assert auth_headers("hyperliquid") == auth_headers("dydx") == {}


def test_auth_checks_can_be_turned_off() -> None:
    with running(["ondo"], check_auth=False) as s:
        case = next(c for v, c in CASES if v == "ondo" and c["expect"]["verdict"] == "accept")
        url = f"{s.url}/v1/perps/twap/order"
        assert httpx.post(url, content=case["request"]["body"]).status_code == 200


# -- status and list replies (Kraken's QueryStrategies, GetClosedStrategies) -------------------


def _kraken(server: Running, path: str, body: dict[str, Any]) -> Any:
    url = f"{server.url_for('kraken')}/0/private/{path}"
    response = httpx.post(url, json=body, headers=auth_headers("kraken"))
    assert response.headers["X-Twapschema-Verdict"] == "valid", response.text
    return response.json()


def test_kraken_queries_answer_from_the_strategies_held(server: Running) -> None:
    order = {
        "nonce": 1781169958000,
        "symbol": "BTC/USD",
        "asset_class": "forex",
        "strategy_type": "twap",
        "volume": "1.5",
        "ordertype": "limit",
        "price": "67000.0",
        "expiretm": "+3600",
    }
    ids = [
        _kraken(server, "AddStrategy", {**order, "side": side})["result"]["strategy_id"]
        for side in ("buy", "sell")
    ]
    _kraken(server, "CancelStrategy", {"nonce": 1781169958001, "strategy_id": ids[0]})
    unknown = "ASXXXXX-XXXXX-XXXXXX"
    asked = {"nonce": 1781169958002, "strategy_ids": ",".join([*ids, unknown])}
    found = _kraken(server, "QueryStrategies", asked)
    assert twapschema.validate("kraken", "query_strategies_response", found).valid
    strategies = found["result"]["strategies"]
    assert list(strategies) == ids  # an id not held is left out, as the page says
    assert [s["status"] for s in strategies.values()] == ["cancelled", "open"]
    assert [s["details"]["side"] for s in strategies.values()] == ["buy", "sell"]
    details = strategies[ids[1]]["details"]
    assert (details["volume"], details["price"], details["symbol"]) == ("1.5", "67000.0", "BTC/USD")
    assert details["filled_volume"] == "0.00000000"  # nothing fills in a stand-in
    none = _kraken(server, "QueryStrategies", {"nonce": 1781169958003, "strategy_ids": unknown})
    assert none == {"error": [], "result": {"strategies": {}}}
    closed = _kraken(server, "GetClosedStrategies", {"nonce": 1781169958004})
    assert twapschema.validate("kraken", "get_closed_strategies_response", closed).valid
    assert [(s["strategy_id"], s["status"]) for s in closed["result"]["closed"]] == [
        (ids[0], "cancelled")
    ]
    assert "next_cursor" not in closed["result"]  # the last page: a client stops asking


def test_kraken_lists_nothing_before_any_strategy(server: Running) -> None:
    closed = _kraken(server, "GetClosedStrategies", {"nonce": 1781169958004})
    assert closed == {"error": [], "result": {"closed": []}}


async def _silent(server: Running, *, auth: bool) -> list[object]:
    """What a QFEX connection gets over a second: after an auth frame, or without one."""
    out: list[object] = []
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws_url()) as ws:
        if auth:
            await ws.send_str(json.dumps(AUTH))
        try:
            while True:
                msg = await ws.receive(timeout=1)
                if msg.type == aiohttp.WSMsgType.TEXT:
                    out.append(json.loads(msg.data))
                else:
                    out.append((msg.type, ws.close_code))
                    break
        except TimeoutError:
            out.append("still open")
    return out


def test_a_qfex_connection_without_an_auth_frame_in_time_is_closed() -> None:
    with running(["qfex"], auth_deadline=0.3) as s:
        refused, closed = asyncio.run(_silent(s, auth=False))
        assert refused == {
            "err": {"error_code": "PermissionDenied", "message": "no auth frame within 0.3 s"}
        }
        assert closed == (aiohttp.WSMsgType.CLOSE, 1008)
        assert asyncio.run(_silent(s, auth=True)) == ["still open"]


def test_okx_a_batch_cancel_answers_each_order(server: Running) -> None:
    ids = [_create(server, "okx", "order_algo_twap")[1]["data"][0]["algoId"] for _ in range(2)]
    batch = [{"algoId": i, "instId": "BTC-USDT-SWAP"} for i in ids]
    request = {
        "method": "POST",
        "url": "https://x/api/v5/trade/cancel-algos",
        "content_type": "application/json",
        "body": json.dumps(batch),
    }
    done = send(server, "okx", request)
    assert done.headers["X-Twapschema-Verdict"] == "valid", done.text
    assert twapschema.validate("okx", "cancel_algos_response", done.json()).valid
    assert [d["algoId"] for d in done.json()["data"]] == ids
    orders = httpx.get(f"{server.url}/_twapschema/orders").json()
    assert {o["id"]: o["status"] for o in orders} == dict.fromkeys(ids, "cancelled")

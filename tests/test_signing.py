"""Signatures (``venue.auth.signature``): the specs' recipes give the signatures the venues'
official clients make (corpus/signed/clients.json, the Binance corpus, Kraken's worked example),
and the doc formulas of the venues without a client here; a stand-in given the secret accepts a
request its client signed and refuses a changed one with the venue's own reply; a spec whose
recipe reads what its transport does not carry is refused where it says so."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import httpx
import pytest

import twapschema
from tests.conftest import ROOT
from tests.test_serve_spec import RESPONSE
from tests.test_spec_errors import MINIMAL_SPEC, mutated, only_problem, where
from twapschema.cli import main
from twapschema.errors import SpecError
from twapschema.runtime.schemas import json_schema_index
from twapschema.serve import Running, SecretError, Signed, StandIn, running
from twapschema.serve.signing import expected, mismatch, signed_bytes
from twapschema.spec.check import load_spec_text

RECORDED = json.loads((ROOT / "corpus" / "signed" / "clients.json").read_text(encoding="utf-8"))[
    "cases"
]
AUTH = json_schema_index()["venues"]


def recipe(venue: str, scheme: int = 0) -> dict[str, Any]:
    auth = AUTH[venue]["auth"]
    found = (auth, *auth["alternatives"])[scheme]["signature"]
    assert found is not None
    return dict(found)


def as_signed(request: dict[str, Any]) -> Signed:
    url = urlsplit(request["url"])
    return Signed(
        request["method"], url.path, url.query, request.get("body") or "", request["headers"]
    )


def flipped(text: str) -> str:
    """``text`` with its last character changed (a signature one bit off, near enough)."""
    return text[:-2] + ("A" if text[-2] != "A" else "B") + text[-1]


# -- the recipes against the clients -----------------------------------------------------------


@pytest.mark.parametrize("case", RECORDED, ids=[c["id"] for c in RECORDED])
def test_every_recorded_client_signature_is_the_one_the_recipe_makes(case: dict[str, Any]) -> None:
    venue, secret = case["venue"], case["secret"]
    signed = as_signed(case["request"])
    assert mismatch(recipe(venue), secret, signed) is None
    # ... and the same request changed after signing is refused, saying what was signed
    body = signed.body
    changed = Signed(
        signed.method,
        signed.path,
        signed.query + "&x=1" if not body else signed.query,
        body.replace("1", "2", 1) if body else body,
        signed.headers,
    )
    said = mismatch(recipe(venue), secret, changed)
    assert said is not None
    assert "is not the" in said


def test_the_recorded_signatures_come_from_every_hmac_venues_client() -> None:
    assert {(c["venue"], c["client"]) for c in RECORDED} == {
        ("binance", "ccxt"),
        ("bybit", "ccxt"),
        ("bybit", "pybit"),
        ("kraken", "ccxt"),
        ("okx", "ccxt"),
        ("okx", "python-okx"),
    }


@pytest.mark.parametrize("file", ["binance.sdk-algo.json", "binance.ccxt.json"])
def test_every_binance_corpus_request_carries_the_recipes_signature(file: str) -> None:
    cases = json.loads((ROOT / "corpus" / file).read_text(encoding="utf-8"))["cases"]
    for case in cases:
        request = {**case["request"], "headers": {}}
        assert mismatch(recipe("binance"), "s", as_signed(request)) is None, case["id"]


def test_binance_signature_case_does_not_matter() -> None:
    # "The signature is not case sensitive" (rest-api.md, SIGNED endpoint security)
    signed = as_signed(next(c for c in RECORDED if c["venue"] == "binance")["request"])
    head, _, sig = signed.body.rpartition("signature=")
    assert sig != sig.upper()
    upper = Signed(signed.method, signed.path, signed.query, f"{head}signature={sig.upper()}", {})
    assert mismatch(recipe("binance"), "s", upper) is None


def test_kraken_guides_worked_example() -> None:
    # the guide's published example secret
    secret = (
        "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="  # noqa: S105
    )
    body = "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25"
    want = (
        "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="
    )
    signed = Signed("POST", "/0/private/AddOrder", "", body, {"API-Sign": want})
    assert expected(recipe("kraken"), secret, signed)[0] == want
    assert mismatch(recipe("kraken"), secret, signed) is None


def test_kraken_signs_the_nonce_of_a_json_body_too() -> None:
    secret = base64.b64encode(b"k" * 64).decode()
    body = '{"nonce": 1616492376594, "pair": "XBTUSD"}'
    digest = hashlib.sha256(b"1616492376594" + body.encode()).digest()
    mac = hmac.new(base64.b64decode(secret), b"/0/private/AddStrategy" + digest, hashlib.sha512)
    signed = Signed("POST", "/0/private/AddStrategy", "", body, {})
    assert expected(recipe("kraken"), secret, signed)[0] == base64.b64encode(mac.digest()).decode()


# The venues without a client here: the pages' formulas, written out as they read.


def test_aevo_signs_key_timestamp_method_path_body_with_commas() -> None:
    body = '{"instrument": 1}'
    headers = {"AEVO-KEY": "key", "AEVO-TIMESTAMP": "1700000000000000000"}
    text = f"key,1700000000000000000,POST,/twap-orders,{body}"
    want = hmac.new(b"sec", text.encode(), hashlib.sha256).hexdigest()
    signed = Signed("POST", "/twap-orders", "", body, {**headers, "AEVO-SIGNATURE": want})
    assert mismatch(recipe("aevo", 1), "sec", signed) is None
    # an empty body leaves a trailing comma (more-venues.md)
    assert signed_bytes(recipe("aevo", 1), Signed("GET", "/x", "", "", headers))[1].endswith(",")


def test_aevos_secret_header_is_the_secret_itself() -> None:
    good = Signed(headers={"AEVO-SECRET": "sec"})
    assert mismatch(recipe("aevo"), "sec", good) is None
    said = mismatch(recipe("aevo"), "sec", Signed(headers={"AEVO-SECRET": "Sec"}))
    assert said == "header AEVO-SECRET is not the secret"


def test_ondo_signs_timestamp_method_path_with_query_and_body() -> None:
    body = '{"market": "AAPL-USD"}'
    text = f"1700000000000POST/v1/perps/twap/order?dry=1{body}"
    want = hmac.new(b"sec", text.encode(), hashlib.sha256).hexdigest()
    headers = {"ONDO-TIMESTAMP": "1700000000000", "ONDO-SIGN": want}
    signed = Signed("POST", "/v1/perps/twap/order", "dry=1", body, headers)
    assert mismatch(recipe("ondo", 1), "sec", signed) is None


def test_qfex_signs_nonce_colon_unix_ts() -> None:
    want = hmac.new(b"sec", b"c0ffee:1760545414", hashlib.sha256).hexdigest()
    frame = {"params": {"hmac": {"nonce": "c0ffee", "unix_ts": 1760545414, "signature": want}}}
    assert mismatch(recipe("qfex"), "sec", Signed(frame=frame)) is None
    frame["params"]["hmac"]["unix_ts"] = 1760545415
    assert mismatch(recipe("qfex"), "sec", Signed(frame=frame)) is not None


def test_a_missing_signature_is_said_where_it_was_looked_for() -> None:
    assert (
        mismatch(recipe("okx"), "s", Signed("GET", "/x")) == "no signature in header OK-ACCESS-SIGN"
    )


# -- the shipped refusals -------------------------------------------------------------------


def test_every_signature_refusal_is_valid_as_its_error_message() -> None:
    checked = 0
    for venue, entry in AUTH.items():
        for scheme in (entry["auth"], *entry["auth"]["alternatives"]):
            sign = scheme.get("signature")
            if sign is None:
                continue
            refused = sign["refused"]
            verdict = twapschema.validate(venue, refused["message"], refused["payload"])
            assert verdict.valid, (venue, verdict.violations)
            checked += 1
    assert checked == 8  # aevo 2, binance, bybit, kraken, okx, ondo (alternative), qfex


def test_wallet_signed_venues_have_no_recipe() -> None:
    # Hyperliquid's EIP-712 and dYdX's Cosmos signatures are a wallet's, not an HMAC secret's.
    for venue in ("hyperliquid", "dydx"):
        assert AUTH[venue]["auth"].get("signature") is None
        with pytest.raises(SecretError, match="gives no signature a secret checks"):
            StandIn([venue], secrets={venue: "s"})


def test_a_secret_the_recipe_cannot_use_is_refused_at_start() -> None:
    with pytest.raises(SecretError, match="must be base64"):
        StandIn(["kraken"], secrets={"kraken": "not base64!"})
    with pytest.raises(SecretError, match="not served here"):
        StandIn(["okx"], secrets={"binance": "s"})


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--secret", "okx"], "--secret 'okx': give VENUE=SECRET"),
        (["--secret", "okx=a", "--secret", "okx=b"], "two secrets for okx"),
        (["--secret", "kraken=!!"], "the secret must be base64"),
    ],
)
def test_the_cli_refuses_a_bad_secret(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "okx", "kraken", "--port", "0", *args]) == 2
    assert says in capsys.readouterr().err


# -- a stand-in given the secret -------------------------------------------------------------


@pytest.fixture(scope="module")
def signing_server() -> Any:
    secrets = {c["venue"]: c["secret"] for c in RECORDED}
    with running(
        [*secrets, "aevo", "qfex"], secrets={**secrets, "aevo": "sec", "qfex": "sec"}
    ) as s:
        yield s


def send(server: Running, venue: str, request: dict[str, Any], *, prefix: bool = True) -> Any:
    url = urlsplit(request["url"])
    base = server.url_for(venue) if prefix else server.url
    target = f"{base}{url.path}" + (f"?{url.query}" if url.query else "")
    body = request.get("body") or None
    return httpx.request(request["method"], target, content=body, headers=request["headers"])


SERVED = [c for c in RECORDED if not c["function"].startswith("privateGet")]  # OKX's GET: 404


@pytest.mark.parametrize("case", SERVED, ids=[c["id"] for c in SERVED])
def test_a_stand_in_takes_what_the_client_signed_and_refuses_it_changed(
    signing_server: Running, case: dict[str, Any]
) -> None:
    venue, request = case["venue"], case["request"]
    for prefix in (True, False):  # the signed path is the venue's, whatever the base URL
        taken = send(signing_server, venue, request, prefix=prefix)
        assert taken.headers["X-Twapschema-Verdict"] in {"valid", "invalid"}, taken.text
    sign = recipe(venue)
    kind, name = next(iter(sign["in"].items()))
    if kind == "header":
        changed = {
            **request,
            "headers": {**request["headers"], name: flipped(request["headers"][name])},
        }
    else:  # Binance's signature parameter, last in the query string or the body
        where = "body" if "signature=" in (request.get("body") or "") else "url"
        changed = {**request, where: flipped(request[where])}
    refused = send(signing_server, venue, changed)
    assert refused.headers["X-Twapschema-Verdict"] == "bad-signature"
    assert refused.json() == sign["refused"]["payload"]
    assert refused.headers["X-Twapschema-Reply"] == sign["refused"]["message"]
    status = {"binance": 400, "okx": 401, "bybit": 200}.get(venue)
    if status is None:  # Kraken's refusal carries no documented status
        assert refused.headers["X-Twapschema-Inferred"] == "status"
        status = 400
    assert refused.status_code == status
    assert "is not the hmac-" in refused.headers["X-Twapschema-Auth"]


def test_a_stand_in_takes_either_of_aevos_schemes(signing_server: Running) -> None:
    url = f"{signing_server.url_for('aevo')}/twap-orders"
    body = "{}"
    by_secret = httpx.post(url, content=body, headers={"AEVO-KEY": "k", "AEVO-SECRET": "sec"})
    assert by_secret.headers["X-Twapschema-Verdict"] == "invalid"  # judged: the auth passed
    wrong = httpx.post(url, content=body, headers={"AEVO-KEY": "k", "AEVO-SECRET": "nope"})
    assert (wrong.status_code, wrong.json()) == (401, {"error": "UNAUTHORIZED"})
    text = f"k,1700000000000000000,POST,/twap-orders,{body}"
    signature = hmac.new(b"sec", text.encode(), hashlib.sha256).hexdigest()
    signed = {"AEVO-KEY": "k", "AEVO-TIMESTAMP": "1700000000000000000", "AEVO-SIGNATURE": signature}
    assert (
        httpx.post(url, content=body, headers=signed).headers["X-Twapschema-Verdict"] == "invalid"
    )
    signed["AEVO-TIMESTAMP"] = "1700000000000000001"
    assert httpx.post(url, content=body, headers=signed).status_code == 401


async def _qfex(server: Running, signature: str) -> list[Any]:
    hmac_ = {"public_key": "p", "nonce": "c0ffee", "unix_ts": 1760545414, "signature": signature}
    order = {
        "type": "cancel_order",
        "params": {"symbol": "AAPL-USD", "order_id": "x", "cancel_order_id_type": "twap_id"},
    }
    out: list[Any] = []
    async with aiohttp.ClientSession() as session, session.ws_connect(server.ws_url()) as ws:
        await ws.send_str(json.dumps({"type": "auth", "params": {"hmac": hmac_}}))
        await ws.send_str(json.dumps(order))
        for _ in range(2):
            try:
                out.append(json.loads((await ws.receive(timeout=5)).data))
            except TimeoutError:
                break
    return out


def test_qfex_refuses_an_auth_frame_with_a_wrong_signature_and_stays_unauthenticated(
    signing_server: Running,
) -> None:
    good = hmac.new(b"sec", b"c0ffee:1760545414", hashlib.sha256).hexdigest()
    (answer,) = asyncio.run(_qfex(signing_server, good))
    assert (
        "error_code" not in json.dumps(answer) or answer["err"]["error_code"] != "PermissionDenied"
    )
    refused, then = asyncio.run(_qfex(signing_server, flipped(good)))
    assert refused == {"err": {"error_code": "PermissionDenied", "message": "invalid signature"}}
    assert then["err"]["error_code"] == "PermissionDenied"
    assert "authenticate first" in then["err"]["message"]


def test_without_the_secret_only_the_shape_is_checked() -> None:
    case = next(c for c in SERVED if c["venue"] == "okx")
    changed = {**case["request"], "headers": {**case["request"]["headers"], "OK-ACCESS-SIGN": "x"}}
    with running(["okx"]) as s:
        assert send(s, "okx", changed).headers["X-Twapschema-Verdict"] in {"valid", "invalid"}


# -- the spec checker --------------------------------------------------------------------------

HMAC = """\
  auth:
    scheme: hmac-headers
    description: Signed headers.
    headers: [X-KEY, X-SIGN, X-TS]
    signature:
      algorithm: hmac-sha256
      in: {header: X-SIGN}
      message:
        parts: [{header: X-TS}, method, target, body]
      refused:
        message: error_response
        payload: {error: bad sign}
        source: {doc: api, section: Errors}
      source: {doc: api, section: Auth}
    source: {doc: api, section: Auth}
"""
BEARER = """\
  auth:
    scheme: bearer
    description: A bearer token.
    source: {doc: api, section: Auth}
"""


def signed_spec(auth: str = HMAC) -> str:
    return mutated(BEARER, auth, MINIMAL_SPEC) + RESPONSE  # with its error_response


def test_a_signature_recipe_reaches_the_ir() -> None:
    spec = load_spec_text(signed_spec(), "specs/demo.yaml")
    sign = spec.venue.auth.signature
    assert sign is not None
    assert sign.carried == ("header", "X-SIGN")
    assert sign.parts == (("header", "X-TS"), "method", "target", "body")
    assert sign.refused.message_id == "error_response"


@pytest.mark.parametrize(
    ("old", "new", "at", "says"),
    [
        (
            "in: {header: X-SIGN}",
            "in: {header: X-SIGNATURE}",
            "X-SIGNATURE",
            "'X-SIGNATURE' is not one of this scheme's headers (X-KEY, X-SIGN, X-TS)",
        ),
        (
            "in: {header: X-SIGN}",
            "in: {member: /sig}",
            "member: /sig}",
            "over REST the signature is a header or a parameter",
        ),
        (
            "parts: [{header: X-TS}, method, target, body]",
            "parts: [unsigned]",
            "[unsigned]",
            "'unsigned' leaves out the signature parameter: the signature must be `in: param`",
        ),
        (
            "message: error_response",
            "message: create_order",
            "message: create_order",
            "'create_order' is a request, not an error",
        ),
        (
            "message: error_response",
            "message: nothing",
            "message: nothing",
            "no message 'nothing' in this spec",
        ),
    ],
)
def test_a_recipe_that_reads_what_is_not_there_is_refused_where_it_says_so(
    old: str, new: str, at: str, says: str
) -> None:
    text = mutated(old, new, signed_spec())
    problem = only_problem(text)
    assert problem.message == says
    assert problem.location.line == where(text, at).line


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("algorithm: hmac-sha256", "algorithm: secret", "none for the 'secret' algorithm"),
        ("in: {header: X-SIGN}", "in: {header: X-SIGN, param: s}", "exactly one of header"),
        (
            "parts: [{header: X-TS}, method, target, body]",
            "parts: [{bogus: 1}]",
            "a part is method, path, target, query, body or unsigned, or a mapping of one key",
        ),
    ],
)
def test_a_malformed_recipe_is_refused(old: str, new: str, says: str) -> None:
    problem = only_problem(mutated(old, new, signed_spec()))
    assert says in problem.message, problem


def test_a_websocket_recipe_signs_the_frames_members() -> None:
    text = signed_spec().replace(
        "transport: {kind: rest, url: https://example.com}",
        "transport: {kind: websocket, url: wss://example.com}",
    )
    with pytest.raises(SpecError) as raised:
        load_spec_text(text, "specs/demo.yaml")
    problem_text = str(raised.value)
    assert "a WebSocket frame carries its signature in a member" in problem_text
    assert "a WebSocket frame has no body, header, method, target: sign its members" in problem_text


def test_the_recipe_is_in_the_index_for_other_languages() -> None:
    okx = recipe("okx")
    assert okx["parts"] == [{"header": "OK-ACCESS-TIMESTAMP"}, "method", "target", "body"]
    assert okx["in"] == {"header": "OK-ACCESS-SIGN"}
    assert (okx["algorithm"], okx["encoding"], okx["key"]) == ("hmac-sha256", "base64", "text")

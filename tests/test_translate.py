"""One TWAP intent, every venue: translation, feasibility, and their round trips."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import twapschema
from tests.conftest import VENUES
from twapschema import TwapIntent, feasible, parse_intent, testing, to_intent, translate
from twapschema.pointer import tokens
from twapschema.translation import mapping

REFERENCE = testing.bundled_reference()
# The desk: buy 20.3 AAPL over an hour in 60 slices, never above 160.
DESK = TwapIntent(
    "AAPL-USD", "buy", Decimal("20.3"), duration_seconds=3600, children=60, max_price=Decimal(160)
)


def test_ondo_takes_the_desk_intent_exactly() -> None:
    t = translate(DESK, "ondo", reference=REFERENCE)
    assert t.accepted
    assert t.payload == {
        "market": "AAPL-USD",
        "side": "buy",
        "size": "20.3",
        "runningTime": 3600,
        "frequency": 60,
        "maxPrice": "160",
        "reduceOnly": False,
    }


def test_qfex_has_no_price_limit_and_says_so() -> None:
    t = translate(DESK, "qfex", reference=REFERENCE)
    assert not t.accepted
    assert t.violations == ()
    assert t.lost == ("max_price 160: the venue has no price limit",)
    assert t.payload == {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "BUY",
            "total_quantity": 20.3,  # the JSON number itself (20.3 is a double's shortest text)
            "num_orders": 60,
            "order_interval_secs": 60,
            "reduce_only": False,
        },
    }


def test_aevo_takes_a_duration_but_no_child_count() -> None:
    intent = TwapIntent("ETH-PERP", "sell", Decimal("1.5"), duration_seconds=600, children=10)
    t = translate(intent, "aevo", reference=REFERENCE)
    assert t.payload == {
        "instrument_id": 1,  # looked up in the reference data's instruments
        "is_buy": False,
        "amount_float": "1.5",
        "duration": 600,
        "reduce_only": False,
    }
    assert t.violations == ()
    assert t.lost == ("child_count 10: the venue takes only duration",)


def test_aevo_looks_the_symbol_up_in_reference_data() -> None:
    without = translate(DESK, "aevo")
    assert without.payload is None
    assert without.reasons == (
        "instrument_id comes from reference data (instruments): give reference=",
    )
    unknown = translate(DESK, "aevo", reference=REFERENCE)
    assert unknown.reasons == ("symbol 'AAPL-USD' is not in the venue's instruments",)
    known = translate(
        TwapIntent("ETH-30JUN23-1600-C", "buy", Decimal(2), duration_seconds=60),
        "aevo",
        reference=REFERENCE,
    )
    assert known.accepted
    assert known.payload == {
        "instrument_id": 12,
        "is_buy": True,
        "amount_float": "2",
        "duration": 60,
        "reduce_only": False,
    }
    assert to_intent("aevo", known.payload, reference=REFERENCE).symbol == "ETH-30JUN23-1600-C"


@pytest.mark.parametrize("venue", ["qfex", "ondo", "aevo"])
def test_timing_that_is_not_whole_seconds_is_refused_not_rounded(venue: str) -> None:
    intent = TwapIntent("ETH-PERP", "buy", Decimal(1), duration_seconds=3601, children=60)
    t = translate(intent, venue, reference=REFERENCE)
    assert t.payload is None
    assert t.reasons == ("duration 3601 s over 60 children is not a whole number of seconds each",)


def test_a_quantity_no_double_carries_is_refused_for_a_json_number_venue() -> None:
    intent = TwapIntent(
        "AAPL-USD", "buy", Decimal("0.12345678901234567890"), children=5, interval_seconds=30
    )
    qfex = translate(intent, "qfex")
    assert qfex.payload is None
    assert "has no exact JSON number form" in qfex.reasons[0]
    assert translate(intent, "ondo").payload is not None  # a decimal string carries it


def test_feasible_offers_the_nearest_fitting_timing() -> None:
    intent = TwapIntent("AAPL-USD", "buy", Decimal("20.3"), children=240, interval_seconds=20)
    by_venue = {f.venue: f for f in feasible(intent, reference=REFERENCE)}
    qfex, ondo = by_venue["qfex"], by_venue["ondo"]
    assert {v.rule for v in qfex.translation.violations} == {
        "order_interval_secs.minimum",
        "average_child_at_least_min_quantity",
    }
    assert qfex.nearest_intent is not None
    assert qfex.nearest_intent.interval_seconds == 30  # 30 s instead of 20 s
    assert qfex.nearest is not None
    assert qfex.nearest.accepted
    assert ondo.nearest_intent is not None
    assert ondo.nearest_intent.children == 200  # 200 children instead of 240
    assert "a variant of your intent" in json.dumps(ondo.to_json())


def test_a_venue_that_needs_timing_the_intent_lacks() -> None:
    t = translate(TwapIntent("AAPL-USD", "buy", Decimal(1), duration_seconds=600), "qfex")
    assert t.payload is None
    assert t.reasons == (
        "the venue needs child_count and interval: give two of duration_seconds, children and"
        " interval_seconds",
    )
    aevo = translate(
        TwapIntent("ETH-PERP", "buy", Decimal(1), duration_seconds=600), "aevo", reference=REFERENCE
    )
    assert aevo.accepted


def test_feasible_offers_nothing_when_the_intent_fits() -> None:
    by_venue = {f.venue: f for f in feasible(DESK, reference=REFERENCE)}
    assert by_venue["ondo"].translation.accepted
    assert by_venue["ondo"].nearest is None


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ([], "an intent is a JSON object"),
        ({"symbol": "A", "side": "buy"}, "needs 'quantity'"),
        ({"symbol": "A", "side": "long", "quantity": "1"}, "side must be"),
        ({"symbol": "A", "side": "buy", "quantity": "1e3"}, "quantity must be a decimal"),
        ({"symbol": "A", "side": "buy", "quantity": 1, "children": 2.5}, "whole number"),
        ({"symbol": "A", "side": "buy", "quantity": 1, "slices": 2}, "unknown intent members"),
    ],
)
def test_parse_intent_refuses_clearly(data: object, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_intent(data)


def test_parse_intent_reads_quantities_exactly() -> None:
    intent = parse_intent(
        {
            "symbol": "A",
            "side": "sell",
            "quantity": 0.3,
            "max_price": "160.00",
            "children": 3,
            "interval_seconds": 30,
        }
    )
    assert intent.quantity == Decimal("0.3")
    assert intent.max_price == Decimal("160.00")
    assert intent.timing() == (90, 3, 30)


def _cli(*args: str, intent: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "twapschema.cli", *args],
        input=json.dumps(intent),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


DESK_JSON = {
    "symbol": "AAPL-USD",
    "side": "buy",
    "quantity": "20.3",
    "duration_seconds": 3600,
    "children": 60,
    "max_price": "160",
}


def test_cli_translate(tmp_path: Path) -> None:
    done = _cli("translate", "ondo", "-", "--format", "json", intent=DESK_JSON)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["payload"]["runningTime"] == 3600
    lossy = _cli("translate", "qfex", "-", intent=DESK_JSON)
    assert lossy.returncode == 1
    assert "lost: max_price 160: the venue has no price limit" in lossy.stdout
    bad = _cli("translate", "qfex", "-", intent={"symbol": "A"})
    assert bad.returncode == 2
    assert bad.stderr.startswith("twapschema: <stdin>: the intent needs 'side'")
    unknown = _cli("translate", "nasdaq", "-", intent=DESK_JSON)
    assert unknown.returncode == 2


def test_cli_feasible() -> None:
    intent = {
        **DESK_JSON,
        "duration_seconds": None,
        "children": 240,
        "interval_seconds": 20,
        "max_price": None,
    }
    done = _cli("feasible", "-", "--reference", "examples/reference.yaml", intent=intent)
    assert done.returncode == 1, done.stderr
    assert "nearest fitting variant (not your intent): 160 children every 30 s" in done.stdout
    as_json = _cli("feasible", "-", "--format", "json", intent=DESK_JSON)
    venues = [json.loads(line)["venue"] for line in as_json.stdout.splitlines()]
    assert tuple(venues) == VENUES
    assert as_json.returncode == 0  # Ondo accepts the desk intent as it is


# --- members no intent has a word for; JSON payloads (issue 19) --------------------------------

BTC = TwapIntent("BTCUSDT", "buy", Decimal("0.5"), duration_seconds=3600)


def test_members_make_binance_bybit_and_okx_reachable() -> None:
    plain = {f.venue: f.translation for f in feasible(BTC, reference=REFERENCE)}
    assert [v.rule for v in plain["binance"].violations] == ["timestamp.required"]
    members: dict[str, dict[str, object]] = {
        "binance": {"timestamp": 1760545414000},
        "bybit": {"category": "UTA_USDT"},
    }
    given = {f.venue: f.translation for f in feasible(BTC, reference=REFERENCE, members=members)}
    assert given["binance"].accepted, given["binance"]
    assert given["binance"].payload == {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "quantity": "0.5",
        "duration": 3600,
        "reduceOnly": False,
        "timestamp": 1760545414000,
    }
    assert "category.required" not in [v.rule for v in given["bybit"].violations]
    okx = translate(
        replace(BTC, duration_seconds=None, children=60, interval_seconds=60),
        "okx",
        reference=REFERENCE,
        members={"tdMode": "cross"},
    )
    assert "tdMode.required" not in [v.rule for v in okx.violations]


def test_a_member_the_intent_sets_is_a_reason_not_an_override() -> None:
    t = translate(BTC, "binance", reference=REFERENCE, members={"quantity": "5"})
    assert t.payload is None
    assert t.reasons == (
        "members sets quantity, which the intent (or the venue's fixed members) already sets",
    )


def test_members_for_an_unknown_venue_are_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown venues \['binanse'\]"):
        feasible(BTC, members={"binanse": {"timestamp": 1}})


@pytest.mark.parametrize("venue", VENUES)
def test_every_payload_is_json_as_sent(venue: str) -> None:
    t = translate(replace(DESK, symbol="AAPL-USD"), venue, reference=REFERENCE)
    if t.payload is not None:
        assert json.loads(json.dumps(t.payload)) == t.payload
        assert "Decimal" not in repr(t.payload)


def test_cli_members(tmp_path: Path) -> None:
    members = tmp_path / "members.json"
    members.write_text(json.dumps({"timestamp": 1760545414000}), encoding="utf-8")
    intent = {"symbol": "BTCUSDT", "side": "buy", "quantity": "0.5", "duration_seconds": 3600}
    done = _cli(
        "translate",
        "binance",
        "-",
        "--reference",
        "examples/reference.yaml",
        "--members",
        str(members),
        "--format",
        "json",
        intent=intent,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["payload"]["timestamp"] == 1760545414000
    per_venue = tmp_path / "per-venue.json"
    per_venue.write_text(json.dumps({"binance": {"timestamp": 1760545414000}}), encoding="utf-8")
    done = _cli(
        "feasible",
        "-",
        "--reference",
        "examples/reference.yaml",
        "--members",
        str(per_venue),
        "--format",
        "json",
        intent=intent,
    )
    accepted = {
        json.loads(x)["venue"] for x in done.stdout.splitlines() if json.loads(x)["accepted"]
    }
    assert "binance" in accepted
    bad = _cli("feasible", "-", "--members", str(members), intent=intent)
    assert (bad.returncode, bad.stderr.strip()) == (
        2,
        f"twapschema: {members}: --members must be an object of objects, per venue id",
    )


# --- properties --------------------------------------------------------------------------------

intents = st.builds(
    TwapIntent,
    symbol=st.sampled_from(["AAPL-USD", "GOOG-USD", "ETH-PERP"]),
    side=st.sampled_from(["buy", "sell"]),
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(100000), places=3),
    children=st.integers(1, 300),
    interval_seconds=st.integers(1, 3600),
    reduce_only=st.booleans(),
    max_price=st.none() | st.decimals(min_value=1, max_value=1000, places=2),
)


@given(intents)
def test_a_translated_payload_is_what_its_venue_validates(intent: TwapIntent) -> None:
    for venue in twapschema.venue_ids():
        t = translate(intent, venue, reference=REFERENCE)
        if t.payload is None:
            continue
        again = twapschema.validate(venue, t.message or "", t.payload, reference=REFERENCE)
        assert again.violations == t.violations
        if t.accepted:
            assert again.valid


# Venues whose request names a market, a side, a quantity and some timing (dYdX's market and
# timing are nested in order_id and twap_parameters; Kraken's timing is a start and an end).
ROUND_TRIP = ["qfex", "ondo", "aevo", "hyperliquid", "binance", "bybit", "okx"]
# Where the symbol is looked up in reference data: wire values the bundled data names.
KNOWN_SYMBOLS: dict[str, tuple[str, list[int]]] = {
    "aevo": ("instrument_id", [1, 12]),
    "hyperliquid": ("a", [0, 1, 10000]),
}


@pytest.mark.parametrize("venue", ROUND_TRIP)
@given(data=st.data())
def test_venue_payload_to_intent_and_back(venue: str, data: st.DataObject) -> None:
    m = mapping(venue)
    assert m is not None
    payload = data.draw(testing.valid_payloads(venue, m.message, reference=REFERENCE))
    assert isinstance(payload, dict)
    body = payload[m.body] if m.body is not None else payload
    quantity = m.get("quantity")
    assert quantity is not None
    assume(body.get(quantity.wire) is not None)  # not Bybit's positionValue instead of a size
    if venue in KNOWN_SYMBOLS:  # so the symbol maps back
        member, known = KNOWN_SYMBOLS[venue]
        body[member] = data.draw(st.sampled_from(known))
        # Another instrument has other limits (Hyperliquid's szDecimals): still a valid order?
        assume(twapschema.validate(venue, m.message, payload, reference=REFERENCE).valid)
    intent = to_intent(venue, payload, reference=REFERENCE)
    t = translate(intent, venue, reference=REFERENCE)
    assert t.payload is not None, t.reasons
    assert to_intent(venue, t.payload, reference=REFERENCE) == intent  # nothing added or lost
    # Never a wrong value: at most a member the intent has no word for (OKX's tdMode) is missing,
    # or a rule over such members alone fails (OKX's one of pxVar and pxSpread).
    said = {f.wire for _, f in m.fields} | {wire for wire, _ in m.fixed}
    schema = twapschema.json_schema(venue, m.message)
    body_schema = schema["properties"][m.body] if m.body is not None else schema
    unsaid_rules = {
        r["id"]
        for r in body_schema.get("x-twapschema-rules", [])
        if not said.intersection(tokens(f)[0] for f in r["fields"])
    }
    for v in twapschema.validate(venue, m.message, t.payload, reference=REFERENCE).violations:
        if v.rule not in unsaid_rules:
            assert v.rule.endswith(".required"), v
            assert v.rule.removesuffix(".required") not in said, v


def test_hyperliquid_counts_minutes() -> None:
    intent = TwapIntent("ETH", "sell", Decimal("1.5"), duration_seconds=600, randomize=True)
    t = translate(intent, "hyperliquid", reference=REFERENCE)
    assert t.accepted, (t.reasons, t.lost, t.violations)
    assert t.payload == {
        "type": "twapOrder",
        "twap": {"a": 1, "b": False, "s": "1.5", "m": 10, "r": False, "t": True},
    }
    assert to_intent("hyperliquid", t.payload, reference=REFERENCE) == intent
    odd = translate(replace(intent, duration_seconds=630), "hyperliquid", reference=REFERENCE)
    assert odd.payload is None
    assert odd.reasons == ("duration 630 s is not a whole number of minutes (m)",)


def test_fixed_members_are_filled_and_a_randomize_nobody_offers_is_lost() -> None:
    intent = TwapIntent("BTC-USDT-SWAP", "buy", Decimal(2), interval_seconds=30, randomize=True)
    okx = translate(intent, "okx", reference=REFERENCE)
    assert okx.payload is not None
    assert okx.payload["ordType"] == "twap"  # type: ignore[index]
    assert okx.payload["timeInterval"] == "30"  # type: ignore[index]  # a digit string at OKX
    assert okx.lost == ("randomize: the venue does not randomize its children",)
    bybit = translate(replace(intent, duration_seconds=600), "bybit", reference=REFERENCE)
    assert bybit.payload is not None
    assert bybit.payload["strategyType"] == "twap"  # type: ignore[index]
    assert bybit.payload["isRandom"] is True  # type: ignore[index]


def test_a_venue_whose_request_has_no_neutral_market_or_size_is_not_read_as_an_intent() -> None:
    # dYdX's market is a clob_pair_id and its size is in atomic quantums: no concept either.
    with pytest.raises(LookupError, match="no top-level field for symbol, quantity"):
        to_intent("dydx", {"order": {}})
    t = translate(DESK, "dydx", reference=REFERENCE)
    assert t.payload is None
    assert "the venue's request has no market field" in t.reasons

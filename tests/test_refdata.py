"""Reference data from the venues' instrument endpoints (issue 18): the specs' declared
mappings run over the venues' documented answers (tests/fixtures/refdata), the spec checker's
refusals, `twapschema reference build / fetch` (fetch against a local stand-in on 127.0.0.1),
strict validation and the atomic swap of LiveReference."""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import twapschema
from tests.helpers import made_up_header
from tests.refdata_server import FIXTURES, Stand, slow, stand_in
from twapschema.cli import main
from twapschema.errors import SpecError
from twapschema.refdata import mapping
from twapschema.refdata.api import LiveReference, check, fetch_reference, requests_for
from twapschema.refdata.build import ShapeError, build, read_answer
from twapschema.refdata.fetch import FetchError, FetchOptions
from twapschema.runtime.reference import load_reference
from twapschema.spec.check import load_spec_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reference.yaml"
QUICK = FetchOptions(timeout=2.0, attempts=3, backoff=0.01)


def answers(venue: str) -> dict[str, list[object]]:
    """The venue's recorded answers by request name; pages in file order."""
    found: dict[str, list[object]] = {}
    for path in sorted((FIXTURES / venue).glob("*.json")):
        name = path.stem.split(".page")[0]
        found.setdefault(name, []).append(read_answer(path.read_text(), path.name))
    return found


def built(venue: str, edit: Any = None) -> dict[str, Any]:
    given = answers(venue)
    if edit is not None:
        given = copy.deepcopy(given)
        edit(given)
    return build(mapping.venue_sources(venue), given).part


# --- every venue's mapping over its documented answers ----------------------------------------


def test_binance_futures_min_qty_is_the_larger_filter_compared_as_decimals() -> None:
    part = built("binance")
    # ETHUSDT: LOT_SIZE 0.001, MARKET_LOT_SIZE 0.010 -> 0.01 (as text, "0.010" > "0.001" too,
    # but DOGE's "1" against "1" and the normalised text show the decimal reading).
    assert part["symbols"] == {
        "BTCUSDT": {"min_qty": "0.001", "mark_price": "60012.3"},
        "DOGEUSDT": {"min_qty": "1", "mark_price": "0.15012"},
        "ETHUSDT": {"min_qty": "0.01", "mark_price": "2000.1"},
    }  # OLDUSDT is SETTLING: left out; NEWUSDT's mark price matches no row


def test_max_decimal_is_not_text_order() -> None:
    def ten_and_nine(given: dict[str, list[Any]]) -> None:
        filters = given["futures_exchange_info"][0]["symbols"][0]["filters"]
        filters[1]["minQty"], filters[2]["minQty"] = "9", "10"

    assert built("binance", ten_and_nine)["symbols"]["BTCUSDT"]["min_qty"] == "10"


def test_binance_spot_rows_are_usd_quoted_trading_pairs_with_the_smallest_cap() -> None:
    assert built("binance")["spot_symbols"] == {
        "BTCUSDT": {"max_notional": "200000", "usd_price": "60000.01"},
        "DOGEUSDT": {"max_notional": "200000", "usd_price": "0.15"},
        "ETHUSDT": {"max_notional": "200000", "usd_price": "2000"},
    }  # ETHBTC: quoted in BTC; LUNAUSDT: BREAK


def test_okx_live_is_state_live_across_three_instrument_types() -> None:
    assert {k: v["live"] for k, v in built("okx")["instruments"].items()} == {
        "BTC-USDT": True,
        "BTC-USDT-261225": True,
        "BTC-USDT-SWAP": True,
        "ETH-USDT-SWAP": True,
        "HALT-USDT-SWAP": False,  # suspend
        "NEXT-USDT-270326": False,  # preopen
    }


def test_bybit_pages_and_categories() -> None:
    rows = built("bybit")["instruments"]
    assert sorted(rows) == [
        "UTA_INVERSE BTCUSD",
        "UTA_SPOT BTCUSDT",
        "UTA_USDC BTCPERP",
        "UTA_USDT BTCUSDT",
        "UTA_USDT LUNAUSDT",  # from the second page
        "UTA_USDT_FUTURE BTCUSDT-26JUN26",
    ]
    assert rows["UTA_SPOT BTCUSDT"]["min_notional_value"] == "1"  # spot: minOrderAmt
    assert rows["UTA_USDT BTCUSDT"]["max_order_qty"] == "1190"  # "1190.000", exactly
    assert rows["UTA_USDT LUNAUSDT"]["tradable"] is False  # Closed


def test_hyperliquid_ids_count_delisted_coins_and_spot_sizes_come_from_the_base_token() -> None:
    assert built("hyperliquid")["assets"] == {
        "@1": {"asset": 10001, "sz_decimals": 1},
        "BTC": {"asset": 0, "sz_decimals": 5},
        "ETH": {"asset": 1, "sz_decimals": 4},
        "HPOS": {"asset": 2, "sz_decimals": 0},
        "PURR/USDC": {"asset": 10000, "sz_decimals": 0},
        "SOL": {"asset": 4, "sz_decimals": 2},  # LOOM (delisted) is 3
    }


def test_kraken_pairs_are_keyed_as_orders_write_them() -> None:
    pairs = built("kraken")["pairs"]
    assert sorted(pairs) == ["BTC/USD", "DOGE/USD", "ETH/BTC", "LUNA/USD", "SOL/USD"]  # no xStock
    assert pairs["DOGE/USD"]["status"] == "tradable"
    assert pairs["DOGE/USD"]["market_orders"] is False  # limit_only
    assert pairs["SOL/USD"]["status"] == "reduce_only"
    assert pairs["LUNA/USD"]["status"] == "cancel_only"
    assert pairs["BTC/USD"] == {
        "status": "tradable",
        "market_orders": True,
        "ordermin": "0.00005",
        "costmin": "0.5",
        "lot_decimals": 8,
        "tick_size": "0.1",
    }


def test_dydx_markets_read_text_ids_and_map_statuses() -> None:
    markets = built("dydx")["markets"]
    assert markets["BTC-USD"] == {
        "clob_pair_id": 0,
        "status": "tradable",
        "step_base_quantums": "1000000",
        "subticks_per_tick": "100000",
    }
    assert markets["OLD-USD"]["status"] == "cancel_only"  # FINAL_SETTLEMENT


def test_qfex_and_aevo() -> None:
    assert built("qfex") == {
        "symbols": {
            "AAPL-USD": {"active": True, "min_quantity": "0.1", "quantity_precision": 2},
            "GOOG-USD": {"active": True, "min_quantity": "0.001", "quantity_precision": 3},
            "HALT-USD": {"active": False, "min_quantity": "0.1", "quantity_precision": 2},
        }
    }  # limits: not fetched (no endpoint publishes them)
    assert built("aevo") == {
        "instruments": {
            "ETH-30JUN23-1600-C": {"instrument_id": 12},
            "ETH-PERP": {"instrument_id": 1},
        }
    }


@pytest.mark.parametrize("venue", mapping.fetched_venues())
def test_built_data_fits_the_reference_models(venue: str) -> None:
    data = {venue: built(venue)}
    if venue == "qfex":  # the hand-kept section
        data[venue]["limits"] = {"client_id_min_length": 1, "client_id_max_length": 36}
    assert check(data, "built").for_venue(venue) is not None


def test_fetched_venues_are_every_venue_with_reference_data() -> None:
    assert mapping.fetched_venues() == (
        "aevo", "binance", "bybit", "dydx", "hyperliquid", "kraken", "okx", "qfex"
    )  # fmt: skip


def test_built_data_gives_the_verdicts_the_example_data_gives() -> None:
    """The same orders, judged with the built data and with the bundled hand-written file."""
    data = {
        "qfex": built("qfex") | {"limits": {"client_id_min_length": 1, "client_id_max_length": 36}}
    }
    fetched, example = check(data, "built"), load_reference(EXAMPLES)
    order = {"symbol": "GOOG-USD", "side": "BUY", "total_quantity": "0.004", "num_orders": 5}
    order |= {"order_interval_secs": 30, "reduce_only": False}
    for symbol in ("AAPL-USD", "GOOG-USD", "HALT-USD"):
        payload = {"type": "add_twap", "params": order | {"symbol": symbol}}
        a = twapschema.validate("qfex", "add_twap", payload, reference=fetched)
        b = twapschema.validate("qfex", "add_twap", payload, reference=example)
        assert a == b


# --- answers that changed shape: one line, naming the request, row and column -------------------


def _drop_min_qty(given: dict[str, list[Any]]) -> None:
    for f in given["futures_exchange_info"][0]["symbols"][1]["filters"]:
        f.pop("minQty", None)


@pytest.mark.parametrize(
    ("venue", "edit", "words"),
    [
        (
            "binance",
            _drop_min_qty,
            [
                "binance futures_exchange_info: symbols[1] (ETHUSDT)",
                "min_qty",
                "expected a decimal",
            ],
        ),
        (
            "binance",
            lambda g: g["futures_exchange_info"][0].pop("symbols"),
            ["rows 'symbols' gave null", "not a list"],
        ),
        (
            "dydx",
            lambda g: g["perpetual_markets"][0]["markets"]["BTC-USD"].update(status="HALTED"),
            ["(BTC-USD)", "status", "'HALTED'", "not one of ACTIVE"],
        ),
        (
            "okx",
            lambda g: g["swap_instruments"][0]["data"][0].update(instId=7),
            ["okx swap_instruments: data[0]", "key 'instId' gave 7 (a number)"],
        ),
        (
            "okx",
            lambda g: g["spot_instruments"][0]["data"].append(
                {"instId": "BTC-USDT-SWAP", "state": "live"}
            ),
            ["BTC-USDT-SWAP", "given twice"],
        ),
        (
            "hyperliquid",
            lambda g: g["spot_meta"][0]["universe"][0].update(tokens=[9, 0]),
            ["(PURR/USDC)", "sz_decimals", "tokens[0] is 9, not in tokens"],
        ),
        (
            "dydx",
            lambda g: g["perpetual_markets"][0]["markets"]["ETH-USD"].update(clobPairId="1.5"),
            ["(ETH-USD)", "clob_pair_id", "expected an integer"],
        ),
        (
            "kraken",
            lambda g: g["asset_pairs"][0]["result"]["XXBTZUSD"].update(ordermin="NaN"),
            ["(BTC/USD)", "ordermin", "expected a decimal"],
        ),
        ("aevo", lambda g: g.pop("markets"), ["aevo: no answer given for request(s) markets"]),
    ],
)
def test_a_changed_answer_is_one_line_that_says_where(
    venue: str, edit: Any, words: list[str]
) -> None:
    with pytest.raises(ShapeError) as caught:
        built(venue, edit)
    text = str(caught.value)
    assert "\n" not in text
    for word in words:
        assert word in text


def test_text_that_is_not_json_says_it_may_be_cut_short() -> None:
    with pytest.raises(ShapeError, match=r"x: not JSON \(cut short\?\)"):
        read_answer('{"symbols": [', "x")


def test_numbers_in_answers_stay_exact() -> None:
    assert read_answer('{"p": 0.1000000000000000055511151231257827}', "x") == {
        "p": __import__("decimal").Decimal("0.1000000000000000055511151231257827")
    }


def test_unmatched_and_dropped_rows_are_counted_not_lost() -> None:
    def no_eth_price(given: dict[str, list[Any]]) -> None:
        given["futures_mark_prices"][0] = [
            p for p in given["futures_mark_prices"][0] if p["symbol"] != "ETHUSDT"
        ]

    given = copy.deepcopy(answers("binance"))
    no_eth_price(given)
    result = build(mapping.venue_sources("binance"), given)
    assert "ETHUSDT" not in result.part["symbols"]
    assert "symbols 2 rows, 1 left out by `where`, 1 dropped without a joined column (ETHUSDT)" in (
        result.summary()
    )
    assert "2 joined rows matched no row" in result.summary()


# --- the spec checker --------------------------------------------------------------------------


def _spec(fetch: str, requests: str = "") -> str:
    return (
        made_up_header("refvenue", "reference fetch declarations") + "reference:\n"
        "  symbols:\n"
        "    kind: table\n"
        "    description: Symbols.\n"
        "    source: {doc: api, section: Symbols}\n"
        "    columns:\n"
        "      active: {type: boolean, description: Trading.}\n"
        "      status: {type: string, values: [tradable, cancel_only], description: Status.}\n"
        "      step: {type: decimal, description: Step., minimum: 0}\n"
        + fetch
        + (
            requests
            or "reference_requests:\n"
            "  list:\n"
            "    description: All symbols.\n"
            "    url: https://example.com/symbols\n"
            "    source: {doc: api, section: GET /symbols}\n"
        )
        + "messages:\n"
        "  order:\n"
        "    kind: request\n"
        "    description: An order.\n"
        "    source: {doc: api, section: Order}\n"
        "    http: {method: POST, path: /order}\n"
        "    unknown_fields: {policy: reject, source: {inferred: A test venue.}}\n"
        "    fields:\n"
        "      symbol:\n"
        "        {type: string, required: true, description: S., source: {doc: api, section: O}}\n"
    )


GOOD_FETCH = (
    "    fetch:\n"
    "      - request: list\n"
    "        rows: data\n"
    "        key: name\n"
    "        columns:\n"
    "          active: {read: \"state == 'on'\"}\n"
    "          status: {read: state, map: {'on': tradable, 'off': cancel_only}}\n"
    "          step: {read: max_decimal(steps)}\n"
    "        source: {doc: api, section: GET /symbols}\n"
)


def test_a_good_declaration_is_carried_into_the_ir() -> None:
    spec = load_spec_text(_spec(GOOD_FETCH), "refvenue.yaml")
    assert spec.reference_sources is not None
    (section,) = spec.reference_sources.sections
    assert [c.column for c in section.sources[0].columns] == ["active", "status", "step"]
    assert mapping.from_json(mapping.to_json(spec.reference_sources)) == spec.reference_sources


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("rows: data", "rows: 'data[?'", ["not JMESPath"]),
        ("max_decimal(steps)", "largest(steps)", ["unknown function largest()"]),
        ("request: list", "request: lists", ["no request 'lists'"]),
        ("        key: name\n", "", ["a table's rows need a key"]),
        ("          step: {read: max_decimal(steps)}\n", "", ["missing: step"]),
        ("'off': cancel_only", "'off': closed", ["'closed' does not fit column 'status'"]),
        (
            "read: \"state == 'on'\"",
            "value: 'yes'",
            ["does not fit column 'active'", "give source"],
        ),
        ("step: {read: max_decimal(steps)}", "step: {position: 0}", ["a position is an integer"]),
        ("step: {read", "stepp: {read", ["no column 'stepp'"]),
    ],
)
def test_the_checker_refuses_a_bad_declaration_with_its_location(
    old: str, new: str, words: list[str]
) -> None:
    text = _spec(GOOD_FETCH.replace(old, new))
    with pytest.raises(SpecError) as caught:
        load_spec_text(text, "refvenue.yaml")
    rendered = caught.value.render()
    assert "refvenue.yaml:" in rendered
    for word in words:
        assert word in rendered


def test_an_unused_request_and_an_undeclared_section_are_refused() -> None:
    requests = (
        "reference_requests:\n"
        "  list: {description: A., url: 'https://example.com/a', source: {doc: api, section: A}}\n"
        "  other: {description: B., url: 'https://example.com/b', source: {doc: api, section: B}}\n"
    )
    with pytest.raises(SpecError, match="request 'other' is read by no section's fetch"):
        load_spec_text(_spec(GOOD_FETCH, requests), "refvenue.yaml")
    with pytest.raises(SpecError, match="give `fetch`"):
        load_spec_text(_spec("", requests.replace("  other", "  #")), "refvenue.yaml")


# --- the command line: build ---------------------------------------------------------------


def _args(venue: str) -> list[str]:
    return [
        f"{path.stem.split('.page')[0]}={path}"
        for path in sorted((FIXTURES / venue).glob("*.json"))
    ]


def test_cli_build_writes_a_file_that_validates_and_keeps_hand_kept_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reference.yaml"
    code = main(
        [
            *("reference", "build", "qfex", *_args("qfex"), "--merge", str(EXAMPLES)),
            *("-o", str(out), "--taken-at", "2026-12-02T07:00:00Z"),
        ]
    )
    assert code == 0
    assert "qfex: symbols 3 rows" in capsys.readouterr().err
    reference = load_reference(out)
    assert reference.snapshot("qfex") is not None
    assert reference.snapshot("qfex").taken_at == datetime(2026, 12, 2, 7, tzinfo=UTC)  # type: ignore[union-attr]
    assert reference.for_venue("binance") is not None  # other venues stay
    assert reference.for_venue("qfex").limits is not None  # type: ignore[union-attr]
    assert [p.name for p in tmp_path.iterdir()] == ["reference.yaml"]  # no temporary left


def test_cli_build_json_and_a_lone_file(tmp_path: Path) -> None:
    out = tmp_path / "dydx.json"
    assert (
        main(
            [
                "reference",
                "build",
                "dydx",
                str(FIXTURES / "dydx/perpetual_markets.json"),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    data = json.loads(out.read_text())
    assert data["dydx"]["markets"]["LINK-USD"]["subticks_per_tick"] == "1000000"
    assert data["dydx"]["snapshot"]["source"].startswith("perpetual_markets=")


@pytest.mark.parametrize(
    ("argv", "code", "said"),
    [
        (["reference", "build", "binance", "x.json"], 2, "binance has 4 requests; give"),
        (["reference", "build", "dydx", "markets=x.json"], 2, "no request 'markets'"),
        (["reference", "build", "dydx", "perpetual_markets=/nonexistent.json"], 2, "cannot read"),
        (["reference", "build", "ondo", "x.json"], 2, "declares no reference sources"),
        (["reference", "build", "nope", "x.json"], 2, "unknown venue 'nope'"),
    ],
)
def test_cli_build_usage_errors(
    argv: list[str], code: int, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == code
    assert said in capsys.readouterr().err


def test_cli_build_of_a_changed_answer_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "markets.json"
    bad.write_text(json.dumps({"markets": {"BTC-USD": {"ticker": "BTC-USD"}}}))
    assert main(["reference", "build", "dydx", str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "dydx perpetual_markets: values(markets)[0] (BTC-USD): clob_pair_id" in err[0]


def test_cli_sources_lists_every_request() -> None:
    sources = mapping.venue_sources("hyperliquid")
    assert requests_for(sources) == ("perp_meta", "spot_meta")
    assert sources.request("spot_meta").body == {"type": "spotMeta"}


# --- fetch, against a local stand-in -------------------------------------------------------


@pytest.fixture
def stand() -> Iterator[Stand]:
    with stand_in() as running:
        yield running


def _options(stand: Stand, timeout: float = 2.0) -> FetchOptions:
    return FetchOptions(timeout=timeout, attempts=3, backoff=0.01, base_url=stand.base_url)


def test_fetch_every_venue_gives_what_build_gives(stand: Stand) -> None:
    lines: list[str] = []
    fetched = fetch_reference(options=_options(stand), progress=lines.append)
    for venue in mapping.fetched_venues():
        part = dict(fetched.data[venue])
        snapshot = part.pop("snapshot")
        assert part == built(venue)
        assert snapshot["source"].startswith(stand.base_url)
    assert [line.split(":")[0] for line in lines] == list(mapping.fetched_venues())
    assert (
        "GET",
        "/v5/market/instruments-info?category=linear&limit=1000&cursor=first%253DBTCPERP%2526last%253DBTCPERP",
    ) in stand.seen


def test_fetch_retries_a_slow_answer(stand: Stand) -> None:
    stand.scenario = slow(1.0)
    fetched = fetch_reference(["aevo"], options=_options(stand, timeout=0.3))
    assert "ETH-PERP" in fetched.data["aevo"]["instruments"]
    assert stand.tries["GET /markets "] == 2


def test_fetch_waits_as_429_retry_after_says(stand: Stand) -> None:
    waits: list[float] = []

    def play(method: str, path: str, tries: int) -> tuple[int, dict[str, str], bytes] | None:
        if tries == 1:
            return 429, {"Retry-After": "0"}, b'{"code": -1003, "msg": "Too many requests"}'
        if tries == 2:
            return 503, {}, b"busy"
        return None

    stand.scenario = play
    from twapschema.refdata.fetch import client, fetch_answers

    sources = mapping.venue_sources("aevo")
    with client(_options(stand)) as http:
        got = fetch_answers(sources, ("markets",), _options(stand), http, sleep=waits.append)
    assert got.requests_sent == 3
    assert waits == [0.0, 0.02]  # Retry-After 0, then the backoff doubled


def test_fetch_retries_an_answer_cut_short(stand: Stand) -> None:
    def play(method: str, path: str, tries: int) -> tuple[int, dict[str, str], bytes] | None:
        if tries == 1:
            return 200, {"cut": "1"}, (FIXTURES / "aevo/markets.json").read_bytes()
        return None

    stand.scenario = play
    assert (
        "ETH-PERP" in fetch_reference(["aevo"], options=_options(stand)).data["aevo"]["instruments"]
    )


def test_fetch_gives_up_with_one_line(stand: Stand) -> None:
    stand.scenario = lambda method, path, tries: (500, {}, b"down")
    with pytest.raises(FetchError) as caught:
        fetch_reference(["aevo"], options=_options(stand))
    assert str(caught.value) == (
        f"aevo markets: no answer from {stand.base_url}/markets after 3 attempts: HTTP 500"
    )


def test_fetch_does_not_retry_a_4xx_and_quotes_the_body(stand: Stand) -> None:
    stand.scenario = lambda method, path, tries: (403, {}, b'{"msg": "region blocked"}')
    with pytest.raises(FetchError, match=r'HTTP 403 from .*/markets: \{"msg": "region blocked"\}'):
        fetch_reference(["aevo"], options=_options(stand))
    assert stand.tries["GET /markets "] == 1


def test_fetch_reports_the_venues_own_error(stand: Stand) -> None:
    stand.files["okx/swap_instruments.json"] = (
        b'{"code": "51000", "msg": "Parameter instType error", "data": []}'
    )
    with pytest.raises(
        FetchError,
        match=r"okx swap_instruments: the venue answered an error .*: Parameter instType error",
    ):
        fetch_reference(["okx"], options=_options(stand))


def test_fetch_of_a_changed_shape_names_the_column(stand: Stand) -> None:
    stand.files["qfex/refdata.json"] = json.dumps(
        {"data": [{"symbol": "AAPL-USD", "status": "ACTIVE", "lot_size": "0.01"}]}
    ).encode()
    with pytest.raises(
        ShapeError,
        match=r"qfex refdata: data\[0\] \(AAPL-USD\): min_quantity: min_quantity gave null",
    ):
        fetch_reference(["qfex"], options=_options(stand))


def test_fetch_offline_says_so() -> None:
    with pytest.raises(FetchError, match=r"after 2 attempts: ConnectError.*\(offline\?\)"):
        fetch_reference(
            ["aevo"], options=FetchOptions(attempts=2, backoff=0.0, base_url="http://127.0.0.1:9")
        )


def test_cli_fetch_prints_a_progress_line_per_venue(
    stand: Stand, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ref.yaml"
    argv = ["reference", "fetch", "kraken", "dydx", "--base-url", stand.base_url, "-o", str(out)]
    assert main(argv) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("kraken: 1 request(s) in ")
    assert "pairs 5 rows, 1 left out by `where`" in err[0]
    assert err[1].startswith("dydx: 1 request(s) in ")
    assert load_reference(out).for_venue("kraken") is not None


def test_cli_fetch_failure_exits_1(stand: Stand, capsys: pytest.CaptureFixture[str]) -> None:
    stand.scenario = lambda method, path, tries: (404, {}, b"gone")
    argv = ["reference", "fetch", "dydx", "--base-url", stand.base_url, "--attempts", "1"]
    assert main(argv) == 1
    assert "dydx perpetual_markets: HTTP 404" in capsys.readouterr().err


# --- strict mode -----------------------------------------------------------------------------

QFEX_ORDER = {
    "type": "add_twap",
    "params": {
        "symbol": "NOPE-USD",
        "side": "BUY",
        "total_quantity": 10,
        "num_orders": 5,
        "order_interval_secs": 30,
        "reduce_only": False,
    },
}


def test_strict_makes_an_unknown_symbol_a_violation_of_each_rule_that_needs_its_row() -> None:
    reference = load_reference(EXAMPLES)
    lenient = twapschema.validate("qfex", "add_twap", QFEX_ORDER, reference=reference)
    assert lenient.unchecked == ("average_child_at_least_min_quantity",)
    assert type(lenient.unchecked[0]) is str
    strict = twapschema.validate("qfex", "add_twap", QFEX_ORDER, reference=reference, strict=True)
    assert strict.unchecked == ()
    assert [(v.rule, v.path) for v in strict.violations] == [
        ("symbol_active", "/params/symbol"),
        ("average_child_at_least_min_quantity", "/params/symbol"),
    ]
    assert "(strict: not in the reference data's symbols)" in strict.violations[1].message


def test_strict_finds_rows_by_columns_too() -> None:
    """Bybit selects a row by category and symbol together."""
    reference = load_reference(EXAMPLES)
    lines = (
        Path(__file__).resolve().parents[1] / "generated/examples/bybit/create_strategy.valid.jsonl"
    ).read_text()
    payload = json.loads(lines.splitlines()[0]) | {"symbol": "NOPEUSDT"}
    strict = twapschema.validate(
        "bybit", "create_strategy", payload, reference=reference, strict=True
    )
    assert not strict.valid
    assert {v.path for v in strict.violations} == {"/symbol"}
    assert all(
        "strict" in v.message or "not in the reference data" in v.message for v in strict.violations
    )


def test_strict_without_reference_data_leaves_rules_unchecked() -> None:
    result = twapschema.validate("qfex", "add_twap", QFEX_ORDER, strict=True)
    assert result.valid
    assert "average_child_at_least_min_quantity" in result.unchecked


def test_cli_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    order = tmp_path / "order.json"
    order.write_text(json.dumps(QFEX_ORDER))
    argv = ["validate", "qfex", "add_twap", "--reference", str(EXAMPLES), str(order)]
    assert main(argv) == 1  # symbol_active refuses an unlisted symbol either way
    assert "unchecked" in capsys.readouterr().out
    assert main([*argv, "--strict"]) == 1
    out = capsys.readouterr().out
    assert "unchecked" not in out
    assert "[average_child_at_least_min_quantity]" in out


# --- LiveReference: refresh and swap ----------------------------------------------------------


def test_live_reference_swaps_whole_and_keeps_old_data_when_a_refresh_fails(stand: Stand) -> None:
    keep = {"qfex": {"limits": {"client_id_min_length": 1, "client_id_max_length": 36}}}
    live = LiveReference(["qfex"], options=_options(stand), keep=keep)
    check_order = live.validator("qfex", "add_twap", strict=True)
    goog = copy.deepcopy(QFEX_ORDER)
    goog["params"]["symbol"] = "GOOG-USD"  # type: ignore[index]
    assert check_order(goog).unchecked  # no data yet: unchecked
    assert live.refresh()
    first = live.current
    assert check_order(goog).valid
    assert not check_order(goog).unchecked
    stand.files["qfex/refdata.json"] = b'{"data": "not a list"}'
    assert not live.refresh()
    assert "not a list" in (live.last_error or "")
    assert live.current is first  # the old data stays
    listed = json.loads((FIXTURES / "qfex/refdata.json").read_text())
    listed["data"][1]["status"] = "INACTIVE"
    stand.files["qfex/refdata.json"] = json.dumps(listed).encode()
    assert live.refresh()
    assert live.current is not first
    assert [v.rule for v in check_order(goog).violations] == ["symbol_active"]


def test_live_reference_validations_during_swaps_see_one_dataset_or_the_other(stand: Stand) -> None:
    keep = {"qfex": {"limits": {"client_id_min_length": 1, "client_id_max_length": 36}}}
    active = json.loads((FIXTURES / "qfex/refdata.json").read_text())
    halted = copy.deepcopy(active)
    halted["data"][1]["status"] = "INACTIVE"
    live = LiveReference(["qfex"], options=_options(stand), keep=keep)
    assert live.refresh()
    check_order = live.validator("qfex", "add_twap")
    goog = copy.deepcopy(QFEX_ORDER)
    goog["params"]["symbol"] = "GOOG-USD"  # type: ignore[index]
    verdicts: set[tuple[bool, tuple[str, ...]]] = set()
    stop = threading.Event()

    def judge() -> None:
        while not stop.is_set():
            r = check_order(goog)
            verdicts.add((r.valid, tuple(v.rule for v in r.violations)))

    worker = threading.Thread(target=judge)
    worker.start()
    for i in range(6):
        stand.files["qfex/refdata.json"] = json.dumps(halted if i % 2 == 0 else active).encode()
        assert live.refresh()
    stop.set()
    worker.join()
    assert verdicts <= {(True, ()), (False, ("symbol_active",))}


def test_live_reference_refreshes_on_a_thread(stand: Stand) -> None:
    live = LiveReference(["dydx"], options=_options(stand))
    live.start(timedelta(seconds=30))
    try:
        for _ in range(200):
            if live.current is not None:
                break
            threading.Event().wait(0.01)
    finally:
        live.stop()
    assert live.current is not None
    assert live.current.snapshot("dydx") is not None


def test_the_large_committed_answers_are_what_make_large_makes_and_build() -> None:
    from tests.fixtures.refdata.make_large import binance_answers

    made = binance_answers()
    for name, answer in made.items():
        committed = json.loads((FIXTURES / "large" / f"{name}.json").read_text())
        assert committed == answer
    part = build(mapping.venue_sources("binance"), {k: [v] for k, v in made.items()}, ["symbols"])
    assert len(part.part["symbols"]) == 1960  # one in 50 is SETTLING
    assert part.part["symbols"]["C0001USDT"] == {"min_qty": "0.01", "mark_price": "2.01"}


def test_a_json_reference_file_loads_fast_and_its_errors_keep_their_lines(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"dydx": built("dydx")}))
    assert load_reference(good).for_venue("dydx") is not None
    bad = tmp_path / "bad.json"
    data = {"dydx": built("dydx")}
    data["dydx"]["markets"]["BTC-USD"]["clob_pair_id"] = -1
    bad.write_text(json.dumps(data, indent=2))
    from twapschema.errors import ReferenceDataError

    with pytest.raises(ReferenceDataError) as caught:
        load_reference(bad)
    assert f"{bad}:5:9: dydx.markets.BTC-USD.clob_pair_id" in caught.value.render()  # not 1:1


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        (" 0 ", 0.0),
        ("Wed, 02 Dec 2026 07:00:30 GMT", 30.0),
        ("Wed, 02 Dec 2026 06:59:00 GMT", 0.0),  # already past: no wait
        ("soon", None),
        ("-3", None),
        (None, None),
    ],
)
def test_retry_after_in_seconds_or_as_an_http_date(
    header: str | None, seconds: float | None
) -> None:
    from twapschema.refdata.fetch import _retry_after

    assert _retry_after(header, datetime(2026, 12, 2, 7, tzinfo=UTC)) == seconds


def test_a_via_lookup_reads_its_own_page() -> None:
    """Each page of an answer carries its own list to look values up in."""
    given = copy.deepcopy(answers("hyperliquid"))
    second = {
        "universe": [{"tokens": [1, 0], "name": "HYPE/USDC", "index": 2}],
        "tokens": [
            {"name": "USDC", "szDecimals": 8, "index": 0},
            {"name": "HYPE", "szDecimals": 2, "index": 1},
        ],
    }
    given["spot_meta"].append(second)
    assets = build(mapping.venue_sources("hyperliquid"), given).part["assets"]
    assert assets["PURR/USDC"] == {"asset": 10000, "sz_decimals": 0}  # page 1: PURR's 0
    assert assets["HYPE/USDC"] == {"asset": 10002, "sz_decimals": 2}  # page 2: HYPE's 2

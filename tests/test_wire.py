"""The wire layer: payloads as their senders put them on the wire, read as each venue reads them.

Each venue's reading is at its boundaries here: which text is a number's (and which stays a
string and is refused), what reads as "not given", both spellings of a proto3 name, members a
signature adds, a name given twice, and where a violation points (at the name the sender used).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import twapschema
from tests.conftest import REFERENCE_FILE
from tests.test_spec_errors import FILE, MINIMAL_SPEC, mutated, only_problem, problems_of, where
from twapschema.cli import main
from twapschema.runtime.registry import message_entry, venue_module
from twapschema.runtime.result import Violation
from twapschema.runtime.wire import Wire, WireNode, as_sent, decode_text, parse_text_body, remap

REFERENCE = twapschema.load_reference(REFERENCE_FILE)


@pytest.mark.parametrize(
    ("kind", "text", "read"),
    [
        ("integer", "5000", 5000),
        ("integer", "-1", -1),
        ("integer", "0", 0),
        ("integer", "5000.0", "5000.0"),  # not an integer's text: stays text, refused by type
        ("integer", "+5", "+5"),
        ("integer", "1e3", "1e3"),
        ("integer", "", ""),
        ("integer", " 5", " 5"),
        ("integer", "9" * 5000, "9" * 5000),  # past int()'s limit: stays text, refused
        ("number", "1.5", Decimal("1.5")),
        ("number", "1e3", Decimal("1E+3")),
        ("number", "01", "01"),
        ("number", "1.", "1."),
        ("boolean", "true", True),
        ("boolean", "false", False),
        ("boolean", "TRUE", "TRUE"),
        ("boolean", "1", "1"),
    ],
)
def test_text_is_read_only_when_it_is_the_kinds_text(kind: str, text: str, read: object) -> None:
    got = decode_text(kind, text)  # type: ignore[arg-type]
    assert got == read
    assert type(got) is type(read)


# --- Binance: a query string ------------------------------------------------------------------

QUERY = "symbol=BTCUSDT&side=BUY&quantity=1&duration=5000&timestamp=1641522717552"


def binance(text: str) -> twapschema.ValidationResult:
    return twapschema.validate_wire("binance", "new_order_twap", text, reference=REFERENCE)


def test_a_query_string_is_read_as_binance_reads_it() -> None:
    assert binance(QUERY).valid
    assert binance(QUERY + "&reduceOnly=true&recvWindow=60000&signature=ab12").valid
    assert binance("?" + QUERY).valid


@pytest.mark.parametrize(
    ("text", "rule", "path"),
    [
        (QUERY.replace("duration=5000", "duration=299"), "duration.minimum", "/duration"),
        (QUERY.replace("duration=5000", "duration=5000.0"), "duration.type", "/duration"),
        (QUERY.replace("quantity=1", "quantity=5e-05"), "quantity.type", "/quantity"),
        (QUERY.replace("quantity=1", "quantity=-1"), "quantity.type", "/quantity"),
        (QUERY + "&reduceOnly=yes", "reduceOnly.type", "/reduceOnly"),
        (QUERY + "&recvWindow=60001", "recvWindow.maximum", "/recvWindow"),
        (QUERY + "&symbol=ETHUSDT", "duplicate_field", "/symbol"),
        (QUERY + "&positionside=LONG", "unknown_field", "/positionside"),
    ],
)
def test_a_query_string_breaks_at_the_boundaries(text: str, rule: str, path: str) -> None:
    result = binance(text)
    assert not result.valid
    assert (rule, path) in {(v.rule, v.path) for v in result.violations}, result.violations


def test_a_form_body_decodes_percent_and_plus() -> None:
    fields, found = parse_text_body("symbol=BTC%2FUSD&note=a+b&empty=")
    assert fields == {"symbol": "BTC/USD", "note": "a b", "empty": ""}
    assert found == []
    with pytest.raises(ValueError, match="not a query string"):
        parse_text_body("a=1&&b")


def test_typed_json_is_still_read_on_a_text_wire() -> None:
    # Kraken's pages send JSON with a number nonce, its guide form bodies: both are read.
    body = {"nonce": 1781169958000, "strategy_id": "ASMBA64-R23M2-J7JRJV"}
    assert twapschema.validate("kraken", "cancel_strategy", body).valid
    text = {"nonce": "1781169958000", "strategy_id": "ASMBA64-R23M2-J7JRJV"}
    assert twapschema.validate("kraken", "cancel_strategy", text).valid
    form = "nonce=1781169958000&strategy_id=ASMBA64-R23M2-J7JRJV"
    assert twapschema.validate_wire("kraken", "cancel_strategy", form).valid
    assert twapschema.validate_wire(
        "kraken", "cancel_strategy", json.dumps(body), content_type="application/json"
    ).valid


# --- OKX: "" and [] and null read as not given ------------------------------------------------

OKX = {
    "instId": "BTC-USDT-SWAP",
    "tdMode": "cross",
    "side": "buy",
    "ordType": "twap",
    "sz": "10",
    "szLimit": "2",
    "pxLimit": "60000",
    "pxVar": "0.01",
    "timeInterval": "10",
}


def okx(payload: dict[str, object]) -> twapschema.ValidationResult:
    return twapschema.validate("okx", "order_algo_twap", payload, reference=REFERENCE)


def test_okx_reads_empty_values_as_not_given() -> None:
    assert okx({**OKX, "ccy": "", "tpTriggerPx": "", "attachAlgoOrds": [], "px": None}).valid
    result = okx({**OKX, "instId": ""})
    assert [(v.rule, v.path) for v in result.violations] == [("instId.required", "/instId")]
    # A blank that is not empty is a value, and not one of tdMode's.
    assert {v.rule for v in okx({**OKX, "tdMode": " "}).violations} == {"tdMode.enum"}
    # Not every venue: Bybit reads "" as a value.
    bybit = {
        "category": "UTA_USDT",
        "symbol": "BTCUSDT",
        "side": "Buy",
        "size": "1",
        "strategyType": "twap",
        "duration": 300,
        "interval": 30,
        "triggerPrice": "",
    }
    assert {v.rule for v in twapschema.validate("bybit", "create_strategy", bybit).violations} == {
        "triggerPrice.type"
    }


# --- dYdX: proto3 JSON ------------------------------------------------------------------------

ORDER = {
    "orderId": {
        "subaccountId": {"owner": "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4"},
        "orderFlags": 128,
    },
    "side": "SIDE_BUY",
    "quantums": "42",
    "goodTilBlockTime": 100,
    "twapParameters": {"interval": 60, "duration": 300},
}


def dydx(order: dict[str, object]) -> twapschema.ValidationResult:
    return twapschema.validate("dydx", "place_twap_order", {"order": order})


def test_proto3_json_names_and_integers() -> None:
    assert dydx(ORDER).valid
    assert dydx({**ORDER, "quantums": 42, "goodTilBlockTime": "100"}).valid
    # A violation points at the name the sender used.
    result = dydx({**ORDER, "twapParameters": {"interval": 20, "duration": 300}})
    assert [(v.rule, v.path) for v in result.violations] == [
        ("interval.minimum", "/order/twapParameters/interval")
    ]
    nested = dydx({**ORDER, "orderId": {**ORDER["orderId"], "subaccountId": {"owner": "x"}}})  # type: ignore[dict-item]
    assert [v.path for v in nested.violations] == ["/order/orderId/subaccountId/owner"]


@pytest.mark.parametrize("alias_first", [True, False])
def test_a_proto3_name_under_both_spellings_is_refused_at_the_other_name(
    alias_first: bool,
) -> None:
    pair = [("goodTilBlockTime", 0), ("good_til_block_time", 100)]
    order = {k: v for k, v in ORDER.items() if k != "goodTilBlockTime"}
    for key, value in pair if alias_first else reversed(pair):
        order[key] = value
    result = dydx(order)
    # Judged by the spec's name's value (100, valid), reported at the other name, in any order.
    assert [(v.rule, v.path) for v in result.violations] == [
        ("duplicate_field", "/order/goodTilBlockTime")
    ]


@pytest.mark.parametrize("quantums", [-42, True, 4.2, "4.2"])
def test_a_uint64_is_digits_or_an_integer(quantums: object) -> None:
    assert {v.rule for v in dydx({**ORDER, "quantums": quantums}).violations} == {"quantums.type"}


def test_a_type_url_is_accepted_unchecked_at_the_top_only() -> None:
    assert twapschema.validate(
        "dydx", "place_twap_order", {"@type": "/dydxprotocol.clob.MsgPlaceOrder", "order": ORDER}
    ).valid
    inner = dydx({**ORDER, "@type": "x"})
    assert {v.rule for v in inner.violations} == {"unknown_field"}


# --- Hyperliquid: canonical spellings ---------------------------------------------------------

TWAP = {"a": 0, "b": True, "s": "1", "r": False, "m": 10, "t": False}


def hl(**twap: object) -> twapschema.ValidationResult:
    return twapschema.validate(
        "hyperliquid", "twap_order", {"type": "twapOrder", "twap": {**TWAP, **twap}}
    )


@pytest.mark.parametrize("size", ["1", "0.5", "10", "0.00001", "100.25"])
def test_canonical_sizes_are_accepted(size: str) -> None:
    assert hl(s=size).valid


@pytest.mark.parametrize("size", ["1.0", "01", "0.50", "1.", ".5", "00"])
def test_other_spellings_of_a_size_are_refused(size: str) -> None:
    result = hl(s=size)
    assert [(v.rule, v.path) for v in result.violations] == [("s.type", "/twap/s")]


def test_the_canonical_spelling_is_named_in_the_message() -> None:
    (violation,) = hl(s="1.50").violations
    assert '"1.5", not "1.50"' in violation.message


@pytest.mark.parametrize("minutes", [30.0, Decimal("30"), Decimal("3E+1")])
def test_minutes_must_be_written_as_an_integer(minutes: object) -> None:
    (violation,) = hl(m=minutes).violations
    assert violation.rule == "m.type"
    assert "30, not" in violation.message


def test_other_venues_keep_judging_integers_by_value() -> None:
    body = {
        "market": "AAPL-USD.P",
        "side": "buy",
        "size": "1",
        "runningTime": 3600.0,
        "frequency": 60,
    }
    assert twapschema.validate("ondo", "create_twap_order", body).valid


# --- the pieces -------------------------------------------------------------------------------


def test_remap_takes_the_longest_renamed_prefix() -> None:
    renames = {"/order": "/Order", "/order/twap_parameters": "/Order/twapParameters"}
    found = remap(
        [
            Violation("x", "/order/twap_parameters/interval", ""),
            Violation("y", "/order/side", ""),
            Violation("z", "/order_x", ""),
            Violation("w", "", ""),
        ],
        renames,
    )
    assert [v.path for v in found] == [
        "/Order/twapParameters/interval",
        "/Order/side",
        "/order_x",
        "",
    ]


def test_as_sent_and_decode_are_inverse() -> None:
    wire = Wire(
        "json",
        (),
        frozenset(),
        WireNode(
            text={"n": "integer", "b": "boolean"},
            digits=frozenset({"q"}),
            aliases={"nN": "n_n"},
            objects={"o": WireNode(aliases={"iI": "i_i"})},
        ),
    )
    typed = {"n": 5, "b": True, "q": "7", "n_n": 1, "o": {"i_i": 2}}
    sent = as_sent(wire, typed)
    assert sent == {"n": "5", "b": "true", "q": "7", "nN": 1, "o": {"iI": 2}}
    assert wire.decode(sent)[0] == typed
    assert wire.decode({**typed, "q": 7})[0] == typed


def test_a_wire_round_trips_through_its_json() -> None:
    entry = message_entry("dydx", "place_twap_order")
    assert entry.wire is not None
    assert Wire.from_json(entry.wire.to_json()) == entry.wire


def test_each_wire_message_says_so_in_its_schema() -> None:
    for venue in twapschema.venue_ids():
        for message, entry in venue_module(venue).MESSAGES.items():
            schema = twapschema.json_schema(venue, message)
            tree = schema.get("x-twapschema-wire")
            assert (tree is None) == (entry.wire is None), (venue, message)
            if entry.wire is not None:
                assert tree is not None
                assert Wire.from_json(tree) == entry.wire


# --- the CLI ----------------------------------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_reads_raw_query_strings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "orders.txt"
    path.write_text(f"{QUERY}\n\n{QUERY.replace('5000', '299')}\n", encoding="utf-8")
    code, out, err = run_cli(
        capsys,
        "validate",
        "binance",
        "new_order_twap",
        str(path),
        "--raw",
        "--reference",
        str(REFERENCE_FILE),
    )
    assert err == ""
    assert code == 1
    assert out.splitlines()[0] == f"{path}:1: valid"
    assert out.splitlines()[1] == f"{path}:3: invalid"
    assert "[duration.minimum]" in out


def test_the_cli_raw_on_a_json_message_reads_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "order.json"
    path.write_text(json.dumps({"type": "twapOrder", "twap": TWAP}), encoding="utf-8")
    code, out, _ = run_cli(capsys, "validate", "hyperliquid", "twap_order", str(path), "--raw")
    assert code == 0, out


def test_the_cli_lists_how_messages_travel(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "list")
    assert code == 0
    assert "  new_order_twap (request, query)" in out
    assert "  add_strategy (request, form)" in out
    assert "  add_twap (request)" in out


# --- bad specs --------------------------------------------------------------------------------

WIRE_AT = "    http: {method: POST, path: /twap}\n"


@pytest.mark.parametrize(
    ("wire", "needle", "words"),
    [
        (
            "{encoding: query, text: [integer], source: {doc: api, section: Body}}",
            "text:",
            ("every value is text already",),
        ),
        (
            "{proto3_json: true, source: {doc: api, section: Body}}",
            "proto3_json:",
            ("no field has a snake_case name",),
        ),
        (
            "{encoding: form, proto3_json: true, source: {doc: api, section: Body}}",
            "proto3_json:",
            ("a JSON wire's",),
        ),
        (
            "{ignored: [market], source: {doc: api, section: Body}}",
            "market]",
            ("'market' is a field",),
        ),
        (
            "{encoding: body, source: {doc: api, section: Body}}",
            "encoding:",
            ("json", "query", "form"),
        ),
    ],
)
def test_a_bad_wire_is_refused_where_it_is(wire: str, needle: str, words: tuple[str, ...]) -> None:
    text = mutated(WIRE_AT, f"{WIRE_AT}    wire: {wire}\n", MINIMAL_SPEC)
    found = [p for p in problems_of(text) if all(word in p.message for word in words)]
    assert found, problems_of(text)
    assert found[0].location.file == FILE
    assert found[0].location.line == where(text, "    wire:").line


def test_two_fields_checked_under_one_id_are_refused() -> None:
    shared = """\
objects:
  Leg:
    description: A leg.
    source: {doc: api, section: Leg}
    unknown_fields: {policy: reject, source: {inferred: listed}}
    fields:
      market: {type: string, description: A market., source: {doc: api, section: Leg}}
"""
    text = mutated("messages:\n", shared + "messages:\n", MINIMAL_SPEC)
    text = mutated(
        "    rules:\n",
        "      leg:\n        type: object\n        object: Leg\n        description: A leg.\n"
        "        source: {doc: api, section: leg}\n    rules:\n",
        text,
    )
    problem = only_problem(text)
    assert "both check as 'market'" in problem.message


def test_a_reply_code_for_no_rule_is_refused_where_it_is() -> None:
    rejection = (
        "    rejection:\n"
        "      message: create_order\n"
        "      payload: {code: 1}\n"
        "      source: {doc: api, section: Errors}\n"
        "      codes:\n"
        "        - rules: [market.required, '*.minimum', runningTime.typo, '*.nonsense']\n"
        "          payload: {code: 2}\n"
        "          source: {doc: api, section: Errors}\n"
    )
    text = mutated("    rules:\n", rejection + "    rules:\n", MINIMAL_SPEC)
    found = [p.message for p in problems_of(text) if "names no rule" in p.message]
    assert len(found) == 2, problems_of(text)
    assert "'runningTime.typo'" in found[0]
    assert "'*.nonsense'" in found[1]


# --- time windows (a rule kind, tested at its boundaries) ------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "verdict"),
    [
        (None, "+60", True),
        (None, "+59", False),
        ("+0", "+59", False),
        ("+100", "+160", True),
        ("1781169958", "1781170018", True),
        ("1781169958", "1781170017", False),
        ("1781169958", "+1", None),  # mixed: the clock decides
        (None, "1781170017", None),  # absent start is now: the clock decides
        (None, "2026-12-02T00:00:00Z", None),  # a spelling the rule does not read
        (None, "+" + "9" * 16, None),  # past 15 digits: not read
    ],
)
def test_a_window_minimum_is_judged_only_without_a_clock(
    start: str | None, end: str, verdict: bool | None
) -> None:
    from twapschema.runtime.checks import window_holds

    assert window_holds(start, end, 60, None) is verdict


@pytest.mark.parametrize(
    ("start", "end", "verdict"),
    [
        (None, "+2592000", True),
        (None, "+2592001", False),
        ("+2592001", "+2592100", False),
        ("+10", "+2592000", True),
        (None, "1781170017", None),
        ("1781169958", "1781170017", None),
    ],
)
def test_a_window_horizon_is_judged_for_relative_times(
    start: str | None, end: str, verdict: bool | None
) -> None:
    from twapschema.runtime.checks import window_holds

    assert window_holds(start, end, None, 2592000) is verdict


# --- The quick path: a payload with nothing to read is judged as it is ------------------------


def _decoded_path(wire: Wire, payload: object, ref: object, typed: object) -> object:
    """What check_item gives without its quick test: decode, check, point back."""
    decoded, renames, found = wire.decode(payload)
    violations, unchecked, out = typed(decoded, ref)  # type: ignore[operator]
    if found:
        violations, out = [*found, *violations], None
    return remap(violations, renames), unchecked, out


def _wire_vectors() -> dict[tuple[str, str], list[object]]:
    out: dict[tuple[str, str], list[object]] = {}
    for path in sorted(Path("generated/conformance").glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        for vector in document["vectors"]:
            if message_entry(document["venue"], vector["message"]).wire is not None:
                key = (document["venue"], vector["message"])
                out.setdefault(key, []).append(vector["payload"])
    return out


WIRE_VECTORS = _wire_vectors()


def test_every_wire_message_has_vectors_here() -> None:
    assert set(WIRE_VECTORS) >= {
        ("binance", "new_order_twap"),
        ("dydx", "place_twap_order"),
        ("okx", "order_algo_twap"),
        ("bybit", "create_strategy"),
    }


@pytest.mark.parametrize(("venue", "message"), sorted(WIRE_VECTORS))
def test_the_quick_path_gives_the_decoded_paths_verdict(venue: str, message: str) -> None:
    """Every conformance vector of a message with a wire (typed JSON, text, other names,
    duplicates, absent values), with and without reference data: the same verdict either way."""
    entry = message_entry(venue, message)
    assert entry.wire is not None
    typed = getattr(venue_module(venue), f"_check_{message}_decoded")
    for i, payload in enumerate(WIRE_VECTORS[venue, message]):
        batch = entry.wire.batch is not None and type(payload) is list
        for item in payload if batch else [payload]:  # type: ignore[attr-defined]
            for ref in (None, REFERENCE.for_venue(venue)):
                quick = entry.wire.check_item(item, ref, typed)
                assert quick == _decoded_path(entry.wire, item, ref, typed), i


AS_IS_WIRE = Wire(
    "json",
    ("empty_string", "empty_array", "null"),
    frozenset({"sig"}),
    WireNode(
        text={"n": "integer"},
        digits=frozenset({"q"}),
        aliases={"nN": "n_n"},
        objects={"o": WireNode(text={"m": "integer"})},
        items={"xs": WireNode(aliases={"aA": "a_a"})},
    ),
)


@pytest.mark.parametrize(
    ("payload", "as_is"),
    [
        ({"n": 5, "q": "7", "n_n": 1, "o": {"m": 2}, "xs": [{"a_a": 1}, 3]}, True),
        ({"n": "5"}, False),  # text to read
        ({"q": 7}, False),  # digits from an integer
        ({"nN": 1}, False),  # another name
        ({"sig": "ab"}, False),  # added by signing
        ({"n": 5, "x": ""}, False),  # read as not given
        ({"x": None}, False),
        ({"x": []}, False),
        ({"o": {"m": "2"}}, False),  # beneath the top
        ({"o": {"sig": 1}}, True),  # ignored only at the top: left for the checks to refuse
        ({"xs": [{"aA": 1}]}, False),  # in an array's objects
        ({"xs": [{"a_a": ""}]}, False),
    ],
)
def test_the_quick_test_says_as_is_only_when_decode_changes_nothing(
    payload: dict[object, object], as_is: bool
) -> None:
    assert AS_IS_WIRE.as_is(payload) is as_is
    if as_is:
        decoded, renames, found = AS_IS_WIRE.decode(payload)
        assert (decoded, renames, found) == (payload, {}, [])


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.sampled_from(["", "5", "x", "true"]),
    lambda inner: (
        st.lists(inner, max_size=2)
        | st.dictionaries(st.sampled_from(["n", "q", "m", "nN", "n_n", "aA", "a_a", "sig"]), inner)
    ),
    max_leaves=8,
)
_WIRE_PAYLOADS = st.dictionaries(
    st.sampled_from(["n", "q", "nN", "n_n", "sig", "o", "xs", "x"]), _JSON_VALUES, max_size=5
)


@given(_WIRE_PAYLOADS)
def test_what_the_quick_test_lets_through_decode_leaves_as_it_is(
    payload: dict[object, object],
) -> None:
    """The one promise the written-out test makes, over payloads drawn around AS_IS_WIRE's
    names: True only when decode would give the payload back, with no renames or violations."""
    if AS_IS_WIRE.as_is(payload):
        assert AS_IS_WIRE.decode(payload) == (payload, {}, [])


@pytest.mark.parametrize(("venue", "message"), sorted(WIRE_VECTORS))
def test_a_typed_clients_order_takes_the_quick_path(venue: str, message: str) -> None:
    """The test is not merely safe (False always is): the venue's own valid vectors that a
    typed client writes (nothing to read as text, rename or drop) pass it."""
    wire = message_entry(venue, message).wire
    assert wire is not None
    passed = [p for p in WIRE_VECTORS[venue, message] if type(p) is dict and wire.as_is(p)]
    assert passed, "no vector took the quick path"
    for payload in passed:
        assert wire.decode(payload) == (payload, {}, [])

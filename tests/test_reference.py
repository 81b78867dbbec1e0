"""Reference data: loading files and dicts, exact decimals, located errors, partial data."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

import twapschema
from tests.conftest import REFERENCE_FILE, VENUES
from twapschema.models import qfex

QFEX_PARAMS: dict[str, object] = {
    "symbol": "AAPL-USD",
    "side": "BUY",
    "total_quantity": 10,
    "num_orders": 5,
    "order_interval_secs": 30,
    "reduce_only": False,
    "client_twap_id": "rebalance-aapl-001",
}
QFEX_VALID: dict[str, object] = {"type": "add_twap", "params": QFEX_PARAMS}
AAPL_ROW: dict[str, object] = {"active": True, "min_quantity": "0.1", "quantity_precision": 2}
ALL_QFEX_REFERENCE_RULES = (
    "symbol_active",
    "average_child_at_least_min_quantity",
    "client_twap_id_length",
)


def qfex_part(reference: twapschema.Reference) -> qfex.Reference:
    part = reference.for_venue("qfex")
    assert isinstance(part, qfex.Reference)
    return part


def qfex_order(without: tuple[str, ...] = (), **changes: object) -> dict[str, object]:
    params = {k: v for k, v in QFEX_PARAMS.items() if k not in without}
    return {"type": "add_twap", "params": {**params, **changes}}


def symbol_row(reference: twapschema.Reference, symbol: str) -> qfex.SymbolsEntry:
    symbols = qfex_part(reference).symbols
    assert symbols is not None
    return symbols[symbol]


def position(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column of the ``occurrence``-th ``needle`` in ``text``."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def load_error(tmp_path: Path, text: str, name: str = "reference.yaml") -> tuple[str, list[str]]:
    """Write ``text``, load it, and return (path, ['line:col: message', ...])."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(twapschema.ReferenceDataError) as raised:
        twapschema.load_reference(path)
    problems = raised.value.problems
    assert problems
    for problem in problems:
        assert problem.location.file == str(path)
    rendered = [f"{p.location.line}:{p.location.column}: {p.message}" for p in problems]
    assert str(raised.value) == "\n".join(f"{path}:{r}" for r in rendered)
    return str(path), rendered


# --- the bundled file and exact decimals -----------------------------------------------------


def test_bundled_reference_loads(reference: twapschema.Reference) -> None:
    assert isinstance(reference, twapschema.Reference)
    assert set(reference.venues) == {
        "aevo",
        "binance",
        "bybit",
        "dydx",
        "hyperliquid",
        "kraken",
        "okx",
        "qfex",
    }
    assert reference.source == str(REFERENCE_FILE)
    assert reference.for_venue("ondo") is None
    assert reference.for_venue("aevo") is not None
    part = qfex_part(reference)
    assert part.limits is not None
    assert (part.limits.client_id_min_length, part.limits.client_id_max_length) == (1, 36)
    assert part.symbols is not None
    assert set(part.symbols) == {"AAPL-USD", "GOOG-USD", "HALT-USD"}
    aapl, goog, halt = (part.symbols[s] for s in ("AAPL-USD", "GOOG-USD", "HALT-USD"))
    assert (aapl.active, goog.active, halt.active) == (True, True, False)
    for row, text in ((aapl, "0.1"), (goog, "0.001"), (halt, "0.1")):
        assert type(row.min_quantity) is Decimal
        assert str(row.min_quantity) == text
    assert (aapl.quantity_precision, goog.quantity_precision) == (2, 3)


def test_reference_is_immutable(reference: twapschema.Reference) -> None:
    with pytest.raises(TypeError):
        reference.venues["ondo"] = qfex_part(reference)  # type: ignore[index]
    part = qfex_part(reference)
    assert part.symbols is not None
    with pytest.raises(ValueError, match="frozen"):
        part.symbols["AAPL-USD"].active = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("written", "expected"),
    [("0.1", "0.1"), ('"0.1"', "0.1"), ("0.10", "0.10"), ("1", "1"), ('"0.000001"', "0.000001")],
)
def test_yaml_decimals_are_exact(tmp_path: Path, written: str, expected: str) -> None:
    path = tmp_path / "reference.yaml"
    path.write_text(
        "qfex:\n  symbols:\n"
        f"    AAPL-USD: {{active: true, min_quantity: {written}, quantity_precision: 2}}\n",
        encoding="utf-8",
    )
    row = symbol_row(twapschema.load_reference(path), "AAPL-USD")
    assert type(row.min_quantity) is Decimal
    assert str(row.min_quantity) == expected
    assert row.min_quantity == Decimal(expected)


def test_json_reference_file(tmp_path: Path) -> None:
    path = tmp_path / "reference.json"
    path.write_text(
        json.dumps(
            {
                "qfex": {
                    "limits": {"client_id_min_length": 1, "client_id_max_length": 8},
                    "symbols": {
                        "AAPL-USD": {"active": True, "min_quantity": 0.1, "quantity_precision": 2},
                        "GOOG-USD": {
                            "active": True,
                            "min_quantity": "0.001",
                            "quantity_precision": 3,
                        },
                    },
                }
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    reference = twapschema.load_reference(path)
    assert reference.source == str(path)
    part = qfex_part(reference)
    assert part.symbols is not None
    assert part.limits is not None
    assert part.limits.client_id_max_length == 8
    assert str(part.symbols["AAPL-USD"].min_quantity) == "0.1"
    assert str(part.symbols["GOOG-USD"].min_quantity) == "0.001"
    assert type(part.symbols["AAPL-USD"].min_quantity) is Decimal

    # The limits in this file are in force: an 18-character id is longer than 8.
    result = twapschema.validate("qfex", "add_twap", QFEX_VALID, reference=reference)
    assert result.unchecked == ()
    assert [(v.rule, v.path) for v in result.violations] == [
        ("client_twap_id_length", "/params/client_twap_id")
    ]


@pytest.mark.parametrize("number", [0.1, Decimal("0.1"), "0.1"])
def test_parse_reference_decimals(number: object) -> None:
    reference = twapschema.parse_reference(
        {
            "qfex": {
                "symbols": {
                    "AAPL-USD": {"active": True, "min_quantity": number, "quantity_precision": 2}
                }
            }
        }
    )
    row = symbol_row(reference, "AAPL-USD")
    assert type(row.min_quantity) is Decimal
    assert str(row.min_quantity) == "0.1"  # the float's shortest repr, not 0.1000000000000000055...
    assert reference.source == "<reference data>"


def test_decimal_exactness_with_reference(reference: twapschema.Reference) -> None:
    def verdict(total: object) -> list[str]:
        order = qfex_order(("client_twap_id",), total_quantity=total, num_orders=3)
        result = twapschema.validate("qfex", "add_twap", order, reference=reference)
        assert result.unchecked == ()
        return [v.rule for v in result.violations]

    assert verdict(Decimal("0.3")) == []
    assert verdict(0.3) == []  # a float is read by its shortest repr: 0.3 exactly
    # quantity_precision 2 cuts 0.309 to 0.30: still enough; 0.299 cuts to 0.29: not.
    assert verdict(Decimal("0.309")) == []
    assert verdict(Decimal("0.299")) == ["average_child_at_least_min_quantity"]
    assert verdict(Decimal("0.29")) == ["average_child_at_least_min_quantity"]


# --- located errors ------------------------------------------------------------------------

ROW = '{active: true, min_quantity: "0.1", quantity_precision: 2}'


def test_unknown_venue(tmp_path: Path) -> None:
    text = f"qfex:\n  symbols:\n    AAPL-USD: {ROW}\nderibit:\n  symbols: {{}}\n"
    _, problems = load_error(tmp_path, text)
    assert problems == ["4:1: unknown venue 'deribit'; known venues: " + ", ".join(VENUES)]


@pytest.mark.parametrize("venue", ["ondo"])
def test_venue_without_reference_data(tmp_path: Path, venue: str) -> None:
    text = f"qfex:\n  symbols:\n    AAPL-USD: {ROW}\n{venue}:\n  markets: {{}}\n"
    _, problems = load_error(tmp_path, text)
    assert problems == [f"4:1: venue {venue!r} declares no reference data"]


def test_unknown_column(tmp_path: Path) -> None:
    text = (
        "qfex:\n  symbols:\n"
        '    AAPL-USD: {active: true, min_quantity: "0.1", quantity_precision: 2, tick_size: 1}\n'
    )
    _, problems = load_error(tmp_path, text)
    line, column = position(text, "tick_size")
    assert problems == [
        f"{line}:{column}: qfex.symbols.AAPL-USD.tick_size: unknown key "
        "(not declared by the venue's spec)"
    ]


def test_unknown_section(tmp_path: Path) -> None:
    text = (
        "qfex:\n  limits:\n    client_id_min_length: 1\n    client_id_max_length: 36\n"
        "  markets: {}\n"
    )
    _, problems = load_error(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith("5:3: qfex.markets: unknown key")


@pytest.mark.parametrize(
    ("column_name", "value", "says"),
    [
        ("active", '"yes"', "Input should be a valid boolean"),
        ("active", "yes", "Input should be a valid boolean"),  # YAML 1.2: a string
        ("active", "1", "Input should be a valid boolean"),
        ("quantity_precision", '"2"', "Input should be a valid integer"),
        ("quantity_precision", "2.0", "Input should be a valid integer"),
        ("quantity_precision", "19", "less than or equal to 18"),
        ("quantity_precision", "-1", "greater than or equal to 0"),
        ("min_quantity", '"-0.1"', "greater than or equal to 0"),
        ("min_quantity", "-0.1", "greater than or equal to 0"),
        ("min_quantity", '"1e3"', "'1e3' is not a decimal"),
        ("min_quantity", '"abc"', "'abc' is not a decimal"),
        ("min_quantity", '" 0.1"', "is not a decimal"),
        ("min_quantity", '"+0.1"', "is not a decimal"),
        ("min_quantity", "true", "expected a decimal number or decimal string"),
    ],
)
def test_bad_column_value(tmp_path: Path, column_name: str, value: str, says: str) -> None:
    row = {"active": "true", "min_quantity": '"0.1"', "quantity_precision": "2", column_name: value}
    text = (
        "qfex:\n  symbols:\n    AAPL-USD: {"
        + ", ".join(f"{k}: {v}" for k, v in row.items())
        + "}\n"
    )
    _, problems = load_error(tmp_path, text)
    line, column = position(text, column_name)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{line}:{column}: qfex.symbols.AAPL-USD.{column_name}: ")
    assert says in problems[0]


def test_non_finite_number_is_located_at_the_value(tmp_path: Path) -> None:
    text = (
        "qfex:\n  symbols:\n"
        "    AAPL-USD: {active: true, min_quantity: .nan, quantity_precision: 2}\n"
    )
    _, problems = load_error(tmp_path, text)
    line, column = position(text, ".nan")
    assert problems == [f"{line}:{column}: '.nan' is not a finite number"]


def test_missing_column_is_located_at_its_row(tmp_path: Path) -> None:
    text = "qfex:\n  symbols:\n    AAPL-USD: {active: true}\n"
    _, problems = load_error(tmp_path, text)
    assert problems == [
        "3:5: qfex.symbols.AAPL-USD.min_quantity: Field required",
        "3:5: qfex.symbols.AAPL-USD.quantity_precision: Field required",
    ]


def test_missing_limit(tmp_path: Path) -> None:
    text = "qfex:\n  limits:\n    client_id_min_length: 1\n"
    _, problems = load_error(tmp_path, text)
    assert problems == ["2:3: qfex.limits.client_id_max_length: Field required"]


def test_duplicate_keys(tmp_path: Path) -> None:
    text = f"qfex:\n  symbols:\n    AAPL-USD: {ROW}\n    AAPL-USD: {ROW}\n"
    _, problems = load_error(tmp_path, text)
    assert problems == ["4:5: duplicate key 'AAPL-USD' (first defined at line 3)"]


def test_duplicate_keys_in_json(tmp_path: Path) -> None:
    text = '{"qfex": {"limits": {"client_id_min_length": 1, "client_id_min_length": 2}}}\n'
    _, problems = load_error(tmp_path, text, "reference.json")
    line, column = position(text, '"client_id_min_length"', occurrence=2)
    assert problems == [
        f"{line}:{column}: duplicate key 'client_id_min_length' (first defined at line 1)"
    ]


def test_every_problem_is_reported_in_file_order(tmp_path: Path) -> None:
    text = (
        "deribit: {}\n"
        "qfex:\n"
        "  symbols:\n"
        '    AAPL-USD: {active: "yes", min_quantity: "0.1", quantity_precision: 2}\n'
        '    GOOG-USD: {active: true, min_quantity: "abc", quantity_precision: 2}\n'
        "ondo: {}\n"
    )
    _, problems = load_error(tmp_path, text)
    locations = [p.split(": ", 1)[0] for p in problems]
    assert locations == ["1:1", "4:16", "5:30", "6:1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- qfex\n", "1:1: reference data must be a mapping of venue ids"),
        ("", "1:1: the file is empty"),
        ("qfex: &a {}\n", "1:7: YAML anchors are not allowed in this file"),
        ("qfex: !!map {}\n", "1:7: explicit YAML tag"),
    ],
)
def test_file_shape_errors(tmp_path: Path, text: str, expected: str) -> None:
    _, problems = load_error(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = "qfex:\n  limits:\n    client_id_min_length: 1\n   client_id_max_length: 36\n"
    _, problems = load_error(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith("4:4: ")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(twapschema.ReferenceDataError) as raised:
        twapschema.load_reference(path)
    assert [str(p) for p in raised.value.problems] == [
        f"{path}:1:1: cannot read: No such file or directory"
    ]


def test_parse_reference_errors() -> None:
    with pytest.raises(twapschema.ReferenceDataError) as raised:
        twapschema.parse_reference(
            {
                "qfex": {
                    "symbols": {
                        "AAPL-USD": {
                            "active": "yes",
                            "min_quantity": "0.1",
                            "quantity_precision": 2,
                        }
                    }
                }
            },
            source="refdata endpoint",
        )
    assert [str(p) for p in raised.value.problems] == [
        "refdata endpoint:1:1: qfex.symbols.AAPL-USD.active: Input should be a valid boolean"
    ]
    with pytest.raises(twapschema.ReferenceDataError) as raised:
        twapschema.parse_reference({"ondo": {}})
    assert [str(p) for p in raised.value.problems] == [
        "<reference data>:1:1: venue 'ondo' declares no reference data"
    ]


# --- partial reference data ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "unchecked"),
    [
        ({"symbols": {"AAPL-USD": AAPL_ROW}}, ("client_twap_id_length",)),
        (
            {"limits": {"client_id_min_length": 1, "client_id_max_length": 36}},
            ("symbol_active", "average_child_at_least_min_quantity"),
        ),
        ({}, ALL_QFEX_REFERENCE_RULES),
    ],
)
def test_partial_reference(part: dict[str, object], unchecked: tuple[str, ...]) -> None:
    reference = twapschema.parse_reference({"qfex": part})
    result = twapschema.validate("qfex", "add_twap", QFEX_VALID, reference=reference)
    assert result.valid
    assert result.violations == ()
    assert result.unchecked == unchecked


def test_reference_without_the_venue_leaves_all_unchecked() -> None:
    reference = twapschema.parse_reference({})
    result = twapschema.validate("qfex", "add_twap", QFEX_VALID, reference=reference)
    assert (result.valid, result.unchecked) == (True, ALL_QFEX_REFERENCE_RULES)
    assert twapschema.validate("qfex", "add_twap", QFEX_VALID).unchecked == ALL_QFEX_REFERENCE_RULES


def test_unknown_symbol(reference: twapschema.Reference) -> None:
    payload = qfex_order(symbol="TSLA-USD")
    result = twapschema.validate("qfex", "add_twap", payload, reference=reference)
    assert [(v.rule, v.path) for v in result.violations] == [("symbol_active", "/params/symbol")]
    assert "not in the reference data" in result.violations[0].message
    assert result.unchecked == ("average_child_at_least_min_quantity",)


@pytest.mark.parametrize(
    ("client_twap_id", "valid"), [("", False), ("x", True), ("x" * 36, True), ("x" * 37, False)]
)
def test_client_twap_id_length_limits(
    reference: twapschema.Reference, client_twap_id: str, valid: bool
) -> None:
    payload = qfex_order(client_twap_id=client_twap_id)
    result = twapschema.validate("qfex", "add_twap", payload, reference=reference)
    assert result.valid is valid
    expected = [] if valid else [("client_twap_id_length", "/params/client_twap_id")]
    assert [(v.rule, v.path) for v in result.violations] == expected


def test_validate_takes_the_venues_part_as_the_whole(reference: twapschema.Reference) -> None:
    halted = qfex_order(symbol="HALT-USD")
    part = reference.for_venue("qfex")
    for payload in (QFEX_VALID, halted):
        assert twapschema.validate(
            "qfex", "add_twap", payload, reference=part
        ) == twapschema.validate("qfex", "add_twap", payload, reference=reference)
    assert not twapschema.validate("qfex", "add_twap", halted, reference=part).valid
    with pytest.raises(TypeError, match="binance's part of the reference data, not qfex's"):
        twapschema.validate(
            "qfex", "add_twap", QFEX_VALID, reference=reference.for_venue("binance")
        )
    # A part alone has no snapshot: with max_age its age cannot be judged, and it says so.
    aged = twapschema.validate(
        "qfex", "add_twap", QFEX_VALID, reference=part, max_age=timedelta(days=1)
    )
    assert aged.stale_reference is not None
    assert "part alone" in aged.stale_reference


@pytest.mark.parametrize("wrong", [{"qfex": {}}, "examples/reference.yaml", 42])
def test_validate_rejects_a_reference_that_is_not_a_reference(wrong: object) -> None:
    with pytest.raises(TypeError) as raised:
        twapschema.validate("qfex", "add_twap", QFEX_VALID, reference=wrong)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "twapschema.Reference" in message
    assert "load_reference()" in message
    assert "parse_reference()" in message
    assert type(wrong).__name__ in message


def test_two_rows_with_one_lookup_value_are_refused(tmp_path: Path) -> None:
    # Hyperliquid's size rule finds the asset by its id; two assets with one id would make it
    # read whichever came first.
    text = (
        "hyperliquid:\n  assets:\n    BTC: {asset: 0, sz_decimals: 5}\n"
        "    XBT: {asset: 0, sz_decimals: 3}\n"
    )
    _, problems = load_error(tmp_path, text)
    assert len(problems) == 1
    assert "rows 'BTC' and 'XBT' both have asset=0" in problems[0]


def test_a_row_found_by_its_column(reference: twapschema.Reference) -> None:
    def verdict(asset: int, size: str) -> tuple[str, ...]:
        payload = {
            "type": "twapOrder",
            "twap": {"a": asset, "b": True, "s": size, "r": False, "m": 30, "t": False},
        }
        result = twapschema.validate("hyperliquid", "twap_order", payload, reference=reference)
        return tuple(v.rule for v in result.violations) + tuple(result.unchecked)

    assert verdict(0, "0.00001") == ()  # BTC: 5 decimals
    assert verdict(1, "0.00001") == ("size_within_sz_decimals",)  # ETH: 4
    assert verdict(1, "0.0001") == ()
    assert verdict(10000, "20") == ()  # PURR/USDC: whole tokens
    assert verdict(10000, "20.5") == ("size_within_sz_decimals",)
    assert verdict(7, "0.123456789") == ("size_within_sz_decimals",)  # no row: unchecked

"""twapschema.testing: strategies reach every boundary, break what they say, and fail loudly on
bad requests."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import twapschema
from tests.conftest import ROOT
from twapschema import UnknownNameError, ir, testing
from twapschema.numbers import truncate
from twapschema.spec.check import load_specs

REFERENCE = testing.bundled_reference()
FIND = settings(max_examples=2000, suppress_health_check=list(HealthCheck), derandomize=True)


def found(strategy: st.SearchStrategy[Any], condition: Any) -> Any:
    return find(strategy, condition, settings=FIND)


def ondo() -> st.SearchStrategy[Any]:
    return testing.valid_payloads("ondo", "create_twap_order")


def qfex() -> st.SearchStrategy[Any]:
    return testing.valid_payloads("qfex", "add_twap", reference=REFERENCE)


def test_ondo_reaches_200_children() -> None:
    payload = found(ondo(), lambda p: p["runningTime"] == 200 * p["frequency"])
    assert twapschema.validate("ondo", "create_twap_order", payload).valid


def test_ondo_reaches_2_children() -> None:
    found(ondo(), lambda p: p["runningTime"] == 2 * p["frequency"])


@pytest.mark.parametrize("running_time", [300, 86400])
def test_ondo_reaches_both_ends_of_running_time(running_time: int) -> None:
    found(ondo(), lambda p: p["runningTime"] == running_time)


def test_qfex_reaches_the_30_second_interval_and_2_children() -> None:
    found(qfex(), lambda p: p["params"]["order_interval_secs"] == 30)
    found(qfex(), lambda p: p["params"]["num_orders"] == 2)


def _at_min_quantity(payload: Any) -> bool:
    params = payload["params"]
    row = REFERENCE.for_venue("qfex").symbols[params["symbol"]]  # type: ignore[union-attr]
    total = truncate(Decimal(repr(params["total_quantity"])), row.quantity_precision)
    return bool(total == row.min_quantity * params["num_orders"])


def test_qfex_reaches_exactly_the_minimum_child_size() -> None:
    found(qfex(), _at_min_quantity)


def test_qfex_breaks_min_quantity_through_truncation() -> None:
    # A total at or above min * count that truncation brings below: rounding would accept it.
    def rounding_trap(payload: Any) -> bool:
        params = payload["params"]
        row = REFERENCE.for_venue("qfex").symbols[params["symbol"]]  # type: ignore[union-attr]
        total = Decimal(repr(params["total_quantity"]))
        threshold: Decimal = row.min_quantity * params["num_orders"]
        return bool(
            total.quantize(Decimal(1).scaleb(-row.quantity_precision))
            >= threshold
            > truncate(total, row.quantity_precision)
        )

    rule = "average_child_at_least_min_quantity"
    strategy = testing.breaking_payloads("qfex", "add_twap", rule, reference=REFERENCE)
    payload = found(strategy, rounding_trap)
    result = twapschema.validate("qfex", "add_twap", payload, reference=REFERENCE)
    assert [v.rule for v in result.violations] == [rule]


@given(testing.valid_payloads("ondo", "create_twap_order"))
def test_ondo_valid_payloads_are_constructed_not_filtered(payload: Any) -> None:
    # Runs under the suite's profile, with Hypothesis' filter health checks on: a strategy
    # that filtered for the sparse 2..200 children would fail them.
    assert payload["runningTime"] % payload["frequency"] == 0


def test_generated_suites_break_every_rule_id() -> None:
    """Each generated suite parametrizes its breaking test over testing.rule_ids: every field
    check, unknown member and rule of every message of the spec."""
    for spec in load_specs(ROOT / "specs"):
        path = ROOT / "generated" / "tests" / f"test_{spec.venue.id}_properties.py"
        module_spec = importlib.util.spec_from_file_location(f"_suite_{spec.venue.id}", path)
        assert module_spec is not None
        assert module_spec.loader is not None
        suite = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(suite)
        for message in spec.messages:
            test = getattr(suite, f"test_{message.id}_breaking")
            [mark] = [m for m in test.pytestmark if m.name == "parametrize"]
            ids = testing.rule_ids(spec.venue.id, message.id)
            assert tuple(mark.args[1]) == ids
            rules = [r.id for r in ir.all_rules(message)]  # the message's, then nested ones
            assert rules == list(ids[len(ids) - len(rules) :])
            assert f"{message.body.fields[0].rule_prefix}.type" in ids


def test_rule_ids_of_ondo() -> None:
    ids = testing.rule_ids("ondo", "create_twap_order")
    assert ids[-3:] == (
        "running_time_multiple_of_frequency",
        "child_order_count",
        "min_price_not_above_max_price",
    )
    assert "runningTime.minimum" in ids
    assert "unknown_field" in ids
    assert "side.enum" in ids


def test_unknown_rule_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="has no rule 'nope'"):
        testing.breaking_payloads("ondo", "create_twap_order", "nope")


def test_reference_rule_without_reference_is_refused() -> None:
    with pytest.raises(ValueError, match="give reference="):
        testing.breaking_payloads("qfex", "add_twap", "symbol_active")


def test_unknown_names() -> None:
    with pytest.raises(UnknownNameError):
        testing.valid_payloads("nasdaq", "add_twap")
    with pytest.raises(UnknownNameError):
        testing.rule_ids("qfex", "create_twap_order")


@given(testing.valid_payloads("qfex", "add_twap"))
def test_without_reference_qfex_payloads_are_valid_with_reference_rules_unchecked(
    payload: Any,
) -> None:
    result = twapschema.validate("qfex", "add_twap", payload)
    assert result.valid
    assert set(result.unchecked) <= {
        "symbol_active",
        "average_child_at_least_min_quantity",
        "client_twap_id_length",
    }


def test_schema_check_fails_loudly_without_its_consumer(monkeypatch: pytest.MonkeyPatch) -> None:
    from twapschema.testing import suites

    monkeypatch.setattr(suites, "_verdict", None)
    payload = {
        "market": "AAPL-USD",
        "side": "buy",
        "size": "1",
        "runningTime": 600,
        "frequency": 60,
    }
    result = twapschema.validate("ondo", "create_twap_order", payload)
    with pytest.raises(ImportError, match=r"twapschema\[testing\]"):
        testing.check_schema_agrees("ondo", "create_twap_order", payload, result)


def test_bundled_reference_ships_in_the_package() -> None:
    from importlib import resources

    shipped = resources.files("twapschema.testing").joinpath("reference.yaml")
    assert shipped.is_file()
    assert testing.bundled_reference().for_venue("qfex") is not None


@pytest.mark.parametrize(
    ("venue", "message", "key", "table"),
    [
        ("binance", "new_order_twap", ("symbol",), "symbols"),
        ("binance", "new_order_twap_spot", ("symbol",), "spot_symbols"),
        ("qfex", "add_twap", ("params", "symbol"), "symbols"),
    ],
)
def test_with_reference_valid_payloads_name_listed_keys(
    venue: str, message: str, key: tuple[str, ...], table: str
) -> None:
    """A key (a symbol) drawn at random is seldom one the data lists, and the rules on its
    row would never run; with reference data, valid payloads name listed rows (issue 19)."""
    drawn: list[Any] = []

    @settings(max_examples=40, derandomize=True, database=None)
    @given(testing.valid_payloads(venue, message, reference=REFERENCE))
    def collect(payload: Any) -> None:
        drawn.append(payload)
        result = twapschema.validate(venue, message, payload, reference=REFERENCE)
        assert result.valid
        assert result.unchecked == (), (payload, result.unchecked)

    collect()
    listed = set(getattr(REFERENCE.for_venue(venue), table))
    values = set()
    for payload in drawn:
        value = payload
        for k in key:
            value = value[k]
        values.add(value)
    assert values <= listed, values - listed

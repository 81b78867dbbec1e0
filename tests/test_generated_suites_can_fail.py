"""The generated property suites are real tests: against a mutated validator, they fail.

Each case edits the text of a generated venue module (what a bad emitter or a hand edit would
do), loads it in place of the real one, and runs the generated suite's test against it.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import Phase, settings
from hypothesis.internal.cache import LRUCache
from hypothesis.internal.conjecture import providers
from hypothesis.internal.constants_ast import Constants

import twapschema.runtime.api
from tests.conftest import ROOT
from twapschema.runtime.registry import MessageEntry

SUITES = ROOT / "generated" / "tests"


def suite(venue: str) -> types.ModuleType:
    path = SUITES / f"test_{venue}_properties.py"
    spec = importlib.util.spec_from_file_location(f"_suite_{venue}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def mutate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str, str, str], None]]:
    """mutate(venue, message, old, new): the venue's generated module with every `old`
    replaced by `new` stands in for the real one's `message` (validator and model)."""

    def apply(venue: str, message: str, old: str, new: str) -> None:
        path = ROOT / "twapschema" / "models" / f"{venue}.py"
        source = path.read_text(encoding="utf-8")
        assert source.count(old) >= 1, f"{old!r} is not in {path.name}"
        name = f"_mutant_{venue}"
        mutant = types.ModuleType(name)
        monkeypatch.setitem(sys.modules, name, mutant)
        exec(compile(source.replace(old, new), f"<mutant {venue}>", "exec"), mutant.__dict__)  # noqa: S102
        real = importlib.import_module(f"twapschema.models.{venue}")
        entry: MessageEntry = mutant.MESSAGES[message]
        monkeypatch.setitem(real.MESSAGES, message, dataclasses.replace(entry))
        twapschema.runtime.api._entry.cache_clear()

    yield apply
    twapschema.runtime.api._entry.cache_clear()


def run_deeper(test: Callable[..., Any], **kwargs: Any) -> None:
    # No shrinking: a mutant only has to be caught, not reduced to its smallest witness.
    phases = (Phase.explicit, Phase.reuse, Phase.generate)
    # Hypothesis mixes in constants from the source of every local module imported so far
    # (hypothesis.internal.conjecture.providers._get_local_constants), so a derandomized run
    # draws differently with the modules a pytest worker happened to load first; a mutant
    # caught alone went unnoticed after other tests. Without them, each run here draws the
    # same payloads wherever it runs. (Private API, pinned by this comment: if Hypothesis
    # renames it, the patch fails loudly.)
    # The constants drawn per choice type are cached too (providers.CONSTANTS_CACHE, filled
    # from the local constants of the first test to draw one), so the cache starts empty here.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(providers, "_get_local_constants", lambda: _NO_CONSTANTS)
        patch.setattr(providers, "CONSTANTS_CACHE", LRUCache(1024))
        settings(max_examples=300, derandomize=True, phases=phases)(test)(**kwargs)


_NO_CONSTANTS = Constants()


def test_the_unmutated_suites_pass() -> None:
    run_deeper(suite("ondo").test_create_twap_order_valid)
    run_deeper(suite("ondo").test_create_twap_order_breaking, rule="child_order_count")


def test_dropping_a_rule_fails_its_breaking_test(mutate: Callable[..., None]) -> None:
    mutate(
        "ondo",
        "create_twap_order",
        "if 2 * x_frequency > x_running_time or 200 * x_frequency < x_running_time:",
        "if False:",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("ondo").test_create_twap_order_breaking, rule="child_order_count")


def test_dropping_half_a_rule_fails_its_breaking_test(mutate: Callable[..., None]) -> None:
    # Only the upper bound (200 children) goes: the drawn breaks include 201 and more.
    mutate(
        "ondo",
        "create_twap_order",
        "if 2 * x_frequency > x_running_time or 200 * x_frequency < x_running_time:",
        "if 2 * x_frequency > x_running_time:",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("ondo").test_create_twap_order_breaking, rule="child_order_count")


def test_moving_a_minimum_up_by_one_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    mutate("qfex", "add_twap", "x_order_interval_secs < 30", "x_order_interval_secs < 31")
    with pytest.raises(AssertionError):
        run_deeper(suite("qfex").test_add_twap_valid)


def test_moving_a_minimum_down_by_one_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate("qfex", "add_twap", "x_order_interval_secs < 30", "x_order_interval_secs < 29")
    with pytest.raises(AssertionError):
        run_deeper(suite("qfex").test_add_twap_breaking, rule="order_interval_secs.minimum")


def test_moving_a_maximum_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    mutate("ondo", "create_twap_order", "x_running_time > 86400", "x_running_time > 86399")
    with pytest.raises(AssertionError):
        run_deeper(suite("ondo").test_create_twap_order_valid)


# The rule kinds added with the six venues, each weakened where its arithmetic can go wrong.


def test_a_strict_minimum_made_inclusive_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Binance: quantity * 60 / duration must be *above* minQty; the drawn breaks include equality.
    mutate(
        "binance",
        "new_order_twap",
        "elif _c.mul(x_quantity, 60) <= _c.mul(row_0.min_qty, x_duration):",
        "elif _c.mul(x_quantity, 60) < _c.mul(row_0.min_qty, x_duration):",
    )
    with pytest.raises(AssertionError):
        run_deeper(
            suite("binance").test_new_order_twap_breaking, rule="quantity_per_minute_above_min_qty"
        )


def test_exactly_one_made_at_most_one_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # OKX: neither pxVar nor pxSpread is as wrong as both.
    mutate("okx", "order_algo_twap", "if given_0 != 1:", "if given_0 > 1:")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_order_algo_twap_breaking, rule="price_variance_exactly_one")


def test_present_when_without_its_only_then_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Kraken: a price on a market order is refused too, not only a limit order without one.
    mutate(
        "kraken",
        "add_strategy",
        'x_price is not None and x_ordertype not in ("limit",)',
        "False",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="price_only_for_limit")


def test_dropping_a_shared_objects_rule_fails_its_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # dYdX: the rule lives on TwapParameters, nested in the order.
    mutate("dydx", "place_twap_order", "if x_duration % x_interval != 0:", "if False:")
    with pytest.raises(AssertionError):
        run_deeper(
            suite("dydx").test_place_twap_order_breaking, rule="duration_multiple_of_interval"
        )


def test_value_when_reading_absent_as_allowed_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # dYdX: reduce_only true with no time_in_force is UNSPECIFIED, not IOC, and is refused.
    mutate(
        "dydx",
        "place_twap_order",
        "True if x_time_in_force is None",
        "False if x_time_in_force is None",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_breaking, rule="reduce_only_needs_ioc")


def test_value_when_ignoring_the_value_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate(
        "dydx",
        "place_twap_order",
        'x_time_in_force not in ("TIME_IN_FORCE_IOC",)',
        "False",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_breaking, rule="reduce_only_needs_ioc")


def test_an_allowed_value_dropped_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Bybit: 120 s is one of the six intervals the page lists.
    mutate(
        "bybit",
        "create_strategy",
        "frozenset({5, 10, 15, 30, 60, 120})",
        "frozenset({5, 10, 15, 30, 60})",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_valid)


def test_an_unlisted_value_allowed_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Bybit: the range 5..120 in steps of 5 (the old reading) lets 25 s through.
    mutate(
        "bybit",
        "create_strategy",
        "x_interval not in _VALUES0",
        "(x_interval < 5 or x_interval > 120 or x_interval % 5 != 0)",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_breaking, rule="interval.enum")


def test_an_off_grid_price_allowed_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Kraken: a limit price between two ticks of the pair is refused.
    mutate(
        "kraken",
        "add_strategy",
        "elif not _c.is_multiple(x_price,",
        "elif False and not _c.is_multiple(x_price,",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="price_on_tick_grid")


def test_one_lot_decimal_more_allowed_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Kraken: the volume's decimals are the pair's lot_decimals, not one more.
    mutate("kraken", "add_strategy", "_c.truncate(x_volume, row_", "_c.truncate(x_volume, 1 + row_")
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="volume_within_lot_decimals")


def test_an_ordered_pair_made_strict_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # OKX: one child of the whole size is accepted (the page's own example); a strict reading
    # of 51274 would refuse it.
    mutate("okx", "order_algo_twap", "if x_sz_limit > x_sz:", "if x_sz_limit >= x_sz:")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_order_algo_twap_valid)


def test_an_ordered_pair_dropped_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    mutate("okx", "order_algo_twap", "if x_sz_limit > x_sz:", "if False:")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_order_algo_twap_breaking, rule="child_size_within_total")


# The wire layer and canonical spellings: the suites check each payload as its wire's clients
# send it, against the strategies' own copy of the wire, so a validator that reads the wire
# wrongly is caught.


def test_a_text_integer_no_longer_read_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Binance: duration "5000" on the query string is 5000.
    mutate("binance", "new_order_twap", '"duration": "integer",', "")
    with pytest.raises(AssertionError):
        run_deeper(suite("binance").test_new_order_twap_valid)


def test_empty_values_no_longer_absent_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # OKX: python-okx sends every unset parameter as "" (and attachAlgoOrds as []).
    mutate("okx", "order_algo_twap", '("empty_string", "empty_array", "null"),', "(),")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_order_algo_twap_valid)


def test_a_proto3_name_no_longer_read_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # dYdX: MessageToJson prints goodTilBlockTime for good_til_block_time.
    mutate("dydx", "place_twap_order", '"goodTilBlockTime": "good_til_block_time"', '"x": "y"')
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_valid)


def test_a_canonical_size_check_dropped_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Hyperliquid: "1.0" is signed as other bytes than "1".
    mutate(
        "hyperliquid",
        "twap_order",
        "_c.CANONICAL_UNSIGNED.fullmatch(",
        "_c.UNSIGNED_DECIMAL.fullmatch(",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("hyperliquid").test_twap_order_breaking, rule="s.type")


def test_an_integer_judged_by_value_again_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Hyperliquid: m 30.0 packs as a msgpack float.
    mutate("hyperliquid", "twap_order", "_c.take_integer_exact(", "_c.take_integer(")
    with pytest.raises(AssertionError):
        run_deeper(suite("hyperliquid").test_twap_order_breaking, rule="m.type")


def test_a_batch_read_as_one_message_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # OKX: cancel-algos takes an array of up to 10.
    mutate("okx", "cancel_algos", "batch=10", "batch=None")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_cancel_algos_valid)


def test_a_batch_limit_raised_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    mutate("okx", "cancel_algos", "batch=10", "batch=11")
    with pytest.raises(AssertionError):
        run_deeper(suite("okx").test_cancel_algos_breaking, rule="payload.maxItems")


def test_a_digit_cap_dropped_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Binance: a DECIMAL parameter has at most 20 digits each side of the point (-1100).
    mutate("binance", "new_order_twap", "v, False, (20, 20)", "v, False, None")
    with pytest.raises(AssertionError):
        run_deeper(suite("binance").test_new_order_twap_breaking, rule="quantity.type")


def test_a_window_minimum_lowered_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Kraken: expiretm at least 60 s after starttm; the drawn breaks include 59 s.
    mutate("kraken", "add_strategy", "x_expiretm, 60, None)", "x_expiretm, 59, None)")
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="window_at_least_60s")


def test_a_window_horizon_raised_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Kraken: at most 30 days ahead; the drawn breaks include +2592001.
    mutate("kraken", "add_strategy", "None, 2592000)", "None, 2592001)")
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="within_30_days")


def test_a_row_found_by_another_column_value_fails_the_valid_test(
    mutate: Callable[..., None],
) -> None:
    # Hyperliquid: the size's decimals are those of the asset whose id is `a`, not of the next
    # asset's (BTC, 5 decimals, read as ETH's 4: BTC sizes with 5 decimals are refused).
    mutate("hyperliquid", "twap_order", '("assets:asset", (x_a,))', '("assets:asset", (x_a + 1,))')
    with pytest.raises(AssertionError):
        run_deeper(suite("hyperliquid").test_twap_order_valid)


def test_a_size_decimal_more_allowed_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    # Hyperliquid: at most szDecimals decimals, not one more.
    mutate("hyperliquid", "twap_order", "_c.truncate(x_s, row_", "_c.truncate(x_s, 1 + row_")
    with pytest.raises(AssertionError):
        run_deeper(suite("hyperliquid").test_twap_order_breaking, rule="size_within_sz_decimals")


def test_children_counted_at_the_default_interval_fails_the_valid_test(
    mutate: Callable[..., None],
) -> None:
    # Bybit: sub-orders are duration / interval, the interval sent, not always the default 30.
    mutate("bybit", "create_strategy", "_c.mul(x_size, x_interval)", "_c.mul(x_size, 30)")
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_valid)


def test_an_instrument_found_without_its_category_fails_the_valid_test(
    mutate: Callable[..., None],
) -> None:
    # Bybit: BTCUSDT spot and BTCUSDT perpetual are two rows with two minimums.
    mutate("bybit", "create_strategy", "                    x_category,\n", '"UTA_USDT",\n')
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_valid)


def test_an_instrument_not_trading_allowed_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate("bybit", "create_strategy", "elif not row_0.tradable:", "elif False:")
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_breaking, rule="instrument_tradable")


def test_a_checksum_no_longer_verified_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # dYdX: a dydx1… address with one character mistyped has the shape and not the checksum.
    mutate("dydx", "place_twap_order", 'not _c.bech32_ok(x_owner, "dydx")', "False")
    with pytest.raises(AssertionError):
        run_deeper(
            suite("dydx").test_place_twap_order_breaking,
            rule="order_id.subaccount_id.owner.bech32",
        )


def test_a_reduce_only_pair_taken_as_tradable_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Kraken: a strategy cannot be reduce-only, so a reduce-only pair refuses it.
    mutate(
        "kraken",
        "add_strategy",
        'elif row_0.status != "tradable":',
        'elif row_0.status == "cancel_only":',
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="symbol_supported")


def test_an_order_minimum_made_strict_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Kraken: a volume of exactly ordermin is an order the pair takes.
    mutate(
        "kraken",
        "add_strategy",
        "elif x_volume < row_2.ordermin:",
        "elif x_volume <= row_2.ordermin:",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_valid)


def test_an_order_minimum_dropped_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    mutate("kraken", "add_strategy", "elif x_volume < row_2.ordermin:", "elif False:")
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="volume_at_least_ordermin")


def test_a_notional_without_its_price_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Binance: the notional is quantity x mark price, not the quantity alone.
    mutate("binance", "new_order_twap", "_c.mul(x_quantity, row_1.mark_price)", "x_quantity")
    with pytest.raises(AssertionError):
        run_deeper(suite("binance").test_new_order_twap_valid)


def test_an_excluded_notional_limit_allowed_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Binance: "more than 1,000 USDT": exactly 1,000 (0.5 ETH at 2,000) is refused.
    mutate(
        "binance",
        "new_order_twap",
        "notional_0 <= _DEC2",
        "notional_0 < _DEC2",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("binance").test_new_order_twap_breaking, rule="notional_within_limits")


def test_a_condition_ignored_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Bybit: the 50% sub-order cap holds on perpetuals and futures; spot is not held to it.
    mutate(
        "bybit",
        "create_strategy",
        '        elif x_category in (\n            "UTA_USDT",',
        '        elif True or x_category in (\n            "UTA_USDT",',
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("bybit").test_create_strategy_valid)


def test_a_sub_order_cap_dropped_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    mutate(
        "bybit",
        "create_strategy",
        "elif _c.mul(x_size, x_interval) > _c.mul(",
        "elif False and _c.mul(x_size, x_interval) > _c.mul(",
    )
    with pytest.raises(AssertionError):
        run_deeper(
            suite("bybit").test_create_strategy_breaking,
            rule="sub_order_at_most_half_the_max_order_qty",
        )


def test_a_cost_without_its_price_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # Kraken: a limit strategy's cost is volume x price, not the volume alone.
    mutate("kraken", "add_strategy", "_c.mul(x_volume, x_price)", "x_volume")
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_valid)


# dYdX: rules whose operands sit in objects within the order (order_id.clob_pair_id,
# twap_parameters.duration and .interval).


def test_a_nested_operand_read_as_another_member_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # Duration read as the interval: one suborder, so a short order passes.
    mutate(
        "dydx",
        "place_twap_order",
        'x_twap_parameters.get("duration")',
        'x_twap_parameters.get("interval")',
    )
    with pytest.raises(AssertionError):
        run_deeper(
            suite("dydx").test_place_twap_order_breaking,
            rule="quantums_per_suborder_at_least_step_base_quantums",
        )


def test_a_suborder_minimum_dropped_fails_the_breaking_test(mutate: Callable[..., None]) -> None:
    mutate(
        "dydx",
        "place_twap_order",
        "elif _c.mul(x_quantums, x_twap_parameters__interval) < _c.mul(",
        "elif False and _c.mul(x_quantums, x_twap_parameters__interval) < _c.mul(",
    )
    with pytest.raises(AssertionError):
        run_deeper(
            suite("dydx").test_place_twap_order_breaking,
            rule="quantums_per_suborder_at_least_step_base_quantums",
        )


def test_a_market_found_by_another_id_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # The row looked up for clob pair id + 1: another market's grid, or none.
    mutate(
        "dydx",
        "place_twap_order",
        '("markets:clob_pair_id", (x_order_id__clob_pair_id,))',
        '("markets:clob_pair_id", (x_order_id__clob_pair_id + 1,))',
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_valid)


def test_a_nested_default_dropped_fails_the_valid_test(mutate: Callable[..., None]) -> None:
    # An absent clob_pair_id is market 0 (proto3's default); read as 2 (LINK-USD's coarser
    # price grid), BTC-USD subticks drawn for an order without the member are refused.
    mutate(
        "dydx",
        "place_twap_order",
        "x_order_id__clob_pair_id = 0\n",
        "x_order_id__clob_pair_id = 2\n",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_valid)


def test_a_nested_violation_pointed_at_the_body_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate("dydx", "place_twap_order", 'at + "/order_id/clob_pair_id",', 'at + "/clob_pair_id",')
    with pytest.raises(AssertionError):
        run_deeper(suite("dydx").test_place_twap_order_breaking, rule="market_takes_twaps")


def test_an_inclusive_spot_cap_made_exclusive_fails_the_valid_test(
    mutate: Callable[..., None],
) -> None:
    # Binance spot: "the maximum amount ... will be" the cap: exactly the cap is allowed.
    mutate(
        "binance",
        "new_order_twap_spot",
        "elif _c.mul(x_quantity, row_0.usd_price) > row_0.max_notional:",
        "elif _c.mul(x_quantity, row_0.usd_price) >= row_0.max_notional:",
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("binance").test_new_order_twap_spot_valid)


def test_a_spot_cap_judged_without_its_price_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate(
        "binance",
        "new_order_twap_spot",
        "elif _c.mul(x_quantity, row_0.usd_price) > row_0.max_notional:",
        "elif x_quantity > row_0.max_notional:",
    )
    with pytest.raises(AssertionError):
        run_deeper(
            suite("binance").test_new_order_twap_spot_breaking, rule="notional_within_symbol_cap"
        )


def test_a_limit_only_pair_taken_for_market_orders_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    mutate("kraken", "add_strategy", "elif not row_1.market_orders:", "elif False:")
    with pytest.raises(AssertionError):
        run_deeper(
            suite("kraken").test_add_strategy_breaking,
            rule="market_strategy_on_a_pair_taking_market_orders",
        )


def test_an_unlisted_pair_refused_by_the_flag_rule_fails_the_breaking_test(
    mutate: Callable[..., None],
) -> None:
    # unlisted: unchecked: a pair the table lacks is symbol_supported's to refuse. Refused here
    # too, a breaking draw of symbol_supported with a market order would break two rules.
    mutate(
        "kraken",
        "add_strategy",
        "            if row_1 is None:\n"
        "                _c.unlisted(\n"
        "                    unchecked,\n"
        '                    "market_strategy',
        "            if row_1 is None:\n"
        '                v.append(Violation("x", at, "x"))\n'
        "                _c.unlisted(\n"
        "                    unchecked,\n"
        '                    "market_strategy',
    )
    with pytest.raises(AssertionError):
        run_deeper(suite("kraken").test_add_strategy_breaking, rule="symbol_supported")

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
from hypothesis import settings

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
    settings(max_examples=300, derandomize=True)(test)(**kwargs)


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

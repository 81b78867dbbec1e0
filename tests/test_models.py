"""The generated Pydantic models: they agree with ``twapschema.validate`` rule for rule."""

from __future__ import annotations

import importlib
import json
import pickle
import warnings
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

import twapschema
from tests.conftest import ROOT, VENUES
from twapschema import UncheckedRulesWarning, naming
from twapschema.models import aevo, binance, bybit, dydx, hyperliquid, kraken, okx, ondo, qfex
from twapschema.runtime.registry import MessageEntry, message_entry

EXAMPLES = ROOT / "generated" / "examples"
MODELS: dict[str, tuple[str, type[BaseModel]]] = {
    "qfex": ("add_twap", qfex.AddTwap),
    "ondo": ("create_twap_order", ondo.CreateTwapOrder),
    "aevo": ("create_twap_order", aevo.CreateTwapOrder),
    "binance": ("new_order_twap", binance.NewOrderTwap),
    "bybit": ("create_strategy", bybit.CreateStrategy),
    "dydx": ("place_twap_order", dydx.PlaceTwapOrder),
    "hyperliquid": ("twap_order", hyperliquid.TwapOrder),
    "kraken": ("add_strategy", kraken.AddStrategy),
    "okx": ("order_algo_twap", okx.OrderAlgoTwap),
}
assert tuple(sorted(MODELS)) == VENUES
# Every message of each venue, in spec order: written out, so a message lost from a spec fails.
MESSAGE_IDS = {
    "qfex": ["auth", "add_twap", "twap_response", "all_orders_response", "cancel_order", "err"],
    "ondo": ["create_twap_order", "create_twap_order_response", "error_response"],
    "aevo": [
        "create_twap_order",
        "create_twap_order_response",
        "error_400",
        "error_401",
        "error_429",
        "error_500",
    ],
    "binance": [
        "new_order_twap",
        "new_order_twap_response",
        "new_order_twap_spot",
        "new_order_twap_spot_response",
        "cancel_algo_order",
        "cancel_algo_order_response",
        "error_response",
        "error_response_spot",
        "cancel_error_response",
    ],
    "bybit": [
        "create_strategy",
        "create_strategy_response",
        "stop_strategy",
        "stop_strategy_response",
        "error_response",
    ],
    "dydx": ["place_twap_order", "cancel_twap_order"],
    "hyperliquid": [
        "twap_order",
        "exchange_twap_order",
        "twap_order_response",
        "twap_order_error",
        "twap_cancel",
        "exchange_twap_cancel",
        "twap_cancel_response",
        "twap_cancel_error",
        "exchange_error",
    ],
    "kraken": [
        "add_strategy",
        "add_strategy_response",
        "cancel_strategy",
        "cancel_strategy_response",
        "query_strategies",
        "query_strategies_response",
        "get_open_strategies",
        "get_closed_strategies",
        "get_closed_strategies_response",
        "error_response",
    ],
    "okx": [
        "order_algo_twap",
        "order_algo_response",
        "cancel_algos",
        "cancel_algos_response",
        "error_response",
    ],
}


def lines(venue: str, kind: str) -> list[str]:
    path = EXAMPLES / venue / f"{MODELS[venue][0]}.{kind}.jsonl"
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def wire(line: str) -> object:
    """A payload as JSON decodes it. (A Decimal is a Python value to a model, taken in the form
    its field's venue sends: JSON numbers read as Decimals are another test's matter.)"""
    payload: object = json.loads(line)
    return payload


def context(
    venue: str, reference: twapschema.Reference | None, unchecked: str = "ignore"
) -> dict[str, object]:
    """The venue's part in a validation context; rules it leaves unchecked (without reference
    data, or a symbol it does not list) are accepted in silence unless ``unchecked`` says."""
    part = reference.for_venue(venue) if reference is not None else None
    return {"reference": part, "unchecked": unchecked}


def pointer_to_loc(pointer: str) -> tuple[str, ...]:
    if pointer == "":
        return ()
    return tuple(p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:])


def assert_model_agrees(
    venue: str, payload: object, reference: twapschema.Reference | None
) -> None:
    """The model raises exactly the violations ``validate`` reports, or accepts when it does."""
    message, model = MODELS[venue]
    result = twapschema.validate(venue, message, payload, reference=reference)
    # What validate leaves unchecked the model leaves unchecked too, and nothing more.
    ctx = context(venue, reference, "ignore" if result.unchecked else "error")
    if result.valid:
        model.model_validate(payload, context=ctx)
        if result.unchecked:
            with pytest.warns(UncheckedRulesWarning) as said:
                model.model_validate(payload, context=context(venue, reference, "warn"))
            assert all(rule in str(said[0].message) for rule in result.unchecked)
        return
    with pytest.raises(ValidationError) as raised:
        model.model_validate(payload, context=ctx)
    errors = raised.value.errors(include_url=False)
    assert [e["type"] for e in errors] == ["twap_rule"] * len(errors)
    got = [(e["ctx"]["rule"], e["loc"], e["msg"]) for e in errors]
    expected = [(v.rule, pointer_to_loc(v.path), v.message) for v in result.violations]
    assert got == expected


# --- valid examples -------------------------------------------------------------------------


def test_qfex_example_validates(reference: twapschema.Reference) -> None:
    [line] = lines("qfex", "valid")
    model = qfex.AddTwap.model_validate(wire(line), context=context("qfex", reference))
    assert model.type == "add_twap"
    params = model.params
    assert isinstance(params, qfex.AddTwapParams)
    assert params.side is qfex.OrderDirection.BUY
    assert type(params.total_quantity) is Decimal
    assert params.total_quantity == Decimal(10)
    assert (params.num_orders, params.order_interval_secs) == (5, 30)
    assert params.reduce_only is False
    assert params.client_twap_id == "rebalance-aapl-001"


def test_qfex_example_without_reference_says_what_it_did_not_check() -> None:
    """As with validate(), rules that need reference data are not checked without it; unlike a
    silent skip, the model says so (a warning), or refuses, or is silent, as asked."""
    [line] = lines("qfex", "valid")
    rules = "symbol_active, average_child_at_least_min_quantity, client_twap_id_length"
    frame: dict[str, Any] = json.loads(line)
    calls: list[Callable[[], qfex.AddTwap]] = [
        lambda: qfex.AddTwap.model_validate(frame),
        lambda: qfex.AddTwap(**frame),
        lambda: qfex.AddTwap.model_validate_json(line),
        lambda: qfex.AddTwap.model_validate(frame, context={"refrence": "misspelt"}),
    ]
    for call in calls:
        with pytest.warns(UncheckedRulesWarning, match=rules) as said:
            assert call().params.symbol == "AAPL-USD"
        assert said[0].filename == __file__  # the user's line, not Pydantic's or ours
    with pytest.warns(UncheckedRulesWarning, match="its keys: 'refrence'"):
        qfex.AddTwap.model_validate(wire(line), context={"refrence": "misspelt"})
    with pytest.raises(ValidationError) as raised:
        qfex.AddTwap.model_validate(wire(line), context={"unchecked": "error"})
    [error] = raised.value.errors(include_url=False)
    assert (error["type"], error["loc"]) == ("twap_unchecked", ())
    assert error["ctx"]["rules"] == rules
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        qfex.AddTwap.model_validate(wire(line), context={"unchecked": "ignore"})


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"qfex": {}}, "parse it with twapschema.parse_reference first"),
        ("examples/reference.yaml", "not str"),
        (42, "not int"),
    ],
)
def test_a_reference_that_is_none_is_a_clear_type_error(given: object, said: str) -> None:
    [line] = lines("qfex", "valid")
    with pytest.raises(TypeError, match=said):
        qfex.AddTwap.model_validate(wire(line), context={"reference": given})
    with pytest.raises(TypeError, match="one of warn, error, ignore"):
        qfex.AddTwap.model_validate(wire(line), context={"unchecked": "loud"})


def test_another_venues_part_is_named(reference: twapschema.Reference) -> None:
    [line] = lines("qfex", "valid")
    with pytest.raises(TypeError, match="binance's part of the reference data, not qfex's"):
        qfex.AddTwap.model_validate(
            wire(line), context={"reference": reference.for_venue("binance")}
        )


def test_ondo_example_validates() -> None:
    [line] = lines("ondo", "valid")
    model = ondo.CreateTwapOrder.model_validate(wire(line))
    assert model.side is ondo.Side.BUY
    assert model.market == "AAPL-USD.P"
    for value, text in (
        (model.size, "20.30"),
        (model.max_price, "160.00"),
        (model.min_price, "140.00"),
    ):
        assert type(value) is Decimal
        assert str(value) == text  # the scale the venue wrote is kept
    assert (model.running_time, model.frequency, model.reduce_only) == (3600, 60, False)


def test_aevo_example_validates() -> None:
    [line] = lines("aevo", "valid")
    model = aevo.CreateTwapOrder.model_validate(wire(line))
    assert type(model.amount_float) is Decimal
    assert str(model.amount_float) == "12.23"
    assert (model.instrument_id, model.is_buy, model.duration, model.reduce_only) == (
        12,
        True,
        30,
        False,
    )


def test_decimal_quantity_is_exact(reference: twapschema.Reference) -> None:
    payload = {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "SELL",
            "total_quantity": Decimal("0.3"),
            "num_orders": 3,
            "order_interval_secs": 30,
            "reduce_only": True,
        },
    }
    model = qfex.AddTwap.model_validate(payload, context=context("qfex", reference))
    assert model.params.total_quantity == Decimal("0.3")
    assert model.params.side is qfex.OrderDirection.SELL
    assert model.params.client_twap_id is None


# --- invalid payloads: the same rules, at the same places, as validate() -------------------


@pytest.mark.parametrize("venue", VENUES)
def test_invalid_examples_raise_the_rules_validate_reports(
    venue: str, reference: twapschema.Reference
) -> None:
    for line in lines(venue, "invalid"):
        payload = wire(line)
        assert not twapschema.validate(venue, MODELS[venue][0], payload, reference=reference).valid
        assert_model_agrees(venue, payload, reference)


def test_invalid_example_errors_in_detail(reference: twapschema.Reference) -> None:
    expected = {
        "qfex": [
            ("order_interval_secs.minimum", ("params", "order_interval_secs")),
            ("num_orders.minimum", ("params", "num_orders")),
            ("average_child_at_least_min_quantity", ("params", "total_quantity")),
            ("symbol_active", ("params", "symbol")),
        ],
        "ondo": [
            ("running_time_multiple_of_frequency", ("runningTime",)),
            ("child_order_count", ("runningTime",)),
            ("min_price_not_above_max_price", ()),
        ],
        "aevo": [
            ("amount_float.type", ("amount_float",)),
            ("amount_float.type", ("amount_float",)),
            ("amount_float.multipleOf", ("amount_float",)),
        ],
    }
    for venue, wanted in expected.items():
        model = MODELS[venue][1]
        found = []
        for line in lines(venue, "invalid"):
            with pytest.raises(ValidationError) as raised:
                model.model_validate(wire(line), context=context(venue, reference))
            [error] = raised.value.errors(include_url=False)
            assert error["type"] == "twap_rule"
            assert "ctx" in error
            assert error["msg"] == error["ctx"]["message"]
            found.append((error["ctx"]["rule"], error["loc"]))
        assert found == wanted, venue


def test_reference_rules_need_the_context(reference: twapschema.Reference) -> None:
    # Lines 3 and 4 break only reference rules: accepted without reference data, not with it.
    for line in lines("qfex", "invalid")[2:]:
        with pytest.warns(UncheckedRulesWarning):
            qfex.AddTwap.model_validate(wire(line))
        with pytest.warns(UncheckedRulesWarning, match="context\\['reference'\\] is None"):
            qfex.AddTwap.model_validate(wire(line), context={"reference": None})
        with pytest.raises(ValidationError):
            qfex.AddTwap.model_validate(wire(line), context=context("qfex", reference))


ONDO_BASE: dict[str, object] = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
}
ONDO_ANY: dict[str, Any] = ONDO_BASE  # for keyword construction, whose types mypy checks
QFEX_PARAMS: dict[str, object] = {
    "symbol": "AAPL-USD",
    "side": "BUY",
    "total_quantity": 10,
    "num_orders": 5,
    "order_interval_secs": 30,
    "reduce_only": False,
}


@pytest.mark.parametrize(
    ("venue", "payload"),
    [
        ("ondo", {}),
        ("ondo", []),
        ("ondo", "order"),
        ("ondo", None),
        ("ondo", {**ONDO_BASE, "side": "BUY", "size": "1e3", "runningTime": "3600"}),
        ("ondo", {**ONDO_BASE, "frequency": True, "reduceOnly": 0}),
        ("ondo", {**ONDO_BASE, "size": 20.3, "maxPrice": "0", "minPrice": "-1"}),
        ("ondo", {**ONDO_BASE, "runningTime": 299, "frequency": 0}),
        ("ondo", {**ONDO_BASE, "run_time": 600, "a/b~c": 1}),
        ("ondo", {**ONDO_BASE, "minPrice": "150", "maxPrice": "150.00"}),
        ("ondo", {**ONDO_BASE, "size": None}),
        ("aevo", {"instrument_id": -1, "is_buy": "true", "amount_float": "0", "duration": 0}),
        ("aevo", {"instrument_id": 1.0, "is_buy": True, "amount_float": "1", "duration": 30}),
        ("qfex", {"type": "add_twap"}),
        ("qfex", {"type": "cancel_twap", "params": QFEX_PARAMS}),
        ("qfex", {"params": QFEX_PARAMS}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "side": "buy", "num_orders": 1.5}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "total_quantity": "10"}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "total_quantity": Decimal(0)}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "symbol": "TSLA-USD"}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "client_twap_id": "x" * 37}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "client_twap_id": None}}),
        ("qfex", {"type": "add_twap", "params": {**QFEX_PARAMS, "reduceOnly": True}}),
        ("qfex", {"type": "add_twap", "params": QFEX_PARAMS, "id": 1}),
    ],
)
@pytest.mark.parametrize("with_reference", [False, True])
def test_model_and_validate_agree(
    venue: str, payload: object, with_reference: bool, reference: twapschema.Reference
) -> None:
    assert_model_agrees(venue, payload, reference if with_reference else None)


def test_many_violations_become_many_line_errors() -> None:
    payload = {**ONDO_BASE, "side": "hold", "size": "-1", "runningTime": 10, "extra": 1}
    with pytest.raises(ValidationError) as raised:
        ondo.CreateTwapOrder.model_validate(payload)
    errors = raised.value.errors(include_url=False)
    assert len(errors) >= 4
    assert {e["loc"] for e in errors} >= {("side",), ("size",), ("runningTime",), ("extra",)}
    assert raised.value.title == "CreateTwapOrder"


# --- frozen, round trips, wire form --------------------------------------------------------


def test_models_are_frozen() -> None:
    model = qfex.AddTwap.model_validate(
        wire(lines("qfex", "valid")[0]), context=context("qfex", None)
    )
    with pytest.raises(ValidationError) as raised:
        model.params.num_orders = 6  # type: ignore[misc]
    assert raised.value.errors()[0]["type"] == "frozen_instance"
    with pytest.raises(ValidationError):
        model.params = model.params  # type: ignore[misc]
    ondo_model = ondo.CreateTwapOrder.model_validate(wire(lines("ondo", "valid")[0]))
    with pytest.raises(ValidationError):
        ondo_model.size = Decimal(1)  # type: ignore[misc]
    assert ondo_model.size == Decimal("20.30")
    for model_class in (
        qfex.AddTwap,
        qfex.AddTwapParams,
        ondo.CreateTwapOrder,
        aevo.CreateTwapOrder,
    ):
        assert model_class.model_config.get("frozen") is True


@pytest.mark.parametrize("venue", VENUES)
def test_round_trips(venue: str, reference: twapschema.Reference) -> None:
    model_class = MODELS[venue][1]
    ctx = context(venue, reference)
    for line in lines(venue, "valid"):
        model = model_class.model_validate(wire(line), context=ctx)
        assert model_class.model_validate(model.model_dump(), context=ctx) == model
        dumped = json.loads(model.model_dump_json(), parse_float=Decimal)
        assert model_class.model_validate(dumped, context=ctx) == model
        # The JSON dump is the payload the venue was sent, member for member, as it reads it
        # (a message whose wire reads "300" as 300 dumps 300).
        entry = message_entry(venue, MODELS[venue][0])
        sent = wire(line)
        assert dumped == (sent if entry.wire is None else entry.wire.decode(sent)[0])


def test_ondo_json_dump_keeps_wire_strings() -> None:
    model = ondo.CreateTwapOrder.model_validate(wire(lines("ondo", "valid")[0]))
    text = model.model_dump_json()
    assert '"size":"20.30"' in text
    assert '"maxPrice":"160.00"' in text
    assert '"minPrice":"140.00"' in text
    assert '"runningTime":3600' in text
    assert json.loads(text) == json.loads(lines("ondo", "valid")[0])


def test_qfex_json_dump_keeps_exact_numbers(reference: twapschema.Reference) -> None:
    payload = {
        "type": "add_twap",
        "params": {**QFEX_PARAMS, "total_quantity": Decimal("0.3"), "num_orders": 3},
    }
    model = qfex.AddTwap.model_validate(payload, context=context("qfex", reference))
    text = model.model_dump_json()
    assert '"total_quantity":0.3' in text
    assert '"side":"BUY"' in text
    again = qfex.AddTwap.model_validate(
        json.loads(text, parse_float=Decimal), context=context("qfex", reference)
    )
    assert again == model
    assert again.params.total_quantity == Decimal("0.3")


# --- the generated modules -----------------------------------------------------------------


@pytest.mark.parametrize("venue", VENUES)
def test_generated_module_compiles_and_imports(venue: str) -> None:
    path = ROOT / "twapschema" / "models" / f"{venue}.py"
    source = path.read_text(encoding="utf-8")
    compile(source, str(path), "exec")
    assert f"Generated from specs/{venue}.yaml" in source
    assert "do not edit" in source
    module = importlib.import_module(f"twapschema.models.{venue}")
    assert venue == module.VENUE_ID
    assert Path(module.__file__ or "").resolve() == path.resolve()


def test_venue_registry() -> None:
    import twapschema.models

    assert twapschema.models.VENUES == VENUES
    assert twapschema.venue_ids() == VENUES
    assert sorted(p.stem for p in (ROOT / "specs").glob("*.yaml")) == list(twapschema.models.VENUES)


@pytest.mark.parametrize("venue", VENUES)
def test_messages_registry_points_at_the_models(venue: str) -> None:
    module = importlib.import_module(f"twapschema.models.{venue}")
    message, model = MODELS[venue]
    messages: dict[str, MessageEntry] = module.MESSAGES
    assert list(messages) == MESSAGE_IDS[venue]
    entry = messages[message]
    assert isinstance(entry, MessageEntry)
    assert entry.id == message
    assert entry.kind == "request"
    assert entry.model is model
    assert entry.check is getattr(module, f"check_{message}")
    for other in messages.values():
        assert other.model is getattr(module, naming.pascal(other.id))
        assert other.check is getattr(module, f"check_{other.id}")
        assert other.kind in ("request", "response", "error")
    expected_rules = {
        "qfex": ("symbol_active", "average_child_at_least_min_quantity", "client_twap_id_length"),
        "binance": ("quantity_per_minute_above_min_qty", "notional_within_limits"),
        "kraken": (
            "symbol_supported",
            "market_strategy_on_a_pair_taking_market_orders",
            "volume_at_least_ordermin",
            "limit_cost_at_least_costmin",
            "volume_within_lot_decimals",
            "price_on_tick_grid",
        ),
        "okx": ("instrument_live",),
        "hyperliquid": ("size_within_sz_decimals",),
        "bybit": (
            "instrument_tradable",
            "size_per_child_at_least_min_order_qty",
            "position_value_per_child_at_least_min_notional",
            "sub_order_at_most_half_the_max_order_qty",
        ),
        "dydx": (
            "market_takes_twaps",
            "quantums_multiple_of_step_base_quantums",
            "subticks_multiple_of_subticks_per_tick",
            "quantums_per_suborder_at_least_step_base_quantums",
        ),
    }
    assert entry.reference_rules == expected_rules.get(venue, ())
    with_reference = {
        "qfex": qfex.Reference,
        "aevo": aevo.Reference,
        "binance": binance.Reference,
        "hyperliquid": hyperliquid.Reference,
        "bybit": bybit.Reference,
        "kraken": kraken.Reference,
        "okx": okx.Reference,
        "dydx": dydx.Reference,
    }
    assert module.REFERENCE is with_reference.get(venue)


def test_reference_model_is_what_load_reference_builds(reference: twapschema.Reference) -> None:
    assert type(reference.for_venue("qfex")) is qfex.Reference
    assert qfex.Reference.model_config.get("frozen") is True
    assert qfex.Reference.model_config.get("extra") == "forbid"


def test_a_whole_reference_in_the_context_is_narrowed_to_the_venue(
    reference: twapschema.Reference,
) -> None:
    frame = {
        "type": "add_twap",
        "params": {
            "symbol": "HALT-USD",
            "side": "BUY",
            "total_quantity": 10,
            "num_orders": 5,
            "order_interval_secs": 30,
            "reduce_only": False,
        },
    }
    with pytest.raises(ValidationError) as raised:
        qfex.AddTwap.model_validate(frame, context={"reference": reference})
    assert [e["ctx"]["rule"] for e in raised.value.errors()] == ["symbol_active"]


# --- the fast model_validate and Pydantic's own path agree --------------------------------------


@pytest.mark.parametrize("venue", VENUES)
def test_fast_model_validate_equals_pydantics_own_path(
    venue: str, reference: twapschema.Reference
) -> None:
    """model_validate skips pydantic-core when no Pydantic option is given; with one (strict)
    it takes Pydantic's path, whose wrap validator runs the same check. Same models, same
    errors."""
    model = MODELS[venue][1]
    ctx = context(venue, reference)
    for line in lines(venue, "valid"):
        fast = model.model_validate(wire(line), context=ctx)
        slow = model.model_validate(wire(line), context=ctx, strict=True)
        assert fast == slow
        assert fast.model_dump(mode="json") == slow.model_dump(mode="json")
        assert fast.model_fields_set == slow.model_fields_set
    for line in lines(venue, "invalid"):
        with pytest.raises(ValidationError) as fast_error:
            model.model_validate(wire(line), context=ctx)
        with pytest.raises(ValidationError) as slow_error:
            model.model_validate(wire(line), context=ctx, strict=True)
        assert fast_error.value.errors() == slow_error.value.errors()
        assert fast_error.value.title == slow_error.value.title == model.__name__


def test_each_model_is_bound_to_its_own_check() -> None:
    assert qfex.AddTwap.__dict__["__twapschema__"][0] is qfex.check_add_twap
    # A part built alone is checked as its message checks it: the same rules, at its paths.
    part = qfex.AddTwapParams.__dict__["__twapschema__"]
    assert part[0] is not qfex.check_add_twap
    with pytest.raises(ValidationError) as raised:
        qfex.AddTwapParams.model_validate(
            {**QFEX_PARAMS, "num_orders": 1}, context=context("qfex", None)
        )
    [error] = raised.value.errors(include_url=False)
    assert (error["ctx"]["rule"], error["loc"]) == ("num_orders.minimum", ("num_orders",))


@pytest.mark.parametrize("venue", VENUES)
def test_bound_validator_equals_validate(venue: str, reference: twapschema.Reference) -> None:
    message = MODELS[venue][0]
    check = twapschema.validator(venue, message, reference=reference)
    for kind in ("valid", "invalid"):
        for line in lines(venue, kind):
            payload = wire(line)
            assert check(payload) == twapschema.validate(
                venue, message, payload, reference=reference
            )
    with pytest.raises(twapschema.UnknownNameError):
        twapschema.validator(venue, "nope")
    with pytest.raises(TypeError):
        twapschema.validator(venue, message, reference={})  # type: ignore[arg-type]


# --- as Pydantic users expect (issue 19) -----------------------------------------------------


def test_keyword_construction_is_model_validate() -> None:
    wire_order = ondo.CreateTwapOrder(**ONDO_ANY)
    assert wire_order == ondo.CreateTwapOrder.model_validate(ONDO_BASE)
    assert wire_order.model_fields_set == {"market", "side", "size", "running_time", "frequency"}
    assert json.loads(wire_order.model_dump_json()) == ONDO_BASE
    python_order = ondo.CreateTwapOrder(
        market="AAPL-USD.P",
        side=ondo.Side.BUY,
        size=Decimal("20.30"),
        running_time=3600,
        frequency=60,
    )
    assert python_order == wire_order
    assert python_order.model_dump(mode="json") == ONDO_BASE


def test_python_forms_are_read_only_where_json_has_no_value() -> None:
    # A Decimal is a decimal; a float or an int where Ondo wants a decimal string is not.
    for size, rule in ((20.3, "size.type"), (20, "size.type"), ("2e1", "size.type")):
        with pytest.raises(ValidationError) as raised:
            ondo.CreateTwapOrder(**{**ONDO_ANY, "size": size})
        assert [e["ctx"]["rule"] for e in raised.value.errors()] == [rule]
        assert raised.value.errors()[0]["input"] == size
    # A Python name beside its wire name: given twice, refused, not one of them dropped.
    with pytest.raises(ValidationError) as raised:
        ondo.CreateTwapOrder(**ONDO_ANY, running_time=60)
    assert [e["ctx"]["rule"] for e in raised.value.errors()] == ["unknown_field"]


def test_an_instance_is_taken_where_a_model_is_expected() -> None:
    class Envelope(BaseModel):
        order: ondo.CreateTwapOrder

    order = ondo.CreateTwapOrder(**ONDO_ANY)
    assert Envelope(order=order).order is order
    assert Envelope(order=ONDO_BASE).order == order
    with pytest.raises(ValidationError) as raised:
        Envelope(order={**ONDO_BASE, "runningTime": 3601})
    [error] = raised.value.errors(include_url=False)
    assert (error["loc"], error["input"]) == (("order", "runningTime"), 3601)


def test_a_nested_instance_in_a_message_is_its_wire_form(reference: twapschema.Reference) -> None:
    ctx = context("qfex", reference)
    params = qfex.AddTwapParams.model_validate(QFEX_PARAMS, context=ctx)
    frame = qfex.AddTwap.model_validate({"type": "add_twap", "params": params}, context=ctx)
    assert frame == qfex.AddTwap.model_validate(
        {"type": "add_twap", "params": QFEX_PARAMS}, context=ctx
    )


def test_errors_locate_list_items_by_int_and_give_the_failing_value() -> None:
    reply = {
        "code": "0",
        "msg": "",
        "data": [
            {"algoId": "1", "sCode": "0", "sMsg": ""},
            {"algoId": 5, "sCode": "0", "sMsg": ""},
        ],
    }
    with pytest.raises(ValidationError) as raised:
        okx.OrderAlgoResponse.model_validate(reply)
    found = {(e["loc"], e["input"]) for e in raised.value.errors(include_url=False)}
    assert (("data", 1, "algoId"), 5) in found
    with pytest.raises(ValidationError) as raised:
        ondo.CreateTwapOrder.model_validate({k: v for k, v in ONDO_BASE.items() if k != "size"})
    [missing] = raised.value.errors(include_url=False)
    assert missing["loc"] == ("size",)
    assert missing["input"] == {k: v for k, v in ONDO_BASE.items() if k != "size"}


def test_every_model_round_trips_as_pydantic_models_do(reference: twapschema.Reference) -> None:
    for venue in VENUES:
        for path in sorted((EXAMPLES / venue).glob("*.valid.jsonl")):
            model = message_entry(venue, path.name.split(".")[0]).model
            ctx = context(venue, reference)
            for line in path.read_text(encoding="utf-8").splitlines():
                payload = json.loads(line)
                one = payload[0] if isinstance(payload, list) else payload
                built = model.model_validate(one, context=ctx)
                assert pickle.loads(pickle.dumps(built)) == built, path  # noqa: S301 - our own bytes
                assert model.model_validate_json(built.model_dump_json(), context=ctx) == built
                assert built.model_copy() == built
                copied = model.model_construct(_fields_set=built.model_fields_set, **dict(built))
                assert copied == built
                assert copied.model_dump(mode="json") == built.model_dump(mode="json")


def _given(model: BaseModel, payload: object) -> None:
    """The model's fields set is the fields the payload gave (by wire name), in every model
    within too: the builders read a renamed object's fields by wire name and map the names
    given, a full one by one copy."""
    assert isinstance(payload, dict)
    names = {(info.alias or name): name for name, info in type(model).model_fields.items()}
    if not names.keys() >= payload.keys():
        return  # a name the wire also takes (dYdX's orderId): decode renames it first
    assert model.model_fields_set == {names[key] for key in payload}
    for key, value in payload.items():
        inner = getattr(model, names[key])
        if isinstance(inner, BaseModel) and isinstance(value, dict):
            _given(inner, value)


@pytest.mark.parametrize("venue", VENUES)
def test_the_fields_set_is_what_the_payload_gave(
    venue: str, reference: twapschema.Reference
) -> None:
    model = MODELS[venue][1]
    ctx = context(venue, reference)
    seen = 0
    for line in lines(venue, "valid"):
        payload = wire(line)
        if type(payload) is not dict or any(type(v) is str and v == "" for v in payload.values()):
            continue  # a member read as absent (OKX's "") is not given
        _given(model.model_validate(payload, context=ctx), payload)
        seen += 1
        for key in payload:  # each member left out, where the order stays valid without it
            partial = {k: v for k, v in payload.items() if k != key}
            try:
                built = model.model_validate(partial, context=ctx)
            except ValidationError:
                continue
            _given(built, partial)
    assert seen

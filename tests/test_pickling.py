"""Validators and reference data pickle (issue 22, "beyond one machine"): a validator from
`twapschema.validator` made again in another process gives the same verdicts, so Spark, Dask or
Ray workers and process pools can use one."""

from __future__ import annotations

import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import timedelta

import pytest

import twapschema
from tests.conftest import ROOT, VENUES
from tests.test_reference import qfex_order
from twapschema.runtime.registry import message_entry

EXAMPLES = ROOT / "generated" / "examples"


def examples(venue: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for path in sorted((EXAMPLES / venue).glob("*.jsonl")):
        message = path.name.split(".")[0]
        if message_entry(venue, message).kind != "request":
            continue
        text = path.read_text(encoding="utf-8")
        out += [(message, json.loads(line)) for line in text.splitlines() if line.strip()]
    return out


def round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value))  # noqa: S301 - our own bytes


@pytest.mark.parametrize("venue", VENUES)
def test_a_pickled_validator_gives_the_same_verdicts(
    venue: str, reference: twapschema.Reference
) -> None:
    for strict in (False, True):
        for message, payload in examples(venue):
            check = twapschema.validator(venue, message, reference=reference, strict=strict)
            again = round_trip(check)
            assert callable(again)
            assert again(payload) == check(payload)


def test_a_pickled_validator_judges_the_datas_age_where_it_runs(
    reference: twapschema.Reference,
) -> None:
    [(message, payload), *_] = examples("qfex")
    aged = round_trip(
        twapschema.validator("qfex", message, reference=reference, max_age=timedelta(1))
    )
    result = aged(payload)  # type: ignore[operator]
    assert result.stale_reference is not None  # the bundled data says no taken_at


def test_reference_data_pickles(reference: twapschema.Reference) -> None:
    again = round_trip(reference)
    assert isinstance(again, twapschema.Reference)
    assert again.for_venue("qfex") == reference.for_venue("qfex")
    assert dict(again.snapshots) == dict(reference.snapshots)
    halted = qfex_order(symbol="HALT-USD")
    assert twapschema.validate("qfex", "add_twap", halted, reference=again) == (
        twapschema.validate("qfex", "add_twap", halted, reference=reference)
    )


def _count(payloads: list[object], check: object) -> tuple[int, list[str]]:
    rules: list[str] = []
    valid = 0
    for payload in payloads:
        result = check(payload)  # type: ignore[operator]
        valid += result.valid
        rules += [v.rule for v in result.violations]
    return valid, rules


def test_a_validator_runs_in_other_processes(reference: twapschema.Reference) -> None:
    """A process pool (spawned: nothing inherited) over partitions of an order log gives the
    counts one process gives, rule by rule."""
    cases = [p for m, p in examples("ondo") if m == "create_twap_order"]
    log = cases * 50
    check = twapschema.validator("ondo", "create_twap_order", reference=reference)
    here = _count(log, check)
    parts = [log[i::4] for i in range(4)]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(_count, parts, [check] * 4))
    assert sum(v for v, _ in done) == here[0]
    assert sorted(r for _, rules in done for r in rules) == sorted(here[1])


def test_models_pickle_as_validators_do() -> None:
    from twapschema.models import ondo

    assert round_trip(ondo.CreateTwapOrder) is ondo.CreateTwapOrder
    order = ondo.CreateTwapOrder.model_validate(
        {"market": "BTC-USD.P", "side": "buy", "size": "1", "runningTime": 3600, "frequency": 60}
    )
    assert round_trip(order) == order

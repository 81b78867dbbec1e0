"""The README's Dask example: a partitioned order log through a LocalCluster's worker
processes gives exactly the one-process counts, valid, invalid and per rule."""

from __future__ import annotations

import importlib.util
import json
import types
from collections import Counter

import pytest

pytest.importorskip("distributed")

import twapschema
from tests.conftest import ROOT

GOOD = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
}


def example() -> types.ModuleType:
    path = ROOT / "examples" / "dask_order_log.py"
    spec = importlib.util.spec_from_file_location("dask_order_log", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def order_log() -> list[str]:
    """1,200 orders: valid ones, and ones breaking one rule or two, in a known mix."""
    lines = []
    for i in range(1200):
        order: dict[str, object] = {**GOOD, "size": f"{i + 1}.5"}
        if i % 3 == 1:
            order["runningTime"] = 3601  # not a multiple of 60
        if i % 5 == 2:
            order["frequency"] = 7200  # a single child, and 3600 is no multiple of 7200
        lines.append(json.dumps(order) + "\n")
    lines.append("{not json}\n")
    return lines


def test_the_cluster_counts_equal_one_process() -> None:
    module = example()
    lines = order_log()
    check = twapschema.validator("ondo", "create_twap_order")
    alone = module.count(lines, check)
    partitions = [lines[i : i + 300] for i in range(0, len(lines), 300)]
    on_cluster = module.counts_on_cluster(partitions, check, workers=2)
    assert on_cluster == alone
    # The mix, counted independently of the validator.
    mid = sum(1 for i in range(1200) if i % 3 == 1)
    big = sum(1 for i in range(1200) if i % 5 == 2)
    both = sum(1 for i in range(1200) if i % 3 == 1 and i % 5 == 2)
    assert alone["valid"] == 1200 - mid - big + both
    assert alone["rule:running_time_multiple_of_frequency"] == mid + big - both
    assert alone["rule:child_order_count"] == big
    assert alone["unreadable"] == 1
    assert alone["invalid"] + alone["valid"] == 1200
    assert isinstance(alone, Counter)

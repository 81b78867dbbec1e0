"""Hand-written baselines with the same constraints and rules as the generated validators.

Each venue's create request, one module per venue, as: a Pydantic v2 model written by hand the
way a careful engineer would (strict types, exact decimals, the cross-field rules in a model
validator); a msgspec Struct with equivalent constraints (the rules in ``__post_init__``, the
reference-data rules by hand after decoding); and jsonschema with the generated schema plus a
hand-written check of the rules it cannot express. ``tests/test_bench_baselines.py`` holds
every baseline to twapschema's verdicts, so a ratio compares equal work.
"""

from __future__ import annotations

from jsonschema import Draft202012Validator

import twapschema
from bench.baselines import aevo, binance, bybit, dydx, hyperliquid, kraken, okx, ondo, qfex
from bench.baselines.common import Baseline

ALL: tuple[Baseline, ...] = tuple(
    m.BASELINE for m in (ondo, qfex, aevo, binance, bybit, dydx, hyperliquid, kraken, okx)
)


def schema_validator(venue: str, message: str) -> Draft202012Validator:
    return Draft202012Validator(twapschema.json_schema(venue, message))


__all__ = ["ALL", "Baseline", "schema_validator"]

"""Shared fixtures: the project root and the bundled reference data."""

from __future__ import annotations

from pathlib import Path

import pytest

import twapschema

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_FILE = ROOT / "examples" / "reference.yaml"
# Every venue with a spec, in id order: tests that list venues compare against this one list.
VENUES = ("aevo", "binance", "bybit", "dydx", "hyperliquid", "kraken", "okx", "ondo", "qfex")


@pytest.fixture(scope="session")
def reference() -> twapschema.Reference:
    return twapschema.load_reference(REFERENCE_FILE)

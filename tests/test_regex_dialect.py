"""One regex dialect (issue 23): the specs' patterns are ECMA-262, as JSON Schema means them, in
a subset Python reads alike once translated (twapschema/regex_dialect.py). Checked against
Node's own RegExp, with and without the `u` flag Ajv uses."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import twapschema
from twapschema.regex_dialect import NotPortableError, compiled, problems, python_pattern

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "generated" / "schemas"


def _patterns(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


SCHEMA_PATTERNS = sorted(
    {p for path in SCHEMAS.rglob("*.schema.json") for p in _patterns(json.loads(path.read_text()))}
)

# Texts where dialects part: final and leading newlines, CR, U+2028, non-ASCII digits and
# letters, underscores, spaces of both kinds.
PROBES = [
    "",
    "a",
    "AS1",
    "ASX-1,ASY",
    "0x" + "ab" * 20,
    "0x" + "ab" * 20 + "\n",
    "0x" + "ab" * 32,
    "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4",
    "dydx199tqg4wdlnu4qjlxchpd7seg454937hjrknju4\n",
    "119b6211-2611-461b-be5e-5ac557099e82",
    "119b6211-2611-461b-be5e-5ac557099e82\n",
    "\n119b6211-2611-461b-be5e-5ac557099e82",
    "\u0661\u0662\u0663",
    "12\u0663",
    "abc123",
    "abc_123",
    "abc 123",
    "abc\u00a0123",
    "a\rb",
    "a\u2028b",
    "E Leverage:",
    "ELeverage:",
    "12.5",
    "-12.50",
    "1e5",
    "\u0663.5",
    "2026-12-02T07:00:00Z",
    "2026-12-02T07:00:00Z\n",
    "naïve",
]


def test_every_pattern_in_the_schemas_is_portable() -> None:
    assert len(SCHEMA_PATTERNS) >= 10
    for pattern in SCHEMA_PATTERNS:
        assert problems(pattern) == [], pattern


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js runs ECMA-262's RegExp")
def test_python_and_node_agree_on_every_schema_pattern() -> None:
    extra = ["^a.b$", "^[^a]+$", "^\\d{2,3}$", "^\\w+$", "^(?:ab|cd)+?$", "^x(?=y)", "^[\\-a]$"]
    patterns = [*SCHEMA_PATTERNS, *extra]
    script = (
        "const [ps, ts] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(ps.map(p => ts.map(t => "
        "[new RegExp(p, 'u').test(t), new RegExp(p).test(t)]))));"
    )
    run = subprocess.run(
        ["node", "-e", script],
        input=json.dumps([patterns, PROBES]),
        capture_output=True,
        text=True,
        check=True,
    )
    ecma = json.loads(run.stdout)
    for pattern, verdicts in zip(patterns, ecma, strict=True):
        for text, (with_u, without_u) in zip(PROBES, verdicts, strict=True):
            python = compiled(pattern).search(text) is not None
            assert python == with_u == without_u, (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("^[0-9a-f]+$", "abc\n", False),  # Python's $ would match before the newline
        ("^\\d+$", "\u0661\u0662\u0663", False),  # Python's \d would take Arabic-Indic digits
        ("^\\w+$", "naïve", False),
        ("^\\w+$", "abc_123", True),
        ("^a.b$", "a\rb", False),  # ECMA's . stops at every line terminator
        ("^a.b$", "a\u2028b", False),
        ("^a.b$", "a-b", True),
        ("^[A-Z0-9-]+$", "A-1", True),
        ("^[\\-a]$", "-", True),
        ("^\\u00e9$", "é", True),
    ],
)
def test_the_translation_keeps_ecma_meaning(pattern: str, text: str, matches: bool) -> None:
    assert (compiled(pattern).search(text) is not None) is matches


def test_python_pattern_spells_the_differences() -> None:
    assert python_pattern("^0x[0-9a-fA-F]{40}$") == "^0x[0-9a-fA-F]{40}\\Z"
    assert python_pattern("a.b") == "a[^\\n\\r\\u2028\\u2029]b"
    with pytest.raises(NotPortableError, match="closes nothing"):
        python_pattern("a]")


def _example(venue: str, message: str) -> dict[str, Any]:
    path = ROOT / "generated" / "examples" / venue / f"{message}.valid.jsonl"
    payload: dict[str, Any] = json.loads(path.read_text().splitlines()[0])
    return payload


@pytest.mark.parametrize("suffix", ["\n", "\r\n", "\n\n"])
def test_a_trailing_newline_is_refused_by_anchored_patterns(suffix: str) -> None:
    """The issue's finding: Bybit's strategyId with a final newline was valid (exit 0)."""
    stop = _example("bybit", "stop_strategy")
    stop["strategyId"] += suffix
    result = twapschema.validate("bybit", "stop_strategy", stop)
    assert [(v.rule, v.path) for v in result.violations] == [("strategyId.pattern", "/strategyId")]
    algo = _example("okx", "order_algo_twap") | {"algoClOrdId": "abc123" + suffix}
    result = twapschema.validate("okx", "order_algo_twap", algo)
    assert [(v.rule, v.path) for v in result.violations] == [
        ("algoClOrdId.pattern", "/algoClOrdId")
    ]
    order = _example("dydx", "place_twap_order")
    nested = copy.deepcopy(order)
    nested["order"]["order_id"]["subaccount_id"]["owner"] += suffix
    rules = {v.rule for v in twapschema.validate("dydx", "place_twap_order", nested).violations}
    assert "order_id.subaccount_id.owner.pattern" in rules


def test_arabic_indic_digits_are_not_digits() -> None:
    algo = _example("okx", "order_algo_twap") | {"algoClOrdId": "abc\u0661\u0662\u0663"}
    result = twapschema.validate("okx", "order_algo_twap", algo)
    assert [v.rule for v in result.violations] == ["algoClOrdId.pattern"]

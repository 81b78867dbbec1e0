"""Hostile payloads the other modules do not cover: deep nesting, and unbounded JSON Lines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import twapschema

ONDO = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
}


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [10, 10_000, 200_000])
def test_deeply_nested_values_get_a_verdict(depth: int) -> None:
    deep = nested(depth)
    as_member = twapschema.validate("ondo", "create_twap_order", {**ONDO, "size": deep})
    assert [(v.rule, v.path) for v in as_member.violations] == [("size.type", "/size")]
    as_payload = twapschema.validate("ondo", "create_twap_order", deep)
    assert [v.rule for v in as_payload.violations] == ["payload.type"]
    unknown = twapschema.validate("ondo", "create_twap_order", {**ONDO, "extra": deep})
    assert [v.rule for v in unknown.violations] == ["unknown_field"]
    err = twapschema.validate(
        "qfex",
        "err",
        {"err": {"error_code": "ServerError", "message": None, "incoming_message": {"x": deep}}},
    )
    assert err.valid  # a free JSON object is kept whole, never walked


def run_cli(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "twapschema.cli", "validate", "ondo", "create_twap_order", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=300,
    )


def test_deeply_nested_json_text_is_an_input_error_in_the_cli() -> None:
    text = ("[" * 100_000 + "]" * 100_000).encode()
    done = run_cli(text)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr
    assert done.stderr.startswith(b"twapschema: <stdin>: ")


def _peak_rss_kb(lines: int) -> int:
    """The CLI's peak memory reading `lines` JSON Lines from a pipe (a child of its own, so the
    measure is its alone)."""
    line = (json.dumps(ONDO) + "\n").encode()
    code = (
        "import resource, subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-m', 'twapschema.cli', 'validate', 'ondo',"
        " 'create_twap_order', '--lines', '--format', 'json'], stdin=subprocess.PIPE,"
        " stdout=subprocess.DEVNULL)\n"
        f"line = {line!r}\n"
        f"for _ in range({lines} // 1000):\n"
        "    child.stdin.write(line * 1000)\n"
        "child.stdin.close()\n"
        "assert child.wait() == 0\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, timeout=600
    )
    return int(done.stdout)


def test_json_lines_are_streamed_in_bounded_memory() -> None:
    small, large = _peak_rss_kb(2_000), _peak_rss_kb(200_000)
    # 200,000 lines are 20 MB of input: read whole, they would add far more than 8 MB.
    assert large - small < 8 * 1024, (small, large)

"""The third schema consumer (conformance/native: jsonschema-rs, C++ CEL through
cel-expr-python) and its check against twapschema: it agrees where it should, the check fails on
a disagreement nobody listed, and each listed difference is still real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conformance.native import check
from conformance.native.consumer import (
    Consumer,
    decimal_cmp,
    decimal_is_multiple,
    decimal_mul,
    decimal_shift,
    decimal_trunc,
    holds,
)
from tests.test_bad_payloads import qfex_frame

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "generated" / "schemas"


def consumer(venue: str, message: str) -> Consumer:
    path = SCHEMAS / venue / f"{message}.schema.json"
    return Consumer(json.loads(path.read_text(encoding="utf-8")))


def test_the_check_passes_with_the_listed_differences(capsys: pytest.CaptureFixture[str]) -> None:
    assert check.main(["--mutations", "5"]) == 0
    out = capsys.readouterr().out
    assert "0 unlisted disagreements" in out
    assert "cel-expr-python-nul" in out  # the NUL probes meet the listed defect


def test_the_check_fails_on_an_unlisted_disagreement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "none.json"
    empty.write_text(json.dumps({"differences": []}), encoding="utf-8")
    assert check.main(["--mutations", "0", "--expected", str(empty)]) == 1
    assert "DISAGREE" in capsys.readouterr().out


def test_a_listed_difference_needs_a_matcher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "listed.json"
    listed.write_text(json.dumps({"differences": [{"id": "no-such"}]}), encoding="utf-8")
    assert check.main(["--mutations", "0", "--expected", str(listed)]) == 1
    assert "no matcher for ['no-such']" in capsys.readouterr().out


def test_every_listed_difference_has_a_matcher_and_a_reason() -> None:
    listed = json.loads(check.EXPECTED.read_text(encoding="utf-8"))["differences"]
    assert {d["id"] for d in listed} == set(check.MATCHERS)
    assert all(len(d["reason"]) > 40 for d in listed)


def test_the_nul_defect_is_still_there() -> None:
    """If cel-expr-python stops cutting strings at NUL, its entry in
    conformance/expected-differences.json is to go."""
    assert holds("size(self.x) == 1", {"self": {"x": "a\x00bc"}})
    vectors = json.loads((ROOT / "generated" / "conformance" / "qfex.json").read_text())
    reference = vectors["reference"]
    frame = qfex_frame(client_twap_id="a\x00" + "b" * 40)  # 42 characters, past 36
    cut = consumer("qfex", "add_twap")
    kept = Consumer(cut.schema, nul_workaround=True)
    assert cut.verdict(frame, reference)[0] == []  # it saw "a"
    assert kept.verdict(frame, reference)[0] == [
        ("client_twap_id_length", "/params/client_twap_id")
    ]


def test_the_i_json_integer_range_is_a_type_error() -> None:
    judged = consumer("qfex", "add_twap")
    assert judged.verdict(qfex_frame(order_interval_secs=2**53 - 1), None)[0] == []
    assert judged.verdict(qfex_frame(order_interval_secs=2**53), None)[0] == [
        ("order_interval_secs.type", "/params/order_interval_secs")
    ]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: decimal_cmp(0.1, "0.1"), 0),
        (lambda: decimal_cmp("0.30", 0.3), 0),
        (lambda: decimal_cmp("-1", 0), -1),
        (lambda: decimal_mul("0.1", 3), "0.3"),
        (
            lambda: decimal_mul("123456789.123456789", "987654321.987654321"),
            "121932631356500531.347203169112635269",
        ),
        (lambda: decimal_trunc("1.999", 2), "1.99"),
        (lambda: decimal_trunc("-1.999", 2), "-1.99"),
        (lambda: decimal_shift("1.5", 3), "1500"),
        (lambda: decimal_shift("1500", -3), "1.500"),
        (lambda: decimal_is_multiple("0.3", "0.1"), True),
        (lambda: decimal_is_multiple(0.3, 0.1), True),
        (lambda: decimal_is_multiple("0.31", "0.1"), False),
        (lambda: decimal_is_multiple("1", "0"), False),
    ],
)
def test_decimal_functions_are_exact(call: object, expected: object) -> None:
    assert callable(call)
    assert call() == expected

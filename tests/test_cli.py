"""The ``twapschema`` command: exit codes, text and JSON output, input errors, generation.

Most cases call ``twapschema.cli.main`` in-process (fast); a few run the installed console script
in a subprocess to prove the entry point, the exit codes and stdin end to end.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import twapschema
from tests.conftest import REFERENCE_FILE, ROOT, VENUES
from twapschema.cli import main
from twapschema.runtime.registry import venue_module

EXAMPLES = ROOT / "generated" / "examples"
VENUE_MESSAGES = [
    ("qfex", "add_twap"),
    ("ondo", "create_twap_order"),
    ("aevo", "create_twap_order"),
]
QFEX_REFERENCE_RULES = [
    "symbol_active",
    "average_child_at_least_min_quantity",
    "client_twap_id_length",
]
# (rule, JSON Pointer) of each line of each invalid example file, with the bundled reference data.
INVALID_EXPECTED: dict[str, list[tuple[str, str]]] = {
    "qfex": [
        ("order_interval_secs.minimum", "/params/order_interval_secs"),
        ("num_orders.minimum", "/params/num_orders"),
        ("average_child_at_least_min_quantity", "/params/total_quantity"),
        ("symbol_active", "/params/symbol"),
    ],
    "ondo": [
        ("running_time_multiple_of_frequency", "/runningTime"),
        ("child_order_count", "/runningTime"),
        ("min_price_not_above_max_price", ""),
    ],
    "aevo": [
        ("amount_float.type", "/amount_float"),
        ("amount_float.type", "/amount_float"),
        ("amount_float.multipleOf", "/amount_float"),
    ],
}
MESSAGE_OF = dict(VENUE_MESSAGES)
JSON_POINTER = re.compile(r"^(?:/(?:[^~/]|~[01])*)*$")

ONDO_VALID = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
}
ONDO_INVALID = {**ONDO_VALID, "runningTime": 3601}


def example(venue: str, kind: str) -> Path:
    return EXAMPLES / venue / f"{MESSAGE_OF[venue]}.{kind}.jsonl"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict[str, object]]:
    """The JSON records, each without its "input" (file:line), which is checked to be there."""
    lines = out.splitlines()
    assert lines, "expected JSON output"
    parsed = [json.loads(line) for line in lines]
    for obj in parsed:
        assert isinstance(obj, dict)
        assert isinstance(obj.pop("input"), str)
    return parsed


def assert_no_verdict(code: int, out: str) -> None:
    """Exit 2, and stdout holds no verdict: nothing, or only the records of inputs not read."""
    assert code == 2
    assert all(": not read: " in line for line in out.splitlines()), out


def violations_of(result: dict[str, object]) -> list[dict[str, str]]:
    violations = result["violations"]
    assert isinstance(violations, list)
    return violations


def assert_result_shape(obj: dict[str, object]) -> None:
    """Exactly the contract: {"valid": bool, "violations": [{rule, path, message}], "unchecked"}."""
    assert set(obj) == {"valid", "violations", "unchecked"}
    assert isinstance(obj["valid"], bool)
    violations = obj["violations"]
    assert isinstance(violations, list)
    for violation in violations:
        assert isinstance(violation, dict)
        assert set(violation) == {"rule", "path", "message"}
        assert all(isinstance(violation[k], str) for k in ("rule", "path", "message"))
        assert JSON_POINTER.match(violation["path"]), violation["path"]
        assert violation["rule"]
        assert violation["message"]
    unchecked = obj["unchecked"]
    assert isinstance(unchecked, list)
    assert all(isinstance(rule, str) for rule in unchecked)
    assert obj["valid"] is (not violations)


def resolve_pointer(document: object, pointer: str) -> object:
    """RFC 6901: the value at ``pointer`` (KeyError/IndexError when it is not there)."""
    value = document
    if pointer == "":
        return value
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, list):
            value = value[int(token)]
        else:
            assert isinstance(value, dict)
            value = value[token]
    return value


def no_traceback(err: str) -> None:
    assert "Traceback" not in err
    assert err.strip(), "expected a message on stderr"


def one_error_line(err: str) -> str:
    no_traceback(err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("twapschema: ")
    return lines[0]


# --- the bundled examples -------------------------------------------------------------------


@pytest.mark.parametrize(("venue", "message"), VENUE_MESSAGES)
def test_valid_examples_exit_0(
    capsys: pytest.CaptureFixture[str], venue: str, message: str
) -> None:
    path = str(example(venue, "valid"))
    code, out, err = run(
        capsys, "validate", venue, message, path, "--reference", str(REFERENCE_FILE)
    )
    assert (code, err) == (0, "")
    count = len(example(venue, "valid").read_text(encoding="utf-8").splitlines())
    assert out.splitlines() == [f"{path}:{n}: valid" for n in range(1, count + 1)]


@pytest.mark.parametrize(("venue", "message"), VENUE_MESSAGES)
def test_invalid_examples_text_output(
    capsys: pytest.CaptureFixture[str], venue: str, message: str
) -> None:
    path = str(example(venue, "invalid"))
    code, out, err = run(
        capsys, "validate", venue, message, path, "--reference", str(REFERENCE_FILE)
    )
    assert (code, err) == (1, "")
    lines = out.splitlines()
    expected = INVALID_EXPECTED[venue]
    assert len(lines) == 2 * len(expected)
    for number, (rule, pointer) in enumerate(expected, start=1):
        verdict, detail = lines[2 * number - 2], lines[2 * number - 1]
        assert verdict == f"{path}:{number}: invalid"
        assert detail.startswith(f"  {pointer or '(message)'}: ")
        assert detail.endswith(f" [{rule}]")


@pytest.mark.parametrize(("venue", "message"), VENUE_MESSAGES)
def test_invalid_examples_json_output(
    capsys: pytest.CaptureFixture[str], venue: str, message: str
) -> None:
    path = example(venue, "invalid")
    code, out, err = run(
        capsys,
        "validate",
        venue,
        message,
        str(path),
        "--reference",
        str(REFERENCE_FILE),
        "--format",
        "json",
    )
    assert (code, err) == (1, "")
    results = json_lines(out)
    payloads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(results) == len(payloads) == len(INVALID_EXPECTED[venue])
    for result, payload, (rule, pointer) in zip(
        results, payloads, INVALID_EXPECTED[venue], strict=True
    ):
        assert_result_shape(result)
        assert result["valid"] is False
        assert result["unchecked"] == []
        violations = violations_of(result)
        assert [(v["rule"], v["path"]) for v in violations] == [(rule, pointer)]
        resolve_pointer(payload, pointer)  # the pointer leads to a member the payload has


def test_json_output_is_one_line_per_payload_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    first.write_text(json.dumps(ONDO_INVALID, indent=2), encoding="utf-8")
    code, out, err = run(
        capsys,
        "validate",
        "ondo",
        "create_twap_order",
        str(first),
        str(example("ondo", "valid")),
        str(example("ondo", "invalid")),
        "--format",
        "json",
    )
    assert (code, err) == (1, "")
    results = json_lines(out)
    assert len(results) == 1 + 1 + 3
    for result in results:
        assert_result_shape(result)
    assert [r["valid"] for r in results] == [False, True, False, False, False]
    rules = [[v["rule"] for v in violations_of(r)] for r in results]
    assert rules == [
        ["running_time_multiple_of_frequency"],
        [],
        ["running_time_multiple_of_frequency"],
        ["child_order_count"],
        ["min_price_not_above_max_price"],
    ]
    assert out.endswith("\n")


def test_json_paths_escape_pointer_characters(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    payload = {**ONDO_VALID, "a/b~c": 1}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(payload)))
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", "--format", "json")
    assert (code, err) == (1, "")
    [result] = json_lines(out)
    assert_result_shape(result)
    violations = result["violations"]
    assert isinstance(violations, list)
    assert [v["path"] for v in violations] == ["/a~1b~0c"]
    assert resolve_pointer(payload, violations[0]["path"]) == 1


def test_unchecked_lists_qfex_reference_rules_without_reference(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(example("qfex", "valid"))
    code, out, err = run(capsys, "validate", "qfex", "add_twap", path, "--format", "json")
    assert (code, err) == (0, "")
    [result] = json_lines(out)
    assert_result_shape(result)
    assert result == {"valid": True, "violations": [], "unchecked": QFEX_REFERENCE_RULES}

    code, out, err = run(capsys, "validate", "qfex", "add_twap", path)
    assert (code, err) == (0, "")
    assert (
        out
        == f"{path}:1: valid (unchecked, no reference data: {', '.join(QFEX_REFERENCE_RULES)})\n"
    )


def test_unchecked_is_empty_with_reference(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(example("qfex", "valid"))
    code, out, err = run(
        capsys,
        "validate",
        "qfex",
        "add_twap",
        path,
        "--reference",
        str(REFERENCE_FILE),
        "--format",
        "json",
    )
    assert (code, err) == (0, "")
    assert json_lines(out) == [{"valid": True, "violations": [], "unchecked": []}]


def test_qfex_invalid_examples_without_reference(capsys: pytest.CaptureFixture[str]) -> None:
    # Lines 3 and 4 break only reference rules: without reference data they are not checked.
    path = str(example("qfex", "invalid"))
    code, out, err = run(capsys, "validate", "qfex", "add_twap", path, "--format", "json")
    assert (code, err) == (1, "")
    results = json_lines(out)
    assert [r["valid"] for r in results] == [False, False, True, True]
    assert results[2]["unchecked"] == ["symbol_active", "average_child_at_least_min_quantity"]
    assert results[3]["unchecked"] == ["symbol_active", "average_child_at_least_min_quantity"]


def test_ondo_has_no_unchecked_rules(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(example("ondo", "valid"))
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", path, "--format", "json")
    assert (code, err) == (0, "")
    assert json_lines(out) == [{"valid": True, "violations": [], "unchecked": []}]


_AVERAGE = "average_child_at_least_min_quantity"


@pytest.mark.parametrize(
    ("total", "count", "rule"),
    [
        # 0.3 / 3 == 0.1 exactly; with floats it is 0.09999999999999999 < min_quantity 0.1.
        ("0.3", 3, None),
        ("0.29", 3, _AVERAGE),
        ("0.30", 3, None),
        # A double-based reader (the schemas' consumers, most venues) reads this as 0.2, enough
        # for 2 children; as written it is cut to 0.19, not. One text, two meanings: refused
        # as a number no double carries (I-JSON), never judged by one reading.
        ("0.1999999999999999999", 2, "total_quantity.type"),
        ("2.0000000000000001", 2, "total_quantity.type"),
        ("1e400", 2, "total_quantity.type"),
        ("0.2", 2, None),
    ],
)
def test_decimal_exactness_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, total: str, count: int, rule: str | None
) -> None:
    path = tmp_path / "order.json"
    path.write_text(
        '{"type": "add_twap", "params": {"symbol": "AAPL-USD", "side": "BUY", '
        f'"total_quantity": {total}, "num_orders": {count}, "order_interval_secs": 30, '
        '"reduce_only": false}}',
        encoding="utf-8",
    )
    argv = ["validate", "qfex", "add_twap", str(path), "--reference", str(REFERENCE_FILE)]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0 if rule is None else 1, "")
    assert out.splitlines()[0] == f"{path}: {'valid' if rule is None else 'invalid'}"

    code, out, err = run(capsys, *argv, "--format", "json")
    [result] = json_lines(out)
    violations = violations_of(result)
    assert [(v["rule"], v["path"]) for v in violations] == (
        [] if rule is None else [(rule, "/params/total_quantity")]
    )
    if rule == _AVERAGE:
        assert f"total_quantity={total}," in violations[0]["message"]


@pytest.mark.parametrize(
    ("interval", "rule"),
    [
        ("30", None),
        ("3e1", None),  # the integer 30, as JSON Schema and every double-based reader say
        ("9007199254740991", None),
        ("9007199254740992", "order_interval_secs.type"),  # 2^53: past I-JSON's integers
        ("1" + "0" * 400, "order_interval_secs.type"),
        ("30.000000000000001", "order_interval_secs.type"),  # a double reads 30
        ("30.5", "order_interval_secs.type"),
    ],
)
def test_integer_contract_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, interval: str, rule: str | None
) -> None:
    """The CLI reads numbers exactly, and gives the verdict the API and the schemas give."""
    path = tmp_path / "order.json"
    path.write_text(
        '{"type": "add_twap", "params": {"symbol": "AAPL-USD", "side": "BUY", '
        f'"total_quantity": 1, "num_orders": 2, "order_interval_secs": {interval}, '
        '"reduce_only": false}}',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", "qfex", "add_twap", str(path), "--format", "json")
    assert (code, err) == (0 if rule is None else 1, "")
    [result] = json_lines(out)
    expected = [] if rule is None else [(rule, "/params/order_interval_secs")]
    assert [(v["rule"], v["path"]) for v in violations_of(result)] == expected


# --- JSON Lines and stdin -------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_json_lines_skip_blank_lines_and_report_file_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"orders{suffix}"
    path.write_text(
        f"{json.dumps(ONDO_VALID)}\n\n   \n{json.dumps(ONDO_INVALID)}\n"
        f"\n{json.dumps(ONDO_VALID)}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == f"{path}:1: valid"
    assert lines[1] == f"{path}:4: invalid"
    assert lines[2].startswith("  /runningTime: ")
    assert lines[2].endswith(" [running_time_multiple_of_frequency]")
    assert lines[3] == f"{path}:6: valid"
    assert len(lines) == 4

    code, out, err = run(
        capsys, "validate", "ondo", "create_twap_order", str(path), "--format", "json"
    )
    assert (code, err) == (1, "")
    assert [r["valid"] for r in json_lines(out)] == [True, False, True]


def test_a_json_file_is_one_document_even_across_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "order.json"
    path.write_text(json.dumps(ONDO_VALID, indent=4) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert (code, out, err) == (0, f"{path}: valid\n", "")


@pytest.mark.parametrize("explicit_dash", [True, False])
def test_stdin_json_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, explicit_dash: bool
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(ONDO_VALID, indent=2)))
    argv = ["validate", "ondo", "create_twap_order", *(["-"] if explicit_dash else [])]
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (0, "<stdin>: valid\n", "")


def test_stdin_json_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{json.dumps(ONDO_VALID)}\n\n{json.dumps(ONDO_INVALID)}\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", "-", "--lines")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == "<stdin>:1: valid"
    assert lines[1] == "<stdin>:3: invalid"
    assert lines[2].endswith("[running_time_multiple_of_frequency]")
    assert len(lines) == 3


def test_stdin_without_lines_is_one_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two documents on stdin without --lines are not one JSON document.
    text = f"{json.dumps(ONDO_VALID)}\n{json.dumps(ONDO_VALID)}\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", "-")
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert "<stdin>" in line
    assert "malformed JSON at line 2 column 1" in line


# --- input errors: exit 2, one clear line on stderr ------------------------------------------


def test_malformed_json_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"market": "AAPL-USD.P",\n "size": }\n', encoding="utf-8")
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert f"{path}: malformed JSON at line 2 column 10" in line


def test_empty_json_file_is_malformed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("", encoding="utf-8")
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert_no_verdict(code, out)
    assert f"{path}: malformed JSON at line 1 column 1" in one_error_line(err)


@pytest.mark.parametrize("invalid_first", [True, False])
def test_malformed_line_among_good_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, invalid_first: bool
) -> None:
    path = tmp_path / "mixed.jsonl"
    first = ONDO_INVALID if invalid_first else ONDO_VALID
    path.write_text(
        f"{json.dumps(first)}\n{{oops\n{json.dumps(ONDO_VALID)}\n{json.dumps(ONDO_INVALID)}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert code == 2  # an input error outranks an invalid payload, in either order
    line = one_error_line(err)
    assert line.startswith(f"twapschema: {path}:2: malformed JSON at line 1 column 2")
    verdicts = [line for line in out.splitlines() if not line.startswith("  ")]
    assert verdicts == [
        f"{path}:1: {'invalid' if invalid_first else 'valid'}",
        f"{path}:2: not read: malformed JSON at line 1 column 2: Expecting property name "
        "enclosed in double quotes",
        f"{path}:3: valid",
        f"{path}:4: invalid",
    ]

    code, out, err = run(
        capsys, "validate", "ondo", "create_twap_order", str(path), "--format", "json"
    )
    assert code == 2
    records = json_lines(out)
    assert [r["valid"] for r in records] == [not invalid_first, False, True, False]
    assert "input_error" in records[1]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('{"market": "AAPL-USD.P", "market": "MSFT-USD.P"}', "market"),
        (
            '{"type": "add_twap", "params": {"symbol": "AAPL-USD", "num_orders": 5, '
            '"num_orders": 50}}',
            "num_orders",
        ),
    ],
)
def test_duplicate_keys_are_an_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, key: str
) -> None:
    venue, message = ("qfex", "add_twap") if "add_twap" in text else ("ondo", "create_twap_order")
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "validate", venue, message, str(path))
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert str(path) in line
    assert f"duplicate key {key!r}" in line


def test_duplicate_keys_in_json_lines(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(
        json.dumps(ONDO_VALID) + '\n{"market": "A", "side": "buy", "side": "sell"}\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert code == 2
    assert out == f"{path}:1: valid\n{path}:2: not read: duplicate key 'side' in a JSON object\n"
    assert f"{path}:2: duplicate key 'side'" in one_error_line(err)


def test_unknown_venue(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _UnreadableStdin())
    code, out, err = run(capsys, "validate", "deribit", "add_twap")
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert "unknown venue 'deribit'" in line
    assert ", ".join(VENUES) in line


def test_unknown_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _UnreadableStdin())
    code, out, err = run(capsys, "validate", "qfex", "create_twap_order")
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert "unknown message 'create_twap_order'" in line
    assert "'qfex'" in line
    assert "add_twap" in line


class _UnreadableStdin:
    """Unknown names must fail before any input is read."""

    def read(self, size: int = -1) -> str:
        raise AssertionError("stdin was read")

    def readline(self, size: int = -1) -> str:
        raise AssertionError("stdin was read")

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("stdin was read")


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert_no_verdict(code, out)
    line = one_error_line(err)
    assert f"{path}: cannot read" in line


def test_missing_file_does_not_stop_other_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.json"
    good = str(example("ondo", "valid"))
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(missing), good)
    assert code == 2
    assert out.splitlines()[1:] == [f"{good}:1: valid"]
    assert out.startswith(f"{missing}: not read: cannot read: No such file or directory")
    assert str(missing) in one_error_line(err)


def test_not_utf8(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"market": "\xe9"}')
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert_no_verdict(code, out)
    assert str(path) in one_error_line(err)


# --- reference data errors ----------------------------------------------------------------


def position(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``text``."""
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


GOOD_SYMBOL = '{active: true, min_quantity: "0.1", quantity_precision: 2}'


@pytest.mark.parametrize(
    ("text", "needle", "says"),
    [
        pytest.param(
            f"qfex:\n  symbols:\n    AAPL-USD: {GOOD_SYMBOL}\nderibit:\n  symbols: {{}}\n",
            "deribit",
            "unknown venue 'deribit'",
            id="unknown-venue",
        ),
        pytest.param(
            'qfex:\n  symbols:\n    AAPL-USD: {active: "yes", min_quantity: "0.1", '
            "quantity_precision: 2}\n",
            "active",
            "qfex.symbols.AAPL-USD.active",
            id="wrong-column-type",
        ),
        pytest.param(
            # client_id_max_length is indented one column less than its sibling
            "qfex:\n  limits:\n    client_id_min_length: 1\n   client_id_max_length: 36\n",
            "client_id_max_length",
            "block mapping",
            id="yaml-syntax-error",
        ),
    ],
)
def test_bad_reference_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, needle: str, says: str
) -> None:
    path = tmp_path / "reference.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(
        capsys,
        "validate",
        "qfex",
        "add_twap",
        str(example("qfex", "valid")),
        "--reference",
        str(path),
    )
    assert_no_verdict(code, out)
    no_traceback(err)
    assert err.startswith("twapschema: reference data error")
    located = [line for line in err.splitlines() if line.startswith(f"{path}:")]
    assert len(located) == 1, err
    match = re.match(rf"^{re.escape(str(path))}:(\d+):(\d+): (.+)$", located[0])
    assert match is not None, located[0]
    assert (int(match[1]), int(match[2])) == position(text, needle)
    assert says in match[3]


def test_missing_reference_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    code, out, err = run(
        capsys,
        "validate",
        "ondo",
        "create_twap_order",
        str(example("ondo", "valid")),
        "--reference",
        str(path),
    )
    assert_no_verdict(code, out)
    no_traceback(err)
    assert f"{path}:1:1: cannot read" in err


def test_json_reference_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "reference.json"
    path.write_text(
        json.dumps(
            {
                "qfex": {
                    "limits": {"client_id_min_length": 1, "client_id_max_length": 36},
                    "symbols": {
                        "AAPL-USD": {"active": True, "min_quantity": 0.1, "quantity_precision": 2}
                    },
                }
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "validate",
        "qfex",
        "add_twap",
        str(example("qfex", "invalid")),
        "--reference",
        str(path),
        "--format",
        "json",
    )
    assert (code, err) == (1, "")
    results = json_lines(out)
    rules = [[v["rule"] for v in violations_of(r)] for r in results]
    # HALT-USD is not in this file: unknown symbol, and its average cannot be checked.
    assert rules == [
        ["order_interval_secs.minimum"],
        ["num_orders.minimum"],
        ["average_child_at_least_min_quantity"],
        ["symbol_active"],
    ]
    assert results[3]["unchecked"] == ["average_child_at_least_min_quantity"]


# --- help and list ------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"]])
def test_help_explains_exit_codes(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    text = " ".join(out.split()).lower()
    assert text.startswith("usage: twapschema")
    assert re.search(r"\b0\b[^.;]*\bvalid\b", text), out
    assert re.search(r"\b1\b[^.;]*\binvalid\b", text), out
    assert re.search(r"\b2\b[^.;]*\b(?:usage|input) error", text), out


def test_validate_help_names_formats_and_reference(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["validate", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for word in ("--reference", "--format", "--lines", ".jsonl", ".ndjson", "stdin", "--jobs"):
        assert word in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["validate"],
        ["validate", "ondo"],
        ["validate", "ondo", "x", "--format", "xml"],
        ["nope"],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    no_traceback(err)
    assert "error:" in err


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "")
    venues = [line.split(":")[0] for line in out.splitlines() if not line.startswith(" ")]
    assert tuple(venues) == VENUES
    assert (
        "ondo: Ondo Perps\n"
        "  create_twap_order (request)\n"
        "  create_twap_order_response (response)\n"
        "  error_response (error)\n"
        "qfex: QFEX\n"
        "  auth (request)\n"
        "  add_twap (request)\n"
        "  twap_response (response)\n"
        "  all_orders_response (response)\n"
        "  cancel_order (request)\n"
        "  err (error)\n"
    ) in out
    dydx = "dydx: dYdX v4\n  place_twap_order (request)\n  cancel_twap_order (request)\n"
    assert dydx + "hyperliquid:" in out


# --- generate -----------------------------------------------------------------------------


def test_generate_check_on_the_repo(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "generate", "--check", "--root", str(ROOT))
    assert (code, err) == (0, "")
    assert re.fullmatch(r"\d+ generated files up to date\n", out), out


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """Everything generation reads and writes, in a scratch directory."""
    root = tmp_path / "project"
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "specs", root / "specs", ignore=skip)
    shutil.copytree(ROOT / "generated", root / "generated", ignore=skip)
    shutil.copytree(ROOT / "twapschema" / "models", root / "twapschema" / "models", ignore=skip)
    for package in ("schemas", "testing/strategies"):
        shutil.copytree(ROOT / "twapschema" / package, root / "twapschema" / package, ignore=skip)
    shutil.copy(ROOT / "twapschema/testing/reference.yaml", root / "twapschema/testing")
    shutil.copytree(ROOT / "examples", root / "examples", ignore=skip)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generate_check_finds_stale_and_generate_restores(
    capsys: pytest.CaptureFixture[str], project_copy: Path
) -> None:
    original = snapshot(project_copy)
    code, out, err = run(capsys, "generate", "--check", "--root", str(project_copy))
    assert (code, err) == (0, ""), out
    total = int(out.split()[0])

    model = project_copy / "twapschema" / "models" / "ondo.py"
    model.write_text(model.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    orphan = project_copy / "generated" / "examples" / "ondo" / "orphan.valid.jsonl"
    orphan.write_text("{}\n", encoding="utf-8")
    edited = snapshot(project_copy)

    code, out, err = run(capsys, "generate", "--check", "--root", str(project_copy))
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "stale: generated/examples/ondo/orphan.valid.jsonl",
        "stale: twapschema/models/ondo.py",
        "2 generated file(s) out of date; run `twapschema generate`",
    ]
    assert snapshot(project_copy) == edited  # --check writes nothing

    code, out, err = run(capsys, "generate", "--root", str(project_copy))
    assert (code, err) == (0, "")
    assert out == f"wrote 2 of {total} generated files\n"
    assert snapshot(project_copy) == original

    code, out, err = run(capsys, "generate", "--check", "--root", str(project_copy))
    assert (code, out, err) == (0, f"{total} generated files up to date\n", "")


def test_generate_without_specs_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for argv in (
        ["generate", "--root", str(tmp_path)],
        ["generate", "--check", "--root", str(tmp_path)],
    ):
        code, out, err = run(capsys, *argv)
        assert_no_verdict(code, out)
        line = one_error_line(err)
        assert "no specs/ directory" in line
        assert str(tmp_path.resolve()) in line
    assert list(tmp_path.iterdir()) == []


def test_generate_reports_spec_errors_with_location(
    capsys: pytest.CaptureFixture[str], project_copy: Path
) -> None:
    spec = project_copy / "specs" / "ondo.yaml"
    text = spec.read_text(encoding="utf-8")
    broken = text.replace("divisor: frequency\n", "divisor: frequencyx\n", 1)
    assert broken != text
    spec.write_text(broken, encoding="utf-8")
    line, column = position(broken, "divisor: frequencyx")
    before = snapshot(project_copy)
    for argv in (["generate"], ["generate", "--check"]):
        code, out, err = run(capsys, *argv, "--root", str(project_copy))
        assert_no_verdict(code, out)
        no_traceback(err)
        assert err.startswith("twapschema: spec error")
        assert f"specs/ondo.yaml:{line}:{column}: " in err
        assert "frequencyx" in err
    assert snapshot(project_copy) == before  # nothing written from a broken spec


# --- end to end through the installed console script ----------------------------------------


def console_script() -> list[str]:
    beside = Path(sys.executable).parent / "twapschema"
    found = str(beside) if beside.is_file() else shutil.which("twapschema")
    assert found is not None, "the twapschema console script is not installed in this environment"
    return [found]


def run_script(
    *argv: str, stdin: str = "", command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(command or console_script()), *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )


def test_console_script_valid_and_invalid_files() -> None:
    valid = str(example("ondo", "valid"))
    done = run_script("validate", "ondo", "create_twap_order", valid)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{valid}:1: valid\n", "")

    invalid = str(example("qfex", "invalid"))
    done = run_script(
        "validate",
        "qfex",
        "add_twap",
        invalid,
        "--reference",
        str(REFERENCE_FILE),
        "--format",
        "json",
    )
    assert (done.returncode, done.stderr) == (1, "")
    rules = [
        [v["rule"] for v in json.loads(line)["violations"]] for line in done.stdout.splitlines()
    ]
    assert rules == [[rule] for rule, _ in INVALID_EXPECTED["qfex"]]


def test_console_script_reads_stdin() -> None:
    done = run_script(
        "validate", "ondo", "create_twap_order", stdin=json.dumps(ONDO_VALID, indent=2)
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "<stdin>: valid\n", "")

    lines = f"{json.dumps(ONDO_VALID)}\n\n{json.dumps(ONDO_INVALID)}\n"
    done = run_script(
        "validate", "ondo", "create_twap_order", "-", "--lines", "--format", "json", stdin=lines
    )
    assert (done.returncode, done.stderr) == (1, "")
    assert [json.loads(line)["valid"] for line in done.stdout.splitlines()] == [True, False]


def test_console_script_input_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    done = run_script("validate", "ondo", "create_twap_order", "-", stdin='{"market": ')
    assert_no_verdict(done.returncode, done.stdout)
    assert "<stdin>: malformed JSON at line 1 column 12" in one_error_line(done.stderr)

    done = run_script("validate", "deribit", "add_twap")
    assert_no_verdict(done.returncode, done.stdout)
    assert "unknown venue 'deribit'" in one_error_line(done.stderr)

    done = run_script("validate", "ondo", "create_twap_order", str(tmp_path / "missing.json"))
    assert_no_verdict(done.returncode, done.stdout)
    assert "cannot read" in one_error_line(done.stderr)


def test_module_entry_point() -> None:
    done = run_script("list", command=[sys.executable, "-m", "twapschema.cli"])
    assert (done.returncode, done.stderr) == (0, "")
    venues = [line for line in done.stdout.splitlines() if not line.startswith(" ")]
    assert tuple(line.split(":")[0] for line in venues) == VENUES


def test_lone_surrogate_escape_is_reported_without_traceback() -> None:
    # "\ud800" is valid JSON syntax but no Unicode character; it must not crash the output.
    payload = json.dumps({**ONDO_VALID, "side": "\ud800"})
    assert "\\ud800" in payload
    for fmt in ("text", "json"):
        done = subprocess.run(
            [*console_script(), "validate", "ondo", "create_twap_order", "--format", fmt],
            input=payload.encode(),
            capture_output=True,
            check=False,
            timeout=60,
        )
        stdout = done.stdout.decode("utf-8", "backslashreplace")
        stderr = done.stderr.decode("utf-8", "backslashreplace")
        assert "Traceback" not in stderr, stderr
        if done.returncode == 1:  # reported as an invalid side, the value shown escaped
            assert stderr == ""
            assert "side.enum" in stdout, stdout
        else:  # or refused as input that is not Unicode text
            assert_no_verdict(done.returncode, stdout)
            assert "<stdin>" in one_error_line(stderr)


def test_closed_stdout_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    # `twapschema validate ... | head -1`: the reader goes away after one line.
    path = tmp_path / "many.jsonl"
    path.write_text((json.dumps(ONDO_VALID) + "\n") * 20_000, encoding="utf-8")
    with subprocess.Popen(
        [*console_script(), "validate", "ondo", "create_twap_order", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read().decode("utf-8", "backslashreplace")
        process.wait(timeout=60)
    assert first == f"{path}:1: valid\n".encode()
    assert "Traceback" not in stderr, stderr
    assert "BrokenPipeError" not in stderr, stderr


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, token: str
) -> None:
    """Python's reader accepts them, JSON and the venues do not: an input error, not a verdict."""
    path = tmp_path / "order.json"
    path.write_text(json.dumps(ONDO_VALID).replace('"20.30"', token), encoding="utf-8")
    code, out, err = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert_no_verdict(code, out)
    assert f"{token} is not valid JSON" in err
    assert str(path) in err


def test_json_lines_suffix_is_case_insensitive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "ORDERS.JSONL"
    path.write_text(json.dumps(ONDO_VALID) + "\n" + json.dumps(ONDO_VALID) + "\n", "utf-8")
    code, out, _ = run(capsys, "validate", "ondo", "create_twap_order", str(path))
    assert code == 0
    assert out.splitlines() == [f"{path}:1: valid", f"{path}:2: valid"]


# --- every message, by its id ------------------------------------------------------------------

ALL_EXAMPLE_FILES = sorted((ROOT / "generated" / "examples").glob("*/*.jsonl"))


def test_every_message_has_a_valid_example_file() -> None:
    with_valid = {
        (p.parent.name, p.name.split(".")[0]) for p in ALL_EXAMPLE_FILES if ".valid." in p.name
    }
    every = {(v, m) for v in twapschema.venue_ids() for m in venue_module(v).MESSAGES}
    assert with_valid == every


@pytest.mark.parametrize("path", ALL_EXAMPLE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cli_validates_any_message_by_its_id(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    venue, message, kind = path.parent.name, *path.name.split(".")[:2]
    code, out, err = run(
        capsys, "validate", venue, message, str(path), "--reference", str(REFERENCE_FILE)
    )
    assert err == ""
    assert code == (0 if kind == "valid" else 1), out
    # "invalid", or "invalid (unchecked, no reference data: ...)" for a key with no row.
    lines = [line for line in out.splitlines() if not line.startswith(" ")]
    verdicts = [line.split(": ", 1)[1].split(" (")[0] for line in lines]
    assert verdicts
    assert set(verdicts) == {kind}


def test_generate_with_malformed_bundled_reference_data(
    capsys: pytest.CaptureFixture[str], project_copy: Path
) -> None:
    reference = project_copy / "examples" / "reference.yaml"
    reference.write_text(
        reference.read_text(encoding="utf-8").replace(
            "quantity_precision: 2}", 'quantity_precision: "two"}', 1
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "generate", "--check", "--root", str(project_copy))
    assert_no_verdict(code, out)
    assert err.startswith("twapschema: reference data error:\n")
    assert "examples/reference.yaml:1:1: qfex: Input should be a valid integer" in err
    assert "Traceback" not in err


def test_version_and_near_misses(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out == f"twapschema {twapschema.__version__}\n"
    code, out, err = run(capsys, "validate", "binanse", "new_order_twap", "x.json")
    assert (code, out) == (2, "")
    assert err.startswith("twapschema: unknown venue 'binanse' (did you mean 'binance'?); known")
    code, out, err = run(capsys, "validate", "binance", "new_order_twp", "x.json")
    assert (
        "unknown message 'new_order_twp' for venue 'binance' (did you mean 'new_order_twap'?)"
        in err
    )
    code, out, err = run(capsys, "validate", "deribit", "x", "x.json")
    assert "did you mean" not in err


def test_list_as_json_names_every_message_with_its_kind_encoding_and_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "list", "--format", "json")
    assert (code, err) == (0, "")
    venues = {v["id"]: v for v in json.loads(out)["venues"]}
    assert tuple(venues) == VENUES
    for venue, listed in venues.items():
        module = venue_module(venue)
        assert listed["name"] == module.VENUE_NAME
        assert listed["spec_version"] == module.SPEC_VERSION
        assert [m["id"] for m in listed["messages"]] == list(module.MESSAGES)
        for m in listed["messages"]:
            assert m["kind"] == module.MESSAGES[m["id"]].kind
            assert m["schema"] == twapschema.json_schema(venue, m["id"])["$id"]
    binance = {m["id"]: m for m in venues["binance"]["messages"]}
    assert binance["new_order_twap"]["encoding"] == "query"
    assert binance["new_order_twap_response"]["encoding"] == "json"


@pytest.mark.parametrize(
    ("argv", "shipped"),
    [
        (["ondo", "create_twap_order"], "ondo/create_twap_order.schema.json"),
        (["okx"], "okx.bundle.json"),
    ],
)
def test_schema_prints_the_generated_file(
    capsys: pytest.CaptureFixture[str], argv: list[str], shipped: str
) -> None:
    code, out, err = run(capsys, "schema", *argv)
    assert (code, err) == (0, "")
    assert out == (ROOT / "generated" / "schemas" / shipped).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ondx", "create_twap_order"], "unknown venue 'ondx' (did you mean 'ondo'?)"),
        (["ondo", "create_twap_ordr"], "unknown message 'create_twap_ordr'"),
    ],
)
def test_schema_of_an_unknown_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, "schema", *argv)
    assert (code, out) == (2, "")
    assert message in one_error_line(err)

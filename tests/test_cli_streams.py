"""Streams that account for every record (issue 23): each input record yields exactly one
output record, in order, naming its input; an input error is a record with its reason; a bad
byte costs its line only; a CR is whitespace; text output escapes what it quotes; closed stdin
and Ctrl-C end in one line, not a traceback."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz.stream_invariant import check_stream
from tests.test_cli import ONDO_INVALID, ONDO_VALID, run
from twapschema.cli import main

ARGS = ("validate", "ondo", "create_twap_order")


def _lines(*records: bytes) -> bytes:
    return b"".join(r + b"\n" for r in records)


VALID = json.dumps(ONDO_VALID).encode()
INVALID = json.dumps(ONDO_INVALID).encode()


def test_a_bad_byte_costs_its_line_not_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "orders.jsonl"
    records = [VALID] * 100
    records[49] = b'{"market": "\xe9"}'  # Latin-1, not UTF-8
    path.write_bytes(_lines(*records))
    code, out, err = run(capsys, *ARGS, str(path), "--format", "json")
    assert code == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 100
    assert [r["input"] for r in lines] == [f"{path}:{n}" for n in range(1, 101)]
    assert lines[49] == {
        "input": f"{path}:50",
        "valid": False,
        "input_error": "not UTF-8 text (invalid continuation byte at byte 13)",
        "violations": [],
        "unchecked": [],
    }
    assert all(r["valid"] for i, r in enumerate(lines) if i != 49)
    assert err == f"twapschema: {path}:50: not UTF-8 text (invalid continuation byte at byte 13)\n"


def test_output_record_n_is_input_record_n_with_every_kind_of_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(
        _lines(VALID, b"{oops", b"", INVALID, b'{"a": 1, "a": 2}', b"NaN", b"\xff\xfe", VALID)
    )
    code, out, _ = run(capsys, *ARGS, str(path), "--format", "json")
    assert code == 2  # the worst record: an input error
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["input"].rsplit(":", 1)[1], r["valid"], "input_error" in r) for r in records] == [
        ("1", True, False),
        ("2", False, True),
        ("4", False, False),  # line 3 is blank: no record
        ("5", False, True),
        ("6", False, True),
        ("7", False, True),
        ("8", True, False),
    ]


def test_exit_code_is_the_worst_record(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    path.write_bytes(_lines(VALID, VALID))
    assert run(capsys, *ARGS, str(path))[0] == 0
    path.write_bytes(_lines(VALID, INVALID, VALID))
    assert run(capsys, *ARGS, str(path))[0] == 1
    path.write_bytes(_lines(INVALID, b"[", VALID))
    assert run(capsys, *ARGS, str(path))[0] == 2


def test_a_bare_cr_is_json_whitespace_not_a_record_boundary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "cr.jsonl"
    split = VALID.replace(b', "side"', b',\r "side"')
    path.write_bytes(_lines(split, VALID) + VALID + b"\r\n")
    code, out, _ = run(capsys, *ARGS, str(path))
    assert (code, out) == (0, f"{path}:1: valid\n{path}:2: valid\n{path}:3: valid\n")


def test_only_json_whitespace_may_follow_a_payload(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # RFC 8259 whitespace is space, tab, LF and CR; str.isspace() also takes a form feed, a
    # vertical tab and U+00A0, which a venue's JSON reader refuses as trailing data.
    path = tmp_path / "trailing.jsonl"
    path.write_bytes(_lines(VALID + b" \t\r", VALID + b"\x0c", VALID + "\u00a0".encode()))
    code, out, _ = run(capsys, *ARGS, str(path))
    assert code == 2
    assert out.splitlines() == [
        f"{path}:1: valid",
        f"{path}:2: not read: malformed JSON at line 1 column {len(VALID) + 1}: Extra data",
        f"{path}:3: not read: malformed JSON at line 1 column {len(VALID) + 1}: Extra data",
    ]


def test_text_output_escapes_what_it_quotes(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = {**ONDO_VALID, "x\n/tmp/forged: valid\x1b[32m": 1, "y\u2028z": 2}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(hostile)))
    code, out, _ = run(capsys, *ARGS)
    assert code == 1
    assert "\x1b" not in out
    assert "\u2028" not in out
    lines = out.splitlines()
    assert lines[0] == "<stdin>: invalid"
    assert len(lines) == 3  # the verdict and one line per unknown member, none forged
    assert "x\\n/tmp/forged: valid\\u001b[32m" in out
    assert "y\\u2028z" in out


def test_json_output_names_inputs_that_need_escaping(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / 'we"ird\\name.jsonl'
    path.write_bytes(_lines(VALID))
    code, out, _ = run(capsys, *ARGS, str(path), "--format", "json")
    assert code == 0
    assert json.loads(out)["input"] == f"{path}:1"


def test_closed_stdin_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    code, out, err = run(capsys, *ARGS)
    assert code == 2
    assert out == "<stdin>: not read: standard input is closed\n"
    assert err == "twapschema: <stdin>: standard input is closed\n"


class _Interrupted:
    """A stdin whose reader is interrupted by Ctrl-C."""

    closed = False

    def __iter__(self) -> _Interrupted:
        return self

    def __next__(self) -> str:
        raise KeyboardInterrupt


def test_ctrl_c_is_one_line_and_exit_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Interrupted())
    assert main([*ARGS, "--lines"]) == 130
    assert capsys.readouterr().err == "twapschema: interrupted\n"


def test_a_closed_stdin_in_a_real_process_is_no_traceback() -> None:
    import subprocess

    script = Path(sys.executable).parent / "twapschema"
    done = subprocess.run(
        ["sh", "-c", f"'{script}' validate ondo create_twap_order 0<&-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr == "twapschema: <stdin>: standard input is closed\n"


_LINES = st.lists(
    st.one_of(
        st.just(VALID),
        st.just(INVALID),
        st.binary(max_size=30),
        st.sampled_from([b"", b"  ", b"\r", b"{", b"[]", b"null", b"\xff", b'{"a":1,"a":2}']),
        st.text(max_size=20).map(lambda t: json.dumps({**ONDO_VALID, t: 1}).encode()),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(_LINES, st.sampled_from(["json", "text"]))
def test_any_bytes_give_one_record_per_non_blank_line(lines: list[bytes], fmt: str) -> None:
    """The property `make fuzz-streams` runs for longer, coverage-guided (fuzz/)."""
    check_stream(b"\n".join(lines), fmt)

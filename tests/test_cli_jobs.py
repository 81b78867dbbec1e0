"""``validate --jobs N`` (issue 22): the records, their order, stderr and the exit code are those
of one process, whatever the blocks and however the workers finish; the reader stays a bounded
window ahead of the writer, so memory does not grow with the input; a reader that leaves and
bad arguments end cleanly. Blocks are made small here (monkeypatched) so that lines straddle
block boundaries, as they do at 1 MiB on real files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from bench import peak_memory
from tests.conftest import REFERENCE_FILE
from tests.test_cli import ONDO_INVALID, ONDO_VALID
from twapschema import cli_input
from twapschema.cli import main
from twapschema.cli_input import blocks
from twapschema.ordered_pool import in_order

ARGS = ("validate", "ondo", "create_twap_order")
VALID = json.dumps(ONDO_VALID).encode()
INVALID = json.dumps(ONDO_INVALID).encode()
# One of each kind of record: valid, invalid, blank, CRLF, malformed, a duplicate key, bad
# UTF-8, NaN, a bare CR inside a line, a line longer than a block.
KINDS = [
    VALID,
    INVALID,
    b"",
    VALID + b"\r",
    b"{oops",
    b'{"a": 1, "a": 2}',
    b'{"market": "\xe9"}',
    b"NaN",
    VALID.replace(b', "side"', b',\r "side"'),
    json.dumps({**ONDO_VALID, "note": "x" * 6000}).encode(),
]


def _mixed(count: int) -> bytes:
    return b"\n".join(KINDS[i % len(KINDS)] for i in range(count)) + b"\n"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_input, "BLOCK", 4096)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_write_what_one_process_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    orders = tmp_path / "orders.jsonl"
    orders.write_bytes(_mixed(400))
    document = tmp_path / "one.json"
    document.write_bytes(INVALID)
    tail = tmp_path / "tail.ndjson"
    tail.write_bytes(VALID + b"\n" + VALID)  # no LF at the end
    files = [str(orders), str(document), str(tmp_path / "missing.jsonl"), str(tail)]
    common = [*ARGS, *files, "--format", fmt, "--predict-error", "--reference", str(REFERENCE_FILE)]
    one = _run(capsys, *common)
    two = _run(capsys, *common, "--jobs", "2")
    assert two == one
    code, out, err = one
    assert code == 2
    # One record per non-blank line, numbered as the file is, across every block boundary.
    expected = [n for n, line in enumerate(_mixed(400).split(b"\n"), 1) if line.strip()]
    head = [line for line in out.splitlines() if not line.startswith("  ")]
    if fmt == "json":
        named = [json.loads(line)["input"] for line in head]
    else:
        named = [line.rsplit(": ", 1)[0].removesuffix(": not read") for line in head]
        named = [n.split(": ", 1)[0] for n in named]
    assert named[: len(expected)] == [f"{orders}:{n}" for n in expected]
    assert named[len(expected) :] == [
        str(document),
        f"{tmp_path / 'missing.jsonl'}",
        f"{tail}:1",
        f"{tail}:2",
    ]
    assert err.count("\n") == 4 * 40 + 1  # four unreadable kinds in 400 lines, and the missing file


def test_two_jobs_read_stdin_as_one_process_does(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Stdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BytesIO(data)
            self.closed = False

        def close(self) -> None:  # what a worker process does to its stdin first
            self.closed = True

    results = []
    for jobs in ("1", "2"):
        monkeypatch.setattr(sys, "stdin", Stdin(_mixed(120)))
        results.append(_run(capsys, *ARGS, "--lines", "--format", "json", "--jobs", jobs))
    assert results[0] == results[1]
    assert results[0][1].count("\n") == 120 - 12  # blank lines give no record


def test_two_jobs_read_raw_query_strings_as_one_process_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    query = "symbol=BTCUSDT&side=BUY&quantity=0.1&duration=5000&timestamp=1760545414000"
    path = tmp_path / "orders.txt"
    lines = [query, "", query.replace("5000", "299"), "symbol=A&symbol=B", "%ZZ"] * 300
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    common = ["validate", "binance", "new_order_twap", str(path), "--raw", "--format", "json"]
    one = _run(capsys, *common, "--reference", str(REFERENCE_FILE))
    two = _run(capsys, *common, "--reference", str(REFERENCE_FILE), "--jobs", "2")
    assert two == one
    assert one[1].count("\n") == 4 * 300
    assert '"valid": true' in one[1]
    assert "[duration.minimum]" in one[1] or "duration.minimum" in one[1]


@pytest.mark.parametrize(
    ("value", "message"),
    [("0", "'0' is not 'auto' or a whole number, 1 or more"), ("two", "'two' is not")],
)
def test_bad_jobs_are_a_usage_error(
    capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*ARGS, "x.jsonl", "--jobs", value])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_auto_jobs_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    path.write_bytes(VALID + b"\n")
    assert _run(capsys, *ARGS, str(path), "--jobs", "auto") == (0, f"{path}:1: valid\n", "")


# --- blocks: cut at LF only, whatever the reads return ---------------------------------------


class _Trickle(io.RawIOBase):
    """A pipe that hands over a few bytes per read."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data, self.step = data, step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        step = min(self.step, len(buffer))
        piece, self.data = self.data[:step], self.data[step:]
        buffer[: len(piece)] = piece
        return len(piece)


@pytest.mark.parametrize("step", [1, 7, 4096, 10_000])
@pytest.mark.parametrize("eager", [True, False])
def test_blocks_are_whole_lines_and_lose_nothing(step: int, eager: bool) -> None:
    data = _mixed(40) + b"no newline at the end"
    stream = io.BufferedReader(_Trickle(data, step), buffer_size=16)
    found = [b for b in blocks(stream, shown="t", eager=eager) if isinstance(b, bytes)]
    assert b"".join(found) == data
    assert all(b.endswith(b"\n") for b in found[:-1])


def test_a_read_that_fails_ends_the_blocks_with_an_input_error() -> None:
    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            raise OSError(5, "Input/output error")

    found = list(blocks(io.BufferedReader(Failing()), shown="disk.jsonl", eager=False))
    assert [str(e) for e in found] == ["disk.jsonl: cannot read: Input/output error"]


# --- in_order: input order, and never more than a window ahead --------------------------------


def test_results_come_in_input_order_whenever_the_work_finishes() -> None:
    futures: list[tuple[int, Future[int]]] = []
    lock = threading.Lock()

    def submit(n: int) -> Future[int]:
        future: Future[int] = Future()
        with lock:
            futures.append((n, future))
        return future

    stop = threading.Event()

    def finish_newest_first() -> None:  # a worker pool at its most unhelpful
        while not stop.is_set():
            with lock:
                waiting = [(n, f) for n, f in futures if not f.done()]
            for n, future in reversed(waiting):
                future.set_result(n)
            stop.wait(0.0005)

    thread = threading.Thread(target=finish_newest_first, daemon=True)
    thread.start()
    try:
        got = list(in_order(submit, ((n,) for n in range(300)), window=5))
    finally:
        stop.set()
        thread.join()
    assert got == list(range(300))


class _Unfinished:
    """Work that is never done until asked for its result: the reader's worst case."""

    def __init__(self, n: int) -> None:
        self.n = n

    def done(self) -> bool:
        return False

    def result(self) -> int:
        return self.n


@pytest.mark.parametrize("window", [1, 3, 8])
def test_the_reader_is_never_more_than_a_window_ahead(window: int) -> None:
    taken: list[int] = []
    written: list[int] = []

    def items() -> Iterator[tuple[int]]:
        for n in range(100):
            assert len(taken) - len(written) <= window  # before taking one more
            taken.append(n)
            yield (n,)

    unfinished: Any = _Unfinished  # stands in for a submit that returns Futures
    for value in in_order(unfinished, items(), window=window):
        written.append(value)
        assert len(taken) - len(written) < window
    assert written == list(range(100))


def test_a_window_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="window must be at least 1"):
        list(in_order(lambda n: Future(), [(1,)], window=0))


# --- real processes -------------------------------------------------------------------------


def _twapschema() -> str:
    return str(Path(sys.executable).parent / "twapschema")


def _peak_rss_kib(lines: int) -> int:
    """The largest resident set (KiB) of `validate --jobs 2` and its workers over ``lines``
    orders piped through stdin, the output read and dropped as it comes; measured from a small
    launcher, since a child of this process would start from this process's high-water mark."""
    launcher, report = peak_memory.start(
        [_twapschema(), *ARGS, "--lines", "--jobs", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert launcher.stdin is not None
    assert launcher.stdout is not None
    out = launcher.stdout
    drained = threading.Thread(target=lambda: sum(1 for _ in out), daemon=True)
    drained.start()
    chunk = (VALID + b"\n") * 1000
    for _ in range(lines // 1000):
        launcher.stdin.write(chunk)
    launcher.stdin.close()
    drained.join()
    out.close()
    done = peak_memory.finish(launcher, report)
    assert done.code == 0
    return done.peak_kib


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB, and fork workers: Linux")
def test_memory_does_not_grow_with_the_input() -> None:
    small = _peak_rss_kib(2_000)
    large = _peak_rss_kib(200_000)  # about 34 MB of orders through a pipe
    assert large - small < 20 * 1024, (small, large)


def test_a_reader_that_leaves_ends_the_pool_quietly(tmp_path: Path) -> None:
    path = tmp_path / "orders.jsonl"
    path.write_bytes((VALID + b"\n") * 50_000)
    done = subprocess.run(
        [
            "sh",
            "-c",
            f"'{_twapschema()}' validate ondo create_twap_order '{path}' --jobs 2 | head -1",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout == f"{path}:1: valid\n"
    assert "Traceback" not in done.stderr
    assert done.stderr == ""

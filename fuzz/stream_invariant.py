"""The stream reader's contract, shared by the atheris target (fuzz/stream_reader.py) and the
property test (tests/test_cli_streams.py): any bytes in, one output record per non-blank line
(LF-separated), in order, each naming its line; exit 0, 1 or 2; nothing else."""

from __future__ import annotations

import contextlib
import io
import json
import sys

from twapschema.cli import main


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)
        self.closed = False


def check_stream(data: bytes, fmt: str = "json") -> None:
    expected = [n for n, raw in enumerate(data.split(b"\n"), 1) if raw and not raw.isspace()]
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = _Stdin(data)  # type: ignore[assignment,unused-ignore]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["validate", "ondo", "create_twap_order", "--lines", "--format", fmt])
    finally:
        sys.stdin = saved
    assert code in (0, 1, 2), code
    lines = out.getvalue().splitlines()
    if fmt == "json":
        seen = [int(json.loads(line)["input"].rsplit(":", 1)[1]) for line in lines]
    else:
        seen = [int(line.split(":", 2)[1]) for line in lines if not line.startswith("  ")]
    assert seen == expected, (seen, expected)

"""atheris target for the CLI's stream reader: any bytes on stdin as JSON Lines, and the
output must hold one record per non-blank line, in order (fuzz/stream_invariant.py).

    make fuzz-streams    (FUZZ_RUNS runs from fuzz/stream_corpus/, text and JSON output)
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from stream_invariant import check_stream


def test_one_input(data: bytes) -> None:
    check_stream(data, "json" if len(data) % 2 else "text")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

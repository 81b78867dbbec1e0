"""The peak memory of a command and its worker processes, measured so that the caller's own
memory does not count.

A child's ``ru_maxrss`` (from wait4) starts at the high-water mark of the memory it was forked
from: Linux keeps the old mapping's mark across exec. So a benchmark or a test runner of
hundreds of MB would hide a command that grows by tens. The command is started instead from a
small launcher (a bare ``python -S``, about 10 MB), which waits for it and reports its usage:
the largest resident set of the command and of every process it waited for (its workers).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

_LAUNCHER = """
import json, os, sys, time
report, command = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.posix_spawn(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - started
with open(report, "w") as out:
    json.dump({"seconds": seconds, "code": os.waitstatus_to_exitcode(status),
               "peak_kib": usage.ru_maxrss}, out)
"""


@dataclass(frozen=True)
class Measured:
    seconds: float
    code: int
    peak_kib: int  # Linux reports ru_maxrss in KiB


def start(command: list[str], **popen: Any) -> tuple[subprocess.Popen[bytes], Path]:
    """The launcher running ``command`` (its first item an absolute path); ``popen`` as for
    subprocess.Popen (stdin, stdout: they reach the command). ``finish`` reads the result."""
    report = Path(tempfile.mkstemp(suffix=".json")[1])
    launcher = subprocess.Popen(
        [sys.executable, "-S", "-c", _LAUNCHER, str(report), *command], **popen
    )
    return launcher, report


def finish(launcher: subprocess.Popen[bytes], report: Path) -> Measured:
    launcher.wait()
    try:
        found = json.loads(report.read_text(encoding="utf-8"))
    finally:
        report.unlink()
    return Measured(found["seconds"], found["code"], found["peak_kib"])


def run(command: list[str], stdout: int | IO[bytes] | None = subprocess.DEVNULL) -> Measured:
    launcher, report = start(command, stdout=stdout)
    return finish(launcher, report)

"""Shared by the capture scripts: run a client with its transport stubbed, keep what it sent.

Each script drives one client offline (no network: the HTTP call is replaced by a function that
records the request and returns a plausible reply) and writes ``corpus/<venue>.<client>.json``:
the exact bytes put on the wire, where they came from (package, version, function, arguments)
and the verdict the venue's documents or code imply, with its basis. Run by hand from the
project root, in a scratch environment with the client installed (they stay out of CI):

    python -m venv /tmp/capture && /tmp/capture/bin/pip install binance-sdk-algo==3.9.0 ...
    /tmp/capture/bin/python corpus/capture/binance_sdk_algo.py

``tests/test_corpus.py`` checks that twapschema gives every captured payload that verdict.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent
# Clients sign with the time; a fixed clock makes the capture repeatable (and its signatures).
FIXED_MILLISECONDS = 1641522717552


@dataclass
class Expect:
    """What the venue would do with the payload: accept it, or refuse it for ``violates``
    (twapschema rule ids); ``unknown`` when no source says, with the reason in ``basis``."""

    verdict: str  # accept | refuse | unknown
    basis: str
    violates: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"verdict": self.verdict, "basis": self.basis}
        if self.violates:
            out["violates"] = sorted(self.violates)
        return out


def accept(basis: str) -> Expect:
    return Expect("accept", basis)


def refuse(basis: str, *violates: str) -> Expect:
    return Expect("refuse", basis, list(violates))


def unknown(basis: str) -> Expect:
    return Expect("unknown", basis)


@dataclass
class Capture:
    venue: str
    client: str  # short name in the file name: sdk-algo, ccxt, python-okx
    package: str  # as installed: binance-sdk-algo
    language: str
    cases: list[dict[str, Any]] = field(default_factory=list)

    def add(
        self,
        *,
        case_id: str,
        message: str,
        function: str,
        arguments: dict[str, Any],
        request: dict[str, Any],
        expect: Expect,
    ) -> None:
        """``request``: {method, url, content_type, body} exactly as the stub saw them."""
        self.cases.append(
            {
                "id": case_id,
                "message": message,
                "function": function,
                "arguments": arguments,
                "request": request,
                "expect": expect.to_json(),
            }
        )

    def write(self, package_version: str | None = None, note: str = "") -> Path:
        path = CORPUS / f"{self.venue}.{self.client}.json"
        document = {
            "venue": self.venue,
            "client": {
                "package": self.package,
                "version": package_version or version(self.package),
                "language": self.language,
            },
            "captured_by": f"corpus/capture/{Path(sys.argv[0]).name}",
            "note": note,
            "cases": self.cases,
        }
        path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"{path.relative_to(CORPUS.parent)}: {len(self.cases)} cases")
        return path

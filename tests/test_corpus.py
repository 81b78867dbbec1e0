"""Every payload a real client put on the wire (corpus/*.json) gets the venue's verdict.

The corpus holds what the venues' own clients (and CCXT) send, captured offline by the scripts
in corpus/capture/, each with the verdict the venue's documents or code imply. A payload the
venue accepts must be valid here; one it refuses must be refused for exactly the rules named.
Where no source says what the venue does (``unknown``), the case is still validated, so a crash
or a lost member shows, but no verdict is claimed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import twapschema
from twapschema.runtime.registry import message_entry

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "corpus").glob("*.json"))
REFERENCE = twapschema.load_reference(ROOT / "examples" / "reference.yaml")


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in CORPUS:
        document = json.loads(path.read_text("utf-8"))
        for case in document["cases"]:
            out.append((document["venue"], {**case, "file": path.name}))
    return out


CASES = _cases()


def wire_text(venue: str, case: dict[str, Any]) -> str:
    """The message as it travelled: the body, or (for a request with none) the URL's query."""
    request = case["request"]
    body = request.get("body")
    return str(body) if body is not None else urlsplit(str(request["url"])).query


def test_the_corpus_covers_every_venue_with_known_messages() -> None:
    assert {venue for venue, _ in CASES} == set(twapschema.venue_ids())
    for venue, case in CASES:
        message_entry(venue, case["message"])


def test_every_case_says_where_it_came_from() -> None:
    for path in CORPUS:
        document = json.loads(path.read_text("utf-8"))
        assert document["client"]["package"]
        assert document["client"]["version"]
        assert (ROOT / document["captured_by"]).is_file(), document["captured_by"]
        for case in document["cases"]:
            assert case["function"], case["id"]
            assert case["request"]["url"], case["id"]
            assert case["expect"]["verdict"] in ("accept", "refuse", "unknown")


@pytest.mark.parametrize(("venue", "case"), CASES, ids=[f"{c['file']}:{c['id']}" for _, c in CASES])
def test_captured_payload_gets_the_venues_verdict(venue: str, case: dict[str, Any]) -> None:
    result = twapschema.validate_wire(
        venue,
        case["message"],
        wire_text(venue, case),
        reference=REFERENCE,
        content_type=case["request"].get("content_type"),
    )
    expect = case["expect"]
    assert expect["basis"], "every expected verdict says why"
    got = sorted({v.rule for v in result.violations})
    if expect["verdict"] == "accept":
        assert result.valid, result.violations
        assert not result.unchecked, "the bundled reference data covers every corpus symbol"
    elif expect["verdict"] == "refuse":
        assert not result.valid
        assert got == expect["violates"], result.violations
    else:
        assert expect["verdict"] == "unknown"

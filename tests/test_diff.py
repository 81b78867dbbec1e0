"""`twapschema diff` (issue 21): a table of spec edits, for requests and for replies, with the
classification each must get; replay proves an edited rule's direction; a change classified
non-breaking for a request never turns a payload the old spec accepted invalid."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from twapschema.diff import diff
from twapschema.diff.replay import replay
from twapschema.errors import SpecError
from twapschema.spec.check import load_spec_text

# Without the reply's echo of reduceOnly: a case below removes that member, and an echo of a
# member that is gone is a spec error (tests/test_serve_spec.py), not a change to classify.
ECHO_REDUCE_ONLY = "        /result/reduceOnly: /reduceOnly\n"
_SHIPPED = (ROOT / "specs" / "ondo.yaml").read_text(encoding="utf-8")
assert _SHIPPED.count(ECHO_REDUCE_ONLY) == 1
# The version cases below bump from 1.0.0, whatever the shipped spec's version is now.
ONDO = re.sub(
    r'^  version: "[^"]*"\n',
    '  version: "1.0.0"\n',
    _SHIPPED.replace(ECHO_REDUCE_ONLY, ""),
    count=1,
    flags=re.MULTILINE,
)
assert '  version: "1.0.0"\n' in ONDO
RUNNING_MAX = "          value: 86400\n"
RUNNING_MIN = "          value: 300\n"
CHILDREN_MAX = "        maximum: 200\n"
SIDES = "      sell: {description: Sell., means: sell}\n"
REDUCE_ONLY = "        type: boolean\n        description: If true, child orders are reduce-only.\n"
REQUEST_POLICY = "    unknown_fields:\n      policy: reject\n"
ERROR_FIELD = (
    "      error:\n        type: string\n        description: Error message, present only on"
    ' failure.\n        example: ""\n        source: {doc: create-twap-order, section:'
    ' "Response: error"}\n'
)


REQUEST_AT = ONDO.index("  create_twap_order:\n")
REPLY_AT = ONDO.index("  create_twap_order_response:\n")


def _between(start: str, stop: str, at: int = REQUEST_AT) -> str:
    begin = ONDO.index(start, at)
    return ONDO[begin : ONDO.index(stop, begin)]


REDUCE_ONLY_FIELD = _between("      reduceOnly:\n", "      maxPrice:\n")
NOTE_FIELD = (
    "      note:\n        type: string\n        description: A note.\n"
    '        source: {doc: create-twap-order, section: "Body: size"}\n'
)
SIZE_MINIMUM = "        exclusiveMinimum:\n          value: 0\n"
SIZE_MINIMUM_BLOCK = _between(SIZE_MINIMUM, "      runningTime:\n")
CHILD_RULE = _between("      child_order_count:\n", "      min_price_not_above_max_price:\n")
REPLY_POLICY = "    unknown_fields:\n      policy: ignore\n"
RUNNING_MAX_MESSAGE = "          message: runningTime must be at most 86400 seconds (24 hours)\n"


def edited(old: str, new: str) -> str:
    """ONDO with the first ``old`` from the request message on replaced (the reply's when
    ``old`` is the reply's unknown-member policy; before the request when only there)."""
    at = REPLY_AT if old == REPLY_POLICY else REQUEST_AT
    if old not in ONDO[at:]:
        at = 0
    index = ONDO.index(old, at)
    return ONDO[:index] + new + ONDO[index + len(old) :]


# (edit, [(change id, severity, direction)]): a request spec is what the venue accepts, a reply
# spec what it sends; refusing more breaks senders, allowing more breaks readers.
CASES = {
    "request bound tightened": (
        (RUNNING_MAX, "          value: 43200\n"),
        [("ondo/create_twap_order/runningTime.maximum", "breaking", "tighter")],
    ),
    "request bound loosened": (
        (RUNNING_MAX, "          value: 90000\n"),
        [("ondo/create_twap_order/runningTime.maximum", "info", "looser")],
    ),
    "request minimum raised": (
        (RUNNING_MIN, "          value: 600\n"),
        [("ondo/create_twap_order/runningTime.minimum", "breaking", "tighter")],
    ),
    "enum value removed (request and reply)": (
        (SIDES, ""),
        [
            ("ondo/create_twap_order/side.enum", "breaking", "tighter"),
            ("ondo/create_twap_order_response/result.side.enum", "info", "tighter"),
        ],
    ),
    "enum value added (request and reply)": (
        (SIDES, SIDES + "      hold: {description: Hold.}\n"),
        [
            ("ondo/create_twap_order/side.enum", "info", "looser"),
            ("ondo/create_twap_order_response/result.side.enum", "breaking", "looser"),
        ],
    ),
    "request member newly required": (
        (REDUCE_ONLY, "        type: boolean\n        required: true\n" + REDUCE_ONLY[22:]),
        [("ondo/create_twap_order/reduceOnly.required", "breaking", "tighter")],
    ),
    "request unit changed": (
        (
            "        unit: seconds\n        description: >-\n          Total duration",
            "        unit: minutes\n        description: >-\n          Total duration",
        ),
        [("ondo/create_twap_order/runningTime.unit", "breaking", "both")],
    ),
    "request stops refusing unknown members": (
        (REQUEST_POLICY, "    unknown_fields:\n      policy: ignore\n"),
        [("ondo/create_twap_order/unknown_field", "info", "looser")],
    ),
    "request rule edited tighter (proven by replay)": (
        (CHILDREN_MAX, "        maximum: 100\n"),
        [("ondo/create_twap_order/child_order_count", "breaking", "tighter")],
    ),
    "request rule edited looser (proven by replay)": (
        (CHILDREN_MAX, "        maximum: 300\n"),
        [("ondo/create_twap_order/child_order_count", "info", "looser")],
    ),
    "request member removed (unknown members are refused)": (
        (REDUCE_ONLY_FIELD, ""),
        [("ondo/create_twap_order/reduceOnly", "breaking", "tighter")],
    ),
    "request optional member added": (
        (REDUCE_ONLY_FIELD, REDUCE_ONLY_FIELD + NOTE_FIELD),
        [("ondo/create_twap_order/note", "info", "looser")],
    ),
    "request required member added": (
        (
            REDUCE_ONLY_FIELD,
            REDUCE_ONLY_FIELD
            + NOTE_FIELD.replace("type: string\n", "type: string\n        required: true\n"),
        ),
        [("ondo/create_twap_order/note", "breaking", "tighter")],
    ),
    "request member now nullable": (
        (REDUCE_ONLY, "        type: boolean\n        nullable: true\n" + REDUCE_ONLY[22:]),
        [("ondo/create_twap_order/reduceOnly.type", "info", "looser")],
    ),
    "request member type changed": (
        (
            "        type: decimal_string\n        required: true\n        unit: base currency\n",
            "        type: decimal_number\n        required: true\n        unit: base currency\n",
        ),
        [("ondo/create_twap_order/size.type", "breaking", "both")],
    ),
    "request constraint added": (
        (
            RUNNING_MAX_MESSAGE,
            RUNNING_MAX_MESSAGE + "        multipleOf:\n          value: 60\n"
            '          source: {doc: create-twap-order, section: "Body: runningTime"}\n',
        ),
        [("ondo/create_twap_order/runningTime.multipleOf", "breaking", "tighter")],
    ),
    "request constraint removed": (
        (SIZE_MINIMUM_BLOCK, ""),
        [("ondo/create_twap_order/size.exclusiveMinimum", "info", "looser")],
    ),
    "request rule added": (
        (
            CHILD_RULE,
            CHILD_RULE
            + CHILD_RULE.replace("child_order_count:", "at_most_100_children:").replace(
                CHILDREN_MAX, "        maximum: 100\n"
            ),
        ),
        [("ondo/create_twap_order/at_most_100_children", "breaking", "tighter")],
    ),
    "reply starts refusing unknown members": (
        (REPLY_POLICY, "    unknown_fields:\n      policy: reject\n"),
        [("ondo/create_twap_order_response/unknown_field", "info", "tighter")],
    ),
    "reply member newly required": (
        (
            ERROR_FIELD,
            ERROR_FIELD.replace("type: string\n", "type: string\n        required: true\n"),
        ),
        [("ondo/create_twap_order_response/error.required", "info", "tighter")],
    ),
    "reply member removed (replies ignore unknown members)": (
        (ERROR_FIELD, ""),
        [("ondo/create_twap_order_response/error", "breaking", "looser")],
    ),
}


def report_of(text: str, old: str = ONDO) -> list[tuple[str, str, str]]:
    a = load_spec_text(old, "old/ondo.yaml")
    b = load_spec_text(text, "new/ondo.yaml")
    return [(f.change.id, f.severity, f.direction) for f in diff(a, b, root=ROOT).findings]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_each_kind_of_edit_is_classified(case: str) -> None:
    (old, new), expected = CASES[case]
    assert sorted(report_of(edited(old, new))) == sorted(expected)


def test_prose_changes_nothing() -> None:
    text = ONDO.replace("Order side.", "The side of the order.").replace("Buy.", "Buying.")
    assert report_of(text) == []


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_request_change_that_is_not_breaking_refuses_nothing_the_old_spec_took(
    case: str,
) -> None:
    """Over both specs' vectors and drawn payloads: non-breaking for a request means no payload
    the old spec accepted is refused now (and breaking, here, that one is)."""
    (old, new), expected = CASES[case]
    a = load_spec_text(ONDO, "old/ondo.yaml")
    b = load_spec_text(edited(old, new), "new/ondo.yaml")
    request = "create_twap_order"
    rules = {c.rsplit("/", 1)[-1] for c, _, _ in expected}
    refused, _ = replay(a, b, {request: rules}, ROOT)[request].counts
    severities = {s for c, s, _ in expected if f"/{request}/" in c}
    if severities <= {"info"}:
        assert refused == 0
    if "breaking" in severities and case != "request unit changed":
        assert refused > 0  # a unit's meaning changes, not a verdict the replay can see


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from twapschema.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_cli_fails_on_what_it_is_told_and_takes_overrides(tmp_path: Path) -> None:
    new = tmp_path / "ondo.yaml"
    new.write_text(edited(RUNNING_MAX, "          value: 43200\n"), encoding="utf-8")
    old = str(ROOT / "specs" / "ondo.yaml")
    done = _cli("diff", old, str(new))
    assert done.returncode == 1, done.stderr
    assert "breaking: create_twap_order (request): maximum tightened" in done.stdout
    assert _cli("diff", old, str(new), "--fail-on", "never").returncode == 0
    as_json = json.loads(_cli("diff", old, str(new), "--format", "json").stdout)
    assert as_json["worst"] == "breaking"
    overrides = tmp_path / "severity.json"
    overrides.write_text(
        json.dumps({"ondo/create_twap_order/runningTime.maximum": "info"}), encoding="utf-8"
    )
    done = _cli("diff", old, str(new), "--severity", str(overrides))
    assert (done.returncode, "info (overridden)" in done.stdout) == (0, True)
    summary = _cli("diff", old, str(new), "--format", "summary").stdout
    assert summary.startswith(
        "### ondo 1.0.0\n- breaking:\n  - create_twap_order: maximum tightened"
    )


def test_cli_reads_git_revisions() -> None:
    done = _cli("diff", "HEAD:specs/ondo.yaml", "specs/ondo.yaml")
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith(": no change that moves a verdict\n")
    bad = _cli("diff", "no-such-rev", "specs/")
    assert bad.returncode == 2
    assert bad.stderr.startswith("twapschema: git ls-tree")


VERSION = '  version: "1.0.0"\n'


@pytest.mark.parametrize(
    ("edit", "version", "problem"),
    [
        ((RUNNING_MAX, "          value: 43200\n"), "1.0.0", "needs a new major version (2.0.0)"),
        ((RUNNING_MAX, "          value: 43200\n"), "1.1.0", "needs a new major version (2.0.0)"),
        ((RUNNING_MAX, "          value: 43200\n"), "2.0.0", None),
        (
            (RUNNING_MAX, "          value: 90000\n"),
            "1.0.1",
            "at least a new minor version (1.1.0)",
        ),
        ((RUNNING_MAX, "          value: 90000\n"), "1.1.0", None),
        (("Order side.", "The side of the order."), "1.0.0", None),  # prose: no bump needed
    ],
)
def test_a_change_needs_its_version_bump(
    edit: tuple[str, str], version: str, problem: str | None
) -> None:
    text = edited(*edit).replace(VERSION, f'  version: "{version}"\n')
    report = diff(
        load_spec_text(ONDO, "old/ondo.yaml"), load_spec_text(text, "new/ondo.yaml"), root=ROOT
    )
    found = report.version_problem()
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert problem in found


def test_check_version_fails_the_cli(tmp_path: Path) -> None:
    new = tmp_path / "ondo.yaml"
    new.write_text(edited(RUNNING_MAX, "          value: 43200\n"), encoding="utf-8")
    old = str(ROOT / "specs" / "ondo.yaml")
    done = _cli("diff", old, str(new), "--fail-on", "never", "--check-version")
    assert done.returncode == 1
    assert "needs a new major version (2.0.0)" in done.stderr


def test_a_spec_without_a_version_is_refused_unless_read_as_an_old_revision() -> None:
    text = ONDO.replace(VERSION, "")
    with pytest.raises(SpecError, match="missing required key 'version'"):
        load_spec_text(text, "specs/ondo.yaml")
    assert load_spec_text(text, "HEAD~9:specs/ondo.yaml", unversioned=True).venue.version == (
        "0.0.0"
    )


def test_a_rule_removed_is_looser() -> None:
    """(The spec's examples name each rule they break, so a rule is removed here by reading
    the spec with a second copy of it as the old one.)"""
    (old, new), _ = CASES["request rule added"]
    assert report_of(ONDO, old=edited(old, new)) == [
        ("ondo/create_twap_order/at_most_100_children", "info", "looser")
    ]


# Numeric bounds of the request, each as (the text that sets it, its value): an edit moves one.
BOUNDS = [
    (RUNNING_MAX, 86400),
    (RUNNING_MIN, 300),
    (CHILDREN_MAX, 200),
    ("        minimum: 2\n        maximum: 200\n", 2),
]


# A step each way in `make test`; by more too in a deep run (each case replays the spec's
# payloads through both specs: 15-35 s, the suite's slowest cases).
SHIFTS = [-2, -1, 1, 2] if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else [-1, 1]


@pytest.mark.parametrize("which", range(len(BOUNDS)))
@pytest.mark.parametrize("shift", SHIFTS)
def test_no_request_edit_classified_non_breaking_refuses_an_accepted_payload(
    which: int, shift: int
) -> None:
    """Each of the request's bounds moved both ways, by a step and by more (nested Hypothesis
    cannot draw the edits: the replay draws with it): when diff calls the change
    non-breaking, no replayed payload the old spec accepted is refused by the new one; when it
    calls it breaking, one is."""
    anchor, value = BOUNDS[which]
    moved = max(1, value + shift * max(1, value // 10))
    text = edited(anchor, anchor.replace(str(value), str(moved), 1))
    old_spec = load_spec_text(ONDO, "old/ondo.yaml")
    new_spec = load_spec_text(text, "new/ondo.yaml")
    report = diff(old_spec, new_spec, root=ROOT)
    request = [f for f in report.findings if f.change.message == "create_twap_order"]
    refused, _ = replay(old_spec, new_spec, {"create_twap_order": {"child_order_count"}}, ROOT)[
        "create_twap_order"
    ].counts
    assert request, (anchor, moved)
    if all(f.severity == "info" for f in request):
        assert refused == 0, (anchor, moved, request)
    else:
        assert refused > 0, (anchor, moved, request)

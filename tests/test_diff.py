"""`twapschema diff` (issue 21): a table of spec edits, for requests and for replies, with the
classification each must get; replay proves an edited rule's direction; a change classified
non-breaking for a request never turns a payload the old spec accepted invalid."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from twapschema.diff import diff
from twapschema.diff.replay import replay
from twapschema.errors import SpecError
from twapschema.spec.check import load_spec_text

ONDO = (ROOT / "specs" / "ondo.yaml").read_text(encoding="utf-8")
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


def edited(old: str, new: str) -> str:
    assert ONDO.count(old) >= 1, old
    return ONDO.replace(old, new, 1)


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

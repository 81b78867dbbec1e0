"""Snapshots: reference data says where it came from and when (`snapshot: {source, taken_at}` in
a venue's part), and a validator told a maximum age sets older or undated data aside, saying so,
instead of trusting it."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

import twapschema
from tests.conftest import REFERENCE_FILE, ROOT
from tests.test_spec_errors import FILE, mutated
from twapschema.cli import main
from twapschema.errors import ReferenceDataError, SpecError
from twapschema.runtime.reference import Snapshot
from twapschema.spec.check import load_spec_text

BUNDLED: dict[str, Any] = yaml.safe_load(
    (ROOT / "examples" / "reference.yaml").read_text(encoding="utf-8")
)
SOURCE = "wss://mds.qfex.com refdata"
ORDER = json.loads(
    (ROOT / "generated/examples/qfex/add_twap.valid.jsonl").read_text().splitlines()[0]
)
UNKNOWN_SYMBOL = {**ORDER, "params": {**ORDER["params"], "symbol": "NOPE-USD"}}


def with_snapshot(taken_at: object, venue: str = "qfex") -> dict[str, Any]:
    data = copy.deepcopy(BUNDLED)
    data[venue]["snapshot"] = {"source": SOURCE, "taken_at": taken_at}
    return data


def ago(**delta: float) -> str:
    return (datetime.now(UTC) - timedelta(**delta)).isoformat().replace("+00:00", "Z")


def test_a_snapshot_is_read_with_the_data() -> None:
    reference = twapschema.parse_reference(with_snapshot("2026-12-02T07:00:00Z"))
    assert reference.snapshot("qfex") == Snapshot(SOURCE, datetime(2026, 12, 2, 7, tzinfo=UTC))
    assert reference.snapshot("aevo") is None
    assert reference.for_venue("qfex") is not None  # the tables load as before


def test_yaml_read_times_are_taken_too() -> None:
    # An unquoted YAML timestamp arrives as a datetime; with its offset it is as good as text.
    reference = twapschema.parse_reference(with_snapshot(datetime(2026, 12, 2, 7, tzinfo=UTC)))
    snapshot = reference.snapshot("qfex")
    assert snapshot is not None
    assert snapshot.taken_at == datetime(2026, 12, 2, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("snapshot", "says", "at"),
    [
        ("yesterday", "qfex.snapshot: must be {source: text, taken_at: RFC 3339 time}", "snapshot"),
        (
            {"source": SOURCE, "taken_at": "2026-12-02T07:00:00"},
            "qfex.snapshot.taken_at: an RFC 3339 time with its offset",
            "taken_at",
        ),
        (
            {"source": SOURCE, "taken_at": "2026-13-40T07:00:00Z"},  # shaped right, no date
            "qfex.snapshot.taken_at: an RFC 3339 time with its offset",
            "taken_at",
        ),
        ({"source": "", "taken_at": "2026-12-02T07:00:00Z"}, "qfex.snapshot.source", "source"),
        (
            {"source": SOURCE, "taken_at": "2026-12-02T07:00:00Z", "by": "me"},
            "must be {source: text, taken_at: RFC 3339 time}",
            "snapshot",
        ),
    ],
)
def test_a_bad_snapshot_is_a_located_error(
    tmp_path: Path, snapshot: object, says: str, at: str
) -> None:
    data = copy.deepcopy(BUNDLED)
    data["qfex"]["snapshot"] = snapshot
    path = tmp_path / "reference.json"
    text = json.dumps(data, indent=1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        twapschema.load_reference(path)
    (problem,) = caught.value.problems
    assert says in problem.message
    line = next(i for i, t in enumerate(text.splitlines(), 1) if f'"{at}"' in t)
    assert problem.location.line == line


@pytest.mark.parametrize(("seconds_ago", "fresh"), [(30, True), (7200, False)])
def test_a_maximum_age_sets_old_data_aside(seconds_ago: int, fresh: bool) -> None:
    taken_at = ago(seconds=seconds_ago)  # drawn here: ids with the time would differ by worker
    reference = twapschema.parse_reference(with_snapshot(taken_at))
    result = twapschema.validate(
        "qfex", "add_twap", UNKNOWN_SYMBOL, reference=reference, max_age=timedelta(hours=1)
    )
    if fresh:
        assert [v.rule for v in result.violations] == ["symbol_active"]
        assert result.stale_reference is None
    else:
        assert result.valid
        assert "symbol_active" in result.unchecked
        assert result.stale_reference is not None
        assert result.stale_reference.startswith(f"qfex reference data taken {taken_at[:19]}")
        assert result.stale_reference.endswith("old, more than 1:00:00")
        assert result.to_json()["stale_reference"] == result.stale_reference


def test_undated_data_is_not_trusted_under_a_maximum_age() -> None:
    reference = twapschema.parse_reference(BUNDLED)
    result = twapschema.validate(
        "qfex", "add_twap", UNKNOWN_SYMBOL, reference=reference, max_age=timedelta(days=365)
    )
    assert result.valid
    assert result.stale_reference == (
        "qfex reference data does not say when it was taken (snapshot.taken_at)"
    )
    # Without a maximum age, the same data is used.
    used = twapschema.validate("qfex", "add_twap", UNKNOWN_SYMBOL, reference=reference)
    assert [v.rule for v in used.violations] == ["symbol_active"]
    assert used.stale_reference is None


def test_the_age_limit_is_inclusive() -> None:
    taken = datetime(2026, 12, 2, 7, tzinfo=UTC)
    reference = twapschema.parse_reference(with_snapshot(taken.isoformat()))
    hour = timedelta(hours=1)
    assert reference.stale("qfex", hour, taken + hour) is None
    assert reference.stale("qfex", hour, taken + hour + timedelta(microseconds=1)) is not None


def test_a_validator_judges_the_age_at_each_call() -> None:
    reference = twapschema.parse_reference(with_snapshot(ago(seconds=0.2)))
    check = twapschema.validator(
        "qfex", "add_twap", reference=reference, max_age=timedelta(milliseconds=500)
    )
    assert not check(UNKNOWN_SYMBOL).valid
    old = twapschema.parse_reference(with_snapshot(ago(seconds=1)))
    aged = twapschema.validator(
        "qfex", "add_twap", reference=old, max_age=timedelta(milliseconds=500)
    )
    assert aged(UNKNOWN_SYMBOL).valid
    assert aged(UNKNOWN_SYMBOL).stale_reference is not None


def test_a_message_that_reads_no_reference_data_is_not_called_stale() -> None:
    reference = twapschema.parse_reference(BUNDLED)
    cancel = {"type": "cancel_order", "params": {"twap_id": "1"}}
    result = twapschema.validate(
        "qfex", "cancel_order", cancel, reference=reference, max_age=timedelta(seconds=1)
    )
    assert result.stale_reference is None


def test_the_cli_says_when_it_set_the_data_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = tmp_path / "reference.json"
    ref.write_text(json.dumps(with_snapshot(ago(hours=2))), encoding="utf-8")
    order = tmp_path / "order.json"
    order.write_text(json.dumps(UNKNOWN_SYMBOL), encoding="utf-8")
    argv = ["validate", "qfex", "add_twap", str(order), "--reference", str(ref)]
    assert main([*argv, "--max-age", "3600"]) == 0
    out = capsys.readouterr().out
    assert "(reference data not used: qfex reference data taken" in out
    assert main([*argv, "--max-age", "3600", "--format", "json"]) == 0
    assert "stale_reference" in json.loads(capsys.readouterr().out)
    assert main(argv) == 1  # no maximum age: the data is used, the symbol refused
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:
        main([*argv, "--max-age", "an hour"])
    assert usage.value.code == 2
    assert "'an hour' is not a whole number of seconds" in capsys.readouterr().err


def test_no_section_may_be_called_snapshot() -> None:
    text = mutated("  symbols:\n    kind: table\n", "  snapshot:\n    kind: table\n")
    with pytest.raises(SpecError) as caught:
        load_spec_text(text, FILE)
    assert "'snapshot' is the key of a reference file's provenance" in str(caught.value)


def test_the_example_reference_is_the_examples_file() -> None:
    shipped = twapschema.example_reference()
    examples = twapschema.load_reference(REFERENCE_FILE)
    assert sorted(shipped.venues) == sorted(examples.venues)
    for venue, part in shipped.venues.items():
        assert part.model_dump() == examples.venues[venue].model_dump(), venue
    assert shipped.snapshots == examples.snapshots

"""What the venue test modules share: payload edits and verdict assertions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from twapschema import ValidationResult

Expected = list[tuple[str, str]]


class _Absent:
    """Marks a member to leave out of the payload."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()


def changed(base: Mapping[str, object], **changes: object) -> dict[str, object]:
    """A copy of ``base`` with members replaced, added, or (with ABSENT) left out."""
    out = dict(base)
    for key, value in changes.items():
        if value is ABSENT:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def found(result: ValidationResult) -> Expected:
    """(rule, path) of every violation, sorted; duplicates are kept so they are caught."""
    return sorted((v.rule, v.path) for v in result.violations)


def assert_verdict(result: ValidationResult, expected: Expected) -> None:
    assert found(result) == sorted(expected)
    assert result.valid is (not expected)


def message_of(result: ValidationResult, rule: str) -> str:
    messages = [v.message for v in result.violations if v.rule == rule]
    assert len(messages) == 1, result
    return messages[0]

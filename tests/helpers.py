"""What the test modules share: payload edits, verdict assertions, and the harness of the
made-up specs that pin rule kinds."""

from __future__ import annotations

import json
import types
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from twapschema import ValidationResult
from twapschema.emit.json_schema import message_schema
from twapschema.emit.judge import generated_module
from twapschema.emit.pysource import format_python
from twapschema.emit.python import emit_python
from twapschema.emit.strategies import emit_strategies
from twapschema.schema_consumer import verdict
from twapschema.spec.check import load_spec_text
from twapschema.testing import drawing

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


# --- a made-up spec of rule kinds: its generated module, schema and drawers ------------------


def made_up_header(venue_id: str, purpose: str) -> str:
    """The `format` and `venue` blocks of a spec made up for a test (sources: `api`)."""
    return (
        "format: twapschema/1\n"
        "venue:\n"
        f"  id: {venue_id}\n"
        f"  name: {venue_id.title()}\n"
        f"  description: A venue made up to exercise {purpose}.\n"
        "  transport: {kind: rest, url: https://example.com}\n"
        "  auth: {scheme: none, description: None., source: {inferred: A test venue.}}\n"
        '  version: "1.0.0"\n'
        "  api_version: v1\n"
        "  checked: '2026-12-01'\n"
        "  sources:\n"
        f"    api: {{title: {venue_id.title()} API}}\n"
    )


@contextmanager
def made_up_venue(text: str, file: str) -> Iterator[tuple[types.ModuleType, dict[str, Any]]]:
    """The generated validator module of a spec written for a test, and its first message's
    schema (tests/test_rule_kinds*.py)."""
    spec = load_spec_text(text, file)
    with generated_module(spec, format_python(emit_python(spec), Path(file).name)) as module:
        yield module, message_schema(spec, spec.messages[0])


def made_up_drawers(text: str, file: str, message: str) -> drawing.MessageSpec:
    """The Hypothesis drawers the strategies emitter writes for ``message`` of the spec."""
    spec = load_spec_text(text, file)
    namespace: dict[str, Any] = {}
    exec(compile(emit_strategies(spec), f"<strategies {file}>", "exec"), namespace)  # noqa: S102
    drawn: drawing.MessageSpec = namespace["MESSAGES"][message]
    return drawn


def both_verdicts(
    module: types.ModuleType,
    schema: dict[str, Any],
    payload: dict[str, object],
    reference: dict[str, Any],
    message: str,
) -> set[str]:
    """The Python verdict's rule ids (and "unchecked:" ones), after checking that the schema +
    CEL verdict is the same."""
    parsed_reference = module.REFERENCE.model_validate(reference)
    parsed = json.loads(json.dumps(payload), parse_float=Decimal)
    violations, unchecked, _ = module.MESSAGES[message].check(parsed, parsed_reference)
    from_schema, schema_unchecked = verdict(schema, payload, reference)
    assert from_schema == sorted((v.rule, v.path) for v in violations)
    assert schema_unchecked == sorted(unchecked)
    return {v.rule for v in violations} | {f"unchecked:{rule}" for rule in unchecked}

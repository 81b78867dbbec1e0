"""ValidationResult is a frozen dataclass whose __init__ is written by hand (slot setters, for
speed on the invalid path): each argument lands in its own field, positionally or by name, and
the dataclass's promises (frozen, equality without the predictor, replace, pickling) hold."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from twapschema.runtime.result import PredictedError, ValidationResult, Violation, new_violation

VIOLATION = Violation("side.enum", "/side", "side must be BUY or SELL")


def predictor(found: tuple[Violation, ...]) -> PredictedError:
    return PredictedError("error", {"found": len(found)}, "test")


def test_each_argument_lands_in_its_field() -> None:
    given = (False, (VIOLATION,), ("symbol_active",), predictor, "too old")
    result = ValidationResult(*given)
    names = [f.name for f in dataclasses.fields(ValidationResult)]
    assert [getattr(result, name) for name in names] == list(given)
    by_name: dict[str, Any] = dict(zip(names, given, strict=True))
    assert ValidationResult(**by_name) == result


def test_the_defaults_are_the_dataclasses() -> None:
    result = ValidationResult(True, (), ())
    assert result.predictor is None
    assert result.stale_reference is None


def test_it_stays_frozen() -> None:
    result = ValidationResult(True, (), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.valid = False  # type: ignore[misc]


def test_equality_ignores_the_predictor_and_replace_and_pickle_keep_the_rest() -> None:
    result = ValidationResult(False, (VIOLATION,), (), predictor, "too old")
    assert result == ValidationResult(False, (VIOLATION,), (), None, "too old")
    assert result != ValidationResult(False, (VIOLATION,), (), predictor, None)
    changed = dataclasses.replace(result, stale_reference=None)
    assert changed.predictor is predictor
    assert changed.stale_reference is None
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own bytes
    assert result.predicted_error == PredictedError("error", {"found": 1}, "test")


def test_new_violation_makes_the_same_violation() -> None:
    made = new_violation(("side.enum", "/side", "side must be BUY or SELL"))
    assert type(made) is Violation
    assert made == VIOLATION
    assert (made.rule, made.path, made.message) == tuple(VIOLATION)
    assert pickle.loads(pickle.dumps(made)) == made  # noqa: S301 - our own bytes
    assert made.to_json() == VIOLATION.to_json()

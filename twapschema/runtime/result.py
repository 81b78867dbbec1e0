"""What validation returns: a verdict with every violated rule, located by JSON Pointer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple, cast


class Violation(NamedTuple):
    # A NamedTuple, not a frozen dataclass: an invalid order makes several, on the order path.
    rule: str  # stable id: a spec rule id, or "<field>.<check>" for single-field checks
    path: str  # JSON Pointer into the payload; "" for the message as a whole
    message: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "path": self.path, "message": self.message}


# new_violation((rule, path, message)) is Violation(rule, path, message), made by the call the
# NamedTuple's own __new__ (a Python function) makes inside: 0.12 us instead of 0.37 us, and
# an invalid order makes several. The generated checks and their helpers use it.
new_violation = cast(
    "Callable[[tuple[str, str, str]], Violation]", partial(tuple.__new__, Violation)
)


@dataclass(frozen=True, slots=True)
class PredictedError:
    """The reply the venue would most likely send for an invalid request. A prediction made
    from the spec, not anything the venue said."""

    message: str  # id of the venue's error message this reply is
    payload: object  # the reply, as JSON
    source: str  # why the spec expects this reply
    # The rule whose documented code the reply carries; None: no code is documented for any
    # violation, and the reply is the spec's fallback.
    rule: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "prediction": True,
            "message": self.message,
            "payload": self.payload,
            "source": self.source,
            "code_for": self.rule,  # null: no documented code applies; the spec's fallback
        }


@dataclass(frozen=True, slots=True, init=False)
class ValidationResult:
    valid: bool  # no violations; rules in `unchecked` were not evaluated
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...]  # rule ids that need reference data that was not given
    # Renders the venue's likely reply on first use: most callers never ask for it.
    predictor: Callable[[tuple[Violation, ...]], PredictedError] | None = field(
        default=None, repr=False, compare=False
    )
    # Why the reference data was not used (older than the validator's max_age, or undated):
    # the rules that need it are then in `unchecked`.
    stale_reference: str | None = None

    def __init__(
        self,
        valid: bool,
        violations: tuple[Violation, ...],
        unchecked: tuple[str, ...],
        predictor: Callable[[tuple[Violation, ...]], PredictedError] | None = None,
        stale_reference: str | None = None,
    ) -> None:
        # The frozen dataclass's own __init__, with each object.__setattr__ replaced by its
        # slot's setter: a third of the cost, and an invalid order's verdict is made per order.
        s = _SLOTS
        s[0](self, valid)
        s[1](self, violations)
        s[2](self, unchecked)
        s[3](self, predictor)
        s[4](self, stale_reference)

    @property
    def predicted_error(self) -> PredictedError | None:
        """For an invalid request whose spec says how the venue replies: that reply."""
        if self.predictor is None or self.valid:
            return None
        return self.predictor(self.violations)

    def to_json(self, *, with_prediction: bool = False) -> dict[str, object]:
        """The CLI's JSON verdict; ``predicted_error`` only when asked for and present."""
        out: dict[str, object] = {
            "valid": self.valid,
            "violations": [v.to_json() for v in self.violations],
            "unchecked": list(self.unchecked),
        }
        if self.stale_reference is not None:
            out["stale_reference"] = self.stale_reference
        predicted = self.predicted_error if with_prediction else None
        if predicted is not None:
            out["predicted_error"] = predicted.to_json()
        return out


# The slots' setters, in the order of __init__'s parameters (dataclass makes the slots).
_SLOTS: tuple[Callable[[ValidationResult, object], None], ...] = tuple(
    getattr(ValidationResult, name).__set__
    for name in ("valid", "violations", "unchecked", "predictor", "stale_reference")
)

"""What validation returns: a verdict with every violated rule, located by JSON Pointer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str  # stable id: a spec rule id, or "<field>.<check>" for single-field checks
    path: str  # JSON Pointer into the payload; "" for the message as a whole
    message: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "path": self.path, "message": self.message}


@dataclass(frozen=True, slots=True)
class PredictedError:
    """The reply the venue would most likely send for an invalid request. A prediction made
    from the spec, not anything the venue said."""

    message: str  # id of the venue's error message this reply is
    payload: object  # the reply, as JSON
    source: str  # why the spec expects this reply

    def to_json(self) -> dict[str, object]:
        return {
            "prediction": True,
            "message": self.message,
            "payload": self.payload,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class ValidationResult:
    valid: bool  # no violations; rules in `unchecked` were not evaluated
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...]  # rule ids that need reference data that was not given
    predicted_error: PredictedError | None = None  # for an invalid request, when the spec says

    def to_json(self, *, with_prediction: bool = False) -> dict[str, object]:
        """The CLI's JSON verdict; ``predicted_error`` only when asked for and present."""
        out: dict[str, object] = {
            "valid": self.valid,
            "violations": [v.to_json() for v in self.violations],
            "unchecked": list(self.unchecked),
        }
        if with_prediction and self.predicted_error is not None:
            out["predicted_error"] = self.predicted_error.to_json()
        return out

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
class ValidationResult:
    valid: bool  # no violations; rules in `unchecked` were not evaluated
    violations: tuple[Violation, ...]
    unchecked: tuple[str, ...]  # rule ids that need reference data that was not given

    def to_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "violations": [v.to_json() for v in self.violations],
            "unchecked": list(self.unchecked),
        }

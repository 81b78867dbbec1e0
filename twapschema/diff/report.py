"""Severities, and the reports: text, JSON and a changelog entry.

A request change that refuses more is ``breaking`` for senders, one that accepts more is
``info``; a reply change is the reverse (a reader meets what it never met). A change in both
directions is ``breaking`` either way; one whose direction neither the comparison nor the
replay could tell is a ``warning``. An override file ({change id: severity}) has the last word.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from twapschema import ir
from twapschema.diff.compare import Change, Direction, compare
from twapschema.diff.replay import replay
from twapschema.numbers import json_default

Severity = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    change: Change
    direction: Direction  # after replay
    severity: Severity
    evidence: str  # how the direction is known, with payloads that turned when replayed
    overridden: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.change.id,
            "message": self.change.message,
            "kind": self.change.kind,
            "what": self.change.what,
            "detail": self.change.detail,
            "direction": self.direction,
            "severity": self.severity,
            "evidence": self.evidence,
            "overridden": self.overridden,
        }


@dataclass(frozen=True, slots=True)
class Report:
    venue: str
    findings: tuple[Finding, ...]
    old_version: str = "0.0.0"
    new_version: str = "0.0.0"

    def version_problem(self) -> str | None:
        """Why the new spec version does not say what changed, or None: a breaking change
        needs a new MAJOR, any other (accepting or sending more, or unproven) a new MINOR. An
        old spec without a version (0.0.0) sets no floor."""
        old, new = _semver(self.old_version), _semver(self.new_version)
        worst = self.worst()
        if worst is None or old == (0, 0, 0):
            return None
        if worst == "breaking" and new[0] <= old[0]:
            wanted = f"{old[0] + 1}.0.0"
            return (
                f"{self.venue}: version {self.old_version} -> {self.new_version}, but a breaking"
                f" change needs a new major version ({wanted})"
            )
        if new[:2] <= old[:2]:
            wanted = f"{old[0]}.{old[1] + 1}.0"
            return (
                f"{self.venue}: version {self.old_version} -> {self.new_version}, but a {worst}"
                f" change needs at least a new minor version ({wanted})"
            )
        return None

    def worst(self) -> Severity | None:
        for severity in SEVERITIES:
            if any(f.severity == severity for f in self.findings):
                return severity
        return None

    def fails(self, fail_on: str) -> bool:
        """Whether a finding is at ``fail_on`` or worse ("never": no finding fails)."""
        if fail_on == "never":
            return False
        worst = SEVERITIES.index(fail_on)
        return any(SEVERITIES.index(f.severity) <= worst for f in self.findings)

    def to_json(self) -> dict[str, object]:
        return {
            "venue": self.venue,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "version_problem": self.version_problem(),
            "worst": self.worst(),
            "findings": [f.to_json() for f in self.findings],
        }

    def text(self) -> str:
        versions = f" ({self.old_version} -> {self.new_version})"
        if self.old_version == self.new_version:
            versions = f" (version {self.new_version})"
        if not self.findings:
            return f"{self.venue}{versions}: no change that moves a verdict\n"
        lines = [f"{self.venue}{versions}: {len(self.findings)} change(s), worst {self.worst()}"]
        for f in self.findings:
            mark = " (overridden)" if f.overridden else ""
            lines.append(
                f"  {f.severity}{mark}: {f.change.message} ({f.change.kind}): {f.change.what}"
                f" [{f.change.id}]: {f.change.detail}; {f.direction}, {f.evidence}"
            )
        return "\n".join(lines) + "\n"

    def summary(self) -> str:
        """A changelog entry: breaking first, in words a desk reads."""
        out = [f"### {self.venue} {self.new_version}"]
        for severity in SEVERITIES:
            picked = [f for f in self.findings if f.severity == severity]
            if picked:
                out.append(f"- {severity}:")
                out += [
                    f"  - {f.change.message}: {f.change.what} ({f.change.detail})" for f in picked
                ]
        if len(out) == 1:
            out.append("- no change that moves a verdict")
        return "\n".join(out) + "\n"


def severity_of(kind: str, direction: Direction) -> Severity:
    if direction == "both":
        return "breaking"
    if direction == "unknown":
        return "warning"
    refuses_more = direction == "tighter"
    if kind == "request":
        return "breaking" if refuses_more else "info"
    return "info" if refuses_more else "breaking"


def diff(
    old: ir.Spec,
    new: ir.Spec,
    *,
    root: Path,
    overrides: Mapping[str, str] | None = None,
) -> Report:
    """Every change from ``old`` to ``new`` (one venue), classified."""
    changes = compare(old, new)
    targets: dict[str, set[str]] = {}
    for c in changes:
        if c.direction == "unknown":
            targets.setdefault(c.message, set()).add(c.id.rsplit("/", 1)[-1])
    replayed = replay(old, new, targets, root)
    findings: list[Finding] = []
    for c in changes:
        direction: Direction = c.direction
        evidence = "by the comparison"
        if c.direction == "unknown":
            r = replayed[c.message]
            direction = r.direction  # type: ignore[assignment]
            refused, accepted = r.counts
            evidence = (
                f"replayed {r.payloads} payloads of the message: {refused} newly refused,"
                f" {accepted} newly accepted"
            )
            for label, shown in (("refused", r.newly_refused), ("accepted", r.newly_accepted)):
                if shown:
                    text = json.dumps(shown[0], default=json_default, ensure_ascii=False)
                    evidence += f"; newly {label}: {text[:200]}"
            if direction == "unknown":
                evidence += " (no replayed payload tells the specs apart)"
        severity = severity_of(c.kind, direction)
        overridden = False
        if overrides and c.id in overrides:
            chosen = overrides[c.id]
            if chosen not in SEVERITIES:
                raise ValueError(f"{c.id}: severity {chosen!r} is not one of {SEVERITIES}")
            severity, overridden = chosen, True
        findings.append(Finding(c, direction, severity, evidence, overridden))
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (order[f.severity], f.change.id))
    return Report(new.venue.id, tuple(findings), old.venue.version, new.venue.version)


def _semver(text: str) -> tuple[int, int, int]:
    major, minor, patch = (int(p) for p in text.split("."))
    return major, minor, patch

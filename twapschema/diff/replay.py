"""Proving an edit's direction with payloads: both specs' conformance vectors (their examples
and one-change variants at every bound) judged by both specs' validators. A payload the old
spec accepts and the new refuses shows the edit tighter; the reverse, looser.

What replay cannot show is not claimed: an edit no replayed payload tells apart stays
``unknown``, reported as a warning.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twapschema import ir
from twapschema.emit import conformance, judge
from twapschema.emit.python import emit_python


@dataclass(frozen=True, slots=True)
class Replayed:
    """For one message: payloads whose verdict the edit turned, at most a few of each."""

    newly_refused: tuple[object, ...] = ()
    newly_accepted: tuple[object, ...] = ()
    payloads: int = 0
    counts: tuple[int, int] = field(default=(0, 0))  # (refused, accepted) in all

    @property
    def direction(self) -> str:
        refused, accepted = self.counts
        if refused and accepted:
            return "both"
        if refused:
            return "tighter"
        if accepted:
            return "looser"
        return "unknown"


_SHOWN = 3  # examples kept per direction
_DRAWN = 100  # payloads drawn per message and spec, and per rule that can be broken


def _drawn(
    spec: ir.Spec, source: str, data: object, targets: dict[str, set[str]]
) -> dict[str, list[object]]:
    """Payloads each spec's own strategies draw near its boundaries: valid ones, and ones that
    break each edited rule alone (an edited bound is where they part). Without Hypothesis,
    none (the vectors alone are replayed)."""
    try:
        import hypothesis  # noqa: F401, PLC0415 - only whether it is there
    except ModuleNotFoundError:
        return {}
    from twapschema.emit.strategies import emit_strategies  # noqa: PLC0415
    from twapschema.testing import drawing  # noqa: PLC0415

    namespace: dict[str, Any] = {}
    exec(compile(emit_strategies(spec), f"<strategies {spec.venue.id}>", "exec"), namespace)  # noqa: S102 - our own generated code
    with judge.generated_module(spec, source) as module:
        part = judge.reference_of(spec, module, data)
        ref = part.model_dump(mode="json", by_alias=True) if part is not None else None
    out: dict[str, list[object]] = {}
    for m, rules in targets.items():
        message: drawing.MessageSpec | None = namespace["MESSAGES"].get(m)
        if message is None:
            continue
        strategies = [drawing.valid_payloads(message, ref)]
        for rule in sorted(rules & set(message.rule_ids())):
            try:
                strategies.append(drawing.breaking_payloads(message, rule, ref))
            except (LookupError, ValueError, NotImplementedError):
                continue  # a rule no strategy breaks alone, or one that needs absent data
        out[m] = [p for strategy in strategies for p in _draw(strategy)]
    return out


def _draw(strategy: Any) -> list[object]:
    from hypothesis import HealthCheck, given, settings  # noqa: PLC0415
    from hypothesis.errors import HypothesisException  # noqa: PLC0415

    found: list[object] = []

    @settings(
        max_examples=_DRAWN,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(payload: object) -> None:
        found.append(payload)

    # A strategy that cannot draw (every draw filtered out) adds what it drew before.
    with contextlib.suppress(HypothesisException):
        collect()
    return found


def replay(
    old: ir.Spec, new: ir.Spec, targets: dict[str, set[str]], root: Path
) -> dict[str, Replayed]:
    """Per message id in ``targets`` (present in both specs), what turned; its rule ids are
    the edited ones, whose breaking payloads are drawn too."""
    if not targets:
        return {}
    messages = set(targets)
    data = judge.reference_example(root).get(new.venue.id)
    old_source, new_source = emit_python(old), emit_python(new)
    payloads: dict[str, list[tuple[object, bool]]] = {m: [] for m in messages}
    for spec, source in ((old, old_source), (new, new_source)):
        document = conformance.vectors(spec, source, data)
        for vector in document["vectors"]:  # type: ignore[attr-defined]
            if vector["message"] in payloads:
                payloads[vector["message"]].append((vector["payload"], vector["with_reference"]))
        for m, drawn in _drawn(spec, source, data, targets).items():
            payloads[m] += [(p, True) for p in drawn]
    verdicts: list[dict[str, list[bool]]] = []
    for spec, source in ((old, old_source), (new, new_source)):
        with judge.generated_module(spec, source) as module:
            reference = judge.reference_of(spec, module, data)
            verdicts.append(
                {
                    m: [
                        not judge.judge(module, m, p, reference if with_ref else None)[0]
                        for p, with_ref in cases
                    ]
                    for m, cases in payloads.items()
                }
            )
    out: dict[str, Replayed] = {}
    for m, cases in payloads.items():
        before, after = verdicts[0][m], verdicts[1][m]
        refused = [p for (p, _), a, b in zip(cases, before, after, strict=True) if a and not b]
        accepted = [p for (p, _), a, b in zip(cases, before, after, strict=True) if b and not a]
        out[m] = Replayed(
            tuple(refused[:_SHOWN]),
            tuple(accepted[:_SHOWN]),
            len(cases),
            (len(refused), len(accepted)),
        )
    return out

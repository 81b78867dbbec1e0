"""What a venue would most likely reply to a request that fails validation: a prediction.

The spec writes the reply with the text "{violations}" where the venue's descriptive message
goes; validation fills in the violations' own messages. Nothing but that text is replaced (no
str.format), so braces elsewhere in a spec's reply stay as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from twapschema.runtime.result import PredictedError, Violation

PLACEHOLDER = "{violations}"


@dataclass(frozen=True, slots=True)
class CodedReply:
    """The reply a venue documents for some of its checks (Binance's -1101 for a parameter
    sent twice): ``rules`` are rule ids, or ``*.<check>`` for that check of any field."""

    rules: tuple[str, ...]
    template: object
    source: str

    def matches(self, rule: str) -> bool:
        return any(rule == r or (r.startswith("*.") and rule.endswith(r[1:])) for r in self.rules)


@dataclass(frozen=True, slots=True)
class Rejection:
    message_id: str  # the error message of the same venue that the reply is
    template: object  # JSON with PLACEHOLDER in its strings: the reply where no code is known
    source: str  # the spec's citation for the prediction
    codes: tuple[CodedReply, ...] = ()  # documented replies, for the rules they name

    def render(self, violations: Sequence[Violation]) -> PredictedError:
        """The reply for the first violation (in the validator's order) whose rule has a
        documented code; else the fallback, labelled as such (``rule`` None)."""
        text = "; ".join(v.message for v in violations)
        for v in violations:
            for coded in self.codes:
                if coded.matches(v.rule):
                    filled = _fill(coded.template, text)
                    return PredictedError(self.message_id, filled, coded.source, v.rule)
        return PredictedError(self.message_id, _fill(self.template, text), self.source)


def _fill(value: object, text: str) -> object:
    if isinstance(value, str):
        return value.replace(PLACEHOLDER, text)
    if isinstance(value, dict):
        return {k: _fill(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, text) for v in value]
    return value

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
class Rejection:
    message_id: str  # the error message of the same venue that the reply is
    template: object  # JSON with PLACEHOLDER in its strings
    source: str  # the spec's citation for the prediction

    def render(self, violations: Sequence[Violation]) -> PredictedError:
        text = "; ".join(v.message for v in violations)
        return PredictedError(self.message_id, _fill(self.template, text), self.source)


def _fill(value: object, text: str) -> object:
    if isinstance(value, str):
        return value.replace(PLACEHOLDER, text)
    if isinstance(value, dict):
        return {k: _fill(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, text) for v in value]
    return value

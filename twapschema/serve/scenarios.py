"""Scenarios on demand, for the tests of a gateway: the next request (or the next few, or all)
to a venue or one of its messages gets a chosen reply instead of the usual one.

Given to ``POST /_twapschema/scenarios`` as JSON, or as a YAML or JSON list in a scenario file
(``twapschema serve --scenarios FILE``):

- ``{"action": "reject", "venue": "okx", "message": "order_algo_twap", "rule": "szLimit_..."}``:
  the venue's rejection for that rule (its documented code when the spec has one);
- ``{"action": "rate_limit", "venue": "aevo"}``: 429 with the venue's documented body (a
  venue whose spec documents none needs ``body``);
- ``{"action": "reply", "venue": "ondo", "status": 503, "body": {...}}``: any reply;
- ``{"action": "delay", "venue": "qfex", "seconds": 2}``: the usual reply, late;
- ``{"action": "drop", "venue": "qfex"}``: the connection closed with no reply.

``times`` (default 1) is how many requests it takes; null for every request until cleared.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class Scenario(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Literal["reject", "rate_limit", "reply", "delay", "drop"]
    venue: str
    message: str | None = Field(None, description="Only this request; any of the venue's if null.")
    rule: str | None = Field(None, description="For reject: the rule the venue refuses.")
    status: int | None = Field(None, ge=100, le=599, description="For reply and rate_limit.")
    body: object | None = Field(None, description="For reply and rate_limit: the reply's body.")
    seconds: float = Field(0.0, ge=0, le=600, description="For delay.")
    times: int | None = Field(1, ge=1, description="Requests it applies to; null: all.")

    @model_validator(mode="after")
    def _complete(self) -> Scenario:
        if self.action == "reject" and (self.rule is None or self.message is None):
            raise ValueError("reject needs `message` and `rule` (the rule the venue refuses)")
        if self.action == "reply" and (self.status is None or self.body is None):
            raise ValueError("reply needs `status` and `body`")
        if self.action == "delay" and self.seconds == 0:
            raise ValueError("delay needs `seconds` (more than 0)")
        return self


def problems(error: ValidationError) -> list[tuple[str, str]]:
    """Each problem of a refused scenario: where in it (dotted; "" for the whole) and what."""
    return [(".".join(str(p) for p in x["loc"]), x["msg"]) for x in error.errors()]


@dataclass
class _Armed:
    scenario: Scenario
    left: int | None


@dataclass
class Scenarios:
    """The armed scenarios, first armed first; each use counts down its ``times``."""

    armed: list[_Armed] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def arm(self, scenario: Scenario) -> None:
        with self._lock:
            self.armed.append(_Armed(scenario, scenario.times))

    def take(self, venue: str, message: str | None) -> Scenario | None:
        """The first armed scenario for this request, counted as used."""
        with self._lock:
            for a in self.armed:
                s = a.scenario
                if s.venue != venue or (s.message is not None and s.message != message):
                    continue
                if a.left is not None:
                    a.left -= 1
                    if a.left == 0:
                        self.armed.remove(a)
                return s
        return None

    def clear(self) -> None:
        with self._lock:
            self.armed.clear()

    def to_json(self) -> list[dict[str, object]]:
        with self._lock:
            return [
                {**a.scenario.model_dump(exclude_none=True), "left": a.left} for a in self.armed
            ]

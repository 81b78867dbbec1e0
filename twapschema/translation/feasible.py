"""Every venue at once: does an intent fit, and if not, the nearest timing variant that does
(searched with each venue's own validator, labelled a variant)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from twapschema.runtime.reference import Reference
from twapschema.runtime.registry import venue_ids
from twapschema.translation.intent import TwapIntent
from twapschema.translation.translate import Translation, translate


@dataclass(frozen=True, slots=True)
class Feasibility:
    venue: str
    translation: Translation
    nearest: Translation | None = None  # a small change that fits, when the intent does not
    nearest_intent: TwapIntent | None = None
    change: str | None = None  # what the nearest variant changed, in words

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"venue": self.venue, **self.translation.to_json()}
        if self.nearest is not None:
            out["nearest_fitting_variant"] = {
                "label": "a variant of your intent, not your intent",
                "change": self.change,
                **self.nearest.to_json(),
            }
        return out


def feasible(
    intent: TwapIntent,
    *,
    reference: Reference | None = None,
    members: Mapping[str, Mapping[str, object]] | None = None,
) -> list[Feasibility]:
    """For every venue: does the intent fit, and if not, the nearest variant that does.
    ``members``: per venue id, the request members no intent has a word for (see
    ``translate``); a venue id that does not exist is a ValueError, not a silent skip."""
    given = dict(members or {})
    unknown = sorted(set(given) - set(venue_ids()))
    if unknown:
        raise ValueError(f"members for unknown venues {unknown}; venues: {', '.join(venue_ids())}")
    out = []
    for venue in venue_ids():
        extra = given.get(venue)
        translation = translate(intent, venue, reference=reference, members=extra)
        # Only timing is varied: a variant fixes violations, never a field the venue lacks
        # (those stay listed as lost, on the variant too).
        if translation.payload is None or not translation.violations:
            out.append(Feasibility(venue, translation))
            continue
        found = _nearest(intent, venue, reference, extra)
        if found is None:
            out.append(Feasibility(venue, translation))
        else:
            variant, variant_translation, change = found
            out.append(Feasibility(venue, translation, variant_translation, variant, change))
    return out


def _nearest(
    intent: TwapIntent,
    venue: str,
    reference: Reference | None,
    members: Mapping[str, object] | None,
) -> tuple[TwapIntent, Translation, str] | None:
    """The fitting timing variant closest to the intent (relative change in duration, children
    and interval), searched with the venue's own validator; other fields are not changed."""
    timing = intent.timing()
    if isinstance(timing, str) or None in timing:
        return None
    d0, n0, i0 = timing
    assert d0 is not None
    assert n0 is not None
    assert i0 is not None
    candidates: set[tuple[int, int]] = set()  # (children, interval)
    for n in range(2, max(n0 * 2, 400) + 1):
        if d0 % n == 0:
            candidates.add((n, d0 // n))  # same duration
        candidates.add((n, i0))  # same interval
    for i in range(1, max(i0 * 4, 3600) + 1):
        candidates.add((n0, i))  # same number of children
    best: tuple[float, TwapIntent, Translation] | None = None
    for n, i in sorted(candidates, key=lambda c: _distance(c, d0, n0, i0)):
        score = _distance((n, i), d0, n0, i0)
        if best is not None and score >= best[0]:
            break
        variant = replace(intent, duration_seconds=n * i, children=n, interval_seconds=i)
        translation = translate(variant, venue, reference=reference, members=members)
        if translation.payload is not None and not translation.violations:
            best = (score, variant, translation)
            break
    if best is None:
        return None
    _, variant, translation = best
    change = (
        f"{variant.children} children every {variant.interval_seconds} s over "
        f"{variant.duration_seconds} s, instead of {n0} every {i0} s over {d0} s"
    )
    return variant, translation, change


def _distance(candidate: tuple[int, int], d0: int, n0: int, i0: int) -> float:
    n, i = candidate
    return abs(n * i - d0) / d0 + abs(n - n0) / n0 + abs(i - i0) / i0

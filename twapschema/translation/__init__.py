"""One TWAP intent, every venue: translation and cross-venue feasibility.

A desk decides "buy 20.3 AAPL over an hour in 60 slices, never above 160" before it decides
where. ``translate`` turns that intent into one venue's request; ``feasible`` asks every venue;
``to_intent`` reads a venue's request back. The mapping from intent to fields is the venue
spec's, written into each generated module as ``TRANSLATION`` (``mapping.py``): no per-venue
code here.

- ``intent.py``: ``TwapIntent`` and ``parse_intent`` (its JSON form);
- ``mapping.py``: the per-venue table the generated modules carry;
- ``translate.py``: intent -> request -> intent;
- ``feasible.py``: every venue, with the nearest fitting timing variant.
"""

from twapschema.translation.feasible import Feasibility, feasible
from twapschema.translation.intent import TwapIntent, parse_intent
from twapschema.translation.mapping import ConceptField, TwapMapping, mapping
from twapschema.translation.translate import Translation, to_intent, translate

__all__ = [
    "ConceptField",
    "Feasibility",
    "Translation",
    "TwapIntent",
    "TwapMapping",
    "feasible",
    "mapping",
    "parse_intent",
    "to_intent",
    "translate",
]

"""``twapschema diff``: what a spec change does to the payloads each message accepts.

A request spec says what the venue accepts, so a change that refuses more (a tightened bound,
a removed enum value, a newly required member, a new rule) breaks senders; a reply spec says
what the venue sends, so a change that allows more breaks readers. Each change is classified
by its direction (``compare.py``); an edit whose direction the comparison cannot tell (a rule's
CEL, a pattern) is replayed against both validators (``replay.py``); ``report.py`` gives the
severities, the text and JSON reports and a changelog summary.
"""

from twapschema.diff.compare import Change, compare
from twapschema.diff.report import Finding, Report, diff

__all__ = ["Change", "Finding", "Report", "compare", "diff"]

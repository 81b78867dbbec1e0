"""Hypothesis strategies for every venue message, for your own tests (needs ``hypothesis``).

>>> from twapschema.testing import valid_payloads, breaking_payloads
>>> @given(valid_payloads("ondo", "create_twap_order"))
... def test_my_router_accepts(payload): ...

``valid_payloads`` draws payloads the venue accepts, near every boundary (30 s and 29 s, 2 and
200 children, exactly the minimum quantity). ``breaking_payloads(venue, message, rule)`` draws
payloads valid in every respect but one: ``rule`` fails (``rule_ids`` lists them). Rules that
read reference data need ``reference=`` (``bundled_reference()`` is the examples' data). The
``check_*`` functions are what the generated suites under ``generated/tests/`` assert.

- ``payloads.py``: the strategies above;
- ``drawing.py``: how fields, messages and the rule kinds' drawers build payloads;
- ``suites.py``: the checks the generated suites run;
- ``strategies/``: GENERATED, one module per venue describing its messages for the drawing.
"""

try:
    import hypothesis  # noqa: F401 - only to say what is missing, before anything imports it
except ModuleNotFoundError as missing:  # pragma: no cover - the test runs it in a bare venv
    raise ImportError(
        "twapschema.testing needs Hypothesis: pip install 'twapschema[testing]'"
    ) from missing

from twapschema.testing.payloads import (
    breaking_payloads,
    reference_json,
    rule_ids,
    valid_payloads,
)
from twapschema.testing.suites import (
    bundled_reference,
    check_breaking,
    check_schema_agrees,
    check_valid,
)

__all__ = [
    "breaking_payloads",
    "bundled_reference",
    "check_breaking",
    "check_schema_agrees",
    "check_valid",
    "reference_json",
    "rule_ids",
    "valid_payloads",
]

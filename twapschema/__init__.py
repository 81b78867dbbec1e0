"""twapschema: TWAP order APIs of trading venues, as specs, models and pre-trade validation.

>>> import twapschema
>>> twapschema.validate("ondo", "create_twap_order", payload).valid
"""

from twapschema.errors import ReferenceDataError, SpecError
from twapschema.numbers import from_fixed_point, to_fixed_point
from twapschema.runtime.api import validate, validate_wire, validator
from twapschema.runtime.models import UncheckedRulesWarning
from twapschema.runtime.reference import (
    Reference,
    example_reference,
    load_reference,
    parse_reference,
)
from twapschema.runtime.registry import UnknownNameError, venue_ids
from twapschema.runtime.result import PredictedError, ValidationResult, Violation
from twapschema.runtime.schemas import (
    json_schema,
    json_schema_bundle,
    json_schema_index,
    json_schema_text,
)
from twapschema.translation import (
    Feasibility,
    Translation,
    TwapIntent,
    feasible,
    parse_intent,
    to_intent,
    translate,
)

__version__ = "0.1.0"

__all__ = [
    "Feasibility",
    "PredictedError",
    "Reference",
    "ReferenceDataError",
    "SpecError",
    "Translation",
    "TwapIntent",
    "UncheckedRulesWarning",
    "UnknownNameError",
    "ValidationResult",
    "Violation",
    "__version__",
    "example_reference",
    "feasible",
    "from_fixed_point",
    "json_schema",
    "json_schema_bundle",
    "json_schema_index",
    "json_schema_text",
    "load_reference",
    "parse_intent",
    "parse_reference",
    "to_fixed_point",
    "to_intent",
    "translate",
    "validate",
    "validate_wire",
    "validator",
    "venue_ids",
]

"""twapschema: TWAP order APIs of trading venues, as specs, models and pre-trade validation.

>>> import twapschema
>>> twapschema.validate("ondo", "create_twap_order", payload).valid
"""

from twapschema.errors import ReferenceDataError, SpecError
from twapschema.runtime.api import validate
from twapschema.runtime.reference import Reference, load_reference, parse_reference
from twapschema.runtime.registry import UnknownNameError, venue_ids
from twapschema.runtime.result import ValidationResult, Violation

__version__ = "0.1.0"

__all__ = [
    "Reference",
    "ReferenceDataError",
    "SpecError",
    "UnknownNameError",
    "ValidationResult",
    "Violation",
    "__version__",
    "load_reference",
    "parse_reference",
    "validate",
    "venue_ids",
]

"""Base classes and field types for the generated Pydantic models.

A generated message model runs its generated validator first (a ``before`` model validator), so
the model and ``twapschema.validate`` can never disagree: every violation becomes one Pydantic
line error with the rule id in its context, and a payload that passes is handed to Pydantic
already in Python form (Decimal, enum members).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Self, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainSerializer,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic.config import ExtraValues
from pydantic_core import InitErrorDetails, PydanticCustomError

from twapschema.numbers import (
    decimal_from_number,
    format_decimal,
    json_number,
    parse_decimal_string,
    to_fixed_point,
)
from twapschema.pointer import tokens
from twapschema.runtime.pydantic_internals import construct
from twapschema.runtime.reference import Reference
from twapschema.runtime.result import Violation

# What generated venue modules import from here (the Python emitter reads this list).
__all__ = [
    "DecimalNumber",
    "DecimalString",
    "IntegerString",
    "M",
    "MessageModel",
    "PartModel",
    "ReferenceModel",
    "Rfc3339",
    "bind",
    "construct",
    "fixed_point",
    "reference_decimal",
    "run_check",
]

M = TypeVar("M", bound=BaseModel)
Check = Callable[[object, Any], "tuple[list[Violation], list[str], dict[str, object] | None]"]


def _json_number(value: Decimal) -> int | float:
    """A Decimal as a JSON number, only where that is exact (else serialisation fails loudly)."""
    number = json_number(value)
    if number is None:
        raise ValueError(f"{value} has no exact JSON number form; send it as a decimal string")
    return number


# Quantities and prices: Decimal in Python, the venue's own wire form when dumped.
DecimalString = Annotated[Decimal, PlainSerializer(format_decimal, return_type=str)]
DecimalNumber = Annotated[Decimal, PlainSerializer(_json_number, when_used="json")]
# Dumped back to the string a venue sends, so a dumped model validates again unchanged in meaning.
Rfc3339 = Annotated[datetime, PlainSerializer(lambda d: d.isoformat(), return_type=str)]
# A count a venue sends as a string ("100"): an int in Python, a string again when dumped.
IntegerString = Annotated[int, PlainSerializer(str, return_type=str)]


def fixed_point(decimals: int) -> PlainSerializer:
    """For an amount sent as whole 10^-decimals units: the model holds the amount (10 for
    "10000000" at 6), and dumps it back to units."""
    return PlainSerializer(lambda d: to_fixed_point(d, decimals), return_type=str)


class MessageModel(BaseModel):
    """A venue message; construct it with ``model_validate(payload)`` from wire names."""

    # Set by the generated module (``bind``): the message's check, its builder, its venue.
    __twapschema__: ClassVar[tuple[Check, Any, str] | None] = None

    model_config = ConfigDict(
        strict=True,
        frozen=True,
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=False,
        serialize_by_alias=True,
    )

    @classmethod
    def model_validate(
        cls,
        obj: Any,
        *,
        strict: bool | None = None,
        extra: ExtraValues | None = None,
        from_attributes: bool | None = None,
        context: Any | None = None,
        by_alias: bool | None = None,
        by_name: bool | None = None,
    ) -> Self:
        """The generated check, then the model built from its output: the same result as
        Pydantic's own path (which runs the same check in a wrap validator), minus the cost of
        crossing into pydantic-core and back. Any Pydantic option falls back to that path."""
        bound = cls.__dict__.get("__twapschema__")
        if bound is None or not (
            strict is None
            and extra is None
            and from_attributes is None
            and by_alias is None
            and by_name is None
        ):
            return super().model_validate(
                obj,
                strict=strict,
                extra=extra,
                from_attributes=from_attributes,
                context=context,
                by_alias=by_alias,
                by_name=by_name,
            )
        check, build, venue = bound
        built: Self = _checked(cls, check, build, venue, obj, context)
        return built

    @model_serializer(mode="wrap")
    def _as_sent(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        # Dump only what the payload had: an absent optional field must not come back as null,
        # which the venue (and the validator) may refuse.
        dumped: dict[str, object] = handler(self)
        fields = type(self).model_fields
        for name in fields.keys() - self.model_fields_set:
            dumped.pop(fields[name].alias or name, None)
            dumped.pop(name, None)
        return dumped


class PartModel(MessageModel):
    """An object inside a message (its body, a nested object); validated by its message."""


class ReferenceModel(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")

    # Lookups by columns the venue's rules make ('assets:asset' -> section 'assets', column
    # 'asset'); a generated Reference model lists them, and the rows are indexed once, here.
    LOOKUPS: ClassVar[tuple[str, ...]] = ()
    _index: dict[str, dict[tuple[object, ...], object]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _index_lookups(self) -> Self:
        for name in self.LOOKUPS:
            section, _, listed = name.partition(":")
            columns = listed.split(",")
            rows: dict[str, object] | None = getattr(self, section)
            index: dict[tuple[object, ...], object] = {}
            named: dict[tuple[object, ...], str] = {}
            for key, row in (rows or {}).items():
                values = tuple(getattr(row, c) for c in columns)
                if values in named:
                    # Two rows a rule cannot tell apart: whichever it read, half the verdicts
                    # would be about the wrong instrument.
                    raise ValueError(
                        f"{section}: rows {named[values]!r} and {key!r} both have "
                        + ", ".join(f"{c}={v!r}" for c, v in zip(columns, values, strict=True))
                    )
                named[values] = key
                index[values] = row
            self._index[name] = index
        return self

    def find(self, lookup: str, values: tuple[object, ...]) -> Any:
        """The row of lookup ``lookup`` (one of LOOKUPS) whose columns equal ``values``."""
        return self._index[lookup].get(values)


def reference_decimal(value: object) -> object:
    """Reference data decimals may be written as JSON/YAML numbers or as decimal strings."""
    if isinstance(value, str):
        parsed = parse_decimal_string(value, signed=True)
        if parsed is None:
            raise ValueError(f"{value!r} is not a decimal (digits, optional '-' and fraction)")
        return parsed
    number = decimal_from_number(value)
    if number is None:
        raise ValueError(f"expected a decimal number or decimal string, got {value!r}")
    return number


def run_check(
    check: Check,
    data: object,
    info: ValidationInfo,
    cls: type[M],
    build: Callable[[type[M], dict[str, Any]], M],
    venue: str,
) -> M:
    """The body of every generated message model's ``wrap`` validator: the generated check,
    then the model built from its normalized output (no second validation).

    ``context={"reference": ...}`` takes a whole ``Reference`` or one venue's part of it.
    """
    return _checked(cls, check, build, venue, data, info.context)


def _checked(
    cls: type[M],
    check: Check,
    build: Callable[[type[M], dict[str, Any]], M],
    venue: str,
    data: object,
    context: object,
) -> M:
    reference = context.get("reference") if isinstance(context, dict) else None
    if isinstance(reference, Reference):
        reference = reference.for_venue(venue)
    violations, _unchecked, normalized = check(data, reference)
    if violations or normalized is None:
        lines = [_line_error(v, data) for v in violations]
        raise ValidationError.from_exception_data(cls.__name__, lines)
    return build(cls, normalized)


def bind(model: type[MessageModel], check: Check, build: Any, venue: str) -> None:
    """Give a generated message model its check and builder, for the fast ``model_validate``."""
    model.__twapschema__ = (check, build, venue)


def _line_error(violation: Violation, data: object) -> InitErrorDetails:
    loc = tuple(tokens(violation.path))
    error = PydanticCustomError(
        "twap_rule", "{message}", {"rule": violation.rule, "message": violation.message}
    )
    return InitErrorDetails(type=error, loc=loc, input=data)

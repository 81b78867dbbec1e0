"""Base classes and field types for the generated Pydantic models.

A generated model runs its generated check (the one ``twapschema.validate`` runs) on every path
Pydantic has: ``Model(**fields)``, ``model_validate``, ``model_validate_json`` and validation as
a field of another model. So a model and ``validate`` can never disagree: every violation is one
Pydantic line error (``loc`` as Pydantic gives it, ``input`` the failing value, the rule id in
``ctx``), and a payload that passes is built from the check's output without a second
validation. Python names and Python forms (a ``Decimal`` for a decimal string, an enum member,
a model instance) are taken as well as the wire's; a model dumps back to the wire form.

Rules that need reference data are never skipped in silence: without it (``context=
{"reference": ...}``) each validation warns (``UncheckedRulesWarning``), or refuses with
``context={"unchecked": "error"}``, or says nothing with ``"ignore"``.
"""

from __future__ import annotations

import enum
import sys
import types
import typing
import warnings
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Self, TypeVar

import pydantic
from pydantic import (
    BaseModel,
    ConfigDict,
    PlainSerializer,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    TypeAdapter,
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
from twapschema.runtime.checks import Unlisted, check_message
from twapschema.runtime.pydantic_internals import construct
from twapschema.runtime.reference import venue_part
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
    "UncheckedRulesWarning",
    "bind",
    "bind_part",
    "construct",
    "fixed_point",
    "reference_decimal",
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


class UncheckedRulesWarning(UserWarning):
    """A model was validated without the reference data some of its rules need, so those rules
    were not checked. Pass ``context={"reference": reference}`` to check them, or say what you
    want without it: ``context={"unchecked": "error"}`` refuses, ``"ignore"`` is silent."""


_POLICIES = ("warn", "error", "ignore")


class MessageModel(BaseModel):
    """A venue message. Construct it from wire names or Python names, wire forms or Python
    forms: ``Model(**fields)``, ``Model.model_validate(payload, context={"reference": r})``,
    ``Model.model_validate_json(text)``; ``model_dump(mode="json")`` gives the wire payload."""

    # Set by the generated module (``bind``): the message's check, its builder, its venue.
    __twapschema__: ClassVar[tuple[Check, Any, str] | None] = None

    model_config = ConfigDict(
        strict=True,
        frozen=True,
        extra="forbid",
        validate_by_alias=True,
        validate_by_name=True,
        serialize_by_alias=True,
    )

    def __init__(self, /, **data: Any) -> None:
        """``Model(**fields)``: the same check and the same instance as ``model_validate``
        (without a validation context, so rules that need reference data warn)."""
        __tracebackhide__ = True
        bound = type(self).__dict__.get("__twapschema__")
        if bound is None:
            super().__init__(**data)
            return
        check, build, venue = bound
        built = _checked(type(self), check, build, venue, data, None)
        # The pickle protocol's public pair copies the built instance's state into this one.
        self.__setstate__(built.__getstate__())

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

    @model_validator(mode="wrap")
    @classmethod
    def _twapschema_check(
        cls, data: object, handler: Callable[[object], Any], info: ValidationInfo
    ) -> Any:
        # Pydantic's own path (model_validate_json, a field of another model, any option):
        # the same check; the handler never runs, so nothing is validated twice.
        bound = cls.__dict__.get("__twapschema__")
        if bound is None:
            return handler(data)
        check, build, venue = bound
        return _checked(cls, check, build, venue, data, info.context)

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
    """An object inside a message (its body, a nested object); checked as its message checks
    it when built alone."""


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
        # Read from Pydantic's private-attribute slot: ``self._index`` goes through
        # BaseModel.__getattr__, which is most of a lookup's cost on the order path.
        index: dict[str, dict[tuple[object, ...], object]] = self.__pydantic_private__["_index"]  # type: ignore[index]
        return index[lookup].get(values)


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


def _checked(
    cls: type[M],
    check: Check,
    build: Callable[[type[M], dict[str, Any]], M],
    venue: str,
    data: object,
    context: object,
) -> M:
    # An instance is valid already, as Pydantic takes it (revalidate never). Pydantic's
    # metaclass is an ABCMeta, whose isinstance costs: a dict, the usual data, skips it.
    if type(data) is not dict and isinstance(data, cls):
        return data
    if context is None:
        reference, policy, strict, missing = None, "warn", False, _NO_CONTEXT
    else:
        reference, policy, strict, missing = _context(context, venue)
    violations, unchecked, normalized = check(data, reference)
    # The usual valid payload (a dict, as it passed), nothing dropped: nothing else to do.
    passed = not violations and not unchecked and normalized is not None
    if passed and len(normalized) == len(data):  # type: ignore[arg-type]
        return build(cls, normalized)  # type: ignore[arg-type]
    judged = data
    if _python_forms_may_help(cls, data, violations) or (
        normalized is not None and isinstance(data, dict) and len(normalized) < len(data)
    ):
        # Python names and forms (running_time=, Decimal("20.3"), an enum member, a model
        # instance) read as the wire's; tried only when the data as given fails, or when
        # members were dropped as unknown (a reply ignores them; a Python name must not be).
        wire = wire_form(cls, data)
        if wire is not data:
            violations, unchecked, normalized = check(wire, reference)
            judged = wire
    if strict and unchecked:
        listed = [u.violation for u in unchecked if isinstance(u, Unlisted)]
        violations = [*violations, *listed]
        unchecked = [u for u in unchecked if not isinstance(u, Unlisted)]
    if violations or normalized is None:
        lines = [_line_error(v, data, judged) for v in violations]
        raise ValidationError.from_exception_data(cls.__name__, lines)
    if unchecked and policy != "ignore":
        _unchecked(cls, unchecked, policy, missing, judged)
    return build(cls, normalized)


def _python_forms_may_help(cls: type[BaseModel], data: object, violations: list[Violation]) -> bool:
    """Whether reading ``data`` in its wire form could change a violation: a value of a type
    JSON has not (a Decimal, an enum member, a model) where a type was wrong, or a member
    missing or unknown where the model has Python names. A wire payload of JSON values that
    breaks a bound or a rule is judged once."""
    names = None
    for v in violations:
        rule = v.rule
        if rule.endswith((".type", ".enum", ".const")):
            _, value, present = _located(data, v.path)
            if present and type(value) not in _JSON_TYPES and type(value) not in (dict, list):
                return True
        elif rule.endswith(".required") or rule == "unknown_field":
            if names is None:
                names = _has_python_names(cls)
            if names:
                return True
    return False


@cache
def _has_python_names(cls: type[BaseModel]) -> bool:
    """A field (here or in a model within) whose Python name is not its wire name."""
    todo, seen = [cls], set()
    while todo:  # a shared type may hold itself: walked, not recursed
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            if info.alias is not None and info.alias != name:
                return True
            nested = _nested_model(info.rebuild_annotation())
            if nested is not None:
                todo.append(nested)
    return False


# The last reference object a context held, with its venue and what it resolved to: a loop
# validates with the same context over and over, and this is on every model validation.
_last_part: tuple[object, str, object, str] = (object(), "", None, "")
_NO_CONTEXT = "no validation context was given"


def _context(context: object, venue: str) -> tuple[object, str, bool, str]:
    """(the venue's reference part or None, the unchecked policy, strict, why no part)."""
    global _last_part  # noqa: PLW0603 - a one-entry cache, swapped whole (thread-safe)
    if type(context) is dict and len(context) == 1:
        given = context.get("reference")
        if given is not None:
            last = _last_part
            if last[0] is given and last[1] == venue:
                return last[2], "warn", False, last[3]
            part, why = _part_of(venue, given)
            _last_part = (given, venue, part, why)
            return part, "warn", False, why
    return _context_slowly(context, venue)


def _context_slowly(context: object, venue: str) -> tuple[object, str, bool, str]:
    if context is None:
        return None, "warn", False, _NO_CONTEXT
    if not isinstance(context, Mapping):
        return None, "warn", False, f"the validation context is a {type(context).__name__}"
    policy = context.get("unchecked", "warn")
    if policy not in _POLICIES:
        raise TypeError(
            f"context['unchecked'] must be one of {', '.join(_POLICIES)}, not {policy!r}"
        )
    strict = context.get("strict", False)
    if not isinstance(strict, bool):
        raise TypeError(f"context['strict'] must be True or False, not {strict!r}")
    if "reference" not in context:
        keys = ", ".join(repr(k) for k in context) or "none"
        return None, policy, strict, f"the validation context has no 'reference' (its keys: {keys})"
    if context["reference"] is None:
        return None, policy, strict, "context['reference'] is None"
    part, why = _part_of(venue, context["reference"])
    return part, policy, strict, why


def _part_of(venue: str, given: object) -> tuple[object, str]:
    """The venue's part of the context's reference data, and why there is none."""
    part = venue_part(venue, given, "context['reference']")
    return part, "" if part is not None else f"the reference data has no part for {venue!r}"


def _unchecked(
    cls: type[BaseModel],
    unchecked: list[str],
    policy: str,
    missing: str,
    data: object,
) -> None:
    rules = ", ".join(dict.fromkeys(str(u) for u in unchecked))
    why = (
        missing
        or "the reference data does not list what they need (context 'strict': True refuses)"
    )
    if policy == "error":
        error = PydanticCustomError(
            "twap_unchecked",
            "rules {rules} were not checked: {why}",
            {"rules": rules, "why": why},
        )
        raise ValidationError.from_exception_data(
            cls.__name__, [InitErrorDetails(type=error, loc=(), input=data)]
        )
    warnings.warn(
        f"{cls.__name__}: rules not checked ({rules}): {why}. Pass context={{'reference':"
        " twapschema.load_reference(...)} to check them, or context={'unchecked': 'ignore'}"
        " to accept that",
        UncheckedRulesWarning,
        stacklevel=_caller_level(),
    )


_INSIDE = (str(Path(__file__).parents[1]), str(Path(pydantic.__file__).parent))


def _caller_level() -> int:
    """The stack level of the first frame outside twapschema and Pydantic: the user's line that
    validated, whichever Pydantic path led here (the number of frames between differs)."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_INSIDE):
        level, frame = level + 1, frame.f_back  # type: ignore[assignment]
    return level


def bind(model: type[MessageModel], check: Check, build: Any, venue: str) -> None:
    """Give a generated message model its check and builder, for the fast ``model_validate``."""
    model.__twapschema__ = (check, build, venue)


def bind_part(model: type[MessageModel], body_check: Any, build: Any, venue: str) -> None:
    """A nested object's model, built alone, is checked as its message checks it there."""

    def check(payload: object, ref: Any) -> Any:
        return check_message(payload, ref, body_check)

    model.__twapschema__ = (check, build, venue)


# --- Python forms to wire forms ----------------------------------------------------------------

# JSON's own values keep the wire's strictness ("10" is not 10 unless the wire says so); only
# what JSON has no value for (Decimal, datetime, an enum member, a model, a tuple) is converted.
_JSON_SCALARS = (str, int, float, bool, type(None))
_JSON_TYPES = frozenset(_JSON_SCALARS)  # exact types: a cheaper test than isinstance
# key (wire or Python name) -> (wire name, adapter of the field's type, nested model, in a list)
_Table = dict[str, tuple[str, TypeAdapter[Any], "type[BaseModel] | None"]]


@cache
def _field_table(cls: type[BaseModel]) -> _Table:
    table: _Table = {}
    for name, info in cls.model_fields.items():
        wire = info.alias or name
        annotation = info.rebuild_annotation()
        entry = (wire, TypeAdapter(annotation), _nested_model(annotation))
        table[wire] = entry
        table.setdefault(name, entry)
    return table


def _nested_model(annotation: object) -> type[BaseModel] | None:
    """The model a field holds (alone, optional or in a list/tuple), or None."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _nested_model(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list, tuple):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def wire_form(cls: type[BaseModel], data: object) -> object:
    """``data`` with Python names as wire names and Python forms as wire forms (a Decimal as
    the venue's decimal string, an enum member as its value, a model as its dump, a tuple as a
    list), by ``cls``'s fields; ``data`` itself, unchanged, when there was nothing to do."""
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json", by_alias=True)
    if not isinstance(data, Mapping):
        return data
    table = _field_table(cls)
    out: dict[object, object] = {}
    changed = not isinstance(data, dict)
    for key, value in data.items():
        entry = table.get(key) if isinstance(key, str) else None
        if entry is None:
            out[key] = value
            continue
        wire, adapter, nested = entry
        if wire != key and wire in data:
            out[key] = value  # given twice: the check says so
            continue
        converted = _wire_value(value, adapter, nested)
        changed = changed or wire != key or converted is not value
        out[wire] = converted
    return out if changed else data


def _wire_value(value: object, adapter: TypeAdapter[Any], nested: type[BaseModel] | None) -> object:
    if type(value) in _JSON_TYPES:
        return value
    if isinstance(value, Mapping) and not isinstance(value, BaseModel):
        return wire_form(nested, value) if nested is not None else value
    if isinstance(value, list | tuple):
        if nested is not None:
            items = [_wire_value(v, adapter, nested) for v in value]
        else:
            items = [_python_scalar(v) for v in value]
        same = isinstance(value, list) and all(a is b for a, b in zip(items, value, strict=True))
        return value if same else items
    return _python_scalar(value, adapter)


def _python_scalar(value: object, adapter: TypeAdapter[Any] | None = None) -> object:
    """A Python form's wire form by the field's own serializer; the value itself otherwise."""
    if isinstance(value, _JSON_SCALARS):
        return value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, enum.Enum):
        return value.value
    if adapter is None:
        return value
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a value the field cannot hold: the check says why
        try:
            return adapter.dump_python(value, mode="json", by_alias=True)
        except (ValueError, TypeError, ArithmeticError):
            return value


def _line_error(violation: Violation, data: object, judged: object) -> InitErrorDetails:
    """One Pydantic line error: ``loc`` with list indices as ints, ``input`` the failing value
    (for a missing member, the object it is missing from), as Pydantic's own errors give."""
    loc, value, present = _located(data, violation.path)
    if not present and judged is not data:  # a Python name: the value is under the wire's
        loc, value, present = _located(judged, violation.path)
    error = PydanticCustomError(
        "twap_rule", "{message}", {"rule": violation.rule, "message": violation.message}
    )
    return InitErrorDetails(type=error, loc=loc, input=value)


def _located(data: object, path: str) -> tuple[tuple[str | int, ...], object, bool]:
    """(loc, the value at ``path`` or the innermost object on the way, whether it is there)."""
    if not path:
        return (), data, True
    if type(data) is dict and path.count("/") == 1 and "~" not in path:
        # A member of the payload itself, the usual violation's place: the walk's answer.
        key = path[1:]
        return ((key,), data[key], True) if key in data else ((key,), data, False)
    return _walked(data, path)


def _walked(data: object, path: str) -> tuple[tuple[str | int, ...], object, bool]:
    """``_located``'s answer for any path, token by token."""
    if not path:
        return (), data, True
    parts = path[1:].split("/") if "~" not in path else tokens(path)
    loc: list[str | int] = []
    node: object = data
    for i, token in enumerate(parts):
        kind = type(node)
        if kind is dict and token in node:  # type: ignore[operator]
            loc.append(token)
            node = node[token]  # type: ignore[index]
            continue
        if (kind is list or kind is tuple) and token.isdigit() and int(token) < len(node):  # type: ignore[arg-type]
            loc.append(int(token))
            node = node[int(token)]  # type: ignore[index]
            continue
        rest = parts[i:]
        if kind is list or kind is tuple:
            rest = [int(t) if t.isdigit() else t for t in rest]  # type: ignore[misc]
        return (*loc, *rest), node, False
    return tuple(loc), node, True

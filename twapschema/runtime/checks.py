"""Helpers that generated validators call: strict type checks with located, worded violations.

Each ``take_*`` returns the value in its Python form when it is present and of the right type,
and otherwise records why (required, null, wrong type) and returns None. The fast path for a
good value is the first test, because valid orders are the common case on the order path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Final, TypeVar

from twapschema.numbers import (
    CANONICAL_SIGNED,
    CANONICAL_UNSIGNED,
    DIGITS,
    EXACT_DOUBLE_INTEGER,
    MAX_DIGITS,
    MAX_SAFE_INTEGER,
    SIGNED_DECIMAL,
    UNSIGNED_DECIMAL,
    canonical_decimal,
    decimal_from_number,
    double_carries,
    double_reading,
    is_multiple,
    mul,
    parse_decimal_string,
    truncate,
    within_digits,
)
from twapschema.pointer import escape
from twapschema.runtime.addresses import bech32_ok
from twapschema.runtime.result import Violation, new_violation

__all__ = [
    "CANONICAL_SIGNED",
    "CANONICAL_UNSIGNED",
    "DIGITS",
    "MAX_DIGITS",
    "MISSING",
    "SIGNED_DECIMAL",
    "UNSIGNED_DECIMAL",
    "absent_at",
    "bech32_ok",
    "check_message",
    "describe",
    "escape",
    "fail",
    "got",
    "got1",
    "is_multiple",
    "member",
    "mul",
    "take_array",
    "take_boolean",
    "take_constant",
    "take_decimal_number",
    "take_decimal_string",
    "take_enum",
    "take_fixed_point_string",
    "take_integer",
    "take_integer_exact",
    "take_integer_string",
    "take_object",
    "take_rfc3339",
    "take_string",
    "truncate",
    "unknown_members",
    "window_holds",
    "window_time",
]

E = TypeVar("E")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()
# Shared with the JSON Schemas' `pattern`, so both accept the same text.
RFC3339_TEXT = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?"
    r"(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_RFC3339 = re.compile(RFC3339_TEXT)
_SHOW_LIMIT = 60


_SHOWN = {True: "true", False: "false", None: "null"}


def show(value: object) -> str:
    """A value as the payload wrote it (JSON-ish), cut short if long."""
    kind = type(value)
    # The kinds an invalid order's messages show most, first (an invalid order shows several).
    if isinstance(value, str):  # text, or an enum member the checks hold (a StrEnum)
        # json.dumps (ensure_ascii off) escapes only '"', '\\' and the controls below U+0020,
        # none of which is printable: such text it writes between quotes unchanged. (Some text
        # it writes unchanged is not printable, a lone surrogate: it takes the long way.)
        if (
            len(value) <= _SHOW_LIMIT - 2
            and value.isprintable()
            and '"' not in value
            and "\\" not in value
        ):
            return '"' + value + '"'  # json.dumps's text, without its encoder (or a regex)
    elif kind is bool or value is None:
        return _SHOWN[value]  # type: ignore[index]
    elif kind is int and -(10**30) < value < 10**30:  # type: ignore[operator]
        return repr(value)
    if isinstance(value, Decimal):
        # Plain notation unless the exponent is far out; str() writes plain notation (format's
        # "f") whenever it writes no exponent, and faster.
        text = str(value)
        if "E" in text and abs(value.adjusted()) < 30:
            text = format(value, "f")
    elif isinstance(value, bool) or value is None:
        text = json.dumps(value)
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, int):
        # Decimal, not float: 10**400 overflows a float, and str() refuses past 4300 digits.
        text = repr(value) if -(10**30) < value < 10**30 else f"{Decimal(value):.6E}"
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, dict):
        text = "an object"
    elif isinstance(value, list):
        text = "an array"
    else:
        text = type(value).__name__
    return text if len(text) <= _SHOW_LIMIT else text[: _SHOW_LIMIT - 3] + "..."


_JSON_TYPE = {
    str: "string ",
    int: "integer ",
    bool: "boolean ",
    float: "number ",
    Decimal: "number ",
}


def describe(value: object) -> str:
    """The JSON type of a value, for 'must be X, got Y' messages."""
    if value is None:
        return "null"
    named = _JSON_TYPE.get(type(value))  # the exact kinds a decoder makes, by one look-up
    if named is not None:
        return named + show(value)
    if isinstance(value, bool):
        return f"boolean {show(value)}"
    if isinstance(value, int):
        return f"integer {show(value)}"
    if isinstance(value, float | Decimal):
        return f"number {show(value)}"
    if isinstance(value, str):
        return f"string {show(value)}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a Python {type(value).__name__}"


def got(*pairs: tuple[str, object]) -> str:
    return " (got " + ", ".join([name + "=" + show(value) for name, value in pairs]) + ")"


def got1(value: object) -> str:
    return f" (got {show(value)})"


def fail(v: list[Violation], rule: str, at: str, key: str, message: str) -> None:
    v.append(new_violation((rule, at + "/" + escape(key), message)))


class Unlisted(str):
    """A rule id in ``unchecked`` because the reference data has no row for the payload's key
    (a symbol not listed); carries the violation strict validation reports instead."""

    violation: Violation


def unlisted(
    unchecked: list[str], rule: str, at: str, key: str, message: str, table: str, shown: str
) -> None:
    item = Unlisted(rule)
    text = f"{message} (strict: not in the reference data's {table}){shown}"
    item.violation = Violation(rule, at + "/" + escape(key), text)
    unchecked.append(item)


def member(checked: dict[str, object] | None, *names: str) -> Any:
    """A rule's operand in a nested object: its checked value, from the normalized objects the
    checks return (a member that failed its checks is not in them), or None."""
    node: object = checked
    for name in names:
        if type(node) is not dict:
            return None
        node = node.get(name)
    return node


def absent_at(obj: Mapping[str, object], names: tuple[str, ...], nullable: bool) -> bool:
    """True when the payload's objects down to the last name are there and it is not (or is
    null, for a nullable member): the venue then reads its default."""
    node: object = obj
    for name in names[:-1]:
        node = node.get(name) if type(node) is dict else None
        if type(node) is not dict:
            return False  # its object is missing or not one: already a violation
    assert type(node) is dict
    return node.get(names[-1]) is None if nullable else names[-1] not in node


def _absent_or_wrong(
    value: object,
    at: str,
    key: str,
    rid: str,
    required: bool,
    nullable: bool,
    expected: str,
    v: list[Violation],
) -> None:
    if value is MISSING:
        if required:
            fail(v, rid + ".required", at, key, f"{rid} is required")
    elif value is None:
        if not nullable:
            fail(v, rid + ".type", at, key, f"{rid} must be {expected}, not null")
    else:
        allowed = f"{expected} or null" if nullable else expected
        fail(v, rid + ".type", at, key, f"{rid} must be {allowed}, got {describe(value)}")


def take_constant(value: object, key: str, expected: str, v: list[Violation]) -> None:
    """A frame member with a fixed value, such as a WebSocket message's ``type``."""
    if value == expected and isinstance(value, str):
        return
    if value is MISSING:
        fail(v, key + ".required", "", key, f"{key} is required (it must be {show(expected)})")
        return
    fail(v, key + ".const", "", key, f"{key} must be {show(expected)} (got {show(value)})")


def take_string(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> str | None:
    if isinstance(value, str):
        return value
    _absent_or_wrong(value, at, key, rid, required, nullable, "a string", v)
    return None


def take_integer(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> int | None:
    # type() rather than isinstance: True is an int to Python but not to a venue.
    if type(value) is int and -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    whole = _whole_number(value)
    if whole is not None:
        return whole
    if not _beyond_double(value, at, key, rid, v, integer=True):
        expected = "an integer"
        if isinstance(value, float | Decimal) and decimal_from_number(value) is not None:
            expected = "an integer (no fractional part)"
        _absent_or_wrong(value, at, key, rid, required, nullable, expected, v)
    return None


def take_integer_exact(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> int | None:
    """An integer written as one: 30, not 30.0 or 3e1, for a venue that signs the bytes (the
    number 30.0 is another msgpack value than 30, so the venue recovers another signer)."""
    if type(value) is int and -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    whole = _whole_number(value)
    if whole is not None:
        fail(
            v,
            rid + ".type",
            at,
            key,
            f"{rid} must be written as an integer ({whole}, not {show(value)}): the venue signs"
            " the bytes sent",
        )
        return None
    return take_integer(value, at, key, rid, required, nullable, v)


def _whole_number(value: object) -> int | None:
    """3600.0 (or 3.6e3) as 3600. JSON has one number type, and JSON Schema calls any number
    with no fractional part an integer; so does every JSON parser that does not keep the text,
    which is why twapschema judges the value, not its spelling. None for a number that no
    double-based reader would read as written (see _beyond_double)."""
    if type(value) is not float and type(value) is not Decimal:
        return None
    number = decimal_from_number(value)
    if number is None or number != number.to_integral_value():
        return None
    if not -MAX_SAFE_INTEGER <= number <= MAX_SAFE_INTEGER or not double_carries(number):
        return None
    return int(number)


def _beyond_double(
    value: object, at: str, key: str, rid: str, v: list[Violation], *, integer: bool
) -> bool:
    """The one contract for numbers a double cannot carry (RFC 7493, I-JSON, section 2.2):
    every consumer of the JSON Schemas, and most venues, read JSON numbers as doubles, so a
    number that a double does not carry as written (1e400, 0.19999999999999999999 read as 0.2,
    an integer past 2**53 - 1 read as its neighbour) would mean one thing here and another
    there. It is refused, as `.type`, here and in the schemas alike. Records it and says True."""
    number: int | Decimal | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif type(value) is float or type(value) is Decimal:
        number = decimal_from_number(value)
    if number is None:
        return False
    whole = isinstance(number, int) or number == number.to_integral_value()
    if integer and whole and not -MAX_SAFE_INTEGER <= number <= MAX_SAFE_INTEGER:
        bound = "an integer from -(2^53 - 1) to 2^53 - 1 (I-JSON)"
    elif not double_carries(number):
        bound = "a number that a double carries exactly (I-JSON)"
    else:
        return False
    fail(
        v,
        rid + ".type",
        at,
        key,
        f"{rid} must be {bound}: a double-based JSON reader reads {show(value)} as"
        f" {double_reading(number)}",
    )
    return True


def take_boolean(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> bool | None:
    if value is True or value is False:
        return value
    _absent_or_wrong(value, at, key, rid, required, nullable, "true or false", v)
    return None


def take_decimal_number(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> Decimal | None:
    # The usual small integer first: every one up to 2**53 is a double exactly.
    if type(value) is int and -EXACT_DOUBLE_INTEGER <= value <= EXACT_DOUBLE_INTEGER:
        return Decimal(value)
    number = decimal_from_number(value)
    if number is not None and (type(value) is float or double_carries(number)):
        return number
    if number is not None:
        _beyond_double(value, at, key, rid, v, integer=False)
        return None
    expected = "a finite JSON number" if isinstance(value, float | Decimal) else "a number"
    _absent_or_wrong(value, at, key, rid, required, nullable, expected, v)
    return None


def take_decimal_string(
    value: object,
    at: str,
    key: str,
    rid: str,
    required: bool,
    nullable: bool,
    signed: bool,
    v: list[Violation],
    canonical: bool = False,
    digits: tuple[int, int] | None = None,
) -> Decimal | None:
    if isinstance(value, str):
        number = parse_decimal_string(value, signed=signed)
        if number is not None and digits is not None and not within_digits(value, digits):
            fail(
                v,
                rid + ".type",
                at,
                key,
                f"{rid} must have at most {digits[0]} digits before the point and {digits[1]}"
                f" after it, got {show(value)}",
            )
            return None
        if number is not None and not canonical:
            return number
        if number is not None:
            spelled = canonical_decimal(number)
            if value == spelled:
                return number
            fail(
                v,
                rid + ".type",
                at,
                key,
                f"{rid} must be written canonically ({show(spelled)}, not {show(value)}: no"
                " leading or trailing zeros): the venue signs the bytes sent",
            )
            return None
        sign = "an optional '-', " if signed else ""
        fail(
            v,
            rid + ".type",
            at,
            key,
            f"{rid} must be a decimal string ({sign}digits, optional '.' and digits; no exponent,"
            f" spaces or '+'), got {show(value)}",
        )
        return None
    _absent_or_wrong(value, at, key, rid, required, nullable, 'a decimal string like "12.5"', v)
    return None


def _digits(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> str | None:
    if isinstance(value, str):
        if DIGITS.fullmatch(value) and len(value) <= MAX_DIGITS:
            return value
        fail(
            v,
            rid + ".type",
            at,
            key,
            f"{rid} must be a string of digits (a whole number: no sign or point),"
            f" got {show(value)}",
        )
        return None
    _absent_or_wrong(value, at, key, rid, required, nullable, 'a string of digits like "100"', v)
    return None


def take_integer_string(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> int | None:
    digits = _digits(value, at, key, rid, required, nullable, v)
    return None if digits is None else int(digits)


def take_fixed_point_string(
    value: object,
    at: str,
    key: str,
    rid: str,
    required: bool,
    nullable: bool,
    decimals: int,
    v: list[Violation],
) -> Decimal | None:
    digits = _digits(value, at, key, rid, required, nullable, v)
    return None if digits is None else Decimal(digits).scaleb(-decimals)


def take_enum(
    value: object,
    at: str,
    key: str,
    rid: str,
    required: bool,
    nullable: bool,
    members: Mapping[str, E],
    v: list[Violation],
) -> E | None:
    if isinstance(value, str):
        member = members.get(value)
        if member is not None:
            return member
        allowed = ", ".join(show(m) for m in members)
        fail(v, rid + ".enum", at, key, f"{rid} must be one of {allowed}, got {show(value)}")
        return None
    _absent_or_wrong(value, at, key, rid, required, nullable, "a string", v)
    return None


def take_rfc3339(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> datetime | None:
    if isinstance(value, str):
        if _RFC3339.fullmatch(value):
            try:
                return datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
            except ValueError:
                pass
        fail(v, rid + ".type", at, key, f"{rid} must be an RFC 3339 date-time, got {show(value)}")
        return None
    _absent_or_wrong(value, at, key, rid, required, nullable, "an RFC 3339 date-time string", v)
    return None


def take_object(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> dict[str, object] | None:
    if isinstance(value, dict):
        return value
    _absent_or_wrong(value, at, key, rid, required, nullable, "an object", v)
    return None


def take_array(
    value: object, at: str, key: str, rid: str, required: bool, nullable: bool, v: list[Violation]
) -> tuple[object, ...] | None:
    # A tuple is what a dumped model holds (and what a strict model takes); JSON makes lists.
    if type(value) is list:
        return tuple(value)
    if type(value) is tuple:
        return value
    _absent_or_wrong(value, at, key, rid, required, nullable, "an array", v)
    return None


def unknown_members(
    obj: Mapping[str, object], known: frozenset[str], at: str, where: str, v: list[Violation]
) -> None:
    """Report members the spec does not list, in the payload's own order."""
    for key in obj:
        if key not in known:
            if not isinstance(key, str):  # only a Python caller can send one
                fail(v, "unknown_field", at, repr(key), f"member name {key!r} is not a string")
                continue
            allowed = ", ".join(sorted(known))
            fail(
                v,
                "unknown_field",
                at,
                key,
                f"{show(key)} is not a field of {where} (fields: {allowed})",
            )


_RELATIVE_TIME = re.compile(r"\+[0-9]{1,15}")
_ABSOLUTE_TIME = re.compile(r"[0-9]{1,15}")


def window_time(text: object) -> tuple[str, int] | None:
    """("relative", N) for "+N" or an absent time (None: now), ("absolute", T) for Unix
    seconds, None for a spelling a window rule cannot judge (RFC 3339, say)."""
    if text is None:
        return ("relative", 0)
    if not isinstance(text, str):
        return None
    if _RELATIVE_TIME.fullmatch(text):
        return ("relative", int(text))
    if _ABSOLUTE_TIME.fullmatch(text):
        return ("absolute", int(text))
    return None


def window_holds(start: object, end: object, minimum: int | None, ahead: int | None) -> bool | None:
    """A time_window rule's verdict on two wire values (start None: absent, now): False when
    it is broken, None when nothing in it can be judged without the clock."""
    s, e = window_time(start), window_time(end)
    judged = False
    if minimum is not None and s is not None and e is not None and s[0] == e[0]:
        judged = True
        if e[1] - s[1] < minimum:
            return False
    if ahead is not None:
        given = [e] + ([s] if start is not None else [])
        for t in given:
            if t is not None and t[0] == "relative":
                judged = True
                if t[1] > ahead:
                    return False
    return True if judged else None


ObjectCheck = Callable[[dict[str, object], str, Any, list[Violation], list[str]], dict[str, object]]


def check_message(
    payload: object,
    ref: object,
    body_check: ObjectCheck,
    constants: tuple[tuple[str, str], ...] = (),
    body: str | None = None,
    frame: frozenset[str] | None = None,
    where: str = "",
) -> tuple[list[Violation], list[str], dict[str, object] | None]:
    """Every generated ``check_<message>``: the payload's frame, then its body's checks.

    Without an envelope the payload is the body. With one, ``constants`` are members of fixed
    value, ``body`` the member holding the body, and ``frame`` the members allowed beside them
    (None: any are, and dropped).
    """
    v: list[Violation] = []
    unchecked: list[str] = []
    if not isinstance(payload, dict):
        v.append(
            Violation(
                "payload.type", "", "the payload must be a JSON object, got " + describe(payload)
            )
        )
        return v, unchecked, None
    if body is None:
        out = body_check(payload, "", ref, v, unchecked)
        return v, unchecked, (None if v else out)
    out = {}
    for key, value in constants:
        if payload.get(key) != value:
            take_constant(payload.get(key, MISSING), key, value, v)
        out[key] = value
    inner = payload.get(body, MISSING)
    if type(inner) is not dict:
        inner = take_object(inner, "", body, body, True, False, v)
    if inner is not None:
        out[body] = body_check(inner, "/" + escape(body), ref, v, unchecked)
    if frame is not None and not frame.issuperset(payload):
        unknown_members(payload, frame, "", where, v)
    return v, unchecked, (None if v else out)

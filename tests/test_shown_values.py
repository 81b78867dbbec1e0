"""How a violation's message shows the value it got: as the payload wrote it (JSON), cut short.

``show`` takes short cuts for the kinds an invalid order shows most (text, integers, booleans);
each must write exactly what the plain JSON encoding writes, cut at the same length.
"""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from twapschema.runtime.checks import describe, got, show

LIMIT = 60


def as_json(value: object) -> str:
    """The reading the short cuts must agree with: json.dumps, cut at LIMIT characters."""
    if type(value) is int and not -(10**30) < value < 10**30:
        raise AssertionError("not a short-cut case")
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= LIMIT else text[: LIMIT - 3] + "..."


@given(st.text(max_size=80))
def test_text_is_shown_as_json_writes_it(value: str) -> None:
    assert show(value) == as_json(value)


@given(st.integers(min_value=-(10**30) + 1, max_value=10**30 - 1))
def test_integers_are_shown_as_json_writes_them(value: int) -> None:
    assert show(value) == as_json(value)


def test_the_cut_falls_where_the_json_text_grows_past_the_limit() -> None:
    for length in (57, 58, 59, 60, 61):
        assert show("x" * length) == as_json("x" * length)
    assert show('"' * 10) == '"' + '\\"' * 10 + '"'
    assert show("a\nb") == '"a\\nb"'


def test_booleans_and_null() -> None:
    assert [show(True), show(False), show(None)] == ["true", "false", "null"]
    assert show(1) == "1"  # an int, not a boolean


def test_got_names_each_value() -> None:
    assert got(("side", "BUY"), ("duration", 5000)) == ' (got side="BUY", duration=5000)'


def _decimal_as_before(value: Decimal) -> str:
    """show's Decimal reading before its short cut: plain notation unless the exponent is
    far out, then the scientific text; cut as the rest."""
    text = format(value, "f") if abs(value.adjusted()) < 30 else str(value)
    return text if len(text) <= LIMIT else text[: LIMIT - 3] + "..."


@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_decimals_are_shown_in_plain_notation_as_before(value: Decimal) -> None:
    assert show(value) == _decimal_as_before(value)


def test_decimals_at_the_notations_edges() -> None:
    for text in ("0.0000001", "0.000001", "1E+2", "-0", "1.50", "1E+29", "1E+30", "1E-30"):
        assert show(Decimal(text)) == _decimal_as_before(Decimal(text))
    assert show(Decimal("0.0000001")) == "0.0000001"  # str() would write 1E-7
    assert show(Decimal("1E+2")) == "100"


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.decimals(), st.text()))
def test_describe_names_the_json_type_then_shows_the_value(value: object) -> None:
    kinds = {type(None): "null", bool: "boolean", int: "integer", float: "number"}
    kind = kinds.get(type(value), "number" if isinstance(value, Decimal) else "string")
    assert describe(value) == ("null" if value is None else f"{kind} {show(value)}")


def test_describe_reads_subclasses_the_long_way() -> None:
    class Text(str):
        pass

    assert describe(Text("a")) == 'string "a"'
    assert describe([1]) == "an array"
    assert describe({}) == "an object"


def test_an_enum_member_is_shown_as_its_text() -> None:
    from twapschema.models.dydx import TimeInForce

    member = TimeInForce.TIME_IN_FORCE_IOC
    assert show(member) == json.dumps(member) == '"TIME_IN_FORCE_IOC"'

"""How a violation's message shows the value it got: as the payload wrote it (JSON), cut short.

``show`` takes short cuts for the kinds an invalid order shows most (text, integers, booleans);
each must write exactly what the plain JSON encoding writes, cut at the same length.
"""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from twapschema.runtime.checks import got, show

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

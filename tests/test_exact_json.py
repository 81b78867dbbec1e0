"""The CLI's fast JSON path (msgspec plus a colon count) against the stdlib decoder it stands in
for: on any text it either gives exactly DECODER's value (same types, same decimal digits, same
key order) or declines, and it declines on every duplicate key, however the key is spelled."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from twapschema.exact_json import DECODER, NOT_FAST, DuplicateKeyError, fast_value


def _typed(value: object) -> object:
    """A value with its types spelled out, so 1, True and Decimal('1.0') never compare equal."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    if isinstance(value, Decimal):
        return ("Decimal", str(value))
    return (type(value).__name__, value)


def _stdlib(raw: bytes) -> object:
    """DECODER's reading of ``raw``, or the exception it (or UTF-8) raises, by type."""
    try:
        return _typed(DECODER.decode(raw.decode("utf-8")))
    except (ValueError, RecursionError) as exc:
        return type(exc)


def _agrees(raw: bytes) -> bool:
    """The property: fast_value reads ``raw`` as DECODER does, or declines; True if it read."""
    fast = fast_value(raw)
    if fast is NOT_FAST:
        return False
    assert _typed(fast) == _stdlib(raw), raw
    return True


_KEYS = st.sampled_from(["a", "b", ":", "a:b", "é", '"', "\\", "\u2028", ""]) | st.text(max_size=4)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6)
    | st.sampled_from(["12:30:00", "2026-12-03T10:00:00Z", "::", ":a"])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=12,
)


def _text(value: object, ascii_only: bool, spaced: bool) -> bytes:
    separators = (", ", ": ") if spaced else (",", ":")
    text = json.dumps(value, ensure_ascii=ascii_only, separators=separators, default=str)
    return text.encode("utf-8", "surrogatepass")


@settings(max_examples=600, deadline=None)
@given(_VALUES, st.booleans(), st.booleans())
def test_any_json_text_reads_as_the_stdlib_reads_it(
    value: object, ascii_only: bool, spaced: bool
) -> None:
    _agrees(_text(value, ascii_only, spaced))


@settings(max_examples=600, deadline=None)
@given(
    st.binary(max_size=40)
    | st.text(alphabet='{}[]":,.-+eE0123456789 \\tnu', max_size=30).map(str.encode)
)
@example(b"1 \x0c")
@example(b'"\\ud800"')
@example(b"1e999999999999999999999")
@example(b"1" * 5000)
def test_any_bytes_read_as_the_stdlib_reads_them_or_decline(raw: bytes) -> None:
    _agrees(raw)


_DUPLICATES = [
    b'{"a": 1, "a": 2}',
    b'{"a": 1, "\\u0061": 2}',  # the same key, one spelled with an escape
    b'{"a": "\\u003a", "a": 2}',  # an escaped colon must not stand in for the lost key
    b'{"t": "12:00", "x": {"k": 1, "k": 2}}',
    b'[{"k": 1}, {"k": 1, "k": 1}]',
    b'{"a": {"b": 1, "b": 2}, "c": ":"}',
    b'{"s": "a:b", "s": "a:b"}',
]


@pytest.mark.parametrize("raw", _DUPLICATES, ids=range(len(_DUPLICATES)))
def test_a_duplicate_key_always_declines(raw: bytes) -> None:
    assert fast_value(raw) is NOT_FAST
    with pytest.raises(DuplicateKeyError):
        DECODER.decode(raw.decode())


@pytest.mark.parametrize(
    "raw",
    [
        b'{"market": "AAPL-USD.P", "size": "20.30", "runningTime": 3600}\n',
        b'{"expiry": "2026-12-03T10:00:00Z", "n": [{"a": 1}, {"a": 2}]}',
        b'{"price": 1.10, "big": 123456789012345678901234567890}',
        b"[]",
    ],
    ids=["flat", "colons-in-strings-and-nested-keys", "exact-numbers", "no-keys"],
)
def test_the_usual_orders_take_the_fast_path(raw: bytes) -> None:
    assert _agrees(raw)


def test_numbers_stay_exact_on_the_fast_path() -> None:
    value = fast_value(b'{"p": 1.10, "q": -0.0, "e": 1E5, "i": 123456789012345678901234567890}')
    assert isinstance(value, dict)
    assert [str(v) for v in value.values()] == ["1.10", "-0.0", "1E+5", "1234567890" * 3]
    assert type(value["i"]) is int

"""Where a model's error points (twapschema.runtime.models._located): a payload's own member
takes a short cut, which must give the token-by-token walk's answer."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from twapschema.pointer import escape
from twapschema.runtime.models import _located, _walked

NAMES = st.sampled_from(["side", "size", "a/b", "a~b", "0", "", "runningTime"])
VALUES = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3),
    max_leaves=6,
)
DATA = st.one_of(st.dictionaries(NAMES, VALUES, max_size=4), VALUES)


@given(DATA, st.lists(NAMES | st.sampled_from(["1", "7"]), max_size=3))
def test_the_short_cut_gives_the_walks_answer(data: object, names: list[str]) -> None:
    path = "".join("/" + escape(name) for name in names)
    assert _located(data, path) == _walked(data, path)


def test_a_member_present_and_absent() -> None:
    order = {"side": "buy", "twap": {"m": 4}}
    assert _located(order, "/side") == (("side",), "buy", True)
    assert _located(order, "/size") == (("size",), order, False)
    assert _located(order, "/twap/m") == (("twap", "m"), 4, True)
    assert _located(order, "/a~1b") == (("a/b",), order, False)
    assert _located(order, "") == ((), order, True)

"""Exact decimal arithmetic: the operations the rules rely on, including hostile magnitudes."""

from __future__ import annotations

import json
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import pointer
from twapschema.numbers import (
    EXACT,
    MAX_SAFE_INTEGER,
    decimal_from_number,
    double_carries,
    double_reading,
    exact_double,
    format_decimal,
    is_multiple,
    json_default,
    json_default_as_written,
    json_number,
    mul,
    parse_decimal_string,
    truncate,
)


@pytest.mark.parametrize(
    ("text", "signed", "expected"),
    [
        ("20.30", False, Decimal("20.30")),
        ("0", False, Decimal(0)),
        ("007.5", False, Decimal("7.5")),
        ("-1.5", True, Decimal("-1.5")),
        ("-1.5", False, None),
        ("+1", True, None),
        ("1e3", False, None),
        ("1E3", False, None),
        (" 1", False, None),
        ("1 ", False, None),
        ("1.", False, None),
        (".5", False, None),
        ("", False, None),
        ("1_000", False, None),
        ("١٢", False, None),  # Arabic-Indic digits: str.isdigit() would say yes
        ("NaN", False, None),
        ("Infinity", True, None),
        ("1\n", False, None),
    ],
)
def test_decimal_strings_are_parsed_strictly(
    text: str, signed: bool, expected: Decimal | None
) -> None:
    assert parse_decimal_string(text, signed=signed) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10, Decimal(10)),
        (0.1, Decimal("0.1")),  # the shortest repr, not 0.1000000000000000055511...
        (0.3, Decimal("0.3")),
        (1e22, Decimal("1e+22")),
        (Decimal("0.30"), Decimal("0.30")),
        (float("nan"), None),
        (float("inf"), None),
        (Decimal("NaN"), None),
        (Decimal("-Infinity"), None),
        (True, None),
        ("1", None),
        (None, None),
    ],
)
def test_json_numbers_become_exact_decimals(value: object, expected: Decimal | None) -> None:
    assert decimal_from_number(value) == expected


def test_point_three_over_three_is_exactly_point_one() -> None:
    total = decimal_from_number(0.3)
    assert total is not None
    assert total >= mul(Decimal("0.1"), 3)
    assert total / 3 == Decimal("0.1")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (3600, 60, True),
        (3601, 60, False),
        (Decimal("0.3"), Decimal("0.1"), True),
        (Decimal("0.31"), Decimal("0.1"), False),
        (Decimal("12.230000"), Decimal("0.000001"), True),
        (Decimal("12.2300001"), Decimal("0.000001"), False),
        (Decimal("1E+400"), 7, False),
        (Decimal("7E+400"), 7, True),
        (Decimal("1E+400"), Decimal("0.001"), True),
        (Decimal("1E-400"), Decimal("0.001"), False),
        (0, 5, True),
        (5, 0, False),
        (Decimal("-0.6"), Decimal("0.2"), True),
        # Coefficients past the default 28-digit context and past int()'s 4300-digit limit.
        (Decimal("1" * 40 + "00000"), Decimal("1" * 40), True),
        (Decimal("1" * 40 + "00000"), Decimal("1" * 39 + "3"), False),
        (Decimal("7" * 50 + "E+60"), Decimal("7" * 50 + "E-3"), True),
        (Decimal("1" * 100_000 + ".5"), Decimal("0.5"), True),
        (Decimal("1" * 100_000 + ".5"), Decimal("0.000001"), True),
        (Decimal("1" * 100_000 + ".0000005"), Decimal("0.000001"), False),
        (Decimal("1" * 100_000), Decimal("3" * 100_000), False),
    ],
)
def test_is_multiple_is_exact(a: Decimal | int, b: Decimal | int, expected: bool) -> None:
    assert is_multiple(a, b) is expected


def test_is_multiple_does_not_expand_huge_exponents() -> None:
    # 1e999999999 written out has a billion digits; the check must work on the exponent alone.
    # (No timing assertion: a regression shows as a test that never ends.)
    assert is_multiple(Decimal("1E+999999999"), Decimal("0.000001")) is True
    assert is_multiple(Decimal("3E+999999999"), 7) is False
    assert is_multiple(Decimal("1E-999999999"), Decimal("0.1")) is False


def test_mul_does_not_round_to_28_digits() -> None:
    big = Decimal("1234567890123456789012345678901234567890")
    assert mul(big, 3) == Decimal("3703703670370370367037037036703703703670")
    assert mul(Decimal("1E+999999999"), 5) == Decimal("5E+999999999")


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("0.309"), 2, "0.30"),
        (Decimal("0.2999"), 2, "0.29"),
        (Decimal("-0.2999"), 2, "-0.29"),  # toward zero
        (Decimal("10"), 2, "10"),  # not padded: already within precision
        (Decimal("1E+400"), 2, "1E+400"),
        (Decimal("0.5"), 0, "0"),
        (7, 3, "7"),
    ],
)
def test_truncate_cuts_toward_zero(value: Decimal | int, places: int, expected: str) -> None:
    assert str(truncate(value, places)) == expected


def test_truncate_of_tiny_exponent_stays_small() -> None:
    assert truncate(Decimal("1E-999999999"), 2) == 0


def test_format_decimal_is_plain_notation() -> None:
    assert format_decimal(Decimal("20.30")) == "20.30"
    assert format_decimal(Decimal("1E+2")) == "100"
    assert format_decimal(Decimal("1E-7")) == "0.0000001"


# --- doubles: one policy for every writer of JSON numbers ----------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.1"), 0.1),
        (Decimal("20.30"), 20.3),
        (Decimal("3600"), 3600.0),
        (Decimal("0.12345678901234567890"), None),  # more digits than a double keeps
        (Decimal(2**53 + 1), None),  # a double rounds it to 2**53
        (Decimal("NaN"), None),
        (Decimal("Infinity"), None),
    ],
)
def test_exact_double_only_when_the_double_reads_back_the_same(
    value: Decimal, expected: float | None
) -> None:
    assert exact_double(value) == expected


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (Decimal("3600"), {}, 3600),
        (Decimal("3600.0"), {}, 3600),  # whole by value
        (Decimal("3600.0"), {"as_written": True}, 3600.0),  # a written fraction stays
        (Decimal("1E+3"), {"as_written": True}, 1000),
        (Decimal("0.5"), {}, 0.5),
        (Decimal(2**60 + 1), {}, 2**60 + 1),  # JSON integers have no size limit
        (Decimal(2**60 + 1), {"as_double": True}, None),  # but a double does
        (Decimal("0.12345678901234567890"), {}, None),
    ],
)
def test_json_number_policy(value: Decimal, kwargs: dict[str, bool], expected: object) -> None:
    got = json_number(value, **kwargs)
    assert got == expected
    assert type(got) is type(expected)


def test_json_default_refuses_what_no_json_number_carries() -> None:
    assert json.dumps({"q": Decimal("1.0")}, default=json_default) == '{"q": 1}'
    assert json.dumps({"q": Decimal("1.0")}, default=json_default_as_written) == '{"q": 1.0}'
    with pytest.raises(TypeError, match="decimal string"):
        json.dumps(Decimal("0.12345678901234567890"), default=json_default)
    with pytest.raises(TypeError, match="not JSON"):
        json.dumps(object(), default=json_default)


# --- JSON Pointers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "carried", "read_as"),
    [
        (Decimal("0.1"), True, "0.1"),
        (Decimal("20.30"), True, "20.3"),
        (Decimal("-0.12345678901234"), True, "-0.12345678901234"),  # 15 characters and more
        (Decimal("0.19999999999999999999"), False, "0.2"),
        (Decimal("2.0000000000000001"), False, "2.0"),
        (Decimal("123456789012345.6"), True, "123456789012345.6"),  # 16 digits, a double's
        (Decimal("9007199254740993"), False, "9007199254740992.0"),  # 16 digits, no double's
        (Decimal("1E+308"), True, "1e+308"),
        (Decimal("1.8E+308"), False, "Infinity"),
        (Decimal("-1E+400"), False, "-Infinity"),
        (Decimal("1E-320"), True, "1e-320"),  # subnormal, and still reads back
        (Decimal("1E-400"), False, "0.0"),
        (2**53, True, "9007199254740992"),
        (2**53 + 1, False, "9007199254740992"),
        (2**60, False, "1.152921504606847e+18"),  # a double, but it reads back as another
        (10**20, True, "1e+20"),
        (-(10**400), False, "-Infinity"),
    ],
)
def test_double_carries_what_reads_back_as_written(
    value: int | Decimal, carried: bool, read_as: str
) -> None:
    assert double_carries(value) is carried
    assert double_reading(value) == read_as


@given(st.decimals(allow_nan=False, allow_infinity=False, places=None))
def test_double_carries_agrees_with_the_round_trip(value: Decimal) -> None:
    """The shortcut for short text never says yes where the full round trip says no."""
    assert double_carries(value) is (exact_double(value) is not None)


@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_double_carries_integers_as_their_decimal(value: int) -> None:
    assert double_carries(value) is double_carries(Decimal(value))
    if abs(value) <= MAX_SAFE_INTEGER:
        assert double_carries(value)


@pytest.mark.parametrize(
    ("parts", "text"),
    [((), ""), (("a/b~c", 0), "/a~1b~0c/0"), (("~1",), "/~01"), (("",), "/")],
)
def test_pointer_join_and_tokens_round_trip(parts: tuple[str | int, ...], text: str) -> None:
    assert pointer.join(parts) == text
    assert pointer.tokens(text) == [str(p) for p in parts]


def test_pointer_unescapes_tilde_one_before_tilde_zero() -> None:
    # RFC 6901: "~01" is "~1", not "/".
    assert pointer.unescape("~01") == "~1"
    assert pointer.escape("~1") == "~01"


_OPERANDS = st.one_of(
    st.integers(-(10**30), 10**30),
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12),
    st.decimals(allow_nan=False, allow_infinity=False, places=8),
)


@given(_OPERANDS, _OPERANDS)
def test_is_multiple_agrees_with_exact_fractions(a: Decimal | int, b: Decimal | int) -> None:
    """Each short cut (two ints, two Decimals, mixed) against the arithmetic of fractions."""
    expected = b != 0 and (Fraction(a) / Fraction(b)).denominator == 1
    assert is_multiple(a, b) is expected


def _truncated_by_its_digits(value: Decimal, places: int) -> Decimal:
    """truncate as its first version read the exponent (from the digits' tuple)."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -places:
        return value
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN, context=EXACT)


@given(st.decimals(allow_nan=True, allow_infinity=True, places=None), st.integers(0, 12))
def test_truncate_reads_the_exponent_as_the_digits_tuple_does(value: Decimal, places: int) -> None:
    """The same value and the same spelling (trailing zeros kept or cut alike), NaN and the
    infinities given back."""
    got, expected = truncate(value, places), _truncated_by_its_digits(value, places)
    assert str(got) == str(expected)

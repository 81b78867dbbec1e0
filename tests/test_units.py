"""Fixed-point amounts: exact both ways, and an amount finer than the unit is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import twapschema
from twapschema import from_fixed_point, to_fixed_point


@pytest.mark.parametrize(
    ("amount", "units"),
    [
        ("12.23", "12230000"),  # Aevo's request example, in its response's 6-decimal unit
        ("10", "10000000"),
        ("0.000001", "1"),
        ("0", "0"),
        ("0.000000", "0"),
        (Decimal("3500"), "3500000000"),
        (Decimal("1E+2"), "100000000"),
        (7, "7000000"),
        ("123456789012345678901234567890.123456", "123456789012345678901234567890123456"),
    ],
)
def test_to_fixed_point(amount: str | Decimal | int, units: str) -> None:
    assert to_fixed_point(amount, 6) == units


@pytest.mark.parametrize(
    ("units", "amount"),
    [
        ("10000000", Decimal(10)),
        ("1", Decimal("0.000001")),
        ("0", Decimal(0)),
        (5000000, Decimal(5)),
        ("3500000000", Decimal(3500)),
    ],
)
def test_from_fixed_point(units: str | int, amount: Decimal) -> None:
    assert from_fixed_point(units, 6) == amount


@pytest.mark.parametrize(
    ("amount", "says"),
    [
        ("0.0000001", "more than 6 decimals"),
        ("12.2300001", "more than 6 decimals"),
        (Decimal("1E-7"), "more than 6 decimals"),
        ("-1", "negative"),
        ("1e6", "not a decimal amount"),
        ("", "not a decimal amount"),
        (" 1", "not a decimal amount"),
        (True, "not a decimal amount"),
        (Decimal("NaN"), "not a decimal amount"),
        (float("inf"), "not a decimal amount"),
    ],
)
def test_to_fixed_point_refuses(amount: object, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        to_fixed_point(amount, 6)  # type: ignore[arg-type]


@pytest.mark.parametrize("units", ["1.5", "-1", "", "1e6", "9" * 4001, -1, True, 1.0])
def test_from_fixed_point_refuses(units: object) -> None:
    with pytest.raises(ValueError, match="not a whole number of units"):
        from_fixed_point(units, 6)  # type: ignore[arg-type]


def test_float_input_is_read_by_its_shortest_repr() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 as a float: its repr has 17 decimals, not 6.
    assert to_fixed_point(0.3, 6) == "300000"
    with pytest.raises(ValueError, match="more than 6 decimals"):
        to_fixed_point(0.1 + 0.2, 6)


@given(
    st.decimals(min_value=0, max_value=Decimal("1e20"), places=6, allow_nan=False),
    st.integers(min_value=0, max_value=18),
)
def test_round_trip(amount: Decimal, extra: int) -> None:
    decimals = 6 + extra
    units = to_fixed_point(amount, decimals)
    assert units.isdigit()
    assert from_fixed_point(units, decimals) == amount


@given(st.integers(min_value=0, max_value=10**30), st.integers(min_value=0, max_value=18))
def test_round_trip_from_units(units: int, decimals: int) -> None:
    assert to_fixed_point(from_fixed_point(units, decimals), decimals) == str(units)


def test_helpers_agree_with_the_aevo_request_rule() -> None:
    # An amount_float the request accepts always has an exact internal form, and vice versa.
    for amount in ("12.23", "0.000001", "0.0000001", "1.1234565", "100"):
        request = {"instrument_id": 12, "is_buy": True, "amount_float": amount, "duration": 30}
        accepted = twapschema.validate("aevo", "create_twap_order", request).valid
        try:
            to_fixed_point(amount, 6)
            representable = True
        except ValueError:
            representable = False
        assert accepted is representable, amount

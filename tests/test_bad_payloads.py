"""Hostile and malformed payloads through the Python API, for every venue.

``validate`` promises never to raise for a bad payload: every problem is a violation. Each case
asserts the exact (rule, path) pairs, not just ``valid is False``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

import pytest

import twapschema
from twapschema import Reference, ValidationResult

Expected = list[tuple[str, str]]


@dataclass(frozen=True)
class Venue:
    id: str
    message: str
    body: dict[str, object]  # the document's example body (QFEX: the params)
    prefix: str  # JSON Pointer of the body: "/params" for QFEX frames, "" otherwise
    integer: str  # an integer field of the body
    integer_value: int  # its value in the document example
    required: tuple[str, ...]  # required fields, in spec order
    text: str | None  # a free-form string field, if the body has one

    def payload(self, body: dict[str, object]) -> object:
        if self.id == "qfex":
            return {"type": "add_twap", "params": body}
        return body

    def with_field(self, name: str, value: object) -> object:
        return self.payload({**self.body, name: value})

    def at(self, name: str) -> str:
        return f"{self.prefix}/{name}"


QFEX: Final = Venue(
    "qfex",
    "add_twap",
    {
        "symbol": "AAPL-USD",
        "side": "BUY",
        "total_quantity": 10,
        "num_orders": 5,
        "order_interval_secs": 30,
        "reduce_only": False,
        "client_twap_id": "rebalance-aapl-001",
    },
    "/params",
    "order_interval_secs",
    30,
    ("symbol", "side", "total_quantity", "num_orders", "order_interval_secs", "reduce_only"),
    "symbol",
)
ONDO: Final = Venue(
    "ondo",
    "create_twap_order",
    {
        "market": "AAPL-USD.P",
        "side": "buy",
        "size": "20.30",
        "runningTime": 3600,
        "frequency": 60,
        "reduceOnly": False,
        "maxPrice": "160.00",
        "minPrice": "140.00",
    },
    "",
    "runningTime",
    3600,
    ("market", "side", "size", "runningTime", "frequency"),
    "market",
)
AEVO: Final = Venue(
    "aevo",
    "create_twap_order",
    {
        "instrument_id": 12,
        "is_buy": True,
        "amount_float": "12.23",
        "duration": 30,
        "reduce_only": False,
    },
    "",
    "duration",
    30,
    ("instrument_id", "is_buy", "amount_float", "duration"),
    None,
)
VENUES: Final = [pytest.param(v, id=v.id) for v in (QFEX, ONDO, AEVO)]


def run(venue: Venue, payload: object, reference: Reference | None = None) -> ValidationResult:
    return twapschema.validate(venue.id, venue.message, payload, reference=reference)


def found(result: ValidationResult) -> Expected:
    return sorted((v.rule, v.path) for v in result.violations)


def assert_verdict(result: ValidationResult, expected: Expected) -> None:
    assert found(result) == sorted(expected)
    assert result.valid is (not expected)


def qfex_frame(**changes: object) -> dict[str, object]:
    return {"type": "add_twap", "params": {**QFEX.body, **changes}}


@pytest.mark.parametrize("venue", VENUES)
def test_document_bodies_are_valid(venue: Venue, reference: Reference) -> None:
    """The baseline every other case here changes."""
    assert_verdict(run(venue, venue.payload(venue.body), reference), [])


# --- the payload is not an object -------------------------------------------------------------


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    ("payload", "shown"),
    [
        pytest.param([], "an array", id="empty-list"),
        pytest.param([{"a": 1}], "an array", id="list"),
        pytest.param("{}", "string", id="json-text"),
        pytest.param("", "string", id="empty-string"),
        pytest.param(None, "null", id="None"),
        pytest.param(42, "integer 42", id="int"),
        pytest.param(3.5, "number 3.5", id="float"),
        pytest.param(Decimal("1.5"), "number 1.5", id="Decimal"),
        pytest.param(True, "boolean true", id="bool"),
        pytest.param((), "tuple", id="tuple"),
        pytest.param(b"{}", "bytes", id="bytes"),
    ],
)
def test_payload_not_an_object(venue: Venue, payload: object, shown: str) -> None:
    result = run(venue, payload)
    assert_verdict(result, [("payload.type", "")])
    assert "JSON object" in result.violations[0].message
    assert shown in result.violations[0].message
    assert result.unchecked == ()


@pytest.mark.parametrize("venue", VENUES)
def test_huge_integer_payload_is_not_an_object(venue: Venue) -> None:
    result = run(venue, 10**400)
    assert_verdict(result, [("payload.type", "")])


# --- wrong JSON types for numbers --------------------------------------------------------------


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param(True, id="true"),
        pytest.param(False, id="false"),
        pytest.param("10", id="string-10"),
        pytest.param(None, id="null"),
        pytest.param({"value": 10}, id="object"),
        pytest.param([10], id="array"),
        pytest.param(10.5, id="fraction"),
    ],
)
def test_integer_field_wrong_type(venue: Venue, value: object, reference: Reference) -> None:
    result = run(venue, venue.with_field(venue.integer, value), reference)
    assert_verdict(result, [(f"{venue.integer}.type", venue.at(venue.integer))])
    assert "integer" in result.violations[0].message


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize("kind", ["float", "Decimal", "exponent"])
def test_integral_number_for_an_integer_field_is_that_integer(
    venue: Venue, kind: str, reference: Reference
) -> None:
    """A deliberate choice: 3600.0, Decimal("3600.0") and 3.6E+3 are the integer 3600. JSON has
    one number type and JSON Schema calls any number without a fractional part an integer;
    most JSON parsers (JavaScript's among them) cannot even tell 3600.0 from 3600. Judging the
    value, not its spelling, is what lets the JSON Schema and this validator agree."""
    whole = venue.integer_value
    value: object = {
        "float": float(whole),
        "Decimal": Decimal(f"{whole}.0"),
        "exponent": Decimal(f"{whole}E+0").scaleb(0).normalize(),  # 3.6E+3 for 3600
    }[kind]
    result = run(venue, venue.with_field(venue.integer, value), reference)
    assert_verdict(result, [])


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param(0.5, id="0.5"),
        pytest.param(Decimal("3600.0000001"), id="fraction"),
        pytest.param(Decimal("1E+309"), id="beyond-double-range"),
        pytest.param(Decimal("1E+999999999"), id="huge-exponent"),
        pytest.param(1e308 * 10, id="float-inf"),
    ],
)
def test_fractional_or_out_of_range_number_for_an_integer_field_is_refused(
    venue: Venue, value: object, reference: Reference
) -> None:
    result = run(venue, venue.with_field(venue.integer, value), reference)
    assert_verdict(result, [(f"{venue.integer}.type", venue.at(venue.integer))])


def test_integral_number_is_held_as_an_int_by_the_model() -> None:
    from twapschema.models.ondo import CreateTwapOrder

    body = {"market": "M", "side": "buy", "size": "1", "runningTime": 3.6e3, "frequency": 60.0}
    order = CreateTwapOrder.model_validate(body)
    assert type(order.running_time) is int
    assert order.model_dump(mode="json")["runningTime"] == 3600  # sent as an integer again


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param(math.nan, id="nan"),
        pytest.param(math.inf, id="inf"),
        pytest.param(-math.inf, id="-inf"),
        pytest.param(Decimal("NaN"), id="Decimal-NaN"),
        pytest.param(Decimal("sNaN"), id="Decimal-sNaN"),
        pytest.param(Decimal("Infinity"), id="Decimal-Infinity"),
        pytest.param(Decimal("-Infinity"), id="Decimal-minus-Infinity"),
    ],
)
def test_non_finite_numbers_for_an_integer_field(
    venue: Venue, value: object, reference: Reference
) -> None:
    result = run(venue, venue.with_field(venue.integer, value), reference)
    assert_verdict(result, [(f"{venue.integer}.type", venue.at(venue.integer))])


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(math.nan, id="nan"),
        pytest.param(math.inf, id="inf"),
        pytest.param(-math.inf, id="-inf"),
        pytest.param(Decimal("NaN"), id="Decimal-NaN"),
        pytest.param(Decimal("-NaN"), id="Decimal-minus-NaN"),
        pytest.param(Decimal("sNaN"), id="Decimal-sNaN"),
        pytest.param(Decimal("Infinity"), id="Decimal-Infinity"),
        pytest.param(Decimal("-Infinity"), id="Decimal-minus-Infinity"),
    ],
)
def test_non_finite_numbers_for_a_decimal_number(value: object, reference: Reference) -> None:
    """QFEX total_quantity is a JSON number: NaN and the infinities are not numbers in JSON.
    The min-quantity rule must not be evaluated with them (sNaN would raise on comparison)."""
    for ref in (None, reference):
        result = run(QFEX, qfex_frame(total_quantity=value), ref)
        assert_verdict(result, [("total_quantity.type", "/params/total_quantity")])
        assert "finite" in result.violations[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(2**53, [], id="2**53"),  # a double exactly: the inline test's last one
        pytest.param(2**53 + 1, [("total_quantity.type", "/params/total_quantity")], id="2**53+1"),
        pytest.param(2**53 + 2, [], id="2**53+2"),  # a double again: the helper says so
        pytest.param(
            -(2**53), [("total_quantity.exclusiveMinimum", "/params/total_quantity")], id="-(2**53)"
        ),
        pytest.param(
            -(2**53) - 1, [("total_quantity.type", "/params/total_quantity")], id="-(2**53)-1"
        ),
    ],
)
def test_an_integer_for_a_decimal_number_at_a_doubles_edge(
    value: int, expected: Expected, reference: Reference
) -> None:
    """The generated check reads an integer up to 2**53 inline (each is a double exactly) and
    leaves the rest to take_decimal_number, which refuses what a double-based reader misreads."""
    assert_verdict(run(QFEX, qfex_frame(total_quantity=value), reference), expected)


@pytest.mark.parametrize(
    ("venue", "field"),
    [
        pytest.param(ONDO, "size", id="ondo-size"),
        pytest.param(ONDO, "maxPrice", id="ondo-maxPrice"),
        pytest.param(AEVO, "amount_float", id="aevo-amount_float"),
    ],
)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param("NaN", id="str-NaN"),
        pytest.param("Infinity", id="str-Infinity"),
        pytest.param("-Infinity", id="str-minus-Infinity"),
        pytest.param(math.nan, id="float-nan"),
        pytest.param(Decimal("NaN"), id="Decimal-NaN"),
        pytest.param(Decimal("12.23"), id="Decimal-finite"),
    ],
)
def test_non_finite_or_non_string_for_a_decimal_string(
    venue: Venue, field: str, value: object
) -> None:
    result = run(venue, venue.with_field(field, value))
    assert_verdict(result, [(f"{field}.type", f"/{field}")])


# --- huge and tiny magnitudes ------------------------------------------------------------------


SAFE = 2**53 - 1  # RFC 7493 (I-JSON) 2.2: the last integer every double-based reader keeps


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Past I-JSON's range an integer is a `.type` error, whatever the field's bounds: a
        # double-based reader would read another number (or Infinity) than the one sent.
        pytest.param(10**400, [("runningTime.type", "/runningTime")], id="10**400"),
        pytest.param(-(10**400), [("runningTime.type", "/runningTime")], id="-10**400"),
        pytest.param(10**40, [("runningTime.type", "/runningTime")], id="10**40"),
        pytest.param(2**63, [("runningTime.type", "/runningTime")], id="2**63"),
        pytest.param(SAFE + 1, [("runningTime.type", "/runningTime")], id="2**53"),
        pytest.param(SAFE, [("runningTime.maximum", "/runningTime")], id="2**53-1"),
        pytest.param(-SAFE, [("runningTime.minimum", "/runningTime")], id="-(2**53-1)"),
        pytest.param(-SAFE - 1, [("runningTime.type", "/runningTime")], id="-(2**53)"),
    ],
)
def test_huge_integer_running_time(value: int, expected: Expected) -> None:
    result = run(ONDO, ONDO.with_field("runningTime", value))
    assert_verdict(result, expected)
    assert len(result.violations[0].message) < 300


def test_huge_integer_message_says_what_a_double_reads() -> None:
    message = run(ONDO, ONDO.with_field("runningTime", SAFE + 2)).violations[0].message
    assert "I-JSON" in message
    assert "reads 9007199254740993 as 9007199254740992" in message


def test_large_integer_frequency_does_not_raise() -> None:
    """frequency 2**53 - 1 passes frequency >= 1; 3600 / it is neither whole nor >= 2."""
    result = run(ONDO, ONDO.with_field("frequency", SAFE))
    assert_verdict(
        result,
        [
            ("child_order_count", "/runningTime"),
            ("running_time_multiple_of_frequency", "/runningTime"),
        ],
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(-(10**400), [("instrument_id.type", "/instrument_id")], id="-10**400"),
        pytest.param(-SAFE, [("instrument_id.minimum", "/instrument_id")], id="-(2**53-1)"),
    ],
)
def test_huge_negative_instrument_id_does_not_raise(value: int, expected: Expected) -> None:
    assert_verdict(run(AEVO, AEVO.with_field("instrument_id", value)), expected)


@pytest.mark.parametrize(
    ("venue", "field"),
    [
        pytest.param(QFEX, "symbol", id="qfex-symbol"),
        pytest.param(QFEX, "side", id="qfex-side"),
        pytest.param(ONDO, "size", id="ondo-size"),
        pytest.param(AEVO, "amount_float", id="aevo-amount_float"),
        pytest.param(AEVO, "is_buy", id="aevo-is_buy"),
    ],
)
def test_huge_integer_where_a_string_or_boolean_belongs(venue: Venue, field: str) -> None:
    """The `.type` message shows the offending value; showing 10**400 must not raise."""
    result = run(venue, venue.with_field(field, 10**400))
    assert_verdict(result, [(f"{field}.type", venue.at(field))])
    assert len(result.violations[0].message) < 300


def test_large_positive_integers_without_upper_bound() -> None:
    assert_verdict(run(AEVO, AEVO.with_field("duration", SAFE)), [])
    assert_verdict(run(AEVO, AEVO.with_field("instrument_id", SAFE)), [])
    huge = run(AEVO, AEVO.with_field("duration", 10**400))
    assert_verdict(huge, [("duration.type", "/duration")])


def test_large_num_orders_with_reference(reference: Reference) -> None:
    """10 over 2**53 - 1 children is far below min_quantity 0.1: a verdict, not an exception."""
    result = run(QFEX, qfex_frame(num_orders=SAFE), reference)
    assert_verdict(result, [("average_child_at_least_min_quantity", "/params/total_quantity")])
    result = run(QFEX, qfex_frame(num_orders=10**400), reference)
    assert_verdict(result, [("num_orders.type", "/params/num_orders")])


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(Decimal("1E+300"), id="Decimal-1E+300"),
        pytest.param(1e308, id="float-1e308"),
        pytest.param(10**20, id="int-10**20"),
        pytest.param(Decimal("123456789.1234567"), id="many-digits"),
    ],
)
def test_huge_total_quantity(value: object, reference: Reference) -> None:
    """A valid shape; with the reference, a huge quantity over 5 children clears every minimum."""
    no_ref = run(QFEX, qfex_frame(total_quantity=value))
    assert_verdict(no_ref, [])
    assert set(no_ref.unchecked) == {
        "symbol_active",
        "average_child_at_least_min_quantity",
        "client_twap_id_length",
    }
    with_ref = run(QFEX, qfex_frame(total_quantity=value), reference)
    assert_verdict(with_ref, [])
    assert with_ref.unchecked == ()


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(Decimal("1E+400"), id="Decimal-1E+400"),
        pytest.param(10**400, id="int-10**400"),
        pytest.param(2**60, id="int-2**60"),  # a double, which reads as 1152921504606847000
        pytest.param(Decimal("1E+999999999"), id="Decimal-1E+999999999"),
        pytest.param(Decimal("123456789.123456789123456789123456789"), id="too-many-digits"),
        pytest.param(Decimal("1E-400"), id="Decimal-1E-400"),
        pytest.param(Decimal("1E-999999999"), id="Decimal-1E-999999999"),
        pytest.param(Decimal("0.19999999999999999999"), id="Decimal-0.2-nearly"),
    ],
)
def test_total_quantity_no_double_carries(value: object, reference: Reference) -> None:
    """A number that a double-based reader would read as another (or as Infinity or 0) is
    refused as `.type` (I-JSON), with or without reference data, and never raises."""
    for ref in (None, reference):
        result = run(QFEX, qfex_frame(total_quantity=value), ref)
        assert_verdict(result, [("total_quantity.type", "/params/total_quantity")])
        assert "double" in result.violations[0].message


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(Decimal("1E-300"), id="Decimal-1E-300"),
        pytest.param(5e-324, id="float-denormal"),
    ],
)
def test_tiny_total_quantity(value: object, reference: Reference) -> None:
    """Positive, so a valid shape; truncated to 2 decimals it is 0, below 5 x 0.1."""
    assert_verdict(run(QFEX, qfex_frame(total_quantity=value)), [])
    result = run(QFEX, qfex_frame(total_quantity=value), reference)
    assert_verdict(result, [("average_child_at_least_min_quantity", "/params/total_quantity")])


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(-0.0, id="float-minus-zero"),
        pytest.param(Decimal("-0"), id="Decimal-minus-zero"),
        pytest.param(Decimal("-0E+5"), id="Decimal-minus-zero-exponent"),
        pytest.param(Decimal("0E-10"), id="Decimal-zero-scaled"),
    ],
)
def test_negative_zero_total_quantity(value: object, reference: Reference) -> None:
    for ref in (None, reference):
        result = run(QFEX, qfex_frame(total_quantity=value), ref)
        assert_verdict(result, [("total_quantity.exclusiveMinimum", "/params/total_quantity")])


# --- zero and negative divisors ----------------------------------------------------------------


@pytest.mark.parametrize("frequency", [0, -1, -60, -(2**53 - 1)])
def test_zero_or_negative_frequency_never_divides(frequency: int) -> None:
    result = run(ONDO, ONDO.with_field("frequency", frequency))
    assert_verdict(result, [("frequency.minimum", "/frequency")])


@pytest.mark.parametrize("num_orders", [0, -1, -3])
def test_zero_or_negative_num_orders_never_divides(num_orders: int, reference: Reference) -> None:
    result = run(QFEX, qfex_frame(num_orders=num_orders), reference)
    assert_verdict(result, [("num_orders.minimum", "/params/num_orders")])


def test_zero_min_quantity_in_reference_accepts_any_positive_quantity() -> None:
    ref = twapschema.parse_reference(
        {
            "qfex": {
                "symbols": {
                    "FREE-USD": {"active": True, "min_quantity": "0", "quantity_precision": 0}
                }
            }
        }
    )
    result = run(QFEX, qfex_frame(symbol="FREE-USD", total_quantity=Decimal("0.0001")), ref)
    assert_verdict(result, [])


# --- unknown members: JSON Pointer escaping and non-string keys ---------------------------------


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    ("key", "token"),
    [
        pytest.param("a/b~c", "a~1b~0c", id="slash-and-tilde"),
        pytest.param("~1", "~01", id="tilde-one"),
        pytest.param("/", "~1", id="slash"),
        pytest.param("", "", id="empty-key"),
        pytest.param("size ", "size ", id="trailing-space"),
        pytest.param("é", "é", id="non-ascii"),
    ],
)
def test_unknown_field_pointer_is_escaped(venue: Venue, key: str, token: str) -> None:
    result = run(venue, venue.payload({**venue.body, key: 1}))
    assert_verdict(result, [("unknown_field", f"{venue.prefix}/{token}")])


def test_unknown_top_level_member_of_the_qfex_frame_is_escaped() -> None:
    result = run(QFEX, {**qfex_frame(), "a/b~c": 1})
    assert_verdict(result, [("unknown_field", "/a~1b~0c")])


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize(
    "key",
    [
        pytest.param(1, id="int"),
        pytest.param(None, id="None"),
        pytest.param(1.5, id="float"),
        pytest.param(True, id="bool"),
        pytest.param((1, "a/b"), id="tuple"),
        pytest.param(b"size", id="bytes"),
    ],
)
def test_non_string_keys_do_not_crash(venue: Venue, key: object) -> None:
    """Python callers can build dicts JSON cannot express; such a key is an unknown member
    located under the body, and the rest of the payload is still checked."""
    body: dict[object, object] = {}
    body.update(venue.body.items())
    body[key] = "x"
    result = run(venue, venue.payload(body))  # type: ignore[arg-type]
    assert [v.rule for v in result.violations] == ["unknown_field"]
    assert result.violations[0].path.startswith(venue.prefix + "/")
    assert result.valid is False


@pytest.mark.parametrize("venue", VENUES)
def test_integer_key_is_located_by_its_decimal_text(venue: Venue) -> None:
    body: dict[object, object] = {}
    body.update(venue.body.items())
    body[7] = "x"
    result = run(venue, venue.payload(body))  # type: ignore[arg-type]
    assert_verdict(result, [("unknown_field", f"{venue.prefix}/7")])


def test_non_string_key_at_the_qfex_frame_top_level() -> None:
    frame: dict[object, object] = {}
    frame.update(qfex_frame().items())
    frame[0] = "x"
    result = run(QFEX, frame)
    assert_verdict(result, [("unknown_field", "/0")])


# --- missing everything --------------------------------------------------------------------------


@pytest.mark.parametrize("venue", VENUES)
def test_missing_every_field_gives_one_required_per_field_in_spec_order(venue: Venue) -> None:
    result = run(venue, venue.payload({}))
    assert [(v.rule, v.path) for v in result.violations] == [
        (f"{name}.required", venue.at(name)) for name in venue.required
    ]
    assert result.valid is False
    for violation, name in zip(result.violations, venue.required, strict=True):
        assert violation.message == f"{name} is required"


def test_qfex_empty_frame() -> None:
    result = run(QFEX, {})
    assert [(v.rule, v.path) for v in result.violations] == [
        ("type.required", "/type"),
        ("params.required", "/params"),
    ]


# --- megabyte strings ---------------------------------------------------------------------------

MEGABYTE: Final = 1_000_000


@pytest.mark.parametrize(
    ("venue", "with_reference", "expected"),
    [
        pytest.param(QFEX, False, [], id="qfex-symbol"),
        pytest.param(QFEX, True, [("symbol_active", "/params/symbol")], id="qfex-symbol-ref"),
        pytest.param(ONDO, False, [], id="ondo-market"),
    ],
)
def test_megabyte_string_field(
    venue: Venue, with_reference: bool, expected: Expected, reference: Reference
) -> None:
    assert venue.text is not None
    payload = venue.with_field(venue.text, "A" * MEGABYTE)
    result = run(venue, payload, reference if with_reference else None)
    assert_verdict(result, expected)
    for violation in result.violations:
        assert len(violation.message) < 500  # the value is shown cut short, not whole


@pytest.mark.parametrize(
    ("venue", "field", "value", "expected"),
    [
        pytest.param(ONDO, "size", "1" * MEGABYTE, [], id="ondo-size-digits"),
        pytest.param(
            ONDO, "size", "1" * MEGABYTE + "x", [("size.type", "/size")], id="ondo-size-junk"
        ),
        pytest.param(ONDO, "side", "b" * MEGABYTE, [("side.enum", "/side")], id="ondo-side-enum"),
        pytest.param(AEVO, "amount_float", "9" * MEGABYTE, [], id="aevo-amount-digits"),
        pytest.param(
            AEVO,
            "amount_float",
            "0." + "0" * MEGABYTE,
            [("amount_float.exclusiveMinimum", "/amount_float")],
            id="aevo-amount-zero",
        ),
        pytest.param(
            QFEX,
            "client_twap_id",
            "c" * MEGABYTE,
            [("client_twap_id_length", "/params/client_twap_id")],
            id="qfex-client-id",
        ),
    ],
)
def test_megabyte_values(
    venue: Venue, field: str, value: str, expected: Expected, reference: Reference
) -> None:
    result = run(venue, venue.with_field(field, value), reference)
    assert_verdict(result, expected)
    for violation in result.violations:
        assert len(violation.message) < 500


@pytest.mark.parametrize("venue", VENUES)
def test_megabyte_unknown_key(venue: Venue) -> None:
    key = "k" * MEGABYTE
    result = run(venue, venue.payload({**venue.body, key: 1}))
    assert_verdict(result, [("unknown_field", f"{venue.prefix}/{key}")])
    assert len(result.violations[0].message) < 500


# --- the API itself ----------------------------------------------------------------------------


def test_unknown_venue_and_message_raise_unknown_name_error() -> None:
    with pytest.raises(twapschema.UnknownNameError, match="known venues"):
        twapschema.validate("nope", "add_twap", {})
    with pytest.raises(twapschema.UnknownNameError, match="add_twap"):
        twapschema.validate("qfex", "nope", {})


def test_reference_of_the_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="Reference"):
        twapschema.validate("qfex", "add_twap", qfex_frame(), reference={"qfex": {}})  # type: ignore[arg-type]


@pytest.mark.parametrize("venue", VENUES)
def test_non_string_key_message_says_so(venue: Venue) -> None:
    body: dict[object, object] = {}
    body.update(venue.body.items())
    body[7] = "x"
    result = run(venue, venue.payload(body))  # type: ignore[arg-type]
    assert result.violations[0].message == "member name 7 is not a string"


@pytest.mark.parametrize("venue", VENUES)
def test_a_dict_subclass_is_an_object(venue: Venue) -> None:
    """An OrderedDict (or any dict subclass a caller builds) is a JSON object like any other."""
    from collections import OrderedDict

    payload = venue.payload(dict(venue.body))
    assert isinstance(payload, dict)
    result = run(venue, OrderedDict(payload))
    assert result.violations == ()

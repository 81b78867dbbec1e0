"""Spec language for responses and errors: shared objects, digit strings, const, rejections.

Starts, like test_spec_errors, from its minimal valid spec and changes one thing at a time.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_spec_errors import (
    FIELDS,
    MARKET_SOURCE,
    MINIMAL_SPEC,
    RULES,
    assert_says,
    mutated,
    only_problem,
    problems_of,
    where,
)
from twapschema import ir
from twapschema.emit.python import emit_python
from twapschema.spec.check import load_spec_text

FILE = "specs/demo.yaml"

SHARED = """\
objects:
  Order:
    description: An order as the venue reports it.
    source: {doc: api, section: Order}
    unknown_fields:
      policy: ignore
      source: {inferred: Reports may grow.}
    fields:
      id: {type: string, required: true, description: Id., source: {doc: api, section: Order}}
      filled: {type: integer_string, description: Fills., source: {doc: api, section: Order}}
messages:
"""

RESPONSE = """\
  order_response:
    kind: response
    description: The order.
    source: {doc: api, section: Response}
    http: {method: POST, path: /twap, status: 200}
    object: Order
"""

LISTING = """\
  orders:
    kind: response
    description: Orders.
    source: {doc: api, section: List}
    http: {method: GET, path: /twap}
    unknown_fields:
      policy: ignore
      source: {inferred: Reports may grow.}
    fields:
      orders:
        type: array
        required: true
        description: Orders.
        source: {doc: api, section: List}
        items: {type: object, object: Order, description: One., source: {doc: api, section: List}}
"""

ERROR = """\
  error_body:
    kind: error
    description: An error.
    source: {doc: api, section: Errors}
    http: {method: POST, path: /twap, status: 400}
    unknown_fields:
      policy: ignore
      source: {inferred: Replies may grow.}
    fields:
      ok:
        type: boolean
        required: true
        description: Always false.
        source: {doc: api, section: Errors}
        const: false
      code:
        type: string
        required: true
        description: Code.
        source: {doc: api, section: Errors}
"""

REJECTION = """\
    rejection:
      message: error_body
      payload: {ok: false, code: "{violations}"}
      source: {inferred: The only error body.}
"""


def spec_with(*messages: str, objects: bool = True, rejection: str = REJECTION) -> str:
    text = mutated(RULES, rejection + RULES) if rejection else MINIMAL_SPEC
    if objects:
        text = mutated("messages:\n", SHARED, text)
    return text.rstrip("\n") + "\n" + "".join(messages)


FULL = spec_with(RESPONSE, LISTING, ERROR)


def test_full_spec_loads_with_one_shared_object() -> None:
    spec = load_spec_text(FULL, FILE)
    (order,) = spec.objects
    assert order.class_name == "Order"
    assert order.shared is not None
    assert order.shared.description == "An order as the venue reports it."
    response = next(m for m in spec.messages if m.id == "order_response")
    listing = next(m for m in spec.messages if m.id == "orders")
    assert response.body is order
    field = listing.body.field("orders")
    assert field is not None
    assert isinstance(field.type, ir.ArrayType)
    assert field.type.items.type is order
    filled = order.field("filled")
    assert filled is not None
    assert isinstance(filled.type, ir.IntegerStringType)
    assert filled.rule_prefix == "filled"  # relative to the shared object wherever it is used
    create = spec.messages[0]
    assert create.rejection is not None
    assert create.rejection.message_id == "error_body"
    assert create.rejection.payload == {"ok": False, "code": "{violations}"}
    ok = next(m for m in spec.messages if m.id == "error_body").body.field("ok")
    assert ok is not None
    assert ok.constraint("const") == ir.Constraint("const", False, None, ok.source)


def test_shared_object_is_emitted_once() -> None:
    source = emit_python(load_spec_text(FULL, FILE))
    assert source.count("class Order(PartModel):") == 1
    assert source.count("def _check_order(") == 1
    assert "class OrderResponse(Order):" in source


def test_unknown_shared_object() -> None:
    text = spec_with(RESPONSE.replace("object: Order", "object: Ordr"), ERROR)
    problem = only_problem(text)
    assert problem.location == where(text, "object: Ordr")
    assert_says(problem, "unknown object 'Ordr'", "Order")


def test_shared_object_used_before_it_is_defined_is_unknown() -> None:
    nested = SHARED.replace(
        "      filled:",
        "      parent: {type: object, object: Order, description: P.,"
        " source: {doc: api, section: O}}\n"
        "      filled:",
    )
    text = mutated("messages:\n", nested, MINIMAL_SPEC)
    problem = only_problem(text)
    assert problem.location == where(text, "object: Order,")
    assert_says(problem, "unknown object 'Order'", "none are defined")


def test_message_with_both_fields_and_object() -> None:
    text = spec_with(
        RESPONSE.replace(
            "    object: Order\n",
            "    object: Order\n"
            + FIELDS
            + ("      id: {type: string, description: Id., source: {doc: api, section: O}}\n"),
        ),
        ERROR,
    )
    problem = only_problem(text)
    assert problem.location == where(text, "order_response:")
    assert_says(problem, "`fields`", "`object: Name`")


def test_message_with_neither_fields_nor_object() -> None:
    text = spec_with(RESPONSE.replace("    object: Order\n", ""), ERROR)
    problem = only_problem(text)
    assert problem.location == where(text, "order_response:")
    assert_says(problem, "`fields`", "`object: Name`")


def test_object_field_with_both_forms() -> None:
    text = spec_with(
        LISTING.replace(
            "items: {type: object, object: Order,",
            "items: {type: object, object: Order, unknown_fields: {policy: reject, "
            "source: {inferred: x.}},",
        ),
        ERROR,
    )
    problem = only_problem(text)
    assert_says(problem, "not both")


def test_object_field_with_fields_but_no_unknown_fields_policy() -> None:
    text = spec_with(
        LISTING.replace(
            "items: {type: object, object: Order,",
            "items: {type: object, fields: {a: {type: string, description: A., "
            "source: {doc: api, section: A}}},",
        ),
        ERROR,
    )
    assert_says(only_problem(text), "unknown_fields")


def test_unknown_fields_beside_a_shared_body_without_envelope() -> None:
    text = spec_with(
        RESPONSE.replace(
            "    object: Order\n",
            "    object: Order\n    unknown_fields:\n      policy: reject\n"
            "      source: {inferred: x.}\n",
        ),
        ERROR,
    )
    problem = only_problem(text)
    assert problem.location == where(
        text, "unknown_fields:\n      policy: reject\n      source: {inferred: x.}"
    )
    assert_says(problem, "object Order", "remove this")


def test_rules_on_a_shared_body_are_refused() -> None:
    rule = (
        "    rules:\n      r:\n        kind: ordered\n        lower: id\n        upper: id\n"
        "        message: m\n        source: {inferred: x.}\n"
    )
    text = spec_with(RESPONSE + rule, ERROR)
    problems = problems_of(text)
    assert any("rules need the body's fields" in p.message for p in problems)


def test_rejection_naming_an_unknown_message() -> None:
    text = spec_with(
        RESPONSE, ERROR, rejection=REJECTION.replace("message: error_body", "message: nope")
    )
    problem = only_problem(text)
    assert problem.location == where(text, "message: nope")
    assert_says(problem, "no message 'nope'")


def test_rejection_naming_a_response_not_an_error() -> None:
    text = spec_with(
        RESPONSE,
        ERROR,
        rejection=REJECTION.replace("message: error_body", "message: order_response"),
    )
    problem = only_problem(text)
    assert_says(problem, "'order_response' is a response, not an error")


def test_rejection_on_a_response_is_refused() -> None:
    text = spec_with(
        RESPONSE.replace("    object: Order\n", "    object: Order\n" + REJECTION), ERROR
    )
    problems = problems_of(text)
    assert any("only a request has a rejection" in p.message for p in problems)


def test_rejection_with_a_fractional_number() -> None:
    text = spec_with(RESPONSE, ERROR, rejection=REJECTION.replace("ok: false", "ok: 0.5"))
    problem = only_problem(text)
    assert_says(problem, "numbers in a reply must be whole")


@pytest.mark.parametrize(
    ("field", "const", "message"),
    [
        ("type: integer", "const: 'a'", "not of the field's type"),
        ("type: integer", "const: true", "not of the field's type"),
        ("type: string", "const: 1", "not of the field's type"),
        (
            "type: decimal_string",
            "const: '1'",
            "const applies to string, integer, boolean and enum",
        ),
        ("type: enum, enum: Side", "const: hold", "not a value of Side"),
    ],
)
def test_bad_const(field: str, const: str, message: str) -> None:
    text = mutated(
        MARKET_SOURCE,
        MARKET_SOURCE.replace("market}", "market}") + f"        const: {const.split(': ', 1)[1]}\n",
    )
    text = mutated(
        "      market:\n        type: string\n",
        f"      market:\n        {field.replace(', ', chr(10) + '        ')}\n",
        text,
    )
    problem = only_problem(text)
    assert problem.location == where(text, "const:")
    assert_says(problem, message)


def test_good_consts_are_accepted() -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + "        const: AAPL\n")
    market = load_spec_text(text, FILE).messages[0].body.field("market")
    assert market is not None
    c = market.constraint("const")
    assert c is not None
    assert c.value == "AAPL"


def test_fixed_point_decimals_are_bounded() -> None:
    text = mutated(
        "      market:\n        type: string\n",
        "      market:\n        type: fixed_point_string\n        decimals: 19\n",
    )
    problem = only_problem(text)
    assert_says(problem, "less than or equal to 18")


def test_fixed_point_bound_is_on_the_amount() -> None:
    text = mutated(
        "      market:\n        type: string\n",
        "      market:\n        type: fixed_point_string\n"
        "        decimals: 6\n        minimum: 0.5\n",
    )
    market = load_spec_text(text, FILE).messages[0].body.field("market")
    assert market is not None
    assert market.type == ir.FixedPointStringType(6)
    bound = market.constraint("minimum")
    assert bound is not None
    assert bound.value == Decimal("0.5")


def test_integer_string_takes_only_whole_bounds() -> None:
    text = mutated(
        "      market:\n        type: string\n",
        "      market:\n        type: integer_string\n        minimum: 0.5\n",
    )
    assert_says(only_problem(text), "must be a whole number")


def test_enum_values_clashing_in_python_can_be_renamed() -> None:
    clash = mutated("      sell:\n", "      sell:\n      SELL:\n")
    assert_says(only_problem(clash), "both become Python name SELL")
    renamed = mutated("      sell:\n", "      sell: {python_name: SELL_LOWER}\n      SELL:\n")
    side = load_spec_text(renamed, FILE).enums[0]
    assert [(v.wire, v.py_name) for v in side.values] == [
        ("buy", "BUY"),
        ("sell", "SELL_LOWER"),
        ("SELL", "SELL"),
    ]


def test_envelope_needs_its_body_member() -> None:
    text = mutated(
        "    http: {method: POST, path: /twap}\n",
        "    http: {method: POST, path: /twap}\n    envelope: {constants: {type: t}}\n",
    )
    problem = only_problem(text)
    assert_says(problem, "missing required key 'body'")


def test_decimal_bound_inside_an_array_is_refused() -> None:
    text = mutated(
        "      market:\n        type: string\n",
        "      market:\n        type: array\n        items:\n          type: decimal_string\n"
        "          description: A price.\n          source: {doc: api, section: market}\n"
        "          minimum: 7\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, "minimum: 7\n")
    assert_says(problem, "minimum on a DecimalStringType inside an array is not supported")


@pytest.mark.parametrize(
    ("lookup", "says"),
    [
        ("{table: nope, column: active}", "no reference table 'nope'"),
        ("{table: limits, column: id_max_length}", "no reference table 'limits'"),
        ("{table: symbols, column: colour}", "no column 'colour' in 'symbols'"),
        ("{table: symbols, column: active}", "column 'active' is boolean, the field is not"),
    ],
)
def test_bad_symbol_lookup(lookup: str, says: str) -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + f"        symbol_lookup: {lookup}\n")
    problem = only_problem(text)
    assert problem.location == where(text, "symbol_lookup:")
    assert_says(problem, says)

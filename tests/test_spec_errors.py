"""Every malformed spec is refused with located `file:line:col: message` errors, never a traceback.

Each case starts from a small valid spec (modelled on specs/ondo.yaml, with a record and a table
of reference data so that column expressions can be tested) and changes one thing in its text.
Expected locations are computed from the changed text, so each case names the exact key it
expects the error at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, VENUES
from twapschema import ir
from twapschema.errors import Location, Problem, SpecError
from twapschema.spec.check import load_spec, load_spec_text, load_specs

FILE = "specs/demo.yaml"

MINIMAL_SPEC = """\
# A small valid spec; tests change one thing in it at a time.
format: twapschema/1
venue:
  id: demo
  name: Demo
  description: A demo venue.
  transport: {kind: rest, url: https://example.com}
  auth:
    scheme: bearer
    description: A bearer token.
    source: {doc: api, section: Auth}
  version: "1.0.0"
  api_version: v1
  checked: '2026-12-01'
  sources:
    api: {title: Demo API}
enums:
  Side:
    description: Order side.
    source: {doc: api, section: Side}
    values:
      buy: {description: Buy.}
      sell:
reference:
  limits:
    kind: record
    description: Venue-wide limits.
    source: {doc: api, section: Limits}
    columns:
      id_max_length: {type: integer, description: Longest id.}
  symbols:
    kind: table
    description: Symbols.
    key_description: The symbol.
    source: {doc: api, section: Symbols}
    columns:
      active: {type: boolean, description: Open for orders.}
      min_quantity: {type: decimal, description: Smallest child size.}
messages:
  create_order:
    kind: request
    description: Create a TWAP order.
    source: {doc: api, section: Body}
    http: {method: POST, path: /twap}
    unknown_fields:
      policy: reject
      source: {inferred: The body lists every member.}
    fields:
      market:
        type: string
        required: true
        description: Market symbol.
        source: {doc: api, section: market}
      side:
        type: enum
        enum: Side
        required: true
        description: Order side.
        source: {doc: api, section: side}
      runningTime:
        type: integer
        required: true
        description: Duration in seconds.
        source: {doc: api, section: runningTime}
        minimum: 300
      frequency:
        type: integer
        required: true
        description: Seconds between child orders.
        source: {doc: api, section: frequency}
        minimum: 1
    rules:
      running_time_multiple:
        kind: multiple_of_field
        field: runningTime
        divisor: frequency
        message: runningTime must be a multiple of frequency
        source: {doc: api, section: runningTime}
"""

FIELD_NAMES = "market, side, runningTime, frequency"

# Anchors in MINIMAL_SPEC that the cases below replace.
MARKET_REQUIRED = "        required: true\n        description: Market symbol.\n"
MARKET_SOURCE = "        source: {doc: api, section: market}\n"
RUNNING_TIME_BOUNDS = "        source: {doc: api, section: runningTime}\n        minimum: 300\n"
FREQUENCY_MINIMUM = "        source: {doc: api, section: frequency}\n        minimum: 1\n"
RULES = "    rules:\n"
FIELDS = "    fields:\n"


def minimal_spec() -> str:
    return MINIMAL_SPEC


def mutated(old: str, new: str, base: str = MINIMAL_SPEC) -> str:
    """``base`` with its one occurrence of ``old`` replaced by ``new``."""
    assert base.count(old) == 1, f"{old!r} must occur exactly once"
    return base.replace(old, new)


def with_rule(rule: str) -> str:
    """The minimal spec with one more rule (YAML text indented as a rule entry)."""
    return mutated(RULES, RULES + rule)


def where(text: str, needle: str) -> Location:
    """Location of the one occurrence of ``needle`` in ``text``, past its leading whitespace."""
    assert text.count(needle) == 1, f"{needle!r} must occur exactly once"
    index = text.index(needle)
    index += len(needle) - len(needle.lstrip())
    line_start = text.rfind("\n", 0, index) + 1
    return Location(FILE, text.count("\n", 0, index) + 1, index - line_start + 1)


_RENDERED_LINE = re.compile(r"^specs/demo\.yaml:[1-9][0-9]*:[1-9][0-9]*: \S.*$")


def problems_of(text: str) -> tuple[Problem, ...]:
    """The problems of a spec that must be refused; checks how the error renders, too."""
    with pytest.raises(SpecError) as raised:
        load_spec_text(text, FILE)
    error = raised.value
    problems = error.problems
    assert problems, "a SpecError without problems"
    lines = str(error).splitlines()
    assert lines[: min(len(problems), 20)] == [str(p) for p in problems[:20]]
    for line in lines[:20]:
        assert _RENDERED_LINE.match(line), line
        assert "Traceback" not in line
    line_count = text.count("\n") + 1
    for p in problems:
        assert p.location.file == FILE
        assert 1 <= p.location.line <= line_count
    return problems


def only_problem(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, "\n".join(str(p) for p in problems)
    return problems[0]


def assert_says(problem: Problem, *words: str) -> None:
    for word in words:
        assert word in problem.message, f"{word!r} not in {problem.message!r}"


# --- the starting point ----------------------------------------------------------------------


def test_minimal_spec_is_valid() -> None:
    spec = load_spec_text(minimal_spec(), FILE)
    assert spec.venue.id == "demo"
    assert spec.source_file == FILE
    (message,) = spec.messages
    assert message.id == "create_order"
    assert [f.wire_name for f in message.body.fields] == FIELD_NAMES.split(", ")
    assert [r.id for r in message.rules] == ["running_time_multiple"]
    assert [s.name for s in spec.reference] == ["limits", "symbols"]


# --- shape: keys and types -------------------------------------------------------------------


def test_unknown_key_typo() -> None:
    text = mutated(MARKET_REQUIRED, MARKET_REQUIRED.replace("required:", "requird:"))
    problem = only_problem(text)
    assert problem.location == where(text, "requird: true")
    assert problem.message == "unknown key 'requird'"


def test_unknown_top_level_key() -> None:
    text = mutated("format: twapschema/1\n", "format: twapschema/1\nvenues: {}\n")
    problem = only_problem(text)
    assert problem.location == where(text, "\nvenues:")
    assert problem.message == "unknown key 'venues'"


def test_missing_required_key_points_at_its_parent() -> None:
    text = mutated("        description: Market symbol.\n", "")
    problem = only_problem(text)
    assert problem.location == where(text, "\n      market:")
    assert problem.message == "missing required key 'description'"


def test_missing_key_in_a_list_item_points_at_the_item() -> None:
    example = (
        "    examples:\n"
        "      - description: An example without a source.\n"
        "        payload: {market: X, side: buy, runningTime: 600, frequency: 60}\n"
    )
    text = minimal_spec() + example
    problem = only_problem(text)
    assert problem.location == where(text, "description: An example without")
    assert problem.message == "missing required key 'source'"


@pytest.mark.parametrize("written", ['"yes"', "yes", "1", "'true'"])
def test_wrong_type_for_a_boolean(written: str) -> None:
    text = mutated(MARKET_REQUIRED, MARKET_REQUIRED.replace("true", written))
    problem = only_problem(text)
    assert problem.location == where(text, f"required: {written}")
    assert_says(problem, "valid boolean", "messages.create_order.fields.market.required")


def test_wrong_format_version() -> None:
    text = mutated("format: twapschema/1", "format: twapschema/2")
    problem = only_problem(text)
    assert problem.location == where(text, "format:")
    assert_says(problem, "'twapschema/1'", "(at format)")


def test_unknown_field_type() -> None:
    text = mutated("      market:\n        type: string\n", "      market:\n        type: float\n")
    problem = only_problem(text)
    # The problem is located at the field whose type is unknown.
    assert problem.location == where(text, "\n      market:")
    assert_says(problem, "'float'", "'string'", "'integer'", "'decimal_string'", "'enum'")


def test_constraint_keyword_not_allowed_for_the_type() -> None:
    text = mutated(RUNNING_TIME_BOUNDS, RUNNING_TIME_BOUNDS + "        minLength: 3\n")
    problem = only_problem(text)
    assert problem.location == where(text, "minLength: 3")
    assert problem.message == "unknown key 'minLength'"


def test_bad_identifier() -> None:
    text = mutated("  id: demo\n", "  id: Demo\n")
    problem = only_problem(text)
    assert problem.location == where(text, "id: Demo")
    assert_says(problem, "pattern", "venue.id")


def test_duplicate_yaml_key_in_a_spec() -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + "        description: Again.\n")
    problem = only_problem(text)
    assert problem.location == where(text, "description: Again.")
    first = where(text, "description: Market symbol.")
    assert problem.message == f"duplicate key 'description' (first defined at line {first.line})"


def test_tab_in_a_spec_is_a_located_error() -> None:
    text = mutated("        description: Market symbol.\n", "\tdescription: Market symbol.\n")
    problem = only_problem(text)
    assert problem.location == Location(FILE, where(text, "\tdescription: Market").line, 1)
    assert_says(problem, "tab")


def test_empty_spec() -> None:
    assert problems_of("") == (Problem(Location(FILE, 1, 1), "the file is empty"),)


# --- names that must resolve -----------------------------------------------------------------


def test_unknown_enum() -> None:
    text = mutated("        enum: Side\n", "        enum: Sides\n")
    problem = only_problem(text)
    assert problem.location == where(text, "enum: Sides")
    assert problem.message == "unknown enum 'Sides' (enums: Side)"


def test_unknown_document_in_a_source() -> None:
    text = mutated(MARKET_SOURCE, "        source: {doc: apx, section: market}\n")
    problem = only_problem(text)
    assert problem.location == where(text, "source: {doc: apx")
    assert problem.message == "unknown document 'apx' (venue.sources has: api)"


@pytest.mark.parametrize(
    "source", ["{doc: api}", "{section: market}", "{note: somewhere}", "{doc: api, note: x}"]
)
def test_source_with_neither_doc_and_section_nor_inferred(source: str) -> None:
    text = mutated(MARKET_SOURCE, f"        source: {source}\n")
    problem = only_problem(text)
    assert problem.location == where(text, f"source: {source}")
    assert problem.message == "a source needs 'doc' and 'section', or 'inferred' with the reasoning"


@pytest.mark.parametrize(
    "source", ["{doc: api, section: market, inferred: because}", "{section: s, inferred: why}"]
)
def test_source_with_both_forms(source: str) -> None:
    text = mutated(MARKET_SOURCE, f"        source: {source}\n")
    problem = only_problem(text)
    assert problem.location == where(text, f"source: {source}")
    assert problem.message == "a source is either {doc, section} or {inferred}, not both"


def test_inferred_source_must_give_a_reason() -> None:
    text = mutated(MARKET_SOURCE, '        source: {inferred: "  "}\n')
    problem = only_problem(text)
    assert problem.location == where(text, 'source: {inferred: "')
    assert problem.message == "'inferred' must say why the statement is safe to assume"


def test_enum_default_that_is_not_a_value() -> None:
    text = mutated("        enum: Side\n        required: true\n", "        enum: Side\n")
    text = mutated(
        "        source: {doc: api, section: side}\n",
        "        source: {doc: api, section: side}\n        default: hold\n",
        text,
    )
    problem = only_problem(text)
    assert problem.location == where(text, "default: hold")
    assert problem.message == "default 'hold' is not a value of Side"


def test_required_field_with_a_default() -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + "        default: AAPL\n")
    problem = only_problem(text)
    assert problem.location == where(text, "default: AAPL")
    assert problem.message == "a required field cannot have a default"


# --- rules -----------------------------------------------------------------------------------


def test_rule_naming_a_field_that_does_not_exist() -> None:
    text = mutated("        divisor: frequency\n", "        divisor: freq\n")
    problem = only_problem(text)
    assert problem.location == where(text, "divisor: freq")
    assert problem.message == f"no field 'freq' in this message (fields: {FIELD_NAMES})"


@pytest.mark.parametrize(
    "bounds",
    [
        "",
        "        minimum: 0\n",
        "        minimum: -5\n",
        "        exclusiveMinimum: -1\n",
        "        maximum: 100\n",
    ],
)
def test_divisor_without_a_positive_lower_bound(bounds: str) -> None:
    text = mutated(FREQUENCY_MINIMUM, "        source: {doc: api, section: frequency}\n" + bounds)
    problem = only_problem(text)
    assert problem.location == where(text, "divisor: frequency")
    assert_says(problem, "'frequency'", "divisor", "0 or negative", "minimum: 1")


def test_divisor_with_exclusive_minimum_zero_is_accepted() -> None:
    text = mutated(
        FREQUENCY_MINIMUM,
        "        source: {doc: api, section: frequency}\n        exclusiveMinimum: 0\n",
    )
    (message,) = load_spec_text(text, FILE).messages
    assert [r.id for r in message.rules] == ["running_time_multiple"]


def test_rule_on_a_non_numeric_field() -> None:
    text = mutated("        field: runningTime\n", "        field: market\n")
    problem = only_problem(text)
    assert problem.location == where(text, "field: market")
    assert problem.message == "field 'market' is not numeric, so it cannot be used here"


QUOTIENT = """\
      child_count:
        kind: quotient_between
        dividend: runningTime
        divisor: frequency
        minimum: 200
        maximum: 2
        message: runningTime / frequency must be between 2 and 200
        source: {doc: api, section: frequency}
"""


def test_quotient_between_with_minimum_above_maximum() -> None:
    text = with_rule(QUOTIENT)
    problem = only_problem(text)
    assert problem.location == where(text, "minimum: 200")
    assert problem.message == "minimum 200 is above maximum 2: nothing can pass"


def test_quotient_between_with_equal_bounds_is_accepted() -> None:
    text = with_rule(QUOTIENT.replace("minimum: 200", "minimum: 2"))
    (message,) = load_spec_text(text, FILE).messages
    assert [r.id for r in message.rules] == ["child_count", "running_time_multiple"]


def test_quotient_between_without_bounds() -> None:
    text = with_rule(QUOTIENT.replace("        minimum: 200\n        maximum: 2\n", ""))
    problem = only_problem(text)
    assert problem.location == where(text, "kind: quotient_between")
    assert problem.message == "quotient_between needs `minimum`, `maximum`, or both"


def test_ordered_rule_naming_one_field_twice() -> None:
    rule = (
        "      same:\n        kind: ordered\n        lower: frequency\n        upper: frequency\n"
        "        message: m\n        source: {inferred: why}\n"
    )
    text = with_rule(rule)
    problem = only_problem(text)
    assert problem.location == where(text, "upper: frequency")
    assert problem.message == "lower and upper name the same field"


def test_unknown_rule_kind() -> None:
    rule = (
        "      odd_rule:\n        kind: bogus\n        message: m\n        source: {inferred: x}\n"
    )
    text = with_rule(rule)
    problem = only_problem(text)
    # The problem is located at the rule whose kind is unknown.
    assert problem.location == where(text, "odd_rule:")
    assert_says(problem, "'bogus'", "'multiple_of_field'", "'quotient_between'", "'ordered'")


def test_rule_without_a_kind() -> None:
    rule = "      odd_rule:\n        message: m\n        source: {inferred: x}\n"
    text = with_rule(rule)
    problem = only_problem(text)
    assert problem.location == where(text, "odd_rule:")
    assert_says(problem, "discriminator 'kind'")


def test_rule_missing_its_message() -> None:
    text = mutated("        message: runningTime must be a multiple of frequency\n", "")
    problem = only_problem(text)
    assert problem.location == where(text, "running_time_multiple:")
    assert problem.message == "missing required key 'message'"


# --- reference column expressions ------------------------------------------------------------


def average_rule(minimum: str) -> str:
    return (
        "      average_child:\n"
        "        kind: average_at_least_reference\n"
        "        total: runningTime\n"
        "        count: frequency\n"
        f'        minimum: "{minimum}"\n'
        "        message: child orders too small\n"
        "        source: {doc: api, section: frequency}\n"
    )


def test_valid_column_expression_is_accepted() -> None:
    text = with_rule(average_rule("symbols[market].min_quantity"))
    (message,) = load_spec_text(text, FILE).messages
    assert [r.id for r in message.rules] == ["average_child", "running_time_multiple"]


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("bad expr!", "'bad expr!' is not `section.column` or `table[field].column`"),
        ("symbols[market.min_quantity", "is not `section.column` or `table[field].column`"),
        ("nosuch.col", "no reference section 'nosuch' (sections: limits, symbols)"),
        ("symbols[market].nope", "no column 'nope' in 'symbols' (active, min_quantity)"),
        ("limits.nope", "no column 'nope' in 'limits' (id_max_length)"),
        ("symbols.min_quantity", "'symbols' is a table: say which field keys it, [field]"),
        ("limits[market].id_max_length", "'limits' is a record: it takes no [key]"),
        ("limits", "say which column of the record 'limits' is meant"),
        (
            "symbols[nofield].min_quantity",
            f"no field 'nofield' in this message (fields: {FIELD_NAMES})",
        ),
        ("symbols[market].active", "must be a decimal or integer column"),
    ],
)
def test_bad_column_expression(expression: str, message: str) -> None:
    text = with_rule(average_rule(expression))
    problem = only_problem(text)
    assert problem.location == where(text, f'minimum: "{expression}"')
    assert message in problem.message


def test_reference_active_column_must_be_boolean() -> None:
    rule = (
        "      market_open:\n        kind: reference_active\n        field: market\n"
        "        table: symbols\n        active_column: min_quantity\n"
        "        message: m\n        source: {inferred: why}\n"
    )
    text = with_rule(rule)
    problem = only_problem(text)
    assert problem.location == where(text, "active_column: min_quantity")
    assert problem.message == "column 'min_quantity' must be boolean"


def test_reference_active_on_a_record() -> None:
    rule = (
        "      market_open:\n        kind: reference_active\n        field: market\n"
        "        table: limits\n"
        "        message: m\n        source: {inferred: why}\n"
    )
    text = with_rule(rule)
    problem = only_problem(text)
    assert problem.location == where(text, "table: limits")
    assert problem.message == "'limits' is a record: it takes no [key]"


@pytest.mark.parametrize("bound", ["minimum: 0", "minimum: 1", "maximum: 0"])
def test_bounds_on_a_non_numeric_column(bound: str) -> None:
    old = "      active: {type: boolean, description: Open for orders.}"
    text = mutated(old, old[:-1] + f", {bound}}}")
    problem = only_problem(text)
    assert problem.location == where(text, "active: {type: boolean")
    assert problem.message == "bounds apply to numeric columns, not boolean"


# --- field constraints -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bounds", "at_keyword", "message"),
    [
        (
            "minimum: 300\n        maximum: 200",
            "minimum: 300",
            "minimum 300 and maximum 200 contradict: no value can satisfy both",
        ),
        (
            "exclusiveMinimum: 5\n        exclusiveMaximum: 5",
            "exclusiveMinimum: 5",
            "exclusiveMinimum 5 and exclusiveMaximum 5 contradict",
        ),
        (
            "minimum: 5\n        exclusiveMaximum: 5",
            "minimum: 5",
            "minimum 5 and exclusiveMaximum 5 contradict",
        ),
        (
            "exclusiveMinimum: 5\n        maximum: 5",
            "exclusiveMinimum: 5",
            "exclusiveMinimum 5 and maximum 5 contradict",
        ),
        (
            "minimum: {value: 10, message: at least 10}\n        maximum: 9",
            "minimum: {value: 10",
            "minimum 10 and maximum 9 contradict",
        ),
    ],
)
def test_contradictory_numeric_bounds(bounds: str, at_keyword: str, message: str) -> None:
    text = mutated(
        RUNNING_TIME_BOUNDS,
        f"        source: {{doc: api, section: runningTime}}\n        {bounds}\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, at_keyword)
    assert message in problem.message


def test_equal_inclusive_bounds_are_accepted() -> None:
    text = mutated(
        RUNNING_TIME_BOUNDS,
        "        source: {doc: api, section: runningTime}\n        minimum: 600\n"
        "        maximum: 600\n",
    )
    assert load_spec_text(text, FILE).venue.id == "demo"


def test_min_length_above_max_length() -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + "        minLength: 5\n        maxLength: 3\n")
    problem = only_problem(text)
    assert problem.location == where(text, "minLength: 5")
    assert problem.message == "minLength 5 and maxLength 3 contradict: no value can satisfy both"


def test_min_items_above_max_items() -> None:
    field = (
        "      tags:\n"
        "        type: array\n"
        "        description: Tags.\n"
        "        source: {inferred: why}\n"
        "        minItems: 3\n"
        "        maxItems: 1\n"
        "        items: {type: string, description: A tag., source: {inferred: why}}\n"
    )
    text = mutated(FIELDS, FIELDS + field)
    problem = only_problem(text)
    assert problem.location == where(text, "minItems: 3")
    assert problem.message == "minItems 3 and maxItems 1 contradict: no value can satisfy both"


@pytest.mark.parametrize(
    ("pattern", "at_text", "said"),
    [
        ("'[a-'", "pattern: '[a-'", "is not closed"),
        ("'[z-a]'", "pattern: '[z-a]'", "is not a regular expression"),
        ("{value: '(', message: bad}", "pattern: {value", "a group is not closed"),
        # ECMA-262 (what JSON Schema's pattern means) and Python part on these:
        ("'(?P<n>a)'", "pattern: '(?P", "only (...), (?:...)"),
        ("'a\\Z'", "pattern: 'a", "\\Z is Python's"),
        ("'\\p{L}'", "pattern: '", "not Python's re"),
        ("'a{,3}'", "pattern: 'a{,3}'", "is no quantifier"),
        ("'^\\s+$'", "pattern: '^", "Unicode spaces"),
        ("'a*+'", "pattern: 'a*+'", "possessive"),
        ("'[[a]]'", "pattern: '[[a]]'", "nested sets"),
        ("'(?i)a'", "pattern: '(?i)a'", "only (...)"),
        ("'(?<=a)b'", "pattern: '(?<=a)b'", "only (...)"),
    ],
)
def test_invalid_regex(pattern: str, at_text: str, said: str) -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + f"        pattern: {pattern}\n")
    problem = only_problem(text)
    assert problem.location == where(text, at_text)
    assert_says(problem, "pattern:", said)


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("minimum", "0.5"),
        ("maximum", "86400.5"),
        ("multipleOf", "2.5"),
        ("exclusiveMinimum", "-0.5"),
    ],
)
def test_integer_field_with_a_fractional_bound(keyword: str, value: str) -> None:
    text = mutated(
        RUNNING_TIME_BOUNDS,
        f"        source: {{doc: api, section: runningTime}}\n        {keyword}: {value}\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, f"{keyword}: {value}")
    assert_says(problem, f"{keyword} of an integer field must be a whole number")


@pytest.mark.parametrize(
    ("field_type", "value"), [("integer", "0"), ("decimal_number", "0.0"), ("number", "-0.5")]
)
def test_multiple_of_must_be_positive(field_type: str, value: str) -> None:
    field = (
        "      step:\n"
        f"        type: {field_type}\n"
        "        description: A step.\n"
        "        source: {inferred: why}\n"
        f"        multipleOf: {value}\n"
    )
    text = mutated(FIELDS, FIELDS + field)
    problem = only_problem(text)
    assert problem.location == where(text, f"multipleOf: {value}")
    assert_says(problem, "multipleOf must be greater than 0")


@pytest.mark.parametrize(
    ("bound", "message"),
    [
        ("minLength: -1", "minLength must be a whole number >= 0, got -1"),
        ("minLength: {value: '3'}", "minLength must be a whole number >= 0, got '3'"),
        ("pattern: {value: 5}", "pattern must be a string (a regular expression)"),
    ],
)
def test_bad_string_constraint_values(bound: str, message: str) -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + f"        {bound}\n")
    problem = only_problem(text)
    assert problem.location == where(text, bound)
    assert problem.message == message


@pytest.mark.parametrize(
    ("bound", "message"),
    [
        ("minimum: {value: abc}", "minimum must be a number, got 'abc'"),
        ("minimum: {value: true}", "minimum must be a number, got True"),
    ],
)
def test_non_numeric_bound_values(bound: str, message: str) -> None:
    text = mutated(
        RUNNING_TIME_BOUNDS,
        f"        source: {{doc: api, section: runningTime}}\n        {bound}\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, bound)
    assert problem.message == message


def test_huge_hex_bound_is_an_error_not_a_traceback() -> None:
    huge = "0x" + "F" * 5000
    text = mutated(
        RUNNING_TIME_BOUNDS,
        f"        source: {{doc: api, section: runningTime}}\n        minimum: {huge}\n"
        "        maximum: 1\n",
    )
    problems = problems_of(text)  # once a ValueError: str() of a 6000-digit int
    # Located at the offending value itself, as every scalar problem is.
    assert problems[0].location == where(text, "0xFFF")


# --- messages and transports -----------------------------------------------------------------


def test_rest_message_without_http() -> None:
    text = mutated("    http: {method: POST, path: /twap}\n", "")
    problem = only_problem(text)
    assert problem.location == where(text, "\n  create_order:")
    assert problem.message == "message 'create_order' of a REST venue needs `http: {method, path}`"


@pytest.mark.parametrize(
    ("inside", "says"),
    [
        ("nope", "no request 'nope' with an http endpoint here"),
        ("create_order", "'create_order' cannot travel inside itself"),
    ],
)
def test_http_inside_must_name_another_request_of_the_endpoint(inside: str, says: str) -> None:
    text = mutated(
        "    http: {method: POST, path: /twap}\n",
        f"    http: {{method: POST, path: /twap, inside: {inside}}}\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, f"inside: {inside}")
    assert problem.message == says


def test_websocket_message_with_http() -> None:
    text = mutated(
        "  transport: {kind: rest, url: https://example.com}",
        "  transport: {kind: websocket, url: wss://example.com}",
    )
    problem = only_problem(text)
    assert problem.location == where(text, "http: {method")
    assert problem.message == "a WebSocket venue's messages have no `http`"


def test_websocket_message_without_http_is_accepted() -> None:
    text = mutated(
        "  transport: {kind: rest, url: https://example.com}",
        "  transport: {kind: websocket, url: wss://example.com}",
    )
    text = mutated("    http: {method: POST, path: /twap}\n", "", text)
    assert load_spec_text(text, FILE).venue.transport.kind == "websocket"


def test_two_fields_with_the_same_python_name() -> None:
    field = (
        "      running_time:\n"
        "        type: integer\n"
        "        description: The same name again.\n"
        "        source: {inferred: why}\n"
    )
    text = mutated(FREQUENCY_MINIMUM, FREQUENCY_MINIMUM + field)
    problem = only_problem(text)
    assert problem.location == where(text, "running_time:\n")
    assert problem.message == (
        "fields 'runningTime' and 'running_time' both become Python name 'running_time'"
    )


def test_envelope_body_that_is_also_a_constant() -> None:
    text = mutated(
        "    http: {method: POST, path: /twap}\n",
        "    http: {method: POST, path: /twap}\n"
        "    envelope: {constants: {type: add, params: x}, body: params}\n",
    )
    problem = only_problem(text)
    assert problem.location == where(text, "body: params")
    assert problem.message == "the body member is also a constant"


# --- many problems at once -------------------------------------------------------------------


def test_several_resolution_problems_are_reported_together() -> None:
    text = mutated("        enum: Side\n", "        enum: Sides\n")
    text = mutated(MARKET_SOURCE, "        source: {doc: apx, section: market}\n", text)
    text = mutated("        divisor: frequency\n", "        divisor: freq\n", text)
    text = mutated("    http: {method: POST, path: /twap}\n", "", text)
    problems = problems_of(text)
    assert [(p.location, p.message) for p in problems] == [
        (
            where(text, "\n  create_order:"),
            "message 'create_order' of a REST venue needs `http: {method, path}`",
        ),
        (where(text, "source: {doc: apx"), "unknown document 'apx' (venue.sources has: api)"),
        (where(text, "enum: Sides"), "unknown enum 'Sides' (enums: Side)"),
        (where(text, "divisor: freq"), f"no field 'freq' in this message (fields: {FIELD_NAMES})"),
    ]


def test_several_shape_problems_are_reported_together() -> None:
    text = mutated(MARKET_REQUIRED, MARKET_REQUIRED.replace("required:", "requird:"))
    text = mutated("  name: Demo\n", "  name: 5\n", text)
    text = mutated("        kind: multiple_of_field\n", "        kind: bogus\n", text)
    text = mutated(FREQUENCY_MINIMUM, FREQUENCY_MINIMUM + "        maxLength: 3\n", text)
    problems = problems_of(text)
    assert len(problems) == 4
    assert [p.location for p in problems] == [
        where(text, "name: 5"),
        where(text, "requird: true"),
        where(text, "maxLength: 3"),
        where(text, "running_time_multiple:"),
    ]
    assert "valid string" in problems[0].message
    assert problems[1].message == "unknown key 'requird'"
    assert problems[2].message == "unknown key 'maxLength'"
    assert "'bogus'" in problems[3].message


def test_yaml_and_shape_problems_are_reported_together() -> None:
    text = mutated(MARKET_SOURCE, MARKET_SOURCE + "        description: Again.\n")
    text = mutated("  name: Demo\n", "  name: 5\n", text)
    problems = problems_of(text)
    assert [p.location.line for p in problems] == [
        where(text, "name: 5").line,
        where(text, "description: Again.").line,
    ]
    assert problems[1].message.startswith("duplicate key 'description'")


def test_more_than_twenty_problems_are_cut_short() -> None:
    rules = "".join(
        f"      rule_{i:02}:\n"
        "        kind: multiple_of_field\n"
        f"        field: missing_{i:02}\n"
        "        divisor: frequency\n"
        "        message: m\n"
        "        source: {inferred: why}\n"
        for i in range(25)
    )
    text = with_rule(rules)
    with pytest.raises(SpecError) as raised:
        load_spec_text(text, FILE)
    problems = raised.value.problems
    assert len(problems) == 25
    assert [p.location.line for p in problems] == [
        where(text, f"field: missing_{i:02}").line for i in range(25)
    ]
    lines = str(raised.value).splitlines()
    assert len(lines) == 21
    assert lines[:20] == [str(p) for p in problems[:20]]
    assert lines[20] == "... and 5 more"
    assert "missing_19" in lines[19]
    assert "missing_20" not in str(raised.value)


def test_exactly_twenty_problems_are_all_shown() -> None:
    rules = "".join(
        f"      rule_{i:02}:\n        kind: multiple_of_field\n        field: missing_{i:02}\n"
        "        divisor: frequency\n        message: m\n        source: {inferred: why}\n"
        for i in range(20)
    )
    with pytest.raises(SpecError) as raised:
        load_spec_text(with_rule(rules), FILE)
    assert len(str(raised.value).splitlines()) == 20
    assert "more" not in str(raised.value)


def test_removing_any_line_gives_a_valid_spec_or_located_errors() -> None:
    lines = MINIMAL_SPEC.splitlines(keepends=True)
    refusals: list[SpecError] = []
    for index in range(len(lines)):
        text = "".join(lines[:index] + lines[index + 1 :])
        try:
            load_spec_text(text, FILE)
        except SpecError as exc:  # any other exception fails the test
            refusals.append(exc)
    assert len(refusals) > len(lines) // 2
    for refusal in refusals:
        assert refusal.problems
        for line in str(refusal).splitlines():
            assert _RENDERED_LINE.match(line) or re.match(r"^\.\.\. and \d+ more$", line)


# --- files and directories -------------------------------------------------------------------


def test_load_specs_venue_id_must_match_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text(MINIMAL_SPEC, encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_specs(tmp_path)
    assert raised.value.problems == (
        Problem(
            Location("specs/other.yaml", 1, 1),
            "venue id 'demo' must match the file name 'other'",
        ),
    )


def test_load_specs_reports_every_file_together(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(MINIMAL_SPEC, encoding="utf-8")
    broken = mutated("        enum: Side\n", "        enum: Sides\n")
    broken = broken.replace("  id: demo\n", "  id: other\n")
    (tmp_path / "other.yaml").write_text(broken, encoding="utf-8")
    (tmp_path / "third.yaml").write_text("a: &x 1\n", encoding="utf-8")
    with pytest.raises(SpecError) as raised:
        load_specs(tmp_path, shown_prefix="venues")
    assert [str(p) for p in raised.value.problems] == [
        f"venues/other.yaml:{where(broken, 'enum: Sides').line}:9: "
        "unknown enum 'Sides' (enums: Side)",
        "venues/third.yaml:1:4: YAML anchors are not allowed in this file",
    ]


def test_load_specs_of_a_valid_directory(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(MINIMAL_SPEC, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a spec", encoding="utf-8")
    (spec,) = load_specs(tmp_path)
    assert spec.venue.id == "demo"
    assert spec.source_file == "specs/demo.yaml"


def test_load_spec_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "absent.yaml", "specs/absent.yaml")
    (problem,) = raised.value.problems
    assert problem.location == Location("specs/absent.yaml", 1, 1)
    assert problem.message.startswith("cannot read the spec")


def test_load_spec_of_a_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"format: twapschema/1\nname: caf\xe9\n")
    with pytest.raises(SpecError) as raised:
        load_spec(path, "specs/latin.yaml")
    (problem,) = raised.value.problems
    assert problem.location == Location("specs/latin.yaml", 1, 1)
    assert problem.message.startswith("cannot read the spec")


# --- the real specs --------------------------------------------------------------------------


def test_the_real_specs_load() -> None:
    specs = load_specs(ROOT / "specs")
    assert tuple(s.venue.id for s in specs) == VENUES
    assert [s.source_file for s in specs] == [f"specs/{v}.yaml" for v in VENUES]
    by_id = {s.venue.id: s for s in specs}
    assert [m.id for m in by_id["ondo"].messages] == [
        "create_twap_order",
        "create_twap_order_response",
        "error_response",
    ]
    assert [o.class_name for o in by_id["ondo"].objects] == ["TwapOrder"]
    response = by_id["ondo"].messages[1]
    result = response.body.field("result")
    assert result is not None
    assert result.type is by_id["ondo"].objects[0]  # shared, not copied
    assert [r.id for r in by_id["ondo"].messages[0].rules] == [
        "running_time_multiple_of_frequency",
        "child_order_count",
        "min_price_not_above_max_price",
    ]
    assert all(isinstance(s, ir.Spec) for s in specs)


def test_loading_is_deterministic() -> None:
    first = load_specs(ROOT / "specs")
    second = load_specs(ROOT / "specs")
    assert first == second
    assert [s.source_sha256 for s in first] == [s.source_sha256 for s in second]
    text = (ROOT / "specs" / "ondo.yaml").read_text(encoding="utf-8")
    assert load_spec_text(text, "specs/ondo.yaml") == first[VENUES.index("ondo")]


# --- an integer field's allowed values (enum) ----------------------------------------------

FREQUENCY = "        source: {doc: api, section: frequency}\n        minimum: 1\n"
FREQUENCY_SOURCE = "        source: {doc: api, section: frequency}\n"


def test_an_integer_enum_is_a_constraint_with_its_own_rule_id() -> None:
    spec = load_spec_text(mutated(FREQUENCY, FREQUENCY_SOURCE + "        enum: [5, 30]\n"), FILE)
    frequency = spec.messages[0].body.field("frequency")
    assert frequency is not None
    assert [(c.keyword, c.value) for c in frequency.constraints] == [("enum", (5, 30))]
    assert frequency.excludes_zero_and_negatives()  # so it may divide, as the rule does


@pytest.mark.parametrize(
    ("written", "says"),
    [
        ("enum: []", "enum must be a non-empty list of whole numbers"),
        ("enum: [5, 5]", "enum lists a value twice"),
        ("enum: [5, 2.5]", "valid integer"),
        ("enum: [5, true]", "valid integer"),
        ("enum: 5", "valid list"),
    ],
)
def test_bad_integer_enums_are_located(written: str, says: str) -> None:
    text = mutated(FREQUENCY, FREQUENCY_SOURCE + f"        {written}\n")
    line = where(text, written).line
    problems = problems_of(text)  # (a divisor left without a bound may follow)
    assert any(says in p.message and p.location.line == line for p in problems), [
        str(p) for p in problems
    ]


def test_an_integer_enum_stands_alone() -> None:
    text = mutated(FREQUENCY, FREQUENCY + "        enum: [5, 30]\n")
    problem = only_problem(text)
    assert problem.location == where(text, "enum: [5, 30]")
    assert_says(problem, "enum lists every allowed value", "drop minimum")


def test_an_integer_enum_that_allows_zero_cannot_divide() -> None:
    text = mutated(FREQUENCY, FREQUENCY_SOURCE + "        enum: [0, 30]\n")
    assert_says(only_problem(text), "used as a divisor")


# --- rows selected by columns: table[column=field, ...] --------------------------------------

SYMBOLS_COLUMNS = "      min_quantity: {type: decimal, description: Smallest child size.}\n"


def lookup_spec(expression: str, unique: str = "[[venue_id], [rank, venue_id]]") -> str:
    """The minimal spec whose symbols table has a string and an integer column and `unique`,
    with an average rule reading ``expression``."""
    columns = (
        SYMBOLS_COLUMNS
        + "      venue_id: {type: string, description: The venue's own name.}\n"
        + "      rank: {type: integer, description: A number.}\n"
        + f"    unique: {unique}\n"
    )
    return mutated(SYMBOLS_COLUMNS, columns, base=with_rule(average_rule(expression)))


@pytest.mark.parametrize(
    ("expression", "shown", "columns"),
    [
        ("symbols[venue_id=market].min_quantity", "symbols[venue_id=market]", ("venue_id",)),
        (
            "symbols[rank=frequency, venue_id=market].min_quantity",
            "symbols[rank=frequency, venue_id=market]",
            ("rank", "venue_id"),
        ),
    ],
)
def test_a_row_selected_by_unique_columns_is_accepted(
    expression: str, shown: str, columns: tuple[str, ...]
) -> None:
    (message,) = load_spec_text(lookup_spec(expression), FILE).messages
    (column,) = message.rules[0].columns()
    assert column.render() == f"{shown}.min_quantity"
    assert not column.by_row_key
    assert column.match_columns == columns


@pytest.mark.parametrize(
    ("expression", "unique", "message"),
    [
        (
            "symbols[venue_id=market].min_quantity",
            "[[rank]]",
            "'symbols' selected by venue_id: declare `unique: [venue_id]` on the table",
        ),
        (
            "symbols[min_quantity=market].min_quantity",
            "[[venue_id]]",
            "'market' cannot select rows by 'min_quantity'",
        ),
        (
            "symbols[venue_id=frequency].min_quantity",
            "[[venue_id]]",
            "'frequency' cannot select rows by 'venue_id': a string column",
        ),
        (
            "symbols[market, venue_id=side].min_quantity",
            "[[venue_id]]",
            "a key of several parts names each column, column=field",
        ),
        ("symbols[nope=market].min_quantity", "[[venue_id]]", "no column 'nope' in 'symbols'"),
    ],
)
def test_a_bad_row_selection(expression: str, unique: str, message: str) -> None:
    text = lookup_spec(expression, unique)
    problem = only_problem(text)
    assert problem.location == where(text, f'minimum: "{expression}"')
    assert message in problem.message


@pytest.mark.parametrize(
    ("unique", "message"),
    [
        ("[[nope]]", "no column 'nope' in 'symbols'"),
        ("[[min_quantity]]", "'min_quantity' is decimal: rows are selected by strings or integers"),
        ("[[rank, rank]]", "name one or more distinct columns"),
    ],
)
def test_a_bad_unique_declaration(unique: str, message: str) -> None:
    text = lookup_spec("symbols[market].min_quantity", unique)
    problem = only_problem(text)
    assert problem.location == where(text, unique[1:])  # at the column set
    assert message in problem.message


def test_unique_on_a_record() -> None:
    old = "      id_max_length: {type: integer, description: Longest id.}\n"
    text = mutated(old, old + "    unique: [[id_max_length]]\n")
    problem = only_problem(text)
    assert problem.location == where(text, "[id_max_length]]")
    assert problem.message == "a record has one row; `unique` is for tables"


# A rule's operand in an object within the message: `schedule.runningTime`.

SCHEDULE = """\
      schedule:
        type: object
        required: true
        description: The schedule.
        source: {doc: api, section: schedule}
        unknown_fields: {policy: reject, source: {inferred: Two members.}}
        fields:
          runningTime:
            {type: integer, required: true, description: Seconds., source: {doc: api, section: s}}
          every:
            type: integer
            required: true
            description: Seconds.
            source: {doc: api, section: s}
            minimum: 1
      extra:
        type: object
        description: Optional.
        source: {doc: api, section: extra}
        unknown_fields: {policy: reject, source: {inferred: One member.}}
        fields:
          n: {type: integer, description: A number., source: {doc: api, section: n}, minimum: 1}
"""


def nested_spec(field: str, divisor: str) -> str:
    """The minimal spec with the schedule objects and a rule `nested` over ``field``."""
    rule = (
        "      nested:\n"
        "        kind: multiple_of_field\n"
        f"        field: {field}\n"
        f"        divisor: {divisor}\n"
        "        message: m\n"
        "        source: {doc: api, section: s}\n"
    )
    return mutated(FIELDS, FIELDS + SCHEDULE, base=with_rule(rule))


def test_a_nested_operand_is_read_by_its_path() -> None:
    text = nested_spec("schedule.runningTime", "schedule.every")
    (message,) = load_spec_text(text, FILE).messages
    rule = next(r for r in message.rules if r.id == "nested")
    operand = rule.operands()[0]
    assert operand.wire_name == "schedule.runningTime"
    assert operand.within == ("schedule",)
    assert operand.members == ("schedule", "runningTime")
    assert operand.rule_prefix == "schedule.runningTime"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "schedule.nope",
            "'schedule.nope': no field 'nope' in 'schedule' (fields: runningTime, every)",
        ),
        (
            "nope.runningTime",
            "'nope.runningTime': no field 'nope' (fields: schedule, extra, market,",
        ),
        ("market.runningTime", "'market.runningTime': 'market' is not an object with fields"),
        ("extra.n", "'extra.n': 'extra' may be absent or null; a rule reads fields of objects"),
    ],
)
def test_a_bad_nested_operand_is_located(path: str, message: str) -> None:
    text = nested_spec(path, "frequency")
    problem = only_problem(text)
    assert problem.location == where(text, f"field: {path}")
    assert message in problem.message

"""The safe YAML reader: located data, refused constructs, YAML 1.2 core scalars."""

from __future__ import annotations

from decimal import Decimal

import pytest

from twapschema.errors import Location, Problem
from twapschema.located_yaml import Data, LocatedData, parse_yaml

FILE = "in.yaml"


def parsed(text: str) -> LocatedData:
    """Parse text that must be clean: located data, no problems."""
    located, problems = parse_yaml(text, FILE)
    assert problems == []
    assert located is not None
    return located


def refused(text: str) -> Problem:
    """Parse text the reader must refuse outright: no data, exactly one problem."""
    located, problems = parse_yaml(text, FILE)
    assert located is None
    assert len(problems) == 1, problems
    return problems[0]


def value_of(text: str) -> Data:
    """The value of key ``a`` in a one-entry document."""
    data = parsed(text).data
    assert isinstance(data, dict)
    return data["a"]


def at(line: int, column: int) -> Location:
    return Location(FILE, line, column)


# --- marks -----------------------------------------------------------------------------------

NESTED = """\
# a comment first
a:
  b:
    - x
    - {c: 1}
  d: [1, 2]
e: last
"""


def test_marks_of_nested_keys_and_list_items() -> None:
    located = parsed(NESTED)
    assert located.data == {"a": {"b": ["x", {"c": 1}], "d": [1, 2]}, "e": "last"}
    assert located.file == FILE
    assert located.marks == {
        (): at(2, 1),
        ("a",): at(2, 1),
        ("a", "b"): at(3, 3),
        ("a", "b", 0): at(4, 7),
        ("a", "b", 1): at(5, 7),
        ("a", "b", 1, "c"): at(5, 8),
        ("a", "d"): at(6, 3),
        ("a", "d", 0): at(6, 7),
        ("a", "d", 1): at(6, 10),
        ("e",): at(7, 1),
    }


def test_locate_returns_the_exact_mark_when_there_is_one() -> None:
    located = parsed(NESTED)
    assert located.locate(("a", "b", 1, "c")) == at(5, 8)
    assert located.locate(("a", "d", 1)) == at(6, 10)


def test_locate_falls_back_to_the_nearest_ancestor() -> None:
    located = parsed(NESTED)
    # A key that is not in the data (say, a missing required key) points at its parent.
    assert located.locate(("a", "b", 1, "missing")) == at(5, 7)
    assert located.locate(("a", "b", 7, "x", "y")) == at(3, 3)
    assert located.locate(("a", "nope")) == at(2, 1)
    assert located.locate(("zzz",)) == at(2, 1)  # the root's own mark
    assert located.locate(()) == at(2, 1)


def test_locate_without_any_mark_is_the_start_of_the_file() -> None:
    bare = LocatedData(data={}, marks={}, file="other.yaml")
    assert bare.locate(("a", 0, "b")) == Location("other.yaml", 1, 1)


# --- duplicate keys --------------------------------------------------------------------------


def test_duplicate_key_is_located_at_the_second_occurrence_naming_the_first() -> None:
    located, problems = parse_yaml("a: 1\nb: 2\na: 3\n", FILE)
    assert problems == [Problem(at(3, 1), "duplicate key 'a' (first defined at line 1)")]
    assert located is not None
    assert located.data == {"a": 1, "b": 2}  # the first value is kept, the second dropped


def test_nested_duplicate_key() -> None:
    text = "top:\n  k: 1\n  j: 2\n  inner:\n    z: 0\n  k: 3\n"
    _, problems = parse_yaml(text, FILE)
    assert problems == [Problem(at(6, 3), "duplicate key 'k' (first defined at line 2)")]


def test_every_duplicate_is_reported() -> None:
    _, problems = parse_yaml("a: 1\na: 2\nb: 1\nb: 2\na: 3\n", FILE)
    assert [(p.location.line, p.message) for p in problems] == [
        (2, "duplicate key 'a' (first defined at line 1)"),
        (4, "duplicate key 'b' (first defined at line 3)"),
        (5, "duplicate key 'a' (first defined at line 1)"),
    ]


# --- anchors, aliases and tags ---------------------------------------------------------------


def test_alias_is_refused_with_its_location() -> None:
    problem = refused("a: 1\nb: *x\n")
    assert problem.location == at(2, 4)
    assert "aliases are not allowed" in problem.message


def test_anchor_is_refused_even_when_never_used() -> None:
    problem = refused("a: 1\nbase: &b {x: 1}\n")
    assert problem.location == at(2, 7)
    assert "anchors are not allowed" in problem.message


def test_anchor_and_alias_pair_is_refused_at_the_anchor() -> None:
    problem = refused("a: &x 1\nb: *x\n")
    assert problem.location == at(1, 4)
    assert "anchors are not allowed" in problem.message


@pytest.mark.parametrize(
    ("text", "tag", "where"),
    [
        (
            "a: !!python/object/apply:os.system ['echo']\n",
            "'tag:yaml.org,2002:python/object/apply:os.system'",
            (1, 4),
        ),
        ("x: 1\na: !!str 30\n", "'tag:yaml.org,2002:str'", (2, 4)),
        ("a:\n  - ok\n  - !foo bar\n", "'!foo'", (3, 5)),
        ("!!map {a: 1}\n", "'tag:yaml.org,2002:map'", (1, 1)),
        ("a: !!python/name:os.system\n", "'tag:yaml.org,2002:python/name:os.system'", (1, 4)),
    ],
)
def test_explicit_tag_is_refused_with_its_location(
    text: str, tag: str, where: tuple[int, int]
) -> None:
    problem = refused(text)
    assert problem.location == at(*where)
    assert problem.message == f"explicit YAML tag {tag} is not allowed; write plain values"


def test_billion_laughs_is_refused_without_expansion() -> None:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    bomb = "\n".join(lines) + "\n"  # 10**10 strings if expanded
    problem = refused(bomb)
    assert problem.location == at(1, 5)
    assert "anchors are not allowed" in problem.message


# --- malformed YAML --------------------------------------------------------------------------


def test_tab_indentation_is_a_located_error() -> None:
    problem = refused("a:\n  b: 1\n\tc: 2\n")
    assert problem.location == at(3, 1)
    # libyaml's words (the loader's parser); PyYAML's own said "'\\t' that cannot start any token"
    assert "tab character" in problem.message


def test_tab_as_the_only_indentation() -> None:
    problem = refused("a:\n\tb: 1\n")
    assert problem.location == at(2, 1)
    assert "cannot start any token" in problem.message


def test_unclosed_flow_sequence_is_located() -> None:
    problem = refused("a: [1, 2\nb: 3\n")
    assert problem.location.line == 2
    assert "flow sequence" in problem.message


def test_several_documents_are_refused() -> None:
    problem = refused("a: 1\n---\nb: 2\n")
    assert problem.location == at(2, 1)
    assert "single document" in problem.message


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(text: str) -> None:
    assert parse_yaml(text, FILE) == (None, [Problem(at(1, 1), "the file is empty")])


# --- scalars ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("true", True),
        ("false", False),
        ("True", True),
        ("FALSE", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("30", 30),
        ("-5", -5),
        ("+7", 7),
        ("0x1F", 31),
        ("0o17", 15),
        ("'30'", "30"),
        ('"true"', "true"),
        ('"1.5"', "1.5"),
        ("'null'", "null"),
        ("2024-01-01", "2024-01-01"),  # no timestamps in the core schema
        ("1_000", "1_000"),  # no YAML 1.1 digit separators
        ("AAPL-USD.P", "AAPL-USD.P"),
    ],
)
def test_scalar_resolution(raw: str, expected: Data) -> None:
    value = value_of(f"a: {raw}\n")
    assert value == expected
    assert type(value) is type(expected)  # True is not 1, '30' is not 30


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0.1", "0.1"),
        ("20.30", "20.30"),
        ("-0.5", "-0.5"),
        (".5", "0.5"),
        ("1e3", "1E+3"),
        ("2.5E-2", "0.025"),
        ("0.1000000000000000000000000001", "0.1000000000000000000000000001"),
    ],
)
def test_fractions_and_exponents_are_exact_decimals(raw: str, expected: str) -> None:
    value = value_of(f"a: {raw}\n")
    assert isinstance(value, Decimal)
    assert str(value) == expected  # exactly as written: 0.1 is not 0.1000000000000000055...
    assert value == Decimal(expected)


def test_one_e_three_is_a_thousand() -> None:
    assert value_of("a: 1e3\n") == 1000


def test_block_scalar_is_always_a_string() -> None:
    assert value_of("a: |\n  true\n") == "true\n"


def test_json_is_accepted() -> None:
    data = parsed('{"a": 1.5, "b": [true, null, "x"]}').data
    assert data == {"a": Decimal("1.5"), "b": [True, None, "x"]}


@pytest.mark.parametrize("raw", [".inf", "-.inf", "+.inf", ".Inf", ".nan", ".NaN", ".NAN"])
def test_non_finite_numbers_are_rejected(raw: str) -> None:
    located, problems = parse_yaml(f"x: 1\na: {raw}\n", FILE)
    assert problems == [Problem(at(2, 4), f"{raw!r} is not a finite number")]
    assert located is not None
    assert located.data == {"x": 1, "a": None}


@pytest.mark.parametrize("sign", ["", "-"])
def test_a_five_thousand_digit_integer_is_a_problem_not_an_exception(sign: str) -> None:
    located, problems = parse_yaml(f"x: 1\na: {sign}{'9' * 5000}\n", FILE)
    assert len(problems) == 1
    assert problems[0].location == at(2, 4)
    assert "too many digits" in problems[0].message
    assert len(problems[0].message) < 100  # the digits are not all echoed back
    assert located is not None
    assert located.data == {"x": 1, "a": None}


@pytest.mark.parametrize("raw", ["0x" + "F" * 5000, "0o" + "7" * 5000], ids=["hex", "octal"])
def test_a_huge_hex_or_octal_integer_is_a_problem_too(raw: str) -> None:
    # Python limits only decimal conversions, so int(..., 16) succeeds; but the value cannot be
    # printed in decimal (every error message, the emitted models), so it must be refused here.
    located, problems = parse_yaml(f"a: {raw}\n", FILE)
    assert [p.location for p in problems] == [at(1, 4)]
    assert "too many digits" in problems[0].message
    assert located is not None
    assert located.data == {"a": None}


# --- keys ------------------------------------------------------------------------------------


def test_flow_sequence_key_is_a_problem() -> None:
    located, problems = parse_yaml("x: 1\n[a]: 1\ny: 2\n", FILE)
    assert problems == [Problem(at(2, 1), "a mapping key must be a plain string")]
    assert located is not None
    assert located.data == {"x": 1, "y": 2}


def test_complex_mapping_key_is_a_problem() -> None:
    _, problems = parse_yaml("x: 1\n? {a: 1}\n: 2\n", FILE)
    assert problems == [Problem(at(2, 3), "a mapping key must be a plain string")]


def test_problems_carry_the_file_name_given() -> None:
    _, problems = parse_yaml("a: 1\na: 2\n", "specs/venue.yaml")
    assert [str(p) for p in problems] == [
        "specs/venue.yaml:2:1: duplicate key 'a' (first defined at line 1)"
    ]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [("a: 1\nb: x\x00y\n", 2, 5), ("\x07", 1, 1), ("a: [1,\n  2\x1b]\n", 2, 4)],
)
def test_forbidden_characters_are_located_errors_not_tracebacks(
    text: str, line: int, column: int
) -> None:
    # Found by the atheris target (fuzz/spec_loader.py): a NUL escaped as a ReaderError.
    problem = refused(text)
    assert (problem.location.line, problem.location.column) == (line, column)
    assert "is not allowed in YAML" in problem.message

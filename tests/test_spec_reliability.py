"""Specs that never leave a traceback (issue 23): what used to crash the checker or
`generate` is a located error now, and a failed `generate` leaves the tree as it was."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

from tests.helpers import made_up_venue
from tests.test_spec_errors import (
    FIELDS,
    FILE,
    FREQUENCY_MINIMUM,
    MARKET_SOURCE,
    MINIMAL_SPEC,
    assert_says,
    mutated,
    only_problem,
    problems_of,
    where,
)
from twapschema.cli import main
from twapschema.errors import ReferenceDataError
from twapschema.generate import Artifact, write
from twapschema.runtime.reference import load_reference

FREQUENCY_SOURCE = MARKET_SOURCE.replace("market}", "frequency}")
OPTIONAL_FREQUENCY = MINIMAL_SPEC.replace(
    "        required: true\n        description: Seconds between child orders.\n",
    "        description: Seconds between child orders.\n",
)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (FREQUENCY_MINIMUM, FREQUENCY_MINIMUM + "        default: 0\n", "minimum 1"),
        (
            "        minimum: 1\n",
            "        minimum: 1\n        multipleOf: 5\n        default: 7\n",
            "multipleOf 5",
        ),
        (
            FREQUENCY_SOURCE,
            FREQUENCY_SOURCE + "        maximum: 60\n        default: 61\n",
            "maximum 60",
        ),
    ],
)
def test_a_default_that_breaks_its_own_field_is_refused(old: str, new: str, said: str) -> None:
    """A divisor with `minimum: 1` and `default: 0` made `generate` (and validation of an
    order without it) die with ZeroDivisionError."""
    text = mutated(old, new, OPTIONAL_FREQUENCY)
    problem = only_problem(text)
    assert problem.location == where(text, "default:")
    assert_says(problem, "breaks the field's own", said)


def test_a_string_default_is_held_to_the_pattern_and_length() -> None:
    field = (
        "      tag:\n"
        "        type: string\n"
        "        description: A tag.\n"
        "        source: {doc: api, section: tag}\n"
        "        pattern: '^[a-z]+$'\n"
        "        maxLength: 3\n"
        "        default: 'ABCD'\n"
    )
    text = mutated(FIELDS, FIELDS + field)
    messages = sorted(p.message for p in problems_of(text))
    assert messages == [
        "default 'ABCD' breaks the field's own maxLength 3",
        "default 'ABCD' breaks the field's own pattern ^[a-z]+$",
    ]


@pytest.mark.parametrize(
    "name", ["int", "str", "bool", "dict", "tuple", "model_validate", "model_dump"]
)
def test_fields_named_like_builtins_or_pydantic_methods_generate_and_validate(name: str) -> None:
    field = (
        f"      {name}:\n"
        "        type: integer\n"
        "        description: A field with an awkward name.\n"
        "        source: {doc: api, section: x}\n"
        "        minimum: 1\n"
    )
    text = mutated(FIELDS, FIELDS + field)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pydantic's protected-namespace warning included
        with made_up_venue(text, FILE) as (module, _):
            entry = module.MESSAGES["create_order"]
            base = {"market": "A", "side": "buy", "runningTime": 600, "frequency": 60}
            assert entry.check({**base, name: 2}, None)[0] == []
            violations = entry.check({**base, name: 0}, None)[0]
            assert [v.rule for v in violations] == [f"{name}.minimum"]


def test_nesting_deeper_than_the_stack_is_a_located_error(tmp_path: Path) -> None:
    deep = "[" * 1000 + "]" * 1000  # flow nesting: libyaml stops it, located
    text = MINIMAL_SPEC + f"x: {deep}\n"
    problem = problems_of(text)[0]
    assert "maximum nesting depth" in problem.message
    assert problem.location.line == text.count("\n")
    # block nesting, which only the loader's own limit stops: 150 levels of `a:`
    block = "".join(f"{'  ' * i}a:\n" for i in range(150)) + f"{'  ' * 150}1\n"
    problem = problems_of(
        MINIMAL_SPEC + "x:\n" + "  " + block.replace("\n", "\n  ").rstrip() + "\n"
    )[0]
    assert problem.message == "nested deeper than 100 levels"
    reference = tmp_path / "deep.yaml"
    reference.write_text(f"qfex: {deep}\n")
    with pytest.raises(ReferenceDataError, match=r"deep.yaml:1:\d+: .*nesting depth"):
        load_reference(reference)


def test_a_lone_surrogate_is_a_located_error() -> None:
    text = mutated("description: A demo venue.", 'description: "A demo \\ud800 venue."')
    problem = only_problem(text)
    # libyaml refuses the escape itself; PyYAML's pure-Python parser decodes it, and then the
    # loader's own check refuses it (test_the_pure_python_parser_is_held_to_the_same_limits)
    assert "invalid Unicode character escape" in problem.message
    assert problem.location.line == 6


def test_an_example_that_names_no_rule_is_refused() -> None:
    example = (
        "    examples:\n"
        "      - description: Too short.\n"
        "        source: {doc: api, section: Body}\n"
        "        payload: {market: A, side: buy, runningTime: 299, frequency: 1}\n"
        "        violates: [runningTime.minimum, no_such_rule]\n"
    )
    text = mutated(FIELDS, example + FIELDS)
    problem = only_problem(text)
    assert_says(problem, "no rule 'no_such_rule' in this message", "running_time_multiple")
    assert problem.location == where(text, "no_such_rule]")


def test_a_failed_write_leaves_the_previous_tree_intact(tmp_path: Path) -> None:
    (tmp_path / "generated").mkdir()
    old = tmp_path / "generated" / "a.json"
    old.write_text("old\n", encoding="utf-8")
    artifacts = [
        Artifact("generated/a.json", "new\n"),
        Artifact("generated/b.json", "a lone surrogate \ud800\n"),  # cannot be UTF-8
    ]
    with pytest.raises(UnicodeEncodeError):
        write(tmp_path, artifacts)
    assert old.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == ["a.json"]
    write(tmp_path, artifacts[:1])
    assert old.read_text(encoding="utf-8") == "new\n"


def test_generate_without_ruff_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "demo.yaml").write_text(MINIMAL_SPEC, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ruff.__main__", None)  # `import` raises ImportError
    assert main(["generate", "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "twapschema: generating code needs ruff: pip install --group dev -e ."
        " (pinned in pyproject.toml)"
    )
    assert not (tmp_path / "twapschema").exists()


def test_the_pure_python_parser_is_held_to_the_same_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without libyaml the loader falls back to PyYAML's own parser; the refusals hold."""
    from twapschema import located_yaml

    monkeypatch.setattr(located_yaml, "_LOADER", located_yaml._NoAliasLoader)
    text = mutated("description: A demo venue.", 'description: "A demo \\ud800 venue."')
    assert only_problem(text).message == "a lone surrogate (U+D800) is not text"
    deep = MINIMAL_SPEC + "x: " + "[" * 1000 + "]" * 1000 + "\n"
    assert problems_of(deep)[0].message == "nested deeper than 100 levels"
    assert load_spec_ok(MINIMAL_SPEC)


def load_spec_ok(text: str) -> bool:
    from twapschema.spec.check import load_spec_text

    return load_spec_text(text, FILE) is not None


def test_a_type_named_like_the_schemas_safe_integer_is_refused() -> None:
    """The JSON Schemas keep the I-JSON integer range under $defs/SafeInteger; a spec type of
    that name would be overwritten there (or overwrite it)."""
    text = mutated("  Side:\n", "  SafeInteger:\n").replace("enum: Side", "enum: SafeInteger")
    problem = only_problem(text)
    assert problem.location == where(text, "SafeInteger:")
    assert_says(problem, "SafeInteger")

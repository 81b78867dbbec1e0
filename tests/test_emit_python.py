"""The Python emitter: deterministic, formatted, uninjectable, and right for every field type."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from tests.conftest import ROOT
from twapschema.emit.pysource import docstring, format_python, literal
from twapschema.emit.python import emit_python
from twapschema.generate import build, stale
from twapschema.runtime.result import Violation
from twapschema.spec.check import load_spec_text


def _import_generated(source: str, name: str) -> types.ModuleType:
    """Execute generated source as a real module (Pydantic resolves annotations through it)."""
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, f"<generated {name}>", "exec"), module.__dict__)  # noqa: S102
    return module


@pytest.fixture
def fresh_module_names() -> Iterator[list[str]]:
    names: list[str] = []
    yield names
    for name in names:
        sys.modules.pop(name, None)


def test_generation_is_deterministic_and_matches_the_checked_in_files() -> None:
    first, second = build(ROOT), build(ROOT)
    assert [(a.path, a.content) for a in first] == [(a.path, a.content) for a in second]
    assert stale(ROOT, first) == []


def test_generated_modules_carry_the_do_not_edit_header_with_spec_and_hash() -> None:
    for artifact in build(ROOT):
        if artifact.path.startswith("twapschema/models/") and not artifact.path.endswith(
            "__init__.py"
        ):
            venue = Path(artifact.path).stem
            first_lines = artifact.content.splitlines()[:4]
            assert f"Generated from specs/{venue}.yaml (sha256 " in "\n".join(first_lines)
            assert "do not edit" in "\n".join(first_lines)
            compile(artifact.content, artifact.path, "exec")


@pytest.mark.parametrize(
    "text",
    [
        'ends with a quote"',
        'has """ triple quotes',
        "has ''' single triples",
        "back\\slash and \\n escape",
        "new\nline",
        "braces {} and {0} and {message}",
        "nul \x00 and bell \x07",
        '"""; import os; os.system("echo pwned") #',
    ],
)
def test_literals_and_docstrings_round_trip_any_text(text: str) -> None:
    assert eval(literal(text)) == text  # noqa: S307 - the point is that it is a plain literal
    namespace: dict[str, object] = {}
    exec(compile(f"def f() -> None:\n    {docstring(text)}\n", "<t>", "exec"), namespace)  # noqa: S102
    function = namespace["f"]
    assert isinstance(function, types.FunctionType)
    assert function.__doc__ == text


HOSTILE = '"""; import os; raise SystemExit("injected") #'

SINK_SPEC = (Path(__file__).parent / "data" / "sink.yaml").read_text(encoding="utf-8")


@pytest.fixture
def sink(fresh_module_names: list[str]) -> types.ModuleType:
    spec = load_spec_text(SINK_SPEC, "specs/sink.yaml")
    source = format_python(emit_python(spec), "sink.py")
    fresh_module_names.append("twapschema_test_sink")
    return _import_generated(source, "twapschema_test_sink")


def _check(module: types.ModuleType, payload: object) -> list[Violation]:
    violations, _unchecked, _normalized = module.check_order(payload)
    assert isinstance(violations, list)
    return violations


GOOD: dict[str, object] = {
    "op": "order",
    "args": {
        "name": "abc",
        "qty": 1.25,
        "price": "-9.5",
        "ratio": None,
        "at": "2025-01-01T00:00:00Z",
        "at_ms": 1735689600000,
        "from": True,
        "legs": [{"size": 1, "tags": ["a", "bb"]}, {"size": 2, "extra": "ignored"}],
    },
}


def test_hostile_text_is_kept_as_data_never_run(sink: types.ModuleType) -> None:
    assert sink.Order.__doc__ == HOSTILE
    assert sink.Colour.__doc__ == 'Colours """ {x}'
    assert sink.VENUE_NAME == 'Sink "venue" \\ {}'
    assert {m.value for m in sink.Colour} == {"red", "dark-blue", "class"}
    assert sink.Colour.CLASS.value == "class"
    assert sink.Colour.DARK_BLUE.value == "dark-blue"


def test_every_field_type_accepts_a_good_payload(sink: types.ModuleType) -> None:
    assert _check(sink, GOOD) == []
    model = sink.Order.model_validate(GOOD)
    args = model.args
    assert args.qty == Decimal("1.25")
    assert args.price == Decimal("-9.5")
    assert args.at == datetime(2025, 1, 1, tzinfo=UTC)
    assert args.from_ is True
    assert args.colour is sink.Colour.RED  # the spec's default
    assert args.legs[1].tags is None
    assert isinstance(args.legs[0], BaseModel)
    again = sink.Order.model_validate(model.model_dump())
    assert again == model


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name": ""}, [("name.minLength", "/args/name"), ("name.pattern", "/args/name")]),
        ({"name": "abcdef"}, [("name.maxLength", "/args/name")]),
        ({"name": "ABC"}, [("name.pattern", "/args/name")]),
        ({"qty": 1.255}, [("qty.multipleOf", "/args/qty")]),
        ({"qty": 1000.015}, [("qty.maximum", "/args/qty"), ("qty.multipleOf", "/args/qty")]),
        ({"price": "-10"}, [("price.exclusiveMinimum", "/args/price")]),
        ({"colour": "blue"}, [("colour.enum", "/args/colour")]),
        ({"at": "2025-01-01 00:00:00"}, [("at.type", "/args/at")]),
        ({"at": "2025-13-01T00:00:00Z"}, [("at.type", "/args/at")]),
        ({"at_ms": 1.5}, [("at_ms.type", "/args/at_ms")]),
        ({"legs": []}, [("legs.minItems", "/args/legs")]),
        ({"legs": [{"size": 0}]}, [("legs.items.size.minimum", "/args/legs/0/size")]),
        (
            {"legs": [{"size": 1, "tags": ["abcd"]}]},
            [("legs.items.tags.items.maxLength", "/args/legs/0/tags/0")],
        ),
        ({"legs": [{"size": 1}, "x"]}, [("legs.items.type", "/args/legs/1")]),
        ({"legs": [{}]}, [("legs.items.size.required", "/args/legs/0/size")]),
        ({"ratio": "1"}, [("ratio.type", "/args/ratio")]),
        ({"from": None}, [("from.type", "/args/from")]),
        ({"a/b~": 1}, [("unknown_field", "/args/a~1b~0")]),
    ],
)
def test_each_check_reports_its_rule_at_its_pointer(
    sink: types.ModuleType, change: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    args = GOOD["args"]
    assert isinstance(args, dict)
    payload = {**GOOD, "args": {**args, **change}}
    assert [(v.rule, v.path) for v in _check(sink, payload)] == expected
    with pytest.raises(ValidationError) as raised:
        sink.Order.model_validate(payload)
    assert [e["ctx"]["rule"] for e in raised.value.errors()] == [rule for rule, _ in expected]


def test_frame_constants_and_body_are_checked(sink: types.ModuleType) -> None:
    assert [(v.rule, v.path) for v in _check(sink, {"op": "nope", "args": {}, "x": 1})] == [
        ("op.const", "/op"),
        ("name.required", "/args/name"),
        ("qty.required", "/args/qty"),
        ("unknown_field", "/x"),
    ]
    assert [(v.rule, v.path) for v in _check(sink, {"op": "order"})] == [("args.required", "/args")]


def test_imports_collector_groups_and_sorts_as_isort() -> None:
    from twapschema.emit.python.imports import Imports

    imports = Imports()
    imports.name("twapschema.runtime.models", "bind")
    imports.name("twapschema.runtime.models", "M")
    imports.alias("twapschema.runtime", "checks", "_c")
    imports.name("pydantic", "Field")
    imports.name("typing", "Any")
    imports.module("re")
    imports.name("__future__", "annotations")
    assert imports.render() == (
        "from __future__ import annotations\n\n"
        "import re\nfrom typing import Any\n\n"
        "from pydantic import Field\n\n"
        "from twapschema.runtime import checks as _c\n"
        "from twapschema.runtime.models import M, bind"
    )

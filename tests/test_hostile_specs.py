"""Hostile spec text through every emitter: the JSON Schema, the CEL, the docs, the strategies
and the whole pipeline keep it as data (the Python emitter's own cases: test_emit_python).

tests/data/sink.yaml carries quotes, triple quotes, backslashes, newlines and braces in names,
descriptions, messages and enum values.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import celpy
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from twapschema import ir
from twapschema.emit import cel, json_schema
from twapschema.emit.docs import venue_page
from twapschema.emit.pysource import format_python
from twapschema.emit.python import emit_python
from twapschema.emit.strategies import emit_strategies, emit_suite
from twapschema.generate import build
from twapschema.spec.check import load_spec_text

SINK_TEXT = (Path(__file__).parent / "data" / "sink.yaml").read_text(encoding="utf-8")
SINK = load_spec_text(SINK_TEXT, "specs/sink.yaml")
HOSTILE = '"""; import os; raise SystemExit("injected") #'


def test_json_schema_keeps_hostile_text_exactly() -> None:
    for message in SINK.messages:
        schema = json_schema.message_schema(SINK, message)
        again = json.loads(json_schema.dumps(schema))
        Draft202012Validator.check_schema(again)
        assert again["description"] == message.description
    order = json.loads(json_schema.dumps(json_schema.message_schema(SINK, SINK.messages[0])))
    assert order["description"] == HOSTILE
    assert order["title"].startswith('Sink "venue" \\ {}')


def test_cel_expressions_parse_and_carry_no_spec_prose() -> None:
    env = celpy.Environment()
    for message in SINK.messages:
        for rule in message.rules:
            expression = cel.rule(rule).expression
            env.compile(expression)  # raises on a syntax error
            assert rule.message not in expression
        for field in message.body.fields:
            for c in field.constraints:
                if not ir.native_in_json_schema(field, c):
                    env.compile(cel.constraint(field, c).expression)


def test_cel_string_literals_escape_quotes_and_backslashes() -> None:
    env = celpy.Environment()
    text = 'a"b\\c\n{d}'
    program = env.program(env.compile(f"{cel.string(text)} == x"))
    assert program.evaluate({"x": celpy.celtypes.StringType(text)})


def test_docs_tables_keep_their_shape() -> None:
    python = format_python(emit_python(SINK), "sink.py")
    page = venue_page(SINK, python, None, "../schemas")
    assert HOSTILE not in page  # quotes are escaped for HTML
    width = None
    for line in page.splitlines():
        if not line.startswith("| "):
            width = None
            continue
        cells = len(re.findall(r"(?<!\\)\|", line))
        if width is None:
            width = cells
        assert cells == width, line


def test_strategies_and_suite_modules_compile() -> None:
    for source in (emit_strategies(SINK), emit_suite(SINK)):
        compile(format_python(source, "x.py"), "x.py", "exec")


def test_the_whole_pipeline_builds_a_hostile_spec(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    shutil.copy(Path(__file__).parent / "data" / "sink.yaml", tmp_path / "specs" / "sink.yaml")
    artifacts = {a.path: a.content for a in build(tmp_path)}
    assert "twapschema/models/sink.py" in artifacts
    assert "generated/schemas/sink/order.schema.json" in artifacts
    vectors = json.loads(artifacts["generated/conformance/sink.json"])
    assert vectors["venue"] == "sink"
    for path, content in artifacts.items():
        if path.endswith(".py"):
            compile(content, path, "exec")
        elif path.endswith(".json"):
            json.loads(content)

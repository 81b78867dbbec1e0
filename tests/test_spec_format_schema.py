"""The published JSON Schema of the spec format: valid, committed, and in step with the loader."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml

from tests.conftest import ROOT, VENUES
from twapschema.generate import SPEC_FORMAT_ID, SPEC_FORMAT_SCHEMA, spec_format_schema
from twapschema.located_yaml import Data, parse_yaml

SPEC_PATHS = sorted((ROOT / "specs").glob("*.yaml"))
SPEC_IDS = [p.stem for p in SPEC_PATHS]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded = json.loads(spec_format_schema())
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(schema)


def as_json(data: Data) -> Any:
    """Located data as JSON would hold it: Decimal becomes a JSON number.

    The loader reads numbers with a fraction or exponent as Decimal, which jsonschema does not
    take for a JSON number; in the schema a Decimal is `"type": "number"`, so a float stands in.
    Exactness does not matter for checking shape.
    """
    if isinstance(data, dict):
        return {key: as_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [as_json(item) for item in data]
    if isinstance(data, Decimal):
        return float(data)
    return data


def spec_data(path: Path) -> Any:
    """A spec as the loader reads it (YAML 1.2 core scalars), as JSON data."""
    located, problems = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    assert problems == []
    assert located is not None
    return as_json(located.data)


def errors(validator: Any, instance: Any) -> list[str]:
    return sorted(error.message for error in validator.iter_errors(instance))


def test_schema_text_is_json_and_a_draft_2020_12_schema(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SPEC_FORMAT_ID
    assert schema["title"] == "twapschema venue spec"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["format", "messages", "venue"]


def test_schema_text_is_stable() -> None:
    text = spec_format_schema()
    assert text == spec_format_schema()
    assert text.endswith("}\n")
    assert json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n" == text


def test_schema_matches_the_committed_file() -> None:
    committed = (ROOT / SPEC_FORMAT_SCHEMA).read_text(encoding="utf-8")
    assert spec_format_schema() == committed


def test_every_real_spec_is_checked() -> None:
    assert tuple(SPEC_IDS) == VENUES


@pytest.mark.parametrize("path", SPEC_PATHS, ids=SPEC_IDS)
def test_schema_accepts_the_real_specs_as_the_loader_reads_them(validator: Any, path: Path) -> None:
    assert errors(validator, spec_data(path)) == []


@pytest.mark.parametrize("path", SPEC_PATHS, ids=SPEC_IDS)
def test_schema_accepts_the_real_specs_as_plain_yaml_reads_them(validator: Any, path: Path) -> None:
    # What an editor using the schema sees: PyYAML's YAML 1.1 reading, floats and all.
    assert errors(validator, yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_schema_rejects_an_unknown_top_level_key(validator: Any) -> None:
    data = spec_data(ROOT / "specs" / "ondo.yaml")
    data["venues"] = {}
    found = errors(validator, data)
    assert len(found) == 1
    assert "'venues'" in found[0]
    assert "Additional properties are not allowed" in found[0]


def test_schema_rejects_a_bad_rule_kind(validator: Any) -> None:
    data = spec_data(ROOT / "specs" / "ondo.yaml")
    bad = copy.deepcopy(data)
    bad["messages"]["create_twap_order"]["rules"]["child_order_count"]["kind"] = "bogus"
    assert errors(validator, data) == []
    assert errors(validator, bad) != []
    paths = [list(e.absolute_path) for e in validator.iter_errors(bad)]
    assert paths
    assert all(
        p[:4] == ["messages", "create_twap_order", "rules", "child_order_count"] for p in paths
    )


def test_schema_rejects_an_unknown_field_type(validator: Any) -> None:
    data = spec_data(ROOT / "specs" / "ondo.yaml")
    data["messages"]["create_twap_order"]["fields"]["frequency"]["type"] = "float"
    paths = [list(e.absolute_path) for e in validator.iter_errors(data)]
    assert paths
    assert all(p[:4] == ["messages", "create_twap_order", "fields", "frequency"] for p in paths)


def test_schema_rejects_a_wrong_format_version(validator: Any) -> None:
    data = spec_data(ROOT / "specs" / "ondo.yaml")
    data["format"] = "twapschema/2"
    found = list(validator.iter_errors(data))
    assert [list(e.absolute_path) for e in found] == [["format"]]

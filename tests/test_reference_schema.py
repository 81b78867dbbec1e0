"""The reference data's JSON Schemas say what `twapschema.load_reference` accepts: the bundled
file passes, and a file the loader refuses is refused by the schema too (except where JSON Schema
cannot look: a decimal string's bounds, said in the annotation instead)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource

import twapschema
from tests.conftest import ROOT
from twapschema.errors import ReferenceDataError

SCHEMAS = ROOT / "generated" / "schemas"
BUNDLED = yaml.safe_load((ROOT / "examples" / "reference.yaml").read_text(encoding="utf-8"))


def _validator() -> Any:
    documents = [
        json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*/reference.schema.json")
    ]
    registry: Registry[Any] = Registry().with_resources(
        (d["$id"], Resource.from_contents(d)) for d in documents
    )
    root = json.loads((SCHEMAS / "reference.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(root)
    for document in documents:
        Draft202012Validator.check_schema(document)
    return Draft202012Validator(root, registry=registry)


VALIDATOR = _validator()


def schema_errors(data: object) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(data)]


def loader_refuses(data: dict[str, Any]) -> bool:
    try:
        twapschema.parse_reference(data)
    except ReferenceDataError:
        return True
    return False


def test_the_bundled_reference_data_passes_its_schema() -> None:
    assert schema_errors(BUNDLED) == []
    assert not loader_refuses(BUNDLED)


def test_every_venue_with_reference_data_has_a_schema() -> None:
    index = json.loads((SCHEMAS / "index.json").read_text(encoding="utf-8"))
    with_reference = {v for v, entry in index["venues"].items() if "reference" in entry}
    assert with_reference == set(BUNDLED)
    for venue in with_reference:
        assert (SCHEMAS / index["venues"][venue]["reference"]).is_file()


def _edit(path: tuple[str, ...], value: object) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(BUNDLED)
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is _DROP:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


_DROP = object()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("dydx", "markets", "BTC-USD", "clob_pair_id"), "0"),  # an integer as text
        (("dydx", "markets", "BTC-USD", "clob_pair_id"), -1),  # below its minimum
        (("dydx", "markets", "BTC-USD", "status"), "online"),  # not one of its values
        (("dydx", "markets", "BTC-USD", "subticks_per_tick"), 0),  # a number below its minimum
        (("dydx", "markets", "BTC-USD", "subticks_per_tick"), "1.2.3"),  # no decimal
        (("dydx", "markets", "BTC-USD", "subticks_per_tick"), True),
        (("dydx", "markets", "BTC-USD", "step_base_quantums"), _DROP),  # a column missing
        (("dydx", "markets", "BTC-USD", "ticker"), "BTC-USD"),  # a column not declared
        (("dydx", "markets", "BTC-USD"), "BTC-USD"),  # a row that is no object
        (("dydx", "orders"), {}),  # a section not declared
        (("nowhere",), {}),  # a venue that does not exist
        (("ondo",), {}),  # a venue that declares no reference data
        (("qfex", "limits", "client_id_min_length"), True),  # a record's integer
        (("kraken", "pairs", "BTC/USD", "market_orders"), "true"),
    ],
)
def test_what_the_loader_refuses_the_schema_refuses(path: tuple[str, ...], value: object) -> None:
    data = _edit(path, value)
    assert loader_refuses(data)
    assert schema_errors(data), "the schema accepted what the loader refuses"


def test_a_decimal_strings_bound_is_the_annotations_to_say() -> None:
    # JSON Schema compares numbers only: "0" passes the schema, the loader refuses it.
    data = _edit(("dydx", "markets", "BTC-USD", "subticks_per_tick"), "0")
    assert loader_refuses(data)
    assert schema_errors(data) == []
    schema = json.loads((SCHEMAS / "dydx" / "reference.schema.json").read_text(encoding="utf-8"))
    row = schema["properties"]["markets"]["additionalProperties"]
    assert row["properties"]["subticks_per_tick"]["x-twapschema"] == {"minimum": "1"}


def test_unique_column_sets_are_annotated() -> None:
    schema = json.loads((SCHEMAS / "bybit" / "reference.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["instruments"]["x-twapschema"] == {
        "unique": [["category", "symbol"]]
    }


def test_a_snapshot_is_in_the_schema_as_the_loader_reads_it() -> None:
    good = _edit(
        ("dydx", "snapshot"),
        {"source": "GET /v4/perpetualMarkets", "taken_at": "2026-12-02T07:00:00Z"},
    )
    assert schema_errors(good) == []
    assert not loader_refuses(good)
    undated = _edit(
        ("dydx", "snapshot"),
        {"source": "GET /v4/perpetualMarkets", "taken_at": "2026-12-02T07:00:00"},
    )
    assert schema_errors(undated)
    assert loader_refuses(undated)

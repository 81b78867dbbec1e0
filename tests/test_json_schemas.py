"""The generated JSON Schemas: valid 2020-12 schemas, shipped in the package, and in agreement
with ``twapschema.validate`` on every conformance vector (the CEL side runs in Node.js: see
npm/test/conformance.test.mjs, run by `make test`, and the tests at the end of this module)."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry, Resource

import twapschema
from tests.conftest import ROOT
from twapschema import UnknownNameError
from twapschema.runtime.wire import Wire
from twapschema.schema_consumer import verdict
from twapschema.schema_consumer.verdict import Ecma262Validator

SCHEMAS = ROOT / "generated" / "schemas"
PACKAGE_SCHEMAS = ROOT / "twapschema" / "schemas"
CONFORMANCE = ROOT / "generated" / "conformance"
NPM_DIR = ROOT / "npm"
INDEX: dict[str, Any] = json.loads((SCHEMAS / "index.json").read_text(encoding="utf-8"))
MESSAGE_SCHEMAS = sorted(
    p for p in SCHEMAS.glob("*/*.schema.json") if p.name != "reference.schema.json"
)
REFERENCE_SCHEMAS = sorted(SCHEMAS.rglob("reference.schema.json"))  # tests/test_reference_schema.py
ALL_SCHEMAS = [*MESSAGE_SCHEMAS, *sorted(SCHEMAS.glob("*.bundle.json")), *REFERENCE_SCHEMAS]


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def schema(venue: str, message: str) -> dict[str, Any]:
    return load(SCHEMAS / venue / f"{message}.schema.json")


def body_of(venue: str, message: str) -> dict[str, Any]:
    s = schema(venue, message)
    return s["properties"]["params"] if venue == "qfex" and "params" in s["properties"] else s


def rules_of(node: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in node.get("x-twapschema-rules", [])}


# --- shape -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_SCHEMAS, ids=lambda p: p.relative_to(SCHEMAS).as_posix())
def test_every_schema_is_a_valid_2020_12_schema(path: Path) -> None:
    Draft202012Validator.check_schema(load(path))  # raises SchemaError with the reason


def test_index_lists_every_message_of_every_venue() -> None:
    listed = {
        (venue, message) for venue, info in INDEX["venues"].items() for message in info["messages"]
    }
    expected = {
        (v, m)
        for v in twapschema.venue_ids()
        for m in twapschema.json_schema_index()["venues"][v]["messages"]
    }
    assert listed == expected
    assert len(listed) == len(MESSAGE_SCHEMAS) == 55  # 15 for the first three venues
    for venue, info in INDEX["venues"].items():
        for message, entry in info["messages"].items():
            assert entry["path"] == f"{venue}/{message}.schema.json"
            assert schema(venue, message)["$id"] == entry["$id"]
            assert entry["$id"] == f"https://twapschema.dev/schemas/{venue}/{message}.schema.json"


def test_package_ships_the_same_files() -> None:
    generated = {p.relative_to(SCHEMAS).as_posix(): p.read_bytes() for p in SCHEMAS.rglob("*.json")}
    shipped = {
        p.relative_to(PACKAGE_SCHEMAS).as_posix(): p.read_bytes()
        for p in PACKAGE_SCHEMAS.rglob("*.json")
    }
    assert generated == shipped


def test_python_api_loads_the_shipped_schemas() -> None:
    loaded = twapschema.json_schema("ondo", "create_twap_order")
    assert loaded == schema("ondo", "create_twap_order")
    assert twapschema.json_schema_text("qfex", "add_twap") == (
        SCHEMAS / "qfex" / "add_twap.schema.json"
    ).read_text(encoding="utf-8")
    bundle = twapschema.json_schema_bundle("aevo")
    assert set(bundle["$defs"]) == set(INDEX["venues"]["aevo"]["messages"])
    with pytest.raises(UnknownNameError):
        twapschema.json_schema("ondo", "add_twap")
    with pytest.raises(UnknownNameError):
        twapschema.json_schema_bundle("nasdaq")


def test_a_bundle_is_one_resource_whose_refs_start_at_its_root() -> None:
    """So that tools without 2020-12's embedded resources read it (json-schema-to-typescript:
    npm/test/bundles.test.mjs); the examples stay in the message files."""
    for path in sorted(SCHEMAS.glob("*.bundle.json")):
        bundle = load(path)
        for message, embedded in bundle["$defs"].items():
            assert "$id" not in embedded
            keys = _keyed(embedded)
            assert not [v for k, v in keys if k == "examples" and isinstance(v, list)]
            refs = [v for k, v in keys if k == "$ref"]
            assert all(str(r).startswith(f"#/$defs/{message}/") for r in refs), (path.name, message)


def _keyed(node: object) -> list[tuple[str, object]]:
    """Every (key, value) of every object within ``node``."""
    if isinstance(node, dict):
        return [(k, v) for k, v in node.items()] + [p for v in node.values() for p in _keyed(v)]
    if isinstance(node, list):
        return [p for v in node for p in _keyed(v)]
    return []


@pytest.mark.parametrize(
    "venue", sorted(p.name.split(".")[0] for p in SCHEMAS.glob("*.bundle.json"))
)
def test_a_second_validator_reads_each_bundle_as_the_message_files(venue: str) -> None:
    """jsonschema-rs (Rust) and python-jsonschema judge every conformance vector's payload by
    the bundle's message exactly as by the message's own file."""
    bundle = load(SCHEMAS / f"{venue}.bundle.json")
    vectors = load(CONFORMANCE / f"{venue}.json")["vectors"]
    judged = 0
    for message in bundle["$defs"]:
        in_bundle = {**bundle, "$ref": f"#/$defs/{message}"}
        own = schema(venue, message)
        rust = (
            jsonschema_rs.Draft202012Validator(in_bundle),
            jsonschema_rs.Draft202012Validator(own),
        )
        python = (Draft202012Validator(in_bundle), Draft202012Validator(own))
        for vector in (v for v in vectors if v["message"] == message):
            payload = vector["payload"]
            assert rust[0].is_valid(payload) == rust[1].is_valid(payload), vector["description"]
            assert python[0].is_valid(payload) == python[1].is_valid(payload), vector["description"]
            judged += 1
    assert judged == len(vectors)


def test_qfex_add_twap_schema() -> None:
    s = schema("qfex", "add_twap")
    assert s["properties"]["type"]["const"] == "add_twap"
    assert s["required"] == ["type", "params"]
    assert s["additionalProperties"] is False
    params = s["properties"]["params"]
    assert params["additionalProperties"] is False
    assert params["required"] == [
        "symbol",
        "side",
        "total_quantity",
        "num_orders",
        "order_interval_secs",
        "reduce_only",
    ]
    props = params["properties"]
    assert props["order_interval_secs"]["type"] == "integer"
    assert props["order_interval_secs"]["minimum"] == 30
    assert props["num_orders"]["minimum"] == 2
    assert props["total_quantity"] == {
        **props["total_quantity"],
        "type": "number",
        "exclusiveMinimum": 0,
    }
    assert props["client_twap_id"]["type"] == ["string", "null"]
    assert props["side"]["$ref"] == "#/$defs/OrderDirection"
    assert s["$defs"]["OrderDirection"]["enum"] == ["BUY", "SELL"]
    assert s["examples"][0]["params"]["client_twap_id"] == "rebalance-aapl-001"
    rules = rules_of(params)
    assert list(rules) == [
        "symbol_active",
        "average_child_at_least_min_quantity",
        "client_twap_id_length",
    ]
    assert rules["symbol_active"]["expression"] == (
        "self.symbol in ref.symbols && ref.symbols[self.symbol].active == true"
    )
    average = rules["average_child_at_least_min_quantity"]
    assert average["expression"] == (
        "decimal_cmp(decimal_trunc(self.total_quantity, ref.symbols[self.symbol]"
        ".quantity_precision), decimal_mul(ref.symbols[self.symbol].min_quantity, "
        "int(self.num_orders))) >= 0"
    )
    assert average["applies"] == "self.symbol in ref.symbols"
    assert average["reference"] == ["symbols"]
    assert rules["client_twap_id_length"]["expression"].startswith(
        "!(has(self.client_twap_id) && self.client_twap_id != null) || ("
    )


def test_ondo_rules_avoid_cel_integer_division() -> None:
    rules = rules_of(schema("ondo", "create_twap_order"))
    assert rules["child_order_count"]["expression"] == (
        "int(self.runningTime) >= 2 * int(self.frequency) && "
        "int(self.runningTime) <= 200 * int(self.frequency)"
    )
    assert rules["running_time_multiple_of_frequency"]["expression"] == (
        "int(self.runningTime) % int(self.frequency) == 0"
    )
    ordered = rules["min_price_not_above_max_price"]
    assert ordered["expression"] == (
        "!(has(self.minPrice) && has(self.maxPrice)) || "
        "(decimal_cmp(self.minPrice, self.maxPrice) <= 0)"
    )
    assert ordered["path"] == ""
    # A decimal string's bound is CEL too, scoped to its field and listed before the rules.
    assert rules["size.exclusiveMinimum"]["scope"] == "field"
    assert list(rules).index("size.exclusiveMinimum") < list(rules).index("child_order_count")


def test_aevo_amount_multiple_of_is_exact_cel_not_a_float_multiple_of() -> None:
    s = schema("aevo", "create_twap_order")
    assert "multipleOf" not in s["properties"]["amount_float"]
    rule = rules_of(s)["amount_float.multipleOf"]
    assert rule["expression"] == 'decimal_is_multiple(self.amount_float, "0.000001")'


def test_replies_keep_unknown_members_open() -> None:
    assert schema("qfex", "twap_response")["additionalProperties"] is True
    assert schema("qfex", "twap_response")["$defs"]["TwapOrder"]["additionalProperties"] is True
    assert schema("aevo", "create_twap_order_response")["additionalProperties"] is True
    assert schema("ondo", "error_response")["properties"]["success"]["const"] is False


def test_decimal_string_pattern_is_the_validators_own() -> None:
    from twapschema.numbers import UNSIGNED_PATTERN

    assert schema("ondo", "create_twap_order")["properties"]["size"]["pattern"] == UNSIGNED_PATTERN


# --- agreement with twapschema.validate ---------------------------------------------------------


def _registry() -> Registry:
    resources = [(load(p)["$id"], Resource.from_contents(load(p))) for p in MESSAGE_SCHEMAS]
    return Registry().with_resources(resources)


REGISTRY = _registry()


def _vectors() -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    for path in sorted(CONFORMANCE.glob("*.json")):
        document = load(path)
        for vector in document["vectors"]:
            found.append((document["venue"], vector, document["reference"]))
    return found


VECTORS = _vectors()


def _cel_ids(node: Any) -> set[str]:
    ids: set[str] = set()
    if isinstance(node, dict):
        ids |= {r["id"] for r in node.get("x-twapschema-rules", [])}
        for value in node.values():
            ids |= _cel_ids(value)
    elif isinstance(node, list):
        for value in node:
            ids |= _cel_ids(value)
    return ids


def test_there_are_vectors_for_every_message() -> None:
    covered = {(venue, v["message"]) for venue, v, _ in VECTORS}
    assert covered == {
        (venue, m) for venue, info in INDEX["venues"].items() for m in info["messages"]
    }
    assert len(VECTORS) > 300
    assert any(v["valid"] for _, v, _ in VECTORS)
    assert any(v["unchecked"] for _, v, _ in VECTORS)


@pytest.mark.parametrize(
    ("venue", "vector", "reference"),
    VECTORS,
    ids=[f"{venue}/{v['message']}/{i}" for i, (venue, v, _) in enumerate(VECTORS)],
)
def test_jsonschema_agrees_with_the_python_validator(
    venue: str, vector: dict[str, Any], reference: Any
) -> None:
    """Where the schema alone decides (no CEL rule involved), jsonschema gives the same verdict;
    and the recorded verdict is what twapschema.validate says today."""
    s = schema(venue, vector["message"])
    # jsonschema with `pattern` read as ECMA-262 (plain jsonschema searches with Python's re).
    validator = Ecma262Validator(s, registry=REGISTRY, format_checker=FormatChecker())
    # The schema describes the payload as decoded by its x-twapschema-wire, when it has one.
    wire = s.get("x-twapschema-wire")
    payload = vector["payload"]
    batch = wire is not None and wire.get("batch") is not None
    if batch and not isinstance(payload, list):
        payload = []  # not an array at all: the wire's finding (payload.type), not the schema's
    items = payload if batch else [payload]
    decoded = [x if wire is None else Wire.from_json(wire).decode(x)[0] for x in items]
    schema_valid = all(validator.is_valid(x) for x in decoded)
    # The wire's own findings, not the schema's: a name given twice, an array's size.
    cel_ids = _cel_ids(s) | {"duplicate_field"}
    # A batch's own findings about the array, at its root (an element's are the schema's).
    array_findings = {("payload.type", ""), ("payload.minItems", ""), ("payload.maxItems", "")}
    beyond_cel = [
        v
        for v in vector["violations"]
        if v["rule"] not in cel_ids and not (batch and (v["rule"], v["path"]) in array_findings)
    ]
    assert schema_valid is (not beyond_cel), (vector["description"], beyond_cel)
    ref = twapschema.parse_reference({venue: reference}) if vector["with_reference"] else None
    payload = json.loads(json.dumps(vector["payload"]), parse_float=Decimal)
    result = twapschema.validate(venue, vector["message"], payload, reference=ref)
    assert sorted((v.rule, v.path) for v in result.violations) == [
        (v["rule"], v["path"]) for v in vector["violations"]
    ]
    assert sorted(result.unchecked) == vector["unchecked"]


def test_3600_point_0_is_an_integer_on_both_sides() -> None:
    payload = {
        "market": "AAPL-USD.P",
        "side": "buy",
        "size": "1",
        "runningTime": 3600.0,
        "frequency": 60,
    }
    assert Draft202012Validator(schema("ondo", "create_twap_order")).is_valid(payload)
    assert twapschema.validate("ondo", "create_twap_order", payload).valid
    payload["runningTime"] = 3600.5
    assert not Draft202012Validator(schema("ondo", "create_twap_order")).is_valid(payload)
    assert not twapschema.validate("ondo", "create_twap_order", payload).valid


# --- the Node.js consumer can fail -------------------------------------------------------------


def _node_copy(tmp_path: Path) -> Path:
    """generated/ and the npm package's validate() with its conformance test in a scratch tree,
    using the installed node_modules; a test edits root/generated before _node_check."""
    if not (NPM_DIR / "node_modules").is_dir():
        pytest.fail("npm/node_modules is missing: run `make test` (it runs npm ci)")
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "generated", root / "generated")
    package = root / "npm"
    shutil.copytree(NPM_DIR / "lib", package / "lib")
    (package / "test").mkdir()
    shutil.copy(NPM_DIR / "test" / "conformance.test.mjs", package / "test")
    for name in ("index.mjs", "package.json"):
        shutil.copy(NPM_DIR / name, package / name)
    (package / "node_modules").symlink_to(NPM_DIR / "node_modules")
    return root


def _node_check(root: Path) -> subprocess.CompletedProcess[str]:
    """The package's conformance test over root/generated (its schemas as the package's)."""
    shutil.copytree(root / "generated" / "schemas", root / "npm" / "schemas")
    return subprocess.run(
        ["node", "--test", "--test-reporter=tap", "test/conformance.test.mjs"],
        cwd=root / "npm",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_node_check_passes_on_the_generated_files(tmp_path: Path) -> None:
    done = _node_check(_node_copy(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "# fail 0" in done.stdout, done.stdout


def test_node_check_fails_when_a_recorded_verdict_is_wrong(tmp_path: Path) -> None:
    root = _node_copy(tmp_path)
    path = root / "generated" / "conformance" / "ondo.json"
    document = load(path)
    vector = next(
        v
        for v in document["vectors"]
        if v["violations"]
        == [{"rule": "running_time_multiple_of_frequency", "path": "/runningTime"}]
    )
    vector["violations"] = []
    vector["valid"] = True
    path.write_text(json.dumps(document), encoding="utf-8")
    done = _node_check(root)
    assert done.returncode == 1
    assert "# fail 1" in done.stdout  # Ondo's, and no other venue's
    assert "not ok 8 - ondo: every conformance vector" in done.stdout


def test_node_check_fails_when_a_cel_rule_is_dropped(tmp_path: Path) -> None:
    root = _node_copy(tmp_path)
    path = root / "generated" / "schemas" / "ondo" / "create_twap_order.schema.json"
    s = load(path)
    s["x-twapschema-rules"] = [r for r in s["x-twapschema-rules"] if r["id"] != "child_order_count"]
    path.write_text(json.dumps(s), encoding="utf-8")
    done = _node_check(root)
    assert done.returncode == 1
    assert "child_order_count" in done.stdout


def test_node_check_fails_when_a_bound_moves_by_one(tmp_path: Path) -> None:
    root = _node_copy(tmp_path)
    path = root / "generated" / "schemas" / "qfex" / "add_twap.schema.json"
    s = load(path)
    s["properties"]["params"]["properties"]["order_interval_secs"]["minimum"] = 29
    path.write_text(json.dumps(s), encoding="utf-8")
    done = _node_check(root)
    assert done.returncode == 1
    assert "order_interval_secs" in done.stdout


@pytest.mark.parametrize(
    ("venue", "vector", "reference"),
    VECTORS,
    ids=[f"{venue}/{v['message']}/{i}" for i, (venue, v, _) in enumerate(VECTORS)],
)
def test_python_consumer_of_schema_and_cel_agrees_on_every_vector(
    venue: str, vector: dict[str, Any], reference: Any
) -> None:
    """jsonschema plus cel-python, following the README's contract, gives every recorded
    verdict: rule ids, paths and unchecked rules."""
    violations, unchecked = verdict(
        schema(venue, vector["message"]),
        vector["payload"],
        reference if vector["with_reference"] else None,
    )
    assert violations == [(v["rule"], v["path"]) for v in vector["violations"]]
    assert unchecked == vector["unchecked"]

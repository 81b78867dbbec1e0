"""``twapschema generate``: every artifact from the specs, written or checked for staleness."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from twapschema import ir
from twapschema.emit import (
    asyncapi,
    conformance,
    json_schema,
    judge,
    openapi,
    reference_schema,
    strategies,
)
from twapschema.emit.pysource import docstring, format_python, literal
from twapschema.emit.python import emit_python
from twapschema.numbers import json_default_as_written
from twapschema.refdata import mapping
from twapschema.spec.check import load_specs
from twapschema.spec.syntax import SpecSyntax

MODELS_DIR = "twapschema/models"
PACKAGE_SCHEMAS_DIR = "twapschema/schemas"  # the same schemas, shipped in the wheel
STRATEGIES_DIR = "twapschema/testing/strategies"
# The bundled reference data, shipped in the package for the generated suites and your tests.
PACKAGE_REFERENCE = "twapschema/testing/reference.yaml"
GENERATED_DIR = "generated"
SCHEMAS_DIR = f"{GENERATED_DIR}/schemas"
CONFORMANCE_DIR = f"{GENERATED_DIR}/conformance"
OPENAPI_DIR = f"{GENERATED_DIR}/openapi"  # REST venues: OpenAPI 3.1
ASYNCAPI_DIR = f"{GENERATED_DIR}/asyncapi"  # WebSocket venues: AsyncAPI 3.0
SUITES_DIR = f"{GENERATED_DIR}/tests"
REFERENCE_EXAMPLE = judge.REFERENCE_FILE  # judges the vectors' reference rules
SPEC_FORMAT_SCHEMA = f"{GENERATED_DIR}/spec-format.schema.json"
SPEC_FORMAT_ID = "https://twapschema.dev/schemas/spec-format.schema.json"


@dataclass(frozen=True, slots=True)
class Artifact:
    path: str  # relative to the project root, '/'-separated
    content: str


def build(root: Path) -> list[Artifact]:
    """Every generated file's content, from ``root/specs``. Raises SpecError for bad specs."""
    specs = load_specs(root / "specs")
    modules = {
        spec.venue.id: format_python(emit_python(spec), f"{MODELS_DIR}/{spec.venue.id}.py")
        for spec in specs
    }
    artifacts = [Artifact(f"{MODELS_DIR}/{venue}.py", source) for venue, source in modules.items()]
    artifacts.append(_models_init(specs))
    for spec in specs:
        venue = spec.venue.id
        path = f"{STRATEGIES_DIR}/{venue}.py"
        artifacts.append(Artifact(path, format_python(strategies.emit_strategies(spec), path)))
        path = f"{SUITES_DIR}/test_{venue}_properties.py"
        artifacts.append(Artifact(path, format_python(strategies.emit_suite(spec), path)))
    artifacts.append(
        _package_init(STRATEGIES_DIR, "Generated Hypothesis strategies, one module per venue.")
    )
    artifacts.append(Artifact(SPEC_FORMAT_SCHEMA, spec_format_schema()))
    schemas = {
        spec.venue.id: {m.id: json_schema.message_schema(spec, m) for m in spec.messages}
        for spec in specs
    }
    artifacts += _schemas(specs, schemas)
    artifacts += _api_descriptions(specs, schemas)
    reference = judge.reference_example(root)
    if (root / REFERENCE_EXAMPLE).is_file():
        artifacts.append(_package_reference(root))
    for spec in specs:
        artifacts.extend(_examples(spec))
        document = conformance.vectors(spec, modules[spec.venue.id], reference.get(spec.venue.id))
        artifacts.append(
            Artifact(f"{CONFORMANCE_DIR}/{spec.venue.id}.json", json_schema.dumps(document))
        )
    return artifacts


# Every message's JSON Schema, by venue id and message id: made once per build, read by the
# schema files, the bundles and the API descriptions.
Schemas = dict[str, dict[str, json_schema.JsonObject]]


def _schemas(specs: tuple[ir.Spec, ...], by_venue: Schemas) -> list[Artifact]:
    """Per message, per venue (bundle) and an index; in generated/ and in the package."""
    files: dict[str, str] = {"index.json": json_schema.dumps(json_schema.index(specs))}
    for spec in specs:
        schemas = by_venue[spec.venue.id]
        for message_id, schema in schemas.items():
            files[f"{spec.venue.id}/{message_id}.schema.json"] = json_schema.dumps(schema)
        bundle = json_schema.bundle(spec, schemas)
        files[f"{spec.venue.id}.bundle.json"] = json_schema.dumps(bundle)
        of_reference = reference_schema.venue_reference_schema(spec)
        if of_reference is not None:
            files[f"{spec.venue.id}/reference.schema.json"] = json_schema.dumps(of_reference)
        if spec.reference_sources is not None:
            # Where the reference data comes from, for `twapschema reference build / fetch`.
            sources = mapping.to_json(spec.reference_sources)
            files[f"{spec.venue.id}/reference.sources.json"] = json_schema.dumps(sources)
    files["reference.schema.json"] = json_schema.dumps(reference_schema.file_schema(specs))
    return [
        Artifact(f"{directory}/{name}", content)
        for directory in (SCHEMAS_DIR, PACKAGE_SCHEMAS_DIR)
        for name, content in files.items()
    ]


def _api_descriptions(specs: tuple[ir.Spec, ...], by_venue: Schemas) -> list[Artifact]:
    """Each venue's OpenAPI (REST) or AsyncAPI (WebSocket) document, beside the schemas it
    references (../schemas/)."""
    found = []
    for spec in specs:
        venue = spec.venue.id
        if spec.venue.transport.kind == "rest":
            document = openapi.openapi(spec, by_venue[venue])
            found.append(
                Artifact(f"{OPENAPI_DIR}/{venue}.openapi.json", json_schema.dumps(document))
            )
        else:
            document = asyncapi.asyncapi(spec)
            found.append(
                Artifact(f"{ASYNCAPI_DIR}/{venue}.asyncapi.json", json_schema.dumps(document))
            )
    return found


def _package_reference(root: Path) -> Artifact:
    text = (root / REFERENCE_EXAMPLE).read_text(encoding="utf-8")
    head = f"# Generated from {REFERENCE_EXAMPLE} by `twapschema generate`: do not edit.\n"
    # An editor's schema comment points at the package's own copy of the schemas.
    text = text.replace(
        "$schema=../generated/schemas/reference.schema.json",
        "$schema=../schemas/reference.schema.json",
    )
    return Artifact(PACKAGE_REFERENCE, head + text)


def stale(root: Path, artifacts: list[Artifact]) -> list[str]:
    """Paths that differ from what generation would write, and generated files no spec makes."""
    wanted = {a.path: a.content for a in artifacts}
    found = [
        path
        for path, content in wanted.items()
        if not (root / path).is_file() or (root / path).read_text(encoding="utf-8") != content
    ]
    found += [p for p in _existing(root) if p not in wanted]
    return sorted(found)


def write(root: Path, artifacts: list[Artifact]) -> list[str]:
    """Write what changed and remove orphans; return the paths touched. Atomic per file and
    all-or-nothing in practice: every content is encoded and written beside its target first,
    and only then renamed over it, so a failure leaves the previous tree as it was."""
    touched = stale(root, artifacts)
    wanted = {a.path: a.content for a in artifacts}
    encoded = {path: wanted[path].encode("utf-8") for path in touched if path in wanted}
    staged: list[tuple[Path, Path]] = []
    try:
        for path, data in encoded.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            staged.append((Path(temp_name), target))
            with os.fdopen(fd, "wb") as out:
                out.write(data)
    except BaseException:
        for staged_temp, _ in staged:
            staged_temp.unlink(missing_ok=True)
        raise
    for staged_temp, staged_target in staged:
        os.replace(staged_temp, staged_target)
    for path in touched:
        if path not in wanted:
            (root / path).unlink()
    return touched


def _existing(root: Path) -> list[str]:
    found = [p.relative_to(root).as_posix() for p in (root / MODELS_DIR).glob("*.py")]
    found += [p.relative_to(root).as_posix() for p in (root / STRATEGIES_DIR).glob("*.py")]
    if (root / PACKAGE_REFERENCE).is_file():
        found.append(PACKAGE_REFERENCE)
    schemas = root / PACKAGE_SCHEMAS_DIR
    if schemas.is_dir():
        found += [p.relative_to(root).as_posix() for p in schemas.rglob("*.json")]
    generated = root / GENERATED_DIR
    if generated.is_dir():
        found += [p.relative_to(root).as_posix() for p in generated.rglob("*") if p.is_file()]
    return found


def _models_init(specs: tuple[ir.Spec, ...]) -> Artifact:
    ids = tuple(s.venue.id for s in specs)
    doc = (
        "Generated venue modules, one per spec under specs/.\n\n"
        "Generated by `twapschema generate`: do not edit."
    )
    source = f"{literal(doc)}\n\nVENUES: tuple[str, ...] = {literal(ids)}\n"
    return Artifact(f"{MODELS_DIR}/__init__.py", format_python(source, "__init__.py"))


def _package_init(directory: str, what: str) -> Artifact:
    doc = f"{what}\n\nGenerated by `twapschema generate`: do not edit."
    path = f"{directory}/__init__.py"
    return Artifact(path, format_python(f"{docstring(doc)}\n", path))


def spec_format_schema() -> str:
    """The spec format's own JSON Schema (Draft 2020-12), for editors and other tools."""
    schema = TypeAdapter(SpecSyntax).json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SPEC_FORMAT_ID,
        "title": "twapschema venue spec",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _examples(spec: ir.Spec) -> list[Artifact]:
    """The specs' examples as JSON Lines, valid and invalid apart, for the CLI and other tools."""
    artifacts = []
    for message in spec.messages:
        for kind in ("valid", "invalid"):
            chosen = [x for x in message.examples if (not x.violates) == (kind == "valid")]
            if not chosen:
                continue
            lines = [
                json.dumps(
                    x.payload, sort_keys=False, ensure_ascii=False, default=json_default_as_written
                )
                for x in chosen
            ]
            path = f"{GENERATED_DIR}/examples/{spec.venue.id}/{message.id}.{kind}.jsonl"
            artifacts.append(Artifact(path, "\n".join(lines) + "\n"))
    return artifacts

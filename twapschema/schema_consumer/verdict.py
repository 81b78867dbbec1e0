"""A verdict from the JSON Schema and its CEL rules alone, as a non-Python team would compute it.

This is the consumer contract of the README ("For other languages") in Python: ``jsonschema``
for the schema, ``cel-python`` for the rules under ``x-twapschema-rules``, validator errors
mapped to rule ids through the ``x-twapschema`` annotations. The generated property suites and
the conformance tests check that it agrees with ``twapschema.validate``; it is not on the order
path (it needs the ``dev`` extra: jsonschema, rfc3339-validator, cel-python).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import (  # type: ignore[import-untyped]
    Draft202012Validator,
    FormatChecker,
    ValidationError,
    validators,
)

from twapschema.ir import FIELD_KINDS
from twapschema.pointer import escape, join, tokens
from twapschema.regex_dialect import compiled
from twapschema.runtime.result import Violation as RuntimeViolation
from twapschema.runtime.wire import Wire, remap
from twapschema.schema_consumer.cel_library import evaluate

ANNOTATION = "x-twapschema"
RULES = "x-twapschema-rules"
WIRE = "x-twapschema-wire"
CHECK = "x-twapschema-check"
# A pattern that spells a number as text is the type check of that kind, so its error is `.type`.
_PATTERN_IS_TYPE = frozenset(k.spec_type for k in FIELD_KINDS.values() if k.text)
Violation = tuple[str, str]  # (rule id, JSON Pointer)


def verdict(
    schema: Mapping[str, Any], payload: object, reference: Mapping[str, Any] | None
) -> tuple[list[Violation], list[str]]:
    """(sorted violations, sorted unchecked rule ids) for ``payload``: decoded first when the
    schema says how it travels (``x-twapschema-wire``), violations located as sent."""
    tree = schema.get(WIRE)
    if tree is None:
        return _verdict(schema, payload, reference)
    wire = Wire.from_json(tree)
    if wire.batch is None:
        return _decoded_verdict(schema, wire, payload, reference)
    if not isinstance(payload, list):
        return [("payload.type", "")], []
    found: set[Violation] = set()
    if not payload:
        found.add(("payload.minItems", ""))
    if len(payload) > wire.batch:
        found.add(("payload.maxItems", ""))
    unchecked: set[str] = set()
    for i, item in enumerate(payload):
        violations, item_unchecked = _decoded_verdict(schema, wire, item, reference)
        found.update((rule, f"/{i}{path}") for rule, path in violations)
        unchecked.update(item_unchecked)
    return sorted(found), sorted(unchecked)


def _decoded_verdict(
    schema: Mapping[str, Any], wire: Wire, payload: object, reference: Mapping[str, Any] | None
) -> tuple[list[Violation], list[str]]:
    decoded, renames, found = wire.decode(payload)
    violations, unchecked = _verdict(schema, decoded, reference)
    located = remap([RuntimeViolation(r, p, "") for r, p in violations], renames)
    return sorted({*((v.rule, v.path) for v in found), *((v.rule, v.path) for v in located)}), (
        unchecked
    )


def _verdict(
    schema: Mapping[str, Any], payload: object, reference: Mapping[str, Any] | None
) -> tuple[list[Violation], list[str]]:
    validator = _validator(schema)
    found = [v for e in validator.iter_errors(payload) for v in _rules_of(schema, e)]
    # As Python reports: a type error alone at its member, else an enum error alone there.
    typed = {path for rule, path in found if rule.endswith(".type")}
    not_members = {path for rule, path in found if rule.endswith(".enum")}
    from_schema = sorted(
        {
            (r, p)
            for r, p in found
            if (r.endswith(".type") if p in typed else p not in not_members or r.endswith(".enum"))
        }
    )
    rules = _Rules(schema, from_schema, reference)
    rules.run(schema, payload, "")
    return sorted({*from_schema, *rules.violations}), sorted(rules.unchecked)


def _pattern(validator: Any, pattern: str, instance: object, schema: Any) -> Any:
    """`pattern` as JSON Schema means it, ECMA-262: jsonschema searches with Python's `re`,
    whose `$` also matches before a final newline and whose `\\d` takes any digit."""
    if isinstance(instance, str) and compiled(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# jsonschema's Draft 2020-12 with `pattern` read as ECMA-262: what a Python team validating
# the schemas with jsonschema should use (plain jsonschema lets "...\\n" past an anchored `$`).
Ecma262Validator = validators.extend(Draft202012Validator, {"pattern": _pattern})

_VALIDATORS: dict[str, tuple[Mapping[str, Any], Any]] = {}


def _validator(schema: Mapping[str, Any]) -> Any:
    """One compiled validator per schema $id (rebuilt if a schema with that $id changes)."""
    key = str(schema.get("$id"))
    cached = _VALIDATORS.get(key)
    if cached is None or cached[0] != schema:
        cached = (schema, Ecma262Validator(schema, format_checker=FormatChecker()))
        _VALIDATORS[key] = cached
    return cached[1]


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/$defs/"):
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
    return node


def _field_at(schema: Mapping[str, Any], pointer: str) -> Mapping[str, Any]:
    node: Mapping[str, Any] = schema
    found: Mapping[str, Any] = schema[ANNOTATION]
    for token in tokens(pointer):
        here = _resolve(schema, node)
        if token in here.get("properties", {}):
            node = here["properties"][token]
        elif "items" in here:
            node = here["items"]
        else:
            break
        found = node.get(ANNOTATION) or _resolve(schema, node).get(ANNOTATION) or found
    return found


def _rules_of(schema: Mapping[str, Any], error: Any) -> list[Violation]:
    """The rule ids of one validator error (one `required` error names every missing member,
    and one `additionalProperties` error every extra one)."""
    at = join(error.absolute_path)
    if error.validator == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        return [("unknown_field", f"{at}/{escape(k)}") for k in extra]
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        paths = [f"{at}/{escape(k)}" for k in missing]
        return [(f"{_field_at(schema, p)['field']}.required", p) for p in paths]
    field = _field_at(schema, at)
    check = str(error.validator)
    if isinstance(error.schema, Mapping) and isinstance(error.schema.get(CHECK), str):
        check = error.schema[CHECK]  # the I-JSON integer range is the field's type
    if check == "format" or (
        check in ("pattern", "maxLength") and field["type"] in _PATTERN_IS_TYPE
    ):
        check = "type"
    return [(f"{field['field']}.{check}", at)]


@dataclass(slots=True)
class _Rules:
    """Walks payload and schema together. In each object its field-scope rules run first, then
    the objects within it, then its object-scope rules: a rule may read a member of an object
    within (``/order_id/clob_pair_id``), so that member's own rules have run by then. Each rule
    runs only where its operands, and the objects above them, passed the schema and their
    field-scope rules."""

    schema: Mapping[str, Any]
    schema_errors: list[Violation]
    reference: Mapping[str, Any] | None
    violations: list[Violation] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)
    field_failures: list[Violation] = field(default_factory=list)

    def run(self, node: Mapping[str, Any], value: object, path: str) -> None:
        here = _resolve(self.schema, node)
        if isinstance(value, dict):
            rules = [*node.get(RULES, []), *(here.get(RULES, []) if here is not node else [])]
            for rule in rules:
                if rule["scope"] == "field":
                    self.one(rule, value, path)
            for key, child in here.get("properties", {}).items():
                if key in value:
                    self.run(child, value[key], f"{path}/{escape(key)}")
            for rule in rules:
                if rule["scope"] != "field":
                    self.one(rule, value, path)
        elif isinstance(value, list) and "items" in here:
            for i, item in enumerate(value):
                self.run(here["items"], item, f"{path}/{i}")

    def one(self, rule: Mapping[str, Any], value: dict[str, Any], path: str) -> None:
        failed = [p for _, p in (*self.schema_errors, *self.field_failures)]
        if any(_broken(path, path + f, p) for p in failed for f in rule["fields"]):
            return
        if any(_at(value, f) is None for f in rule.get("requires", [])):
            return  # an optional operand is absent: the rule does not apply
        reference = self.reference
        if any(reference is None or reference.get(s) is None for s in rule.get("reference", [])):
            self.unchecked.append(rule["id"])
            return
        bindings = {"self": value, "ref": reference or {}}
        if "applies" in rule and evaluate(rule["applies"], bindings) is not True:
            self.unchecked.append(rule["id"])
            return
        if evaluate(rule["expression"], bindings) is not True:
            violation = (rule["id"], path + rule["path"])
            self.violations.append(violation)
            if rule["scope"] == "field":
                self.field_failures.append(violation)


def _broken(path: str, operand: str, failure: str) -> bool:
    """A failure at the operand, within it, or at an object between ``path`` and it."""
    if failure == operand or failure.startswith(operand + "/"):
        return True
    return failure.startswith(path + "/") and operand.startswith(failure + "/")


def _at(value: object, pointer: str) -> object:
    """The member a pointer names within ``value``, or None when it is not there."""
    for name in tokens(pointer):
        value = value.get(name) if isinstance(value, dict) else None
    return value

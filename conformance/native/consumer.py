"""A third consumer of the generated JSON Schemas and CEL rules, on other engines than the
other two: jsonschema-rs (Rust) for the schemas, Google's C++ CEL (cel-expr-python) for the
rules, and exact decimal functions written here, apart from the project's own.

It follows the README's "For other languages" contract and imports nothing from twapschema, so
a disagreement with `twapschema.validate` is a disagreement between two implementations of
the contract, not one implementation with itself. Numbers are read as a double-based consumer
reads them (`float` for every non-integer); `check.py` compares the verdicts.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Context, Decimal, localcontext
from typing import Any

import bech32
import jsonschema_rs
from cel_expr_python import cel  # type: ignore[import-untyped]

ANNOTATION = "x-twapschema"
RULES = "x-twapschema-rules"
WIRE = "x-twapschema-wire"
CHECK = "x-twapschema-check"
# Spec types whose `pattern` (and digit cap) is the type check itself.
PATTERN_IS_TYPE = frozenset({"decimal_string", "integer_string", "fixed_point_string"})

Violation = tuple[str, str]  # (rule id, JSON Pointer)

# --- the CEL library: exact decimals over decimal strings and JSON numbers ------------------

_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")
# Enough digits that a product or a shift of the vectors' numbers is never rounded.
_EXACT = Context(prec=100_000, rounding=ROUND_DOWN, Emax=10**9, Emin=-(10**9))


def to_decimal(value: object) -> Decimal:
    """A decimal string or a JSON number (a double by its shortest round-trip text)."""
    if isinstance(value, str):
        if _DECIMAL_TEXT.fullmatch(value) is None:
            raise ValueError(f"not a decimal: {value!r}")
        return Decimal(value)
    if isinstance(value, bool):
        raise ValueError("not a decimal: a boolean")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value}")
        return Decimal(repr(value))
    raise ValueError(f"not a decimal: {type(value).__name__}")


def _plain(value: Decimal) -> str:
    return format(value, "f")


def decimal_cmp(a: object, b: object) -> int:
    x, y = to_decimal(a), to_decimal(b)
    return (x > y) - (x < y)


def decimal_mul(a: object, b: object) -> str:
    with localcontext(_EXACT):
        return _plain(to_decimal(a) * to_decimal(b))


def decimal_trunc(a: object, places: object) -> str:
    with localcontext(_EXACT):
        return _plain(to_decimal(a).quantize(Decimal(1).scaleb(-int(str(places)))))


def decimal_shift(a: object, places: object) -> str:
    with localcontext(_EXACT):
        return _plain(to_decimal(a).scaleb(int(str(places))))


def decimal_is_multiple(a: object, b: object) -> bool:
    x, y = to_decimal(a), to_decimal(b)
    if y == 0:
        return False
    # Both scaled to integers at the larger scale, then an integer remainder.
    scale = max(-min(x.as_tuple().exponent, 0), -min(y.as_tuple().exponent, 0))  # type: ignore[operator]
    ix, iy = int(x.scaleb(scale, _EXACT)), int(y.scaleb(scale, _EXACT))
    return ix % iy == 0


def bech32_valid(text: str, prefix: str) -> bool:
    """BIP 173 bech32 (not bech32m), at most 1023 characters, 1..255 address bytes."""
    if len(text) > 1023:
        return False
    hrp, words = _bech32_decode(text)
    if hrp != prefix or words is None:
        return False
    data = bech32.convertbits(words, 5, 8, False)
    return data is not None and 0 < len(data) <= 255


def _bech32_decode(text: str) -> tuple[str | None, list[int] | None]:
    # The reference decoder caps addresses at 90 characters; the Cosmos SDK allows 1023.
    if any(ord(c) < 33 or ord(c) > 126 for c in text) or (
        text.lower() != text and text.upper() != text
    ):
        return None, None
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        return None, None
    if not all(c in bech32.CHARSET for c in text[pos + 1 :]):
        return None, None
    hrp, data = text[:pos], [bech32.CHARSET.find(c) for c in text[pos + 1 :]]
    if not bech32.bech32_verify_checksum(hrp, data):
        return None, None
    return hrp, data[:-6]


_T = cel.Type
_NUMBERS = {"string": _T.STRING, "double": _T.DOUBLE, "int": _T.INT, "uint": _T.UINT}


def _declaration(
    name: str, result: Any, impl: Callable[..., Any], second: Mapping[str, Any] = _NUMBERS
) -> Any:
    # C++ CEL dispatches on the arguments' runtime kinds: one overload per pair of kinds.
    overloads = [
        cel.Overload(f"{name}_{a}_{b}", result, [_NUMBERS[a], second[b]], impl=impl)
        for a, b in itertools.product(_NUMBERS, second)
    ]
    return cel.FunctionDecl(name, overloads)


_INTEGERS = {"int": _T.INT, "uint": _T.UINT}
_ENV = cel.NewEnv(
    variables={"self": _T.DYN, "ref": _T.DYN},
    functions=[
        _declaration("decimal_cmp", _T.INT, decimal_cmp),
        _declaration("decimal_mul", _T.STRING, decimal_mul),
        _declaration("decimal_trunc", _T.STRING, decimal_trunc, _INTEGERS),
        _declaration("decimal_shift", _T.STRING, decimal_shift, _INTEGERS),
        _declaration("decimal_is_multiple", _T.BOOL, decimal_is_multiple),
        cel.FunctionDecl(
            "bech32_valid",
            [
                cel.Overload(
                    "bech32_valid_string", _T.BOOL, [_T.STRING, _T.STRING], impl=bech32_valid
                )
            ],
        ),
    ],
)
_COMPILED: dict[str, Any] = {}


def holds(expression: str, bindings: Mapping[str, object]) -> bool:
    """True only when the expression evaluates to true; an error is the rule not holding."""
    compiled = _COMPILED.get(expression)
    if compiled is None:
        compiled = _COMPILED[expression] = _ENV.compile(expression)
    try:
        result = compiled.eval(data=bindings)
    except Exception:  # an evaluation failure of any kind is "does not hold"
        return False
    return result.type() == _T.BOOL and result.value() is True


# --- JSON Pointers -------------------------------------------------------------------------


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def join(parts: Sequence[str | int]) -> str:
    return "".join(f"/{escape(str(p))}" for p in parts)


# --- one message schema --------------------------------------------------------------------


@dataclass
class Consumer:
    """The verdict of one message's JSON Schema and rules on a payload."""

    schema: Mapping[str, Any]
    # cel-expr-python 0.1.3 cuts a string at its first NUL. With this set, a NUL reaches CEL as
    # U+10FFFE instead (same length, same equalities), which tells that defect from any other.
    nul_workaround: bool = False
    validator: Any = field(init=False)

    def __post_init__(self) -> None:
        self.validator = jsonschema_rs.validator_for(dict(self.schema), validate_formats=True)

    def verdict(
        self, payload: object, reference: Mapping[str, Any] | None
    ) -> tuple[list[Violation], list[str]]:
        """(sorted violations, sorted unchecked rule ids), located as the payload was sent."""
        wire = self.schema.get(WIRE)
        unchecked: list[str] = []
        if wire is None or wire.get("batch") is None:
            found = self._one(wire, payload, reference, unchecked)
        elif not isinstance(payload, list):
            found = [("payload.type", "")]
        else:
            # A batch (OKX's cancel-algos): an array of 1..batch messages, each at its index.
            found = [
                (rule, f"/{i}{path}")
                for i, item in enumerate(payload)
                for rule, path in self._one(wire, item, reference, unchecked)
            ]
            if not payload:
                found.append(("payload.minItems", ""))
            if len(payload) > wire["batch"]:
                found.append(("payload.maxItems", ""))
        return sorted(set(found)), sorted(set(unchecked))

    def _one(
        self,
        wire: Mapping[str, Any] | None,
        payload: object,
        reference: Mapping[str, Any] | None,
        unchecked: list[str],
    ) -> list[Violation]:
        decoded, renames, found = (payload, {}, []) if wire is None else decode_wire(wire, payload)
        from_schema = self._schema_violations(decoded)
        walk = _Walk(self.schema, from_schema, reference, unchecked, self.nul_workaround)
        walk.run(self.schema, decoded, "")
        return [*found, *remap([*from_schema, *walk.violations], renames)]

    def _schema_violations(self, payload: object) -> list[Violation]:
        mapped = [v for e in self.validator.iter_errors(payload) for v in self._rules_of(e)]
        # One type error per member and nothing else there; else one enum error alone there.
        typed = {p for r, p in mapped if r.endswith(".type")}
        not_members = {p for r, p in mapped if r.endswith(".enum")}
        return sorted(
            {
                (r, p)
                for r, p in mapped
                if (
                    r.endswith(".type")
                    if p in typed
                    else p not in not_members or r.endswith(".enum")
                )
            }
        )

    def _rules_of(self, error: Any) -> list[Violation]:
        at = join(error.instance_path)
        kind = error.kind.name
        if kind == "additionalProperties":
            return [("unknown_field", f"{at}/{escape(k)}") for k in error.kind.unexpected]
        if kind == "required":
            path = f"{at}/{escape(error.kind.property)}"
            return [(f"{self._field_at(path)['field']}.required", path)]
        annotation = self._field_at(at)
        check = kind
        node = self._node(error.schema_path[:-1])
        if isinstance(node, Mapping) and isinstance(node.get(CHECK), str):
            check = node[CHECK]
        if check == "format" or (
            check in ("pattern", "maxLength") and annotation["type"] in PATTERN_IS_TYPE
        ):
            check = "type"
        return [(f"{annotation['field']}.{check}", at)]

    def _node(self, path: Sequence[str | int]) -> object:
        node: object = self.schema
        for part in path:
            if isinstance(node, Mapping):
                node = node.get(str(part))
            elif isinstance(node, list) and isinstance(part, int):
                node = node[part]
            else:
                return None
        return node

    def _resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/$defs/"):
            node = self.schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
        return node

    def _field_at(self, pointer: str) -> Mapping[str, Any]:
        node: Mapping[str, Any] = self.schema
        found: Mapping[str, Any] = self.schema[ANNOTATION]
        for token in tokens(pointer):
            here = self._resolve(node)
            if token in here.get("properties", {}):
                node = here["properties"][token]
            elif "items" in here:
                node = here["items"]
            else:
                break
            found = node.get(ANNOTATION) or self._resolve(node).get(ANNOTATION) or found
        return found


@dataclass
class _Walk:
    """Field-scope rules of an object first, then the objects within it, then its object-scope
    rules; a rule runs only where its operands, and the objects above them, passed."""

    schema: Mapping[str, Any]
    schema_errors: list[Violation]
    reference: Mapping[str, Any] | None
    unchecked: list[str]
    nul_workaround: bool
    violations: list[Violation] = field(default_factory=list)
    field_failures: list[Violation] = field(default_factory=list)

    def run(self, node: Mapping[str, Any], value: object, path: str) -> None:
        here = node
        while isinstance(here.get("$ref"), str) and here["$ref"].startswith("#/$defs/"):
            here = self.schema["$defs"][here["$ref"].removeprefix("#/$defs/")]
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
        failed = [*self.schema_errors, *self.field_failures]
        for operand in rule["fields"]:
            if any(_broken(path, f"{path}{operand}", p) for _, p in failed):
                return
        # An absent (or null) optional operand: the rule does not apply, checked or not.
        if any(_at(value, f) is None for f in rule.get("requires", [])):
            return
        if any(
            self.reference is None or self.reference.get(s) is None
            for s in rule.get("reference", [])
        ):
            self.unchecked.append(rule["id"])
            return
        bindings = {"self": cel_value(value, self.nul_workaround), "ref": self.reference or {}}
        if "applies" in rule and not holds(rule["applies"], bindings):
            self.unchecked.append(rule["id"])
            return
        if not holds(rule["expression"], bindings):
            violation = (rule["id"], f"{path}{rule['path']}")
            self.violations.append(violation)
            if rule["scope"] == "field":
                self.field_failures.append(violation)


def cel_value(value: object, nul_workaround: bool = False) -> object:
    """JSON as C++ CEL takes it: an integer past int64 and uint64 as the double a JSON parser
    falls back to (the binding refuses the whole object otherwise)."""
    if isinstance(value, dict):
        return {k: cel_value(v, nul_workaround) for k, v in value.items()}
    if isinstance(value, list):
        return [cel_value(v, nul_workaround) for v in value]
    if nul_workaround and isinstance(value, str):
        return value.replace("\x00", "\U0010fffe")
    if type(value) is int and not -(2**63) <= value < 2**64:
        try:
            return float(value)
        except OverflowError:
            return float("inf") if value > 0 else float("-inf")
    return value


def _broken(path: str, operand: str, failure: str) -> bool:
    """A failure at the operand, within it, or at an object between the rule's and it."""
    if failure == operand or failure.startswith(f"{operand}/"):
        return True
    return failure.startswith(f"{path}/") and operand.startswith(f"{failure}/")


def _at(value: object, pointer: str) -> object:
    for token in tokens(pointer):
        value = value.get(token) if isinstance(value, dict) else None
    return value


# --- the wire: values as their senders put them ----------------------------------------------

_INTEGER_TEXT = re.compile(r"-?[0-9]+")
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def _text(kind: str, text: str) -> object:
    if kind == "integer":
        return int(text) if _INTEGER_TEXT.fullmatch(text) and len(text) < 4300 else text
    if kind == "number":
        return float(text) if _NUMBER_TEXT.fullmatch(text) else text
    return {"true": True, "false": False}.get(text, text)


def decode_wire(
    wire: Mapping[str, Any], payload: object
) -> tuple[object, dict[str, str], list[Violation]]:
    """(decoded payload, decoded pointer -> pointer as sent, duplicate-name violations)."""
    renames: dict[str, str] = {}
    found: list[Violation] = []
    if not isinstance(payload, dict):
        return payload, renames, found
    absent = set(wire.get("absent", []))
    ignored = set(wire.get("ignored", []))

    def is_absent(v: object) -> bool:
        return (
            (v == "" and "empty_string" in absent)
            or (v == [] and isinstance(v, list) and "empty_array" in absent)
            or (v is None and "null" in absent)
        )

    def walk(node: Mapping[str, Any], obj: dict[str, Any], at: str, sent: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        sent_as: dict[str, str] = {}
        for k, v in obj.items():
            if is_absent(v) or (at == "" and k in ignored):
                continue
            name = node.get("aliases", {}).get(k, k)
            sent_at, here = f"{sent}/{escape(k)}", f"{at}/{escape(name)}"
            if name in out:
                found.append(("duplicate_field", sent_at if name != k else sent_as[name]))
                if name != k:
                    continue
                for d in [d for d in renames if d == here or d.startswith(f"{here}/")]:
                    del renames[d]
            elif name != k:
                renames[here] = sent_at
            sent_as[name] = sent_at
            value = v
            if isinstance(v, str) and name in node.get("text", {}):
                value = _text(node["text"][name], v)
            elif type(v) is int and name in node.get("digits", []):
                value = str(v)
            elif isinstance(v, dict) and name in node.get("objects", {}):
                value = walk(node["objects"][name], v, here, sent_at)
            elif isinstance(v, list) and name in node.get("items", {}):
                value = [
                    walk(node["items"][name], item, f"{here}/{i}", f"{sent_at}/{i}")
                    if isinstance(item, dict)
                    else item
                    for i, item in enumerate(v)
                ]
            out[name] = value
        return out

    return walk(wire, payload, "", ""), renames, found


def remap(violations: list[Violation], renames: Mapping[str, str]) -> list[Violation]:
    out: list[Violation] = []
    for rule, path in violations:
        best = max(
            (d for d in renames if path == d or path.startswith(f"{d}/")), key=len, default=""
        )
        out.append((rule, renames[best] + path[len(best) :] if best else path))
    return out

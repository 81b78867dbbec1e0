"""The wire layer: a payload as its sender put it on the wire, decoded into the typed payload the
generated checks judge, and their violations pointed back at the names the sender used.

A message's spec says how it travels (``wire:``). Decoding happens once, before the checks:

- on a text wire (a query string or a form body) every value is text, so a field typed integer,
  number or boolean is read from its text form (``"5000"`` is 5000, ``"true"`` is true), exactly
  as the venue parses it; a JSON wire may say the same of some kinds (proto3 JSON's 64-bit
  integers as strings, and a 64-bit integer's digit string as a JSON integer; a venue whose own
  client sends ``"true"``);
- values the venue reads as "not given" (``""``, ``[]``, null) are dropped;
- names the venue also accepts (proto3 JSON's lowerCamelCase beside the original) are renamed to
  the spec's; the same member under both names is a ``duplicate_field`` violation;
- members the signing step adds (Binance's ``signature``) are accepted and not checked.

A text value that is not a number's (or boolean's) text is left as it is, so the type check
refuses it with the usual wording. The same tree is written into each JSON Schema as
``x-twapschema-wire`` for consumers in other languages; both consumers here decode with it.
Nothing here runs for a JSON message with no ``wire:`` (the common case on the order path).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import parse_qsl

from twapschema.pointer import escape
from twapschema.runtime.checks import describe
from twapschema.runtime.result import Violation

__all__ = [
    "Wire",
    "WireNode",
    "as_sent",
    "decode_text",
    "parse_text_body",
    "reads_as_absent",
    "remap",
]

TextKind = Literal["integer", "number", "boolean"]
Encoding = Literal["json", "query", "form"]
AbsentValue = Literal["empty_string", "empty_array", "null"]

# The text forms read as typed values: an integer's digits with an optional '-', a JSON number,
# true/false in lowercase. Stricter spellings a venue might also take ("+5", "05", "TRUE") are not
# read, so they stay strings and are refused (inferred: no client sends them, and each venue's
# parser differs there).
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_MAX_DIGITS = 4300  # int() refuses longer text by default; such a value stays text, and is refused
_BOOLEANS = {"true": True, "false": False}


def decode_text(kind: TextKind, text: str) -> object:
    """``text`` as the typed value ``kind`` reads, or ``text`` itself when it is not one."""
    if kind == "boolean":
        return _BOOLEANS.get(text, text)
    if len(text) > _MAX_DIGITS:
        return text
    if kind == "integer":
        return int(text) if _INTEGER.fullmatch(text) else text
    return Decimal(text) if _NUMBER.fullmatch(text) else text


@dataclass(frozen=True, slots=True)
class WireNode:
    """How one JSON object of the message is read: members decoded from text, other names for
    members, and the objects (or arrays of objects) beneath it."""

    text: Mapping[str, TextKind] = field(default_factory=dict)
    # Members spelled as digit strings that the venue also takes as a JSON integer (proto3
    # JSON's 64-bit integers: "1000" or 1000); the integer is read as its digits.
    digits: frozenset[str] = frozenset()
    aliases: Mapping[str, str] = field(default_factory=dict)  # the other name -> the spec's
    objects: Mapping[str, WireNode] = field(default_factory=dict)
    items: Mapping[str, WireNode] = field(default_factory=dict)  # arrays of objects

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.text:
            out["text"] = dict(self.text)
        if self.digits:
            out["digits"] = sorted(self.digits)
        if self.aliases:
            out["aliases"] = dict(self.aliases)
        if self.objects:
            out["objects"] = {k: n.to_json() for k, n in self.objects.items()}
        if self.items:
            out["items"] = {k: n.to_json() for k, n in self.items.items()}
        return out

    @property
    def empty(self) -> bool:
        return not (self.text or self.digits or self.aliases or self.objects or self.items)

    @classmethod
    def from_json(cls, tree: Mapping[str, Any]) -> WireNode:
        return cls(
            dict(tree.get("text", {})),
            frozenset(tree.get("digits", ())),
            dict(tree.get("aliases", {})),
            {k: cls.from_json(n) for k, n in tree.get("objects", {}).items()},
            {k: cls.from_json(n) for k, n in tree.get("items", {}).items()},
        )


Renames = dict[str, str]  # decoded JSON Pointer -> the pointer the sender used
# The members (and array indices) down to an object: (the spec's name, the name sent) each.
Path = tuple[tuple[object, object], ...]
CheckResult = tuple[list[Violation], list[str], "dict[str, object] | None"]
TypedCheck = Callable[[object, Any], CheckResult]


@dataclass(frozen=True, slots=True)
class Wire:
    encoding: Encoding
    absent: tuple[AbsentValue, ...]
    ignored: frozenset[str]  # top-level members added by signing, not checked
    root: WireNode
    batch: int | None = None  # the body is a JSON array of 1..batch messages
    # as_is(obj): would ``decode`` give ``obj`` back unchanged? (made from the rest, once)
    as_is: Callable[[dict[object, object]], bool] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "as_is", _quick_test(self.root, self.absent, self.ignored))

    @property
    def is_text(self) -> bool:
        """A query string or form body: every value text, the raw body name=value pairs."""
        return self.encoding != "json"

    def check_item(self, payload: object, ref: Any, typed: TypedCheck) -> CheckResult:
        """One message (one element of a batch): decoded, checked, violations as sent."""
        if type(payload) is dict and self.as_is(payload):
            # The usual order (a client's JSON, already typed): nothing to read or rename, so
            # the checks judge it as it is, without the copy ``decode`` makes (a quarter of a
            # valid request's cost, profiled on Binance, Bybit and dYdX).
            return typed(payload, ref)
        decoded, renames, found = self.decode(payload)
        violations, unchecked, out = typed(decoded, ref)
        if found:
            violations = [*found, *violations]
            out = None
        return remap(violations, renames), unchecked, out

    @classmethod
    def from_json(cls, tree: Mapping[str, Any]) -> Wire:
        """The wire a JSON Schema's ``x-twapschema-wire`` describes."""
        return cls(
            tree["encoding"],
            tuple(tree.get("absent", ())),
            frozenset(tree.get("ignored", ())),
            WireNode.from_json(tree),
            tree.get("batch"),
        )

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "encoding": self.encoding,
            "absent": list(self.absent),
            "ignored": sorted(self.ignored),
            **self.root.to_json(),
        }
        if self.batch is not None:
            out["batch"] = self.batch
        return out

    def check(self, payload: object, ref: Any, typed: TypedCheck) -> CheckResult:
        """``typed`` (a generated check) on the payload as decoded, violations located at the
        names the sender used; ``duplicate_field`` ones first. For a batch, each element, its
        violations under its index (and no normalized output: a model holds one element)."""
        if self.batch is None:
            return self.check_item(payload, ref, typed)
        if type(payload) is not list:
            what = "an array" if isinstance(payload, dict) else "a JSON array"
            return (
                [
                    Violation(
                        "payload.type",
                        "",
                        f"the payload must be {what} of 1 to"
                        f" {self.batch} messages, got {describe(payload)}",
                    )
                ],
                [],
                None,
            )
        found: list[Violation] = []
        if not payload:
            found.append(Violation("payload.minItems", "", "the array must hold a message"))
        if len(payload) > self.batch:
            found.append(
                Violation(
                    "payload.maxItems",
                    "",
                    f"the array holds {len(payload)} messages; at most {self.batch} are taken",
                )
            )
        unchecked: dict[str, None] = {}
        for i, item in enumerate(payload):
            violations, item_unchecked, _ = self.check_item(item, ref, typed)
            found += [v._replace(path=f"/{i}{v.path}") for v in violations]
            unchecked.update(dict.fromkeys(item_unchecked))
        return found, list(unchecked), None

    def decode(self, payload: object) -> tuple[object, Renames, list[Violation]]:
        """The typed payload, the renames made, and ``duplicate_field`` violations."""
        if not isinstance(payload, dict):
            return payload, {}, []
        renames: Renames = {}
        found: list[Violation] = []
        absent_values = self.absent

        def walk(node: WireNode, obj: dict[object, object], path: Path) -> dict[object, object]:
            # Pointers are built only where one is needed (a renamed member, a duplicate): on
            # the order path members are copied as they are, and ``path`` is a tuple.
            out: dict[object, object] = {}
            renamed_at: dict[object, str] = {}  # a renamed member -> the pointer it was sent at
            text, digits, aliases = node.text, node.digits, node.aliases
            ignored = () if path else self.ignored
            for key, given in obj.items():
                if absent_values and reads_as_absent(given, absent_values):
                    continue
                if key in ignored:
                    continue
                name = aliases.get(key, key) if aliases and isinstance(key, str) else key
                if (name != key or name in out) and self._renamed(
                    renames, found, renamed_at, (*path, (name, key)), out
                ):
                    continue
                value = given
                kind = type(value)
                if kind is str:
                    reading = text.get(name)  # type: ignore[call-overload]
                    if reading is not None:
                        value = decode_text(reading, value)  # type: ignore[arg-type]
                elif kind is int:
                    if name in digits:
                        value = str(value)
                elif kind is dict:
                    inner = node.objects.get(name)  # type: ignore[call-overload]
                    if inner is not None:
                        value = walk(inner, value, (*path, (name, key)))  # type: ignore[arg-type]
                elif kind is list:
                    inner = node.items.get(name)  # type: ignore[call-overload]
                    if inner is not None:
                        items: list[object] = value  # type: ignore[assignment]
                        value = [
                            walk(inner, item, (*path, (name, key), (i, i)))
                            if type(item) is dict
                            else item
                            for i, item in enumerate(items)
                        ]
                out[name] = value
            return out

        return walk(self.root, payload, ()), renames, found

    @staticmethod
    def _renamed(
        renames: Renames,
        found: list[Violation],
        renamed_at: dict[object, str],
        path: Path,
        out: dict[object, object],
    ) -> bool:
        """Records a member sent under another name, or given under two names (a
        ``duplicate_field``); True when this member is dropped for the other."""
        name, key = path[-1]
        here, sent_at = _pointers(path)
        if name in out:
            # Reported at the other name's member and judged by the spec's name's value,
            # whatever the members' order (JSON objects have none). Of two members with one
            # name, one was renamed: names in a JSON object are distinct.
            other = sent_at if name != key else renamed_at[name]
            found.append(
                Violation(
                    "duplicate_field",
                    other,
                    f"{name!r} is given under two names; the venue takes it once",
                )
            )
            if name != key:
                return True
            for stale in [d for d in renames if d == here or d.startswith(here + "/")]:
                del renames[stale]
        else:
            renames[here] = sent_at
            renamed_at[name] = sent_at
        return False


def _quick_test(
    node: WireNode, absent: tuple[AbsentValue, ...], ignored: frozenset[str]
) -> Callable[[dict[object, object]], bool]:
    """A test, run before ``decode``'s walk, that is True only when the walk would give back an
    equal object with no renames and no violations: no member read as absent, ignored, renamed,
    read from text or from digits, in this object or any beneath it. False is always safe (the
    walk then decides). On the order path (a client's typed JSON) it spares the walk's copy: a
    quarter of a valid request's cost, profiled on Binance, Bybit and dYdX.

    The test is written out as Python source for this wire, one function per object, and
    compiled once (as dataclasses writes its __init__): each member a test of its own, with no
    loop over the wire's tables. The tables' loops had cost more than the tests: 0.8 us of a
    valid Binance request, 2 us of OKX's, 4 to 6 us of dYdX's. Member names appear in the
    source only as literals (repr), never as code."""
    lines: list[str] = []
    names: dict[str, object] = {}
    root = _quick_source(node, absent, ignored, lines, names)
    namespace = dict(names)
    exec(compile("\n".join(lines), "<twapschema wire quick test>", "exec"), namespace)  # noqa: S102 - our own source, names as literals
    test: Callable[[dict[object, object]], bool] = namespace[root]  # type: ignore[assignment]
    return test


def _quick_source(
    node: WireNode,
    absent: tuple[AbsentValue, ...],
    ignored: frozenset[str],
    lines: list[str],
    names: dict[str, object],
) -> str:
    """The source of one object's test (and, first, those of the objects beneath it) appended
    to ``lines``; returns the function's name."""
    inner = {
        name: _quick_source(n, absent, frozenset(), lines, names)
        for name, n in node.objects.items()
    }
    each = {
        name: _quick_source(n, absent, frozenset(), lines, names) for name, n in node.items.items()
    }
    fn = f"_as_is_{len(names)}"
    names[fn] = None  # the name taken; the function itself comes from the source
    body: list[str] = []
    if absent:
        scans = []
        if "empty_string" in absent:
            scans.append('"" in values')
        if "null" in absent:
            scans.append("None in values")
        if "empty_array" in absent:
            scans.append("[] in values or () in values")
        # Every value read as absent ("", [], (), None) is false, so when all are true none is
        # (one pass in C, with no comparison of each value to each absent one).
        body += [
            "values = obj.values()",
            f"if not all(values) and ({' or '.join(scans)}):",
            "    return False",
        ]
    for table in (ignored, frozenset(node.aliases)):
        if table:
            held = f"_names_{len(names)}"
            names[held] = frozenset(table)
            body += [f"if not {held}.isdisjoint(obj):", "    return False"]
    tests = [f"type(get({name!r})) is str" for name in node.text]
    tests += [f"type(get({name!r})) is int" for name in sorted(node.digits)]
    if tests or inner or each:
        body.append("get = obj.get")
    if tests:
        body += [f"if {' or '.join(tests)}:", "    return False"]
    for name, test in inner.items():
        body += [
            f"value = get({name!r})",
            f"if type(value) is dict and not {test}(value):",
            "    return False",
        ]
    for name, test in each.items():
        body += [
            f"value = get({name!r})",
            "if type(value) is list:",
            "    for item in value:",
            f"        if type(item) is dict and not {test}(item):",
            "            return False",
        ]
    body.append("return True")
    lines.append(f"def {fn}(obj):")
    lines += [f"    {line}" for line in body]
    return fn


def _pointers(path: Path) -> tuple[str, str]:
    """A member's pointer as decoded (under the spec's names) and as sent (under its own)."""
    here = sent = ""
    for name, key in path:
        if type(name) is int:  # an array index: walk recurses only into named (str) members
            here, sent = f"{here}/{name}", f"{sent}/{key}"
            continue
        if isinstance(name, str):
            here = f"{here}/{escape(name)}"
        if isinstance(key, str):
            sent = f"{sent}/{escape(key)}"
    return here, sent


def reads_as_absent(value: object, absent: tuple[AbsentValue, ...]) -> bool:
    """A value a wire with these ``absent`` conventions reads as "not given"."""
    if type(value) is str:
        return value == "" and "empty_string" in absent
    if type(value) is list or type(value) is tuple:
        return not value and "empty_array" in absent
    return value is None and "null" in absent


def _as_text(value: object) -> object:
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    if type(value) is float:
        return repr(value)  # what str() gives a client's float: "0.1", "5e-05"
    if type(value) is Decimal:
        return format(value, "f")
    return value


def as_sent(wire: Wire, payload: object, *, other_names: bool = True) -> object:
    """``payload`` (typed) as a client on ``wire`` sends it: integer, number and boolean members
    as their text where the wire reads them from text, and (``other_names``) each member under
    its other name where it has one. ``wire.decode`` of the result gives ``payload`` back."""

    def walk(node: WireNode, obj: dict[object, object]) -> dict[object, object]:
        renamed = {name: other for other, name in node.aliases.items()} if other_names else {}
        out: dict[object, object] = {}
        for key, given in obj.items():
            value = given
            if not isinstance(key, str):
                out[key] = value
                continue
            if key in node.text:
                value = _as_text(value)
            elif type(value) is dict and key in node.objects:
                value = walk(node.objects[key], value)
            elif type(value) is list and key in node.items:
                value = [walk(node.items[key], x) if type(x) is dict else x for x in value]
            out[renamed.get(key, key)] = value
        return out

    if wire.batch is not None and type(payload) is list:
        return [walk(wire.root, x) if type(x) is dict else x for x in payload]
    return walk(wire.root, payload) if type(payload) is dict else payload


def remap(violations: list[Violation], renames: Renames) -> list[Violation]:
    """Violations located at the names the sender used (the longest renamed prefix wins)."""
    if not renames:
        return violations
    out = []
    for v in violations:
        path = v.path
        best = ""
        for decoded in renames:
            if len(decoded) > len(best) and (path == decoded or path.startswith(decoded + "/")):
                best = decoded
        if best:
            path = renames[best] + path[len(best) :]
        out.append(v._replace(path=path))
    return out


class TextBodyError(ValueError):
    """A query string or form body that cannot be read as one value per name."""


def parse_text_body(text: str) -> tuple[dict[str, str], list[Violation]]:
    """A raw query string or ``application/x-www-form-urlencoded`` body as sent (a leading '?'
    allowed), as name -> text; a name given twice is a ``duplicate_field`` violation (Binance:
    -1101 "Duplicate values for a parameter detected"), and the first value is kept."""
    try:
        pairs = parse_qsl(
            text.removeprefix("?"),
            keep_blank_values=True,
            strict_parsing=bool(text.strip("?")),
            errors="strict",
        )
    except (ValueError, UnicodeDecodeError) as error:
        raise TextBodyError(f"not a query string or form body: {error}") from None
    out: dict[str, str] = {}
    found: list[Violation] = []
    for name, value in pairs:
        if name in out:
            found.append(
                Violation(
                    "duplicate_field",
                    "/" + escape(name),
                    f"{name!r} is given more than once; the venue takes each parameter once",
                )
            )
            continue
        out[name] = value
    return out, found

"""Safe YAML (and JSON) reading that remembers where every value came from.

PyYAML composes the node tree (with marks); we turn nodes into plain data ourselves instead of
letting a constructor do it, because a spec must never build Python objects, expand aliases, or
silently take ``no`` for ``False``. Scalars resolve by the YAML 1.2 core schema, numbers with a
fraction or exponent become ``Decimal`` (exact, never float), and every problem is located.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeAlias

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, Event, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from twapschema.errors import Location, Problem

# PyYAML's pure-Python and libyaml marks are distinct classes with the same line/column.
Mark: TypeAlias = "yaml.error.Mark | yaml._yaml.Mark"

Data: TypeAlias = "dict[str, Data] | list[Data] | str | int | Decimal | bool | None"
PathKey: TypeAlias = tuple[str | int, ...]

_NULL = re.compile(r"^(?:null|Null|NULL|~|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_MAX_INT_CHARS = 4000
_NON_FINITE = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$")


@dataclass(frozen=True, slots=True)
class LocatedData:
    """Plain data plus the location of every mapping entry and sequence item in it."""

    data: Data
    marks: dict[PathKey, Location]
    file: str

    def locate(self, path: PathKey) -> Location:
        """The location of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            found = self.marks.get(path[:end])
            if found is not None:
                return found
        return Location(self.file, 1, 1)


# Deeper than any spec or reference file needs (they nest about a dozen levels), and far below
# where PyYAML's recursive composer, and then the checker, would exhaust Python's stack.
MAX_DEPTH = 100
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Refusals(yaml.composer.Composer):
    """Composes nodes only, refusing anchors, aliases, explicit tags and nesting deeper than
    MAX_DEPTH as they are read (a hook on PyYAML's Python Composer, above either parser)."""

    depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, CollectionStartEvent):
            if self.depth >= MAX_DEPTH:
                raise _ComposeRefusedError(
                    event.start_mark, f"nested deeper than {MAX_DEPTH} levels"
                )
            self.depth += 1
            try:
                return self._compose_checked(event, parent, index)
            finally:
                self.depth -= 1
        return self._compose_checked(event, parent, index)

    def _compose_checked(self, event: Event, parent: Node | None, index: int) -> Node | None:
        if isinstance(event, AliasEvent):
            raise _ComposeRefusedError(
                event.start_mark, "YAML aliases are not allowed in this file"
            )
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise _ComposeRefusedError(
                event.start_mark, "YAML anchors are not allowed in this file"
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise _ComposeRefusedError(
                event.start_mark, f"explicit YAML tag {tag!r} is not allowed; write plain values"
            )
        return super().compose_node(parent, index)


class _NoAliasLoader(_Refusals, yaml.SafeLoader):
    """The pure-Python scanner and parser."""


if yaml.__with_libyaml__:
    from yaml._yaml import CParser  # type: ignore[import-not-found,unused-ignore]

    class _FastLoader(_Refusals, CParser, yaml.resolver.Resolver):
        """libyaml's scanner and parser (C) under PyYAML's Python Composer, so the refusals
        above still see every event: the pure-Python scanner grows faster than the file
        (a 4,000-field spec took 5.7 s to read)."""

        def __init__(self, stream: str) -> None:
            # PyYAML's Reader refuses the characters YAML forbids, with their position, as
            # the pure-Python loader does on construction; libyaml's own words differ.
            yaml.reader.Reader(stream)
            CParser.__init__(self, stream)
            yaml.resolver.Resolver.__init__(self)
            yaml.composer.Composer.__init__(self)

    _LOADER: type = _FastLoader
else:  # pragma: no cover - PyYAML's wheels ship libyaml
    _LOADER = _NoAliasLoader


class _ComposeRefusedError(Exception):
    def __init__(self, mark: Mark | None, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


def _location(file: str, mark: Mark | None) -> Location:
    if mark is None:
        return Location(file, 1, 1)
    return Location(file, mark.line + 1, mark.column + 1)


class _Converter:
    def __init__(self, file: str) -> None:
        self.file = file
        self.marks: dict[PathKey, Location] = {}
        self.problems: list[Problem] = []

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(Problem(_location(self.file, node.start_mark), message))

    def convert(self, node: Node, path: PathKey) -> Data:
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            items: list[Data] = []
            for index, child in enumerate(node.value):
                self.marks[(*path, index)] = _location(self.file, child.start_mark)
                items.append(self.convert(child, (*path, index)))
            return items
        assert isinstance(node, ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: MappingNode, path: PathKey) -> dict[str, Data]:
        result: dict[str, Data] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, "a mapping key must be a plain string")
                continue
            key = str(key_node.value)
            if _SURROGATE.search(key):
                self.problem(key_node, "a lone surrogate is not text (in a key)")
                continue
            child_path = (*path, key)
            if key in result:
                first = self.marks[child_path]
                self.problem(
                    key_node, f"duplicate key {key!r} (first defined at line {first.line})"
                )
                continue
            self.marks[child_path] = _location(self.file, key_node.start_mark)
            result[key] = self.convert(value_node, child_path)
        return result

    def _scalar(self, node: ScalarNode) -> Data:
        text = str(node.value)
        lone = _SURROGATE.search(text)
        if lone is not None:
            # "\ud800" is a YAML escape but no character: no UTF-8 file could hold it. libyaml
            # refuses the escape; PyYAML's pure-Python parser (the fallback) decodes it.
            self.problem(node, f"a lone surrogate (U+{ord(lone.group()):04X}) is not text")
            return _SURROGATE.sub("\ufffd", text)  # reported; read on, for the other problems
        if node.style:  # quoted or block scalars are always strings (plain: None, or "" in C)
            return text
        if _NULL.match(text):
            return None
        if text in _BOOL:
            return _BOOL[text]
        if _INT.match(text) or _INT_OCT.match(text) or _INT_HEX.match(text):
            # Python refuses to print ints past 4300 digits; hex and octal parse past it and
            # would fail later, when a message quotes them, so every base gets the same limit.
            if len(text) > _MAX_INT_CHARS:
                self.problem(node, f"integer {text[:20]}... has too many digits")
                return None
            base = 16 if _INT_HEX.match(text) else 8 if _INT_OCT.match(text) else 10
            return int(text[2:] if base != 10 else text, base)
        if _FLOAT.match(text):
            return Decimal(text)
        if _NON_FINITE.match(text):
            self.problem(node, f"{text!r} is not a finite number")
            return None
        return text


def _code_point(character: object) -> int:
    return character if isinstance(character, int) else ord(str(character)[:1] or "\0")


def parse_yaml(text: str, file: str) -> tuple[LocatedData | None, list[Problem]]:
    """Parse YAML (JSON is accepted too) into located plain data, or say what is wrong where."""
    try:
        loader = _LOADER(text)
    except yaml.reader.ReaderError as exc:  # a character YAML forbids (NUL, most controls)
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        return None, [
            Problem(
                Location(file, line, column),
                f"character #x{_code_point(exc.character):04x} is not allowed in YAML",
            )
        ]
    try:
        root = loader.get_single_node()
    except _ComposeRefusedError as refused:
        return None, [Problem(_location(file, refused.mark), refused.message)]
    except yaml.MarkedYAMLError as exc:
        message = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        return None, [Problem(_location(file, exc.problem_mark), message)]
    except yaml.YAMLError as exc:  # reader errors (bad bytes) carry no mark
        return None, [Problem(Location(file, 1, 1), str(exc))]
    finally:
        loader.dispose()
    if root is None:
        return None, [Problem(Location(file, 1, 1), "the file is empty")]
    converter = _Converter(file)
    converter.marks[()] = _location(file, root.start_mark)
    data = converter.convert(root, ())
    return LocatedData(data, converter.marks, file), converter.problems


def read_yaml(path: Path, shown_as: str | None = None) -> tuple[LocatedData | None, list[Problem]]:
    name = shown_as if shown_as is not None else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(Location(name, 1, 1), f"not UTF-8 text: {exc.reason}")]
    except OSError as exc:
        return None, [Problem(Location(name, 1, 1), f"cannot read: {exc.strerror}")]
    return parse_yaml(text, name)

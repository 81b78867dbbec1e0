"""Python names for wire names: stable, valid, and clear of keywords and Pydantic's own."""

from __future__ import annotations

import keyword
import re

from pydantic import BaseModel

# Attributes a model field may not shadow without Pydantic warning or breaking.
_RESERVED = frozenset(name for name in dir(BaseModel) if not name.startswith("__")) | {
    "model_config",
    "model_fields",
}
# Names a generated model's class body reads in its annotations and defaults: a field by one of
# these names would shadow it there (a field `int` makes `int | None` a TypeError).
_ANNOTATION_NAMES = frozenset(
    {"bool", "bytes", "dict", "float", "frozenset", "int", "list", "object", "set", "str", "tuple"}
    | {"fixed_point", "reference_decimal", "enum", "datetime"}
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")


def snake(wire_name: str) -> str:
    """``runningTime`` -> ``running_time``; ``from`` -> ``from_``; ``1x`` -> ``f_1x``."""
    words = _NOT_WORD.sub("_", _CAMEL.sub("_", wire_name)).strip("_").lower()
    name = words or "field"
    if name[0].isdigit():
        name = f"f_{name}"
    if name.startswith("model_"):
        # Pydantic's protected namespace: `model_validate_` still warns on every import.
        return f"f_{name}"
    if (
        keyword.iskeyword(name)
        or keyword.issoftkeyword(name)
        or name in _RESERVED
        or name in _ANNOTATION_NAMES
    ):
        name = f"{name}_"
    return name


def pascal(*parts: str) -> str:
    """``("add_twap", "params")`` -> ``AddTwapParams``."""
    words = [w for part in parts for w in _NOT_WORD.split(_CAMEL.sub("_", part)) if w]
    name = "".join(w[:1].upper() + w[1:] for w in words) or "Model"
    return f"M{name}" if name[0].isdigit() else name


def constant(wire_value: str) -> str:
    """An enum member name: ``buy`` -> ``BUY``; ``ENGINE-STATUS`` -> ``ENGINE_STATUS``."""
    name = _NOT_WORD.sub("_", _CAMEL.sub("_", wire_value)).strip("_").upper() or "EMPTY"
    if name[0].isdigit():
        name = f"V_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name.startswith("_") else name


def proto3_json_name(field_name: str) -> str:
    """The proto3 JSON name of a proto field, as protoc's ToJsonName makes it: each '_' dropped
    and the letter after it capitalised (``good_til_block_time`` -> ``goodTilBlockTime``)."""
    out: list[str] = []
    capitalize_next = False
    for c in field_name:
        if c == "_":
            capitalize_next = True
        elif capitalize_next:
            out.append(c.upper())
            capitalize_next = False
        else:
            out.append(c)
    return "".join(out)

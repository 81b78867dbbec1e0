"""The reference file written out: YAML (rows one per line, decimals as quoted text) or JSON,
replaced atomically so a process reading it never sees half a file."""

from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

HEADER = (
    "# Written by `twapschema reference`; each venue's snapshot says where and when. Its\n"
    "# JSON Schema: generated/schemas/reference.schema.json (twapschema/schemas/ installed).\n"
)


class _Row(dict[str, Any]):
    """A table row: written in flow style, one line per row."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    Decimal,  # a hand-written number merged in: its exact text, read back as a decimal
    lambda dumper, number: dumper.represent_scalar("tag:yaml.org,2002:float", format(number, "f")),
)
_Dumper.add_representer(
    _Row,
    lambda dumper, row: dumper.represent_mapping("tag:yaml.org,2002:map", row, flow_style=True),
)


def _rows(data: Any, depth: int = 0) -> Any:
    if isinstance(data, dict):
        # venue / section / key / row: the fourth level holds a row's cells
        if depth == 3 or (depth == 2 and not any(isinstance(v, dict) for v in data.values())):
            return _Row(data)
        return {k: _rows(v, depth + 1) for k, v in data.items()}
    return data


def dumps(data: dict[str, Any], form: str) -> str:
    if form == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    body = yaml.dump(_rows(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=200)
    return HEADER + body


def form_of(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "yaml"


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target, then rename over it: the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_plain(path: Path) -> dict[str, Any]:
    """An existing reference file's data, to merge into, its numbers exact (comments are
    not kept); raises ReferenceDataError with locations."""
    from twapschema.errors import Problem, ReferenceDataError  # noqa: PLC0415
    from twapschema.located_yaml import read_yaml  # noqa: PLC0415

    located, problems = read_yaml(path)
    if located is None or problems:
        raise ReferenceDataError(problems)
    if located.data is None:
        return {}
    if not isinstance(located.data, dict):
        message = "reference data must be a mapping of venue ids"
        raise ReferenceDataError([Problem(located.locate(()), message)])
    return located.data

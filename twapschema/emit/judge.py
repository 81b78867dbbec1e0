"""Running a venue's just-generated module, to judge payloads with what generation would write.

The conformance vectors and the docs' invalid examples carry verdicts from the validator
itself; taking them from the source just generated (not the module on disk) means
`twapschema generate --check` and a docs build judge with exactly what they would write.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from twapschema import ir
from twapschema.errors import Location, Problem, ReferenceDataError
from twapschema.located_yaml import read_yaml

REFERENCE_FILE = "examples/reference.yaml"


@contextmanager
def generated_module(spec: ir.Spec, source: str) -> Iterator[types.ModuleType]:
    # Pydantic resolves the models' annotations through sys.modules, so the module is there
    # while it is used, under a name no real module has.
    name = f"_twapschema_judge_{spec.venue.id}"
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(source, f"<generated {spec.venue.id}>", "exec"), module.__dict__)  # noqa: S102 - our own generated code
        yield module
    finally:
        del sys.modules[name]


def reference_of(spec: ir.Spec, module: types.ModuleType, data: object | None) -> BaseModel | None:
    """The venue's part of the bundled reference data, as the module's Reference model."""
    if data is None or module.REFERENCE is None:
        return None
    try:
        reference: BaseModel = module.REFERENCE.model_validate(data)
    except ValidationError as exc:
        where = Location(REFERENCE_FILE, 1, 1)
        raise ReferenceDataError(
            [Problem(where, f"{spec.venue.id}: {e['msg']} at {e['loc']}") for e in exc.errors()]
        ) from None
    return reference


def judge(
    module: types.ModuleType, message: str, payload: object, reference: Any
) -> tuple[list[Any], list[str]]:
    """(violations, unchecked) for the payload, by the module's generated check."""
    violations, unchecked, _ = module.MESSAGES[message].check(payload, reference)
    return list(violations), list(unchecked)


def reference_example(root: Path) -> dict[str, object]:
    """The bundled reference data (absent: vectors without it); raises if it is malformed."""
    path = root / REFERENCE_FILE
    if not path.is_file():
        return {}
    located, problems = read_yaml(path, REFERENCE_FILE)
    if located is None or problems:
        raise ReferenceDataError(problems)
    if not isinstance(located.data, dict):
        raise ReferenceDataError([Problem(located.locate(()), "must be a mapping of venue ids")])
    return dict(located.data)

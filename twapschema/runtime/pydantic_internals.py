"""The one place twapschema writes Pydantic's private instance slots.

Generated models are built from values their generated check has already validated, so they
skip a second validation. ``BaseModel.model_construct`` would do the same, with per-field
lookups on every call; ``construct`` sets the same four slots directly. Pydantic may change
its slots in any release: ``tests/test_pydantic_internals.py`` pins ``construct`` to what
``model_construct`` gives (fields set, extras, private state, equality, dumps), so an
upgrade that breaks it fails there, not in a trading system.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_set_attribute = object.__setattr__  # models may be frozen: set slots past __setattr__
# BaseModel's own slots, set by their descriptors (past a frozen model's __setattr__ too):
# cheaper than object.__setattr__ by name, and a model is built per validation.
_slots = BaseModel.__dict__
_set_fields_set = _slots["__pydantic_fields_set__"].__set__
_set_extra = _slots["__pydantic_extra__"].__set__
_set_private = _slots["__pydantic_private__"].__set__


def construct(cls: type[M], values: dict[str, Any], fields_set: set[str]) -> M:
    """A model from values the generated check has already validated and converted.

    What ``BaseModel.model_construct`` does, without its per-field lookups: ``values`` holds
    every field by its Python name, in declaration order, defaults filled in.
    """
    model = cls.__new__(cls)
    _set_attribute(model, "__dict__", values)
    _set_fields_set(model, fields_set)
    _set_extra(model, None)
    _set_private(model, None)
    return model

"""The field-type table (twapschema.ir.FIELD_KINDS) covers every IR type and every timestamp
format, names only helpers the runtime has, and every kind can be drawn."""

from __future__ import annotations

import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twapschema import ir
from twapschema.runtime import checks
from twapschema.spec import syntax
from twapschema.testing.drawing import FieldSpec

_FORMATS = typing.get_args(typing.get_type_hints(ir.TimestampType)["format"])


def test_every_ir_type_has_a_kind() -> None:
    members = set(typing.get_args(ir.FieldType))
    assert set(ir.KIND_OF_TYPE) == members - {ir.TimestampType}
    named = set(ir.KIND_OF_TYPE.values()) | set(_FORMATS)
    assert named == set(ir.FIELD_KINDS)
    assert all(name == kind.name for name, kind in ir.FIELD_KINDS.items())


def test_spec_types_are_the_spec_formats_own() -> None:
    spec_types = set()
    for model in typing.get_args(typing.get_args(syntax.FieldSyntax)[0]):
        spec_types |= set(typing.get_args(model.model_fields["type"].annotation))
    assert {k.spec_type for k in ir.FIELD_KINDS.values()} == spec_types


@pytest.mark.parametrize("kind", sorted(ir.FIELD_KINDS))
def test_each_kind_reads_through_a_runtime_helper(kind: str) -> None:
    assert ir.FIELD_KINDS[kind].take in checks.__all__


def test_numeric_flags_are_consistent() -> None:
    for kind in ir.FIELD_KINDS.values():
        assert not kind.arithmetic or kind.numeric, kind.name
        assert not kind.integral or kind.numeric, kind.name
        assert not kind.text or (kind.numeric and kind.json_type == "string"), kind.name


_DRAWABLE = {
    "enum": {"values": ("A", "B")},
    "object": {"fields": (FieldSpec("x", "integer", "x", required=True),)},
    "array": {"items": FieldSpec("x", "boolean", "x")},
}


@pytest.mark.parametrize("kind", sorted(ir.FIELD_KINDS))
@given(data=st.data())
def test_each_kind_is_drawn_valid(kind: str, data: st.DataObject) -> None:
    spec = FieldSpec("f", kind, "f", **_DRAWABLE.get(kind, {}))  # type: ignore[arg-type]
    value = data.draw(spec.strategy())
    assert spec.valid(value)
    assert spec.wrong_type() is not None

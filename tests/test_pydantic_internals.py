"""``construct`` writes Pydantic's private slots; these tests pin it to what
``model_construct`` gives, so a Pydantic upgrade that changes the slots fails here."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from twapschema.models import ondo, qfex
from twapschema.runtime.pydantic_internals import construct


class _Plain(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    a: int
    b: str | None = None
    c: Decimal = Field(Decimal("1.5"), alias="cee")


@pytest.mark.parametrize(
    ("values", "fields_set"),
    [
        ({"a": 1, "b": "x", "c": Decimal("2")}, {"a", "b", "c"}),
        ({"a": 1, "b": None, "c": Decimal("1.5")}, {"a"}),  # defaults filled in, not "set"
    ],
)
def test_construct_is_model_construct(values: dict[str, Any], fields_set: set[str]) -> None:
    ours = construct(_Plain, dict(values), set(fields_set))
    theirs = _Plain.model_construct(_fields_set=set(fields_set), **values)
    assert ours == theirs
    assert ours.model_fields_set == theirs.model_fields_set
    assert ours.model_extra == theirs.model_extra
    assert ours.__pydantic_private__ == theirs.__pydantic_private__
    assert ours.model_dump() == theirs.model_dump()
    assert ours.model_dump_json(by_alias=True) == theirs.model_dump_json(by_alias=True)
    assert ours.model_dump(exclude_unset=True) == theirs.model_dump(exclude_unset=True)
    assert hash(ours) == hash(theirs)  # frozen models hash by their fields
    with pytest.raises(Exception, match="frozen"):
        ours.a = 2  # type: ignore[misc]


def test_generated_models_built_so_equal_model_construct() -> None:
    body = {"market": "AAPL-USD", "side": "buy", "size": "20.30", "runningTime": 3600}
    body |= {"frequency": 60}
    ours = ondo.CreateTwapOrder.model_validate(body)
    theirs = ondo.CreateTwapOrder.model_construct(_fields_set=ours.model_fields_set, **dict(ours))
    assert ours == theirs
    assert ours.model_dump_json(by_alias=True) == theirs.model_dump_json(by_alias=True)
    assert ours.model_extra == theirs.model_extra


def test_nested_generated_models_equal_model_construct() -> None:
    frame = {
        "type": "add_twap",
        "params": {
            "symbol": "AAPL-USD",
            "side": "BUY",
            "total_quantity": 1,
            "num_orders": 2,
            "order_interval_secs": 30,
            "reduce_only": False,
        },
    }
    ours = qfex.AddTwap.model_validate(frame, context={"unchecked": "ignore"})
    params = type(ours.params).model_construct(
        _fields_set=ours.params.model_fields_set, **dict(ours.params)
    )
    assert ours.params == params
    assert ours.model_dump_json(by_alias=True) == qfex.AddTwap.model_construct(
        _fields_set=ours.model_fields_set, type=ours.type, params=params
    ).model_dump_json(by_alias=True)

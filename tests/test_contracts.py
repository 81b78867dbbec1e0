"""The README's validation contracts where consumers could read them two ways (issue 23):
one finding per value (an enum value outside the enum on a const field), and an absent
optional operand of a reference rule (the rule does not apply, it is not unchecked)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import twapschema
from tests.helpers import ABSENT
from tests.test_qfex import params
from twapschema.runtime.reference import load_reference

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = load_reference(ROOT / "examples" / "reference.yaml")


def _example(venue: str, message: str) -> dict[str, Any]:
    path = ROOT / "generated" / "examples" / venue / f"{message}.valid.jsonl"
    payload: dict[str, Any] = json.loads(path.read_text().splitlines()[0])
    return payload


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("NOPE", "condition_type.enum"),  # not a member: the enum finding alone
        ("CONDITION_TYPE_STOP_LOSS", "condition_type.const"),  # a member, not the const
        (7, "condition_type.type"),
    ],
)
def test_one_finding_per_value_on_a_const_enum_field(value: object, rule: str) -> None:
    order = copy.deepcopy(_example("dydx", "place_twap_order"))
    order["order"]["condition_type"] = value
    result = twapschema.validate("dydx", "place_twap_order", order)
    assert [(v.rule, v.path) for v in result.violations] == [(rule, "/order/condition_type")]


def test_the_vectors_carry_both_readings() -> None:
    vectors = json.loads((ROOT / "generated" / "conformance" / "dydx.json").read_text())["vectors"]
    rules = {
        v["violations"][0]["rule"]
        for v in vectors
        if len(v["violations"]) == 1 and v["violations"][0]["path"] == "/order/condition_type"
    }
    assert {"condition_type.enum", "condition_type.const"} <= rules


# QFEX's documented example without its optional client_twap_id.
QFEX = {"type": "add_twap", "params": params(client_twap_id=ABSENT)}


@pytest.mark.parametrize("client_twap_id", ["absent", None])
@pytest.mark.parametrize("with_reference", [False, True])
def test_an_absent_optional_operand_means_the_rule_does_not_apply(
    client_twap_id: object, with_reference: bool
) -> None:
    frame = copy.deepcopy(QFEX)
    if client_twap_id != "absent":
        frame["params"]["client_twap_id"] = client_twap_id  # type: ignore[index]
    reference = REFERENCE if with_reference else None
    result = twapschema.validate("qfex", "add_twap", frame, reference=reference)
    assert result.valid
    assert "client_twap_id_length" not in result.unchecked
    given = copy.deepcopy(frame)
    given["params"]["client_twap_id"] = "x" * 37  # type: ignore[index]
    judged = twapschema.validate("qfex", "add_twap", given, reference=reference)
    if with_reference:
        assert [v.rule for v in judged.violations] == ["client_twap_id_length"]
    else:
        assert "client_twap_id_length" in judged.unchecked

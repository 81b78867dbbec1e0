"""twapschema as a user has it (issue 19): the wheel in a fresh venv, used from a directory
outside the repository, each point of ordinary Pydantic and Python API use in its own script.
The environment is built once per session (tests/installed.py)."""

from __future__ import annotations

import json
import textwrap

import pytest

from tests.conftest import REFERENCE_FILE, ROOT
from tests.installed import Installed, run_python

EXAMPLES = ROOT / "generated" / "examples"

PRELUDE = f"""
import json, pickle, warnings
from decimal import Decimal
import pydantic
import twapschema
warnings.simplefilter("error")  # any warning fails the script, unless a point expects it
REFERENCE = twapschema.load_reference({str(REFERENCE_FILE)!r})
EXAMPLES = {str(EXAMPLES)!r}
"""

POINTS: dict[str, str] = {
    "keyword construction dumps the wire form": """
        from twapschema.models.ondo import CreateTwapOrder
        order = CreateTwapOrder(
            market="BTC-USD.P", side="buy", size="20.3", runningTime=3600, frequency=60
        )
        assert json.loads(order.model_dump_json()) == {
            "market": "BTC-USD.P", "side": "buy", "size": "20.3", "runningTime": 3600,
            "frequency": 60,
        }, order.model_dump_json()
        assert order == CreateTwapOrder.model_validate(json.loads(order.model_dump_json()))
    """,
    "Python names, Decimals and enum members": """
        from twapschema.models.ondo import CreateTwapOrder, Side
        order = CreateTwapOrder(
            market="BTC-USD.P", side=Side.BUY, size=Decimal("20.3"), running_time=3600,
            frequency=60, max_price=Decimal("70000"),
        )
        assert order.model_dump(mode="json") == {
            "market": "BTC-USD.P", "side": "buy", "size": "20.3", "runningTime": 3600,
            "frequency": 60, "maxPrice": "70000",
        }
        assert order.model_fields_set == {
            "market", "side", "size", "running_time", "frequency", "max_price"
        }
        assert CreateTwapOrder.model_validate(
            {"market": "BTC-USD.P", "side": "buy", "size": Decimal("20.3"),
             "runningTime": 3600, "frequency": 60}
        ).size == Decimal("20.3")
        try:  # a float is not exact: refused, as on the wire
            CreateTwapOrder(market="BTC-USD.P", side="buy", size=20.3, runningTime=3600,
                            frequency=60)
        except pydantic.ValidationError as e:
            assert e.errors()[0]["ctx"]["rule"] == "size.type"
        else:
            raise AssertionError("a float size was accepted")
    """,
    "an instance where a model is expected": """
        from twapschema.models.ondo import CreateTwapOrder
        class Envelope(pydantic.BaseModel):
            order: CreateTwapOrder
        order = CreateTwapOrder(
            market="BTC-USD.P", side="buy", size="1", runningTime=3600, frequency=60
        )
        assert Envelope(order=order).order is order
        wire = {"market": "BTC-USD.P", "side": "buy", "size": "1", "runningTime": 3600,
                "frequency": 60}
        assert Envelope(order=wire).order == order
        assert Envelope.model_validate_json(Envelope(order=order).model_dump_json()).order == order
        try:
            Envelope(order={**wire, "runningTime": 3601})
        except pydantic.ValidationError as e:
            [error] = e.errors()
            assert error["loc"] == ("order", "runningTime"), error
            assert error["input"] == 3601, error
        else:
            raise AssertionError("3601 s over 60 s children was accepted")
    """,
    "errors have Pydantic's loc and input": """
        from twapschema.models.okx import OrderAlgoResponse
        try:
            OrderAlgoResponse.model_validate(
                {"code": "0", "msg": "", "data": [{"algoId": "1", "sCode": "0", "sMsg": ""},
                                                  {"algoId": 5, "sCode": "0", "sMsg": ""}]}
            )
        except pydantic.ValidationError as e:
            locs = {(err["loc"], json.dumps(err["input"])) for err in e.errors()}
            assert (("data", 1, "algoId"), "5") in locs, locs
        else:
            raise AssertionError("an integer algoId was accepted")
    """,
    "reference rules are never skipped in silence": """
        from twapschema.models.qfex import AddTwap
        frame = {"type": "add_twap", "params": {"symbol": "HALT-USD", "side": "BUY",
                 "total_quantity": 10, "num_orders": 5, "order_interval_secs": 30,
                 "reduce_only": False}}
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            AddTwap.model_validate(frame)
            AddTwap.model_validate(frame, context={"refrence": REFERENCE})
        assert [w.category.__name__ for w in said] == ["UncheckedRulesWarning"] * 2, said
        assert "symbol_active" in str(said[0].message)
        assert "'refrence'" in str(said[1].message)
        for reference in (REFERENCE, REFERENCE.for_venue("qfex")):
            try:
                AddTwap.model_validate(frame, context={"reference": reference})
            except pydantic.ValidationError as e:
                assert [x["ctx"]["rule"] for x in e.errors()] == ["symbol_active"]
            else:
                raise AssertionError("a halted symbol was accepted")
        try:
            AddTwap.model_validate(frame, context={"reference": {"qfex": {}}})
        except TypeError as e:
            assert "parse_reference" in str(e), e
        else:
            raise AssertionError("a dict was taken for reference data")
        try:
            AddTwap.model_validate(frame, context={"unchecked": "error"})
        except pydantic.ValidationError as e:
            assert e.errors()[0]["type"] == "twap_unchecked"
        else:
            raise AssertionError("unchecked rules passed with unchecked=error")
    """,
    "model_construct, model_copy, equality, pickling, JSON": """
        import glob, os
        for path in sorted(glob.glob(os.path.join(EXAMPLES, "*", "*.valid.jsonl"))):
            venue = os.path.basename(os.path.dirname(path))
            message = os.path.basename(path).split(".")[0]
            model = twapschema.runtime.registry.message_entry(venue, message).model
            with open(path, encoding="utf-8") as lines:
                payloads = [json.loads(line) for line in lines]
            # Some examples name symbols the bundled data does not list: not this point's matter.
            context = {"reference": REFERENCE, "unchecked": "ignore"}
            for payload in payloads:
                if isinstance(payload, list):
                    payload = payload[0]
                built = model.model_validate(payload, context=context)
                assert pickle.loads(pickle.dumps(built)) == built, path
                again = model.model_validate_json(built.model_dump_json(), context=context)
                assert again == built, path
                assert built.model_copy() == built
                constructed = model.model_construct(
                    _fields_set=built.model_fields_set, **dict(built)
                )
                assert constructed == built, path
                assert constructed.model_dump(mode="json") == built.model_dump(mode="json")
    """,
    "validate takes a venue's part": """
        frame = {"type": "add_twap", "params": {"symbol": "HALT-USD", "side": "BUY",
                 "total_quantity": 10, "num_orders": 5, "order_interval_secs": 30,
                 "reduce_only": False}}
        part = REFERENCE.for_venue("qfex")
        assert twapschema.validate("qfex", "add_twap", frame, reference=part) == (
            twapschema.validate("qfex", "add_twap", frame, reference=REFERENCE)
        )
    """,
    "translate gives JSON, feasible takes each venue's own members": """
        intent = twapschema.parse_intent({"symbol": "BTCUSDT", "side": "buy", "quantity": "0.5",
                                          "duration_seconds": 3600})
        t = twapschema.translate(intent, "qfex", reference=REFERENCE)
        json.dumps(t.payload)
        members = {"binance": {"timestamp": 1760545414000}}
        accepted = {f.venue for f in twapschema.feasible(intent, reference=REFERENCE,
                                                         members=members) if f.translation.accepted}
        assert "binance" in accepted, accepted
        for f in twapschema.feasible(intent, reference=REFERENCE, members=members):
            json.dumps(f.to_json())
    """,
    "testing checks with the data it ships": """
        from hypothesis import given, settings
        from twapschema import testing
        testing.check_valid("ondo", "create_twap_order", {"market": "BTC-USD.P", "side": "buy",
                            "size": "1", "runningTime": 3600, "frequency": 60})
        symbols = set()
        reference = testing.bundled_reference()
        @settings(max_examples=40, database=None)
        @given(testing.valid_payloads("binance", "new_order_twap", reference=reference))
        def draw(payload):
            symbols.add(payload["symbol"])
            testing.check_valid("binance", "new_order_twap", payload)
        draw()
        listed = set(reference.for_venue("binance").symbols)
        assert symbols and symbols <= listed, (symbols, listed)
    """,
    "without Hypothesis, testing says what to install": """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        try:
            from twapschema import testing
        except ImportError as e:
            assert "pip install 'twapschema[testing]'" in str(e), e
            assert not isinstance(e, ModuleNotFoundError)
        else:
            raise AssertionError("twapschema.testing imported without Hypothesis")
    """,
}


@pytest.mark.parametrize("point", list(POINTS), ids=list(POINTS))
def test_as_an_installed_user(installed: Installed, point: str) -> None:
    code = PRELUDE + textwrap.dedent(POINTS[point]) + "\nprint('ok')\n"
    done = run_python(installed, code)
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr[-3000:]


def test_the_points_run_outside_the_repository(installed: Installed) -> None:
    done = run_python(installed, "import twapschema, json; print(json.dumps(twapschema.__file__))")
    assert not json.loads(done.stdout).startswith(str(ROOT))

"""The third consumer against twapschema: over every conformance vector, and over mutated
payloads of every message, its verdicts (rule ids, paths, unchecked rules) must equal
twapschema's, or the disagreement must be listed, with its reason, in
conformance/expected-differences.json.

    python -m conformance.native.check [--mutations N] [--seed S]   (from the repository root)

Exit 0: every disagreement is listed; 1: one is not (each is printed, with its payload).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import twapschema
from conformance.native.consumer import Consumer, Violation

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = ROOT / "conformance" / "expected-differences.json"
Verdict = tuple[list[Violation], list[str]]
Judge = Callable[[object], Verdict]  # twapschema's verdict on another payload, same message

# Values a mutation puts in place of a member: other JSON types, numbers at the usual bounds
# and past I-JSON's integers, text that numbers are read from, and text where regex dialects
# part (a final newline, a non-ASCII digit).
_POOL: list[object] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2,
    29,
    30,
    60,
    200,
    201,
    300,
    3600,
    86400,
    86401,
    2**32 - 1,
    2**32,
    2**53 - 1,
    2**53,
    -(2**53),
    0.5,
    1.5,
    1e-7,
    1e300,
    -0.0,
    "",
    "x",
    "0",
    "1",
    "-1",
    "1.5",
    "1e3",
    " 1",
    "1\n",
    "\u0661",
    "true",
    "TRUE",
    "BUY",
    "SELL",
    "buy",
    "a" * 300,
    "a\x00b",
    [],
    {},
    [1],
    {"a": 1},
]


def _contains_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(k) or _contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_contains_nul(v) for v in value)
    return False


def _at(value: object, pointer: str) -> object:
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(token)
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return None
    return value


def _as_ints(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _as_ints(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_ints(v) for v in value]
    return value


@dataclass(frozen=True)
class Disagreement:
    payload: object
    want: Verdict  # twapschema's
    got: Verdict  # the consumer's
    judge: Judge
    consumer: Consumer
    reference: Mapping[str, Any] | None  # as the consumer was given it


def _canonical_spelling(d: Disagreement) -> bool:
    """twapschema refused a whole number written as a float (`.type`), and on the payload with
    those written as integers it gives the consumer's verdict: the spelling is the difference."""
    spelled = [
        p
        for r, p in d.want[0]
        if r.endswith(".type") and isinstance(v := _at(d.payload, p), float) and v.is_integer()
    ]
    return bool(spelled) and d.judge(_as_ints(d.payload)) == d.got


def _cut_at_nul(d: Disagreement) -> bool:
    """With NULs kept from the binding (Consumer.nul_workaround), the verdicts agree."""
    kept = Consumer(d.consumer.schema, nul_workaround=True)
    return _contains_nul(d.payload) and kept.verdict(d.payload, d.reference) == d.want


# Each listed difference's test: the file says why, this says when.
MATCHERS: dict[str, Callable[[Disagreement], bool]] = {
    "cel-expr-python-nul": _cut_at_nul,
    "canonical-integer-spelling": _canonical_spelling,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--mutations", type=int, default=1000, help="mutated payloads per message (1000)"
    )
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument(
        "--expected", type=Path, default=EXPECTED, help="the listed differences (JSON)"
    )
    args = parser.parse_args(argv)
    expected = json.loads(args.expected.read_text(encoding="utf-8"))
    listed = {d["id"]: d for d in expected["differences"]}
    unknown = sorted(set(listed) - set(MATCHERS))
    if unknown:
        print(f"{args.expected}: no matcher for {unknown}")
        return 1

    index = json.loads((ROOT / "generated" / "schemas" / "index.json").read_text())
    consumers: dict[str, Consumer] = {}
    for info in index["venues"].values():
        for entry in info["messages"].values():
            schema = json.loads((ROOT / "generated" / "schemas" / entry["path"]).read_text())
            consumers[entry["$id"]] = Consumer(schema)

    rng = random.Random(args.seed)  # noqa: S311 - reproducible mutations, no secret
    seen: Counter[str] = Counter()
    failures = vectors = mutated = 0
    for venue in index["venues"]:
        document = json.loads((ROOT / "generated" / "conformance" / f"{venue}.json").read_text())
        reference_json = document["reference"]
        reference = twapschema.parse_reference({venue: reference_json}) if reference_json else None
        by_message: dict[str, list[dict[str, Any]]] = {}
        for vector in document["vectors"]:
            by_message.setdefault(vector["message"], []).append(vector)
            consumer = consumers[vector["schema"]]
            ref = reference_json if vector["with_reference"] else None
            got = consumer.verdict(vector["payload"], ref)
            want = (
                sorted((v["rule"], v["path"]) for v in vector["violations"]),
                vector["unchecked"],
            )
            vectors += 1
            if got != want:
                judge = _judge(venue, vector["message"], reference if ref else None)
                found = Disagreement(vector["payload"], want, got, judge, consumer, ref)
                what = f"{venue}/{vector['message']}: {vector['description']}"
                failures += _disagree(what, found, listed, seen)
        strings = _strings(reference_json)
        for message, cases in by_message.items():
            consumer = consumers[cases[0]["schema"]]
            for case, payload in [
                *((c, p) for c in cases if c["valid"] for p in _with_nul(c["payload"])),
                *_mutations(rng, cases, strings, args.mutations),
            ]:
                with_ref = case["with_reference"]
                judge = _judge(venue, message, reference if with_ref else None)
                want = judge(payload)
                ref = reference_json if with_ref else None
                got = consumer.verdict(payload, ref)
                mutated += 1
                if got != want:
                    found = Disagreement(payload, want, got, judge, consumer, ref)
                    what = f"{venue}/{message}: a mutation of {case['description']!r}"
                    failures += _disagree(what, found, listed, seen)
    print(
        f"native consumer (jsonschema-rs, cel-expr-python): {vectors} vectors, {mutated}"
        f" mutated payloads, {failures} unlisted disagreements; listed and seen:"
        f" {dict(sorted(seen.items())) or 'none'}"
    )
    for name in sorted(set(listed) - set(seen)):
        print(f"  listed, not seen in this run: {name}")
    return 0 if failures == 0 else 1


def _disagree(what: str, found: Disagreement, listed: Mapping[str, Any], seen: Counter[str]) -> int:
    for name in listed:
        if MATCHERS[name](found):
            seen[name] += 1
            return 0
    text = json.dumps(found.payload, ensure_ascii=False)
    print(
        f"DISAGREE {what}\n  payload:    {text[:400]}\n  twapschema: {found.want}\n"
        f"  consumer:   {found.got}"
    )
    return 1


def _judge(venue: str, message: str, reference: twapschema.Reference | None) -> Judge:
    def judge(payload: object) -> Verdict:
        result = twapschema.validate(venue, message, payload, reference=reference)
        violations = sorted({(v.rule, v.path) for v in result.violations})
        return violations, sorted(result.unchecked)

    return judge


def _strings(value: object) -> list[str]:
    """The reference data's keys and text values: symbols that exist, active or not."""
    out: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            out.append(k)
            out += _strings(v)
    elif isinstance(value, list):
        for v in value:
            out += _strings(v)
    elif isinstance(value, str):
        out.append(value)
    return out[:200]


def _mutations(
    rng: random.Random, cases: list[dict[str, Any]], strings: list[str], count: int
) -> Iterator[tuple[dict[str, Any], object]]:
    for _ in range(count):
        case = rng.choice(cases)
        payload = copy.deepcopy(case["payload"])
        for _ in range(rng.randint(1, 3)):
            payload = _mutate(rng, payload, strings)
        yield case, payload


def _with_nul(payload: object) -> Iterator[object]:
    """The valid payload with a NUL inside each of its top-level strings in turn."""
    if isinstance(payload, dict):
        for key, value in payload.items():
            if isinstance(value, str) and value:
                yield {**payload, key: value[:1] + "\x00" + value[1:]}


def _places(value: object, at: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    """Every member and item position, outermost first."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield (*at, k)
            yield from _places(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield (*at, i)
            yield from _places(v, (*at, i))


def _mutate(rng: random.Random, payload: object, strings: list[str]) -> object:
    places = list(_places(payload))
    if not places:
        return rng.choice(_POOL)
    place = rng.choice(places)
    parent: Any = payload
    for step in place[:-1]:
        parent = parent[step]
    last: Any = place[-1]
    old = parent[last]
    choice = rng.randrange(8)
    if choice == 0 and isinstance(parent, dict):
        del parent[last]
    elif choice == 1 and isinstance(parent, dict):
        parent[f"{last}_extra" if rng.random() < 0.5 else str(last).upper()] = old
    elif choice == 2:
        parent[last] = _nudged(rng, old)
    elif choice == 3 and strings:
        parent[last] = rng.choice(strings)
    elif choice == 4:
        # Another member's value here: the cross-field rules meet unusual pairs.
        other: Any = payload
        target = rng.choice(places)
        for step in target:
            other = other[step]
        parent[last] = copy.deepcopy(other)
    else:
        parent[last] = copy.deepcopy(rng.choice(_POOL))
    return payload


def _nudged(rng: random.Random, value: object) -> object:
    """A value near the old one: the boundaries are where verdicts turn."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + rng.choice([-1, 1, value, -2 * value, 9 * value])
    if isinstance(value, float):
        return value * rng.choice([0.5, 2.0, 1.0000001, -1.0])
    if isinstance(value, str) and value:
        return rng.choice(
            [
                value + "1",
                value[:-1],
                value + "0",
                "-" + value,
                value + "\n",
                value.upper(),
                value.lower(),
                "0" + value,
                value.replace(".", "", 1),
                value + ".5",
            ]
        )
    return value


if __name__ == "__main__":
    sys.exit(main())

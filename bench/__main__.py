"""twapschema benchmarks, reported as ratios against baselines run in the same process.

    python -m bench                  everything (about two minutes)
    python -m bench --quick          fewer repeats and a 100,000-order CLI file
    python -m bench --only validate  one section: validate, invalid, cli, generate, import,
                                     reference
    python -m bench --write          also rewrite bench/RESULTS.md with the figures

A time alone means little on a shared machine; a ratio between two things timed side by side,
in one process, means a lot more. Each figure is the best of several repeats.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec
from pydantic import ValidationError

import twapschema
from bench import baselines
from twapschema.models import aevo, ondo, qfex

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = twapschema.load_reference(ROOT / "examples" / "reference.yaml")
QFEX_REF = REFERENCE.for_venue("qfex")

ONDO_VALID = {
    "market": "AAPL-USD.P",
    "side": "buy",
    "size": "20.30",
    "runningTime": 3600,
    "frequency": 60,
    "reduceOnly": False,
    "maxPrice": "160.00",
    "minPrice": "140.00",
}
ONDO_INVALID = {**ONDO_VALID, "runningTime": 3601, "minPrice": "170.00", "size": "0"}
QFEX_VALID = {
    "type": "add_twap",
    "params": {
        "symbol": "AAPL-USD",
        "side": "BUY",
        "total_quantity": 10,
        "num_orders": 5,
        "order_interval_secs": 30,
        "reduce_only": False,
        "client_twap_id": "rebalance-aapl-001",
    },
}
QFEX_INVALID = {
    "type": "add_twap",
    "params": {**QFEX_VALID["params"], "num_orders": 1, "order_interval_secs": 29},  # type: ignore[dict-item]
}
AEVO_VALID = {"instrument_id": 12, "is_buy": True, "amount_float": "12.23", "duration": 30}
AEVO_INVALID = {"instrument_id": -1, "is_buy": "yes", "amount_float": "0.0000001", "duration": 0}

Lines = list[str]


def best(fn: Callable[[], object], repeat: int) -> float:
    """Seconds per call: the best of ``repeat`` timed batches (batches of about 0.1 s)."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()
    number = max(1, number // 2)
    return min(timer.repeat(repeat=repeat, number=number)) / number


def interleaved(contenders: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Seconds per call for each contender, timed in turns (round-robin) so that a slow moment
    of the machine lands on all of them alike; the best turn of each counts."""
    timers = {name: timeit.Timer(fn) for name, fn in contenders.items()}
    numbers = {name: max(1, t.autorange()[0] // 4) for name, t in timers.items()}
    found = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat * 3):
        for name, timer in timers.items():
            found[name] = min(found[name], timer.timeit(numbers[name]) / numbers[name])
    return found


def raises(fn: Callable[[], object], *kinds: type[BaseException]) -> Callable[[], None]:
    def call() -> None:
        try:
            fn()
        except kinds:
            return
        raise AssertionError("expected the payload to be refused")

    return call


def checked(fn: Callable[[], Any], expect_valid: bool) -> Callable[[], Any]:
    """The same callable, after making sure it gives the expected verdict."""
    outcome = fn()
    if isinstance(outcome, twapschema.ValidationResult):
        assert outcome.valid is expect_valid, outcome
    return fn


def venue_cases(valid: bool) -> dict[str, dict[str, Callable[[], object]]]:
    """Per venue, the contenders on one payload; "hand-written Pydantic" is the baseline."""
    ondo_p = ONDO_VALID if valid else ONDO_INVALID
    qfex_p = QFEX_VALID if valid else QFEX_INVALID
    aevo_p = AEVO_VALID if valid else AEVO_INVALID
    ctx = {"reference": QFEX_REF}
    ondo_schema = baselines.schema_validator("ondo", "create_twap_order")
    qfex_schema = baselines.schema_validator("qfex", "add_twap")
    aevo_schema = baselines.schema_validator("aevo", "create_twap_order")

    def pyd(model: Any, payload: Any, **kw: Any) -> Callable[[], object]:
        call = lambda: model.model_validate(payload, **kw)
        return call if valid else raises(call, ValidationError)

    def spec(
        struct: Any, payload: Any, after: Callable[[Any], None] | None = None
    ) -> Callable[[], object]:
        def call() -> object:
            decoded = msgspec.convert(payload, type=struct, strict=True)
            if after is not None:
                after(decoded)
            return decoded

        return call if valid else raises(call, msgspec.ValidationError)

    def schema(
        validator: Any, payload: Any, cross: Callable[[Any], list[str]]
    ) -> Callable[[], object]:
        def call() -> object:
            errors = list(validator.iter_errors(payload))
            return errors if errors else cross(payload)

        return call

    return {
        "ondo create_twap_order": {
            "hand-written Pydantic": pyd(baselines.OndoHand, ondo_p),
            "twapschema.validate": checked(
                lambda: twapschema.validate("ondo", "create_twap_order", ondo_p), valid
            ),
            "generated model": pyd(ondo.CreateTwapOrder, ondo_p),
            "msgspec": spec(baselines.OndoStruct, ondo_p),
            "jsonschema + hand rules": schema(ondo_schema, ondo_p, baselines.ondo_cross),
        },
        "qfex add_twap (reference data)": {
            "hand-written Pydantic": pyd(baselines.QfexHand, qfex_p, context=ctx),
            "twapschema.validate": checked(
                lambda: twapschema.validate("qfex", "add_twap", qfex_p, reference=REFERENCE), valid
            ),
            "generated model": pyd(qfex.AddTwap, qfex_p, context=ctx),
            "msgspec": spec(
                baselines.QfexStruct, qfex_p, lambda s: baselines.qfex_cross_checked(s, QFEX_REF)
            ),
            "jsonschema + hand rules": schema(
                qfex_schema, qfex_p, lambda p: baselines.qfex_cross(p, QFEX_REF)
            ),
        },
        "aevo create_twap_order": {
            "hand-written Pydantic": pyd(baselines.AevoHand, aevo_p),
            "twapschema.validate": checked(
                lambda: twapschema.validate("aevo", "create_twap_order", aevo_p), valid
            ),
            "generated model": pyd(aevo.CreateTwapOrder, aevo_p),
            "msgspec": spec(baselines.AevoStruct, aevo_p),
            "jsonschema + hand rules": schema(aevo_schema, aevo_p, baselines.aevo_cross),
        },
    }


def validation(valid: bool, repeat: int) -> tuple[Lines, dict[str, Any]]:
    kind = "valid" if valid else "invalid (every violation collected)"
    lines = [
        f"### {kind.capitalize()} request, per call (ratio to hand-written Pydantic)",
        "",
        "| message | contender | µs per call | ratio |",
        "| --- | --- | ---: | ---: |",
    ]
    figures: dict[str, Any] = {}
    for message, contenders in venue_cases(valid).items():
        times = interleaved(contenders, repeat)
        base = times["hand-written Pydantic"]
        for name, seconds in times.items():
            lines.append(f"| {message} | {name} | {seconds * 1e6:.2f} | {seconds / base:.2f} |")
        figures[message] = {name: seconds / base for name, seconds in times.items()}
    if not valid:
        lines += ["", "msgspec stops at the first error, so it reports one violation, not all."]
    return lines, figures


def cli(orders: int) -> tuple[Lines, dict[str, Any]]:
    lines = [f"### CLI: `twapschema validate` on a JSON Lines file of {orders:,} orders", ""]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "orders.jsonl"
        line = json.dumps(ONDO_VALID) + "\n"
        path.write_text(line * orders, encoding="utf-8")
        figures = {}
        for fmt in ("text", "json"):
            command = [
                sys.executable,
                "-m",
                "twapschema.cli",
                "validate",
                "ondo",
                "create_twap_order",
                str(path),
                "--format",
                fmt,
            ]
            started = time.perf_counter()
            done = subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
            elapsed = time.perf_counter() - started
            assert done.returncode == 0, done
            rate = orders / elapsed
            figures[fmt] = rate
            lines.append(
                f"- `--format {fmt}`: {rate:,.0f} orders per second ({elapsed:.1f} s, one process)"
            )
        baseline = best(lambda: json.loads(line), 3)
        lines.append(
            f"- for scale: `json.loads` of one line alone takes {baseline * 1e6:.2f} µs, "
            f"a ceiling of {1 / baseline:,.0f} lines per second"
        )
    return lines, figures


def synthetic_specs(directory: Path, count: int) -> None:
    source = (ROOT / "specs" / "ondo.yaml").read_text(encoding="utf-8")
    (directory / "specs").mkdir(parents=True)
    for i in range(count):
        venue = f"venue{i:03d}"
        (directory / "specs" / f"{venue}.yaml").write_text(
            source.replace("  id: ondo\n", f"  id: {venue}\n", 1), encoding="utf-8"
        )


def generation(repeat: int) -> tuple[Lines, dict[str, Any]]:
    from twapschema.generate import build

    lines = ["### `twapschema generate` (building every artifact in memory)", ""]
    figures: dict[str, Any] = {}
    three = min(_timed(lambda: build(ROOT)) for _ in range(repeat))
    figures["three venues"] = three
    lines.append(f"- the three venues: {three:.2f} s")
    points = []
    for count in (10, 30, 100):
        with tempfile.TemporaryDirectory() as tmp:
            synthetic_specs(Path(tmp), count)
            seconds = min(_timed(lambda: build(Path(tmp))) for _ in range(max(1, repeat // 2)))
        points.append((count, seconds))
        lines.append(
            f"- {count} synthetic venue specs: {seconds:.2f} s"
            f" ({seconds / count * 1000:.0f} ms per spec)"
        )
    per_spec = [s / c for c, s in points]
    spread = max(per_spec) / min(per_spec)
    lines.append(f"- time per spec from 10 to 100 specs varies by {spread:.2f}x: linear growth")
    figures["synthetic"] = points
    return lines, figures


def reference_data(repeat: int) -> tuple[Lines, dict[str, Any]]:
    """Issue 18: reference data built from a venue's answers, loaded, and validated with, for a
    2,000-symbol Binance exchangeInfo against the small documented answer and the bundled file."""
    from tests.fixtures.refdata.make_large import binance_answers
    from twapschema.refdata import mapping, output
    from twapschema.refdata.api import check, document, snapshot
    from twapschema.refdata.build import build, read_answer

    sources = mapping.venue_sources("binance")
    fixtures = ROOT / "tests" / "fixtures" / "refdata"
    texts = {
        "small": {
            n: (fixtures / "binance" / f"{n}.json").read_text()
            for n in ("futures_exchange_info", "futures_mark_prices")
        },
        "large": {n: json.dumps(a) for n, a in binance_answers().items()},
    }

    def builder(which: str) -> Callable[[], object]:
        def run() -> object:
            answers = {n: [read_answer(t, n)] for n, t in texts[which].items()}
            return build(sources, answers, ["symbols"])

        return run

    built = {which: builder(which)() for which in texts}
    taken = snapshot("bench", datetime(2026, 12, 2, tzinfo=UTC))
    files = {}
    temp = Path(tempfile.mkdtemp(prefix="twapschema-bench-"))
    for which, result in built.items():
        data = document({"binance": (result, taken)})  # type: ignore[dict-item]
        path = temp / f"{which}.yaml"
        path.write_text(output.dumps(data, "yaml"), encoding="utf-8")
        files[which] = path
    (temp / "large.json").write_text(
        output.dumps(document({"binance": (built["large"], taken)}), "json"),
        encoding="utf-8",  # type: ignore[dict-item]
    )
    files["large.json"] = temp / "large.json"
    references = {
        "bundled file": REFERENCE,
        "2,000 symbols": twapschema.load_reference(files["large"]),
    }
    order = {
        "symbol": "BTCUSDT",
        "side": "BUY",
        "quantity": "1",
        "duration": 5000,
        "timestamp": 1641522717552,
    }
    large_order = {**order, "symbol": "C0001USDT", "quantity": "1000"}  # both valid
    rows = len(built["large"].part["symbols"])  # type: ignore[attr-defined]
    times = {
        "build, documented answer (4 symbols)": best(builder("small"), repeat),
        f"build, 2,000-symbol answer ({rows:,} rows)": best(builder("large"), repeat),
        "load, bundled examples/reference.yaml": best(
            lambda: twapschema.load_reference(ROOT / "examples" / "reference.yaml"), repeat
        ),
        "load, built 2,000-symbol YAML": best(lambda: twapschema.load_reference(files["large"]), 1),
        "load, built 2,000-symbol JSON": best(
            lambda: twapschema.load_reference(files["large.json"]), 1
        ),
        "check (parse_reference) of the built data": best(
            lambda: check(document({"binance": (built["large"], taken)}), "bench"),  # type: ignore[dict-item]
            repeat,
        ),
    }
    for payload, name in ((order, "bundled file"), (large_order, "2,000 symbols")):
        verdict = twapschema.validate(
            "binance", "new_order_twap", payload, reference=references[name]
        )
        assert verdict.valid, verdict
        assert not verdict.unchecked, verdict
    validate = interleaved(
        {
            "validate, bundled file loaded": lambda: twapschema.validate(
                "binance", "new_order_twap", order, reference=references["bundled file"]
            ),
            "validate, 2,000 symbols loaded": lambda: twapschema.validate(
                "binance", "new_order_twap", large_order, reference=references["2,000 symbols"]
            ),
        },
        repeat,
    )
    lines = [
        "### Reference data (ratio to the small case in the same row group)",
        "",
        "| step | ms per call | ratio |",
        "| --- | ---: | ---: |",
    ]
    base_build = times["build, documented answer (4 symbols)"]
    base_load = times["load, bundled examples/reference.yaml"]
    figures: dict[str, Any] = {}
    for name, seconds in times.items():
        base = base_build if name.startswith("build") else base_load
        figures[name] = seconds / base
        lines.append(f"| {name} | {seconds * 1e3:.3f} | {seconds / base:.1f} |")
    base_validate = validate["validate, bundled file loaded"]
    for name, seconds in validate.items():
        figures[name] = seconds / base_validate
        lines.append(f"| {name} | {seconds * 1e3:.4f} | {seconds / base_validate:.2f} |")
    return lines, figures


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def imports(repeat: int) -> tuple[Lines, dict[str, Any]]:
    def cost(statement: str) -> float:
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True)
            runs.append(time.perf_counter() - started)
        return min(runs)

    bare = cost("pass")
    pyd = cost("import pydantic; pydantic.BaseModel") - bare
    ours = cost("import twapschema") - bare
    first = cost("import twapschema; twapschema.validate('ondo', 'create_twap_order', {})") - bare
    lines = [
        "### Import time (a fresh interpreter, interpreter start-up subtracted)",
        "",
        f"- `import pydantic`: {pyd * 1000:.0f} ms",
        f"- `import twapschema`: {ours * 1000:.0f} ms ({ours / pyd:.2f}x pydantic)",
        "- `import twapschema` and a first `validate` (loads a venue's models): "
        f"{first * 1000:.0f} ms ({first / pyd:.2f}x pydantic)",
    ]
    return lines, {"pydantic": pyd, "twapschema": ours, "first validate": first}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}; "
        f"pydantic {__import__('pydantic').VERSION}; msgspec {msgspec.__version__}; "
        f"jsonschema {__import__('importlib.metadata').metadata.version('jsonschema')}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller CLI file")
    parser.add_argument(
        "--only",
        choices=("validate", "invalid", "cli", "generate", "import", "reference"),
        help="one section",
    )
    parser.add_argument("--write", action="store_true", help="rewrite bench/RESULTS.md")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    sections: dict[str, Callable[[], tuple[Lines, dict[str, Any]]]] = {
        "validate": lambda: validation(True, repeat),
        "invalid": lambda: validation(False, repeat),
        "cli": lambda: cli(100_000 if args.quick else 1_000_000),
        "generate": lambda: generation(repeat),
        "import": lambda: imports(repeat),
        "reference": lambda: reference_data(repeat),
    }
    chosen = [args.only] if args.only else list(sections)
    out = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {machine()}.",
        "Produced by `python -m bench --write`; ratios are against baselines timed in the same "
        "process.",
        "",
    ]
    for name in chosen:
        lines, _ = sections[name]()
        out += [*lines, ""]
        print("\n".join(lines), "", sep="\n", flush=True)
    if args.write:
        (ROOT / "bench" / "RESULTS.md").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

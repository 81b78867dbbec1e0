"""twapschema benchmarks, reported as ratios against baselines run in the same process.

    python -m bench                  everything (about eight minutes: the CLI's million orders,
                                     in one process and with --jobs 2, three times each)
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
from bench import baselines, peak_memory

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = twapschema.load_reference(ROOT / "examples" / "reference.yaml")
ONDO_VALID = baselines.ondo.VALID

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

    def contenders(b: baselines.Baseline) -> dict[str, Callable[[], object]]:
        payload = b.valid if valid else b.invalid
        prepared = b.prepare(REFERENCE.for_venue(b.venue)) if b.reference else None
        context = {"reference": prepared} if prepared is not None else None
        reference = REFERENCE if b.reference else None
        model = generated_model(b.venue, b.message)
        part_context = {"reference": REFERENCE.for_venue(b.venue)} if b.reference else None
        validator = baselines.schema_validator(b.venue, b.message)
        after = b.after if prepared is not None else None

        def pyd(cls: Any, ctx: Any) -> Callable[[], object]:
            call = lambda: cls.model_validate(payload, context=ctx)
            return call if valid else raises(call, ValidationError)

        def spec() -> object:
            decoded = msgspec.convert(payload, type=b.struct, strict=True)
            if after is not None:
                after(decoded, prepared)
            return decoded

        def schema() -> object:
            errors = list(validator.iter_errors(payload))
            return errors if errors else b.cross(payload, prepared)

        return {
            "hand-written Pydantic": pyd(b.hand, context),
            "twapschema.validate": checked(
                lambda: twapschema.validate(b.venue, b.message, payload, reference=reference),
                valid,
            ),
            "generated model": pyd(model, part_context),
            "msgspec": spec if valid else raises(spec, msgspec.ValidationError),
            "jsonschema + hand rules": schema,
        }

    return {b.label: contenders(b) for b in baselines.ALL}


def generated_model(venue: str, message: str) -> Any:
    from twapschema.runtime import registry

    return registry.message_entry(venue, message).model


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


def _run_cli(arguments: list[str]) -> tuple[float, int]:
    """Seconds and peak resident set (KiB: the largest of the process and its workers, this
    process's own memory left out: bench/peak_memory.py) of one `twapschema` run, its output
    thrown away."""
    done = peak_memory.run([sys.executable, "-m", "twapschema.cli", *arguments])
    assert done.code == 0, (arguments, done.code)
    return done.seconds, done.peak_kib


def cli(orders: int, repeat: int) -> tuple[Lines, dict[str, Any]]:
    lines = [f"### CLI: `twapschema validate` on a JSON Lines file of {orders:,} orders", ""]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "orders.jsonl"
        empty = Path(tmp) / "empty.jsonl"
        line = json.dumps(ONDO_VALID) + "\n"
        path.write_text(line * orders, encoding="utf-8")
        empty.write_text("", encoding="utf-8")
        runs = [(fmt, jobs) for jobs in (1, 2) for fmt in ("text", "json")]
        elapsed = dict.fromkeys(runs, float("inf"))
        start_up = dict.fromkeys((1, 2), float("inf"))
        peak = dict.fromkeys(runs, 0)
        for _ in range(repeat):  # in turns, so that a slow moment lands on every run alike
            for fmt, jobs in runs:
                args = ["validate", "ondo", "create_twap_order", "--format", fmt, "--jobs"]
                seconds, rss = _run_cli([*args, str(jobs), str(path)])
                elapsed[fmt, jobs] = min(elapsed[fmt, jobs], seconds)
                peak[fmt, jobs] = max(peak[fmt, jobs], rss)
            for jobs in (1, 2):
                seconds, _ = _run_cli(
                    ["validate", "ondo", "create_twap_order", "--jobs", str(jobs), str(empty)]
                )
                start_up[jobs] = min(start_up[jobs], seconds)
        baseline = best(lambda: json.loads(line), 3)
        figures: dict[str, Any] = {"json.loads ceiling": 1 / baseline}
        size = path.stat().st_size / 1e6
        for fmt, jobs in runs:
            rate = orders / elapsed[fmt, jobs]
            steady = orders / max(elapsed[fmt, jobs] - start_up[jobs], 1e-9)
            figures[f"{fmt} jobs {jobs}"] = rate
            figures[f"{fmt} jobs {jobs} steady"] = steady
            where = "one process" if jobs == 1 else f"{jobs} worker processes"
            lines.append(
                f"- `--format {fmt} --jobs {jobs}`: {rate:,.0f} orders per second "
                f"({elapsed[fmt, jobs]:.2f} s, {where}); {steady:,.0f} once started "
                f"(start-up {start_up[jobs]:.2f} s, a run on an empty file), "
                f"{steady * baseline:.2f} of the `json.loads` ceiling; "
                f"peak memory {peak[fmt, jobs] / 1024:.0f} MB for a {size:.0f} MB file"
            )
        for fmt in ("text", "json"):
            scaling = elapsed[fmt, 1] / elapsed[fmt, 2]
            figures[f"{fmt} scaling"] = scaling
            lines.append(
                f"- `--format {fmt}`: `--jobs 2` runs {scaling:.2f}x as fast as one process"
            )
        lines.append(
            f"- for scale: `json.loads` of one line alone takes {baseline * 1e6:.2f} µs, "
            f"a ceiling of {1 / baseline:,.0f} lines per second; this machine has "
            f"{os.cpu_count()} CPUs"
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
        "cli": lambda: cli(100_000 if args.quick else 1_000_000, 1 if args.quick else 3),
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

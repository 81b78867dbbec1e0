"""A partitioned order log validated on Dask's distributed scheduler.

Each partition is a list of JSON Lines; each worker gets the validator (``twapschema.validator``
pickles by venue, message, reference data and options, and is rebuilt where it lands) and
returns exact counts: valid orders, invalid ones, and invalid ones per rule. The counts are
summed on the client. Run it as a script for a local demonstration:

    python examples/dask_order_log.py ORDERS.jsonl [--partitions N] [--workers N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from dask.distributed import Client, LocalCluster

import twapschema

Check = Callable[[object], twapschema.ValidationResult]


def count(lines: Iterable[str], check: Check) -> Counter[str]:
    """``valid``, ``invalid``, ``unreadable`` and ``rule:<id>`` (each invalid order once per
    rule it breaks) over one partition. Decimals stay exact: the decoder reads numbers as
    Decimal and refuses duplicate keys, as the CLI does."""
    # Imported here: a script's functions travel to the workers by value (cloudpickle), and the
    # decoder's C scanner does not pickle; the module is imported where the function runs.
    from twapschema.exact_json import DECODER  # noqa: PLC0415

    found: Counter[str] = Counter()
    for line in lines:
        if not line.strip():
            continue
        try:
            payload = DECODER.decode(line)
        except ValueError:
            found["unreadable"] += 1
            continue
        result = check(payload)
        found["valid" if result.valid else "invalid"] += 1
        for rule in dict.fromkeys(v.rule for v in result.violations):
            found[f"rule:{rule}"] += 1
    return found


def counts_on_cluster(
    partitions: Sequence[Sequence[str]], check: Check, *, workers: int = 2
) -> Counter[str]:
    """The summed counts, each partition counted by a worker process of a LocalCluster."""
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        shared = client.scatter(check, broadcast=True)  # one pickled copy per worker
        futures = client.map(count, list(partitions), check=shared, pure=False)
        total: Counter[str] = Counter()
        for part in client.gather(futures):
            total.update(part)
        return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", help="a JSON Lines file of ondo create_twap_order payloads")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with open(args.log, encoding="utf-8") as f:
        lines = f.readlines()
    size = max(1, -(-len(lines) // args.partitions))
    partitions = [lines[i : i + size] for i in range(0, len(lines), size)]
    check = twapschema.validator("ondo", "create_twap_order")
    totals = counts_on_cluster(partitions, check, workers=args.workers)
    print(json.dumps(dict(sorted(totals.items())), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

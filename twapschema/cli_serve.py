"""``twapschema serve``: a local stand-in for venues, for integration tests of gateways."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from twapschema.runtime.reference import load_reference
from twapschema.serve.answer import ScenarioError
from twapschema.serve.scenarios import Scenario, problems
from twapschema.serve.signing import SecretError

EXIT_OK, EXIT_USAGE = 0, 2


def add_parser(commands: Any) -> None:
    serve = commands.add_parser(
        "serve",
        help="run a local stand-in for venues (for integration tests of trading gateways)",
        description=(
            "Serve each VENUE's endpoints on 127.0.0.1 as its spec declares them: REST "
            "endpoints under /VENUE (and at the root when no other venue served has the same "
            "path), QFEX's WebSocket at /qfex (and /). Each request is judged by the generated "
            "validator: a valid one gets the venue's reply (a valid instance of its response "
            "message, with a fresh id and the request's members echoed as the spec says), an "
            "invalid one the venue's rejection with its documented code and HTTP status. "
            "Accepted orders are kept in memory, so a cancel finds them and an unknown id "
            "gets the venue's error. Headers X-Twapschema-Message, -Verdict and -Rules say how "
            "each request was judged. Scenarios (a forced rejection, a rate limit, a slow "
            "reply, a dropped connection) come from --scenarios or POST /_twapschema/scenarios; "
            "GET /_twapschema/orders lists the orders. Stops on Ctrl-C or SIGTERM, closing "
            "every connection."
        ),
        epilog=(
            "example: twapschema serve okx binance --port 8080 --reference reference.yaml; "
            "then POST http://127.0.0.1:8080/okx/api/v5/trade/order-algo. Exit 0 after a "
            "stop; 2 for a usage error (an unknown venue, a bad file, the port taken)."
        ),
    )
    serve.add_argument("venues", metavar="VENUE", nargs="+", help="venues to serve")
    serve.add_argument(
        "--port", type=int, default=8080, help="port on 127.0.0.1 (default 8080; 0: any free)"
    )
    serve.add_argument(
        "--reference", metavar="FILE", type=Path, help="reference data the rules need"
    )
    serve.add_argument(
        "--scenarios",
        metavar="FILE",
        type=Path,
        help="a YAML or JSON list of scenarios armed at start (see the docs' stand-in page)",
    )
    serve.add_argument("--seed", type=int, help="seed for the fresh ids, so runs give the same ids")
    serve.add_argument(
        "--no-auth",
        action="store_true",
        help=(
            "take REST requests without their venue's auth headers (by default one without is"
            " refused 401; without --secret only their presence is checked)"
        ),
    )
    serve.add_argument(
        "--secret",
        metavar="VENUE=SECRET",
        action="append",
        default=[],
        help=(
            "the API secret the venue's requests are signed with (repeatable, one per venue):"
            " each request's signature is then checked as the venue computes it (Binance's"
            " signature parameter, OKX's OK-ACCESS-SIGN, Bybit's X-BAPI-SIGN, Kraken's API-Sign,"
            " QFEX's auth frame, Aevo's and Ondo's signed headers), and a wrong one gets the"
            " venue's refusal. Timestamps' freshness and nonces' increase are not checked."
        ),
    )


def run(args: argparse.Namespace) -> int:
    try:
        # aiohttp is an extra: the rest of the CLI works without it
        from twapschema.serve.runner import (  # noqa: PLC0415
            PortTakenError,
            make,
            serve_forever,
        )
    except ImportError as e:  # aiohttp is the [serve] extra
        print(
            f"twapschema: serve needs aiohttp ({e}); pip install 'twapschema[serve]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    reference = load_reference(args.reference) if args.reference else None
    scenarios = _scenarios(args.scenarios) if args.scenarios else []
    if scenarios is None:
        return EXIT_USAGE
    secrets: dict[str, str] = {}
    for given in args.secret:
        venue, eq, secret = given.partition("=")
        if not eq or not venue or not secret:
            print(f"twapschema: --secret {given!r}: give VENUE=SECRET", file=sys.stderr)
            return EXIT_USAGE
        if venue in secrets:
            print(f"twapschema: --secret: two secrets for {venue}", file=sys.stderr)
            return EXIT_USAGE
        secrets[venue] = secret
    try:
        standin = make(
            args.venues,
            reference=reference,
            scenarios=scenarios,
            seed=args.seed,
            check_auth=not args.no_auth,
            secrets=secrets,
        )
    except ScenarioError as e:
        print(f"twapschema: {args.scenarios}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except SecretError as e:
        print(f"twapschema: --secret: {e}", file=sys.stderr)
        return EXIT_USAGE

    def announce(port: int) -> None:
        for venue, cat in standin.catalogs.items():
            scheme = "ws" if cat.transport == "websocket" else "http"
            print(f"{venue}: {scheme}://127.0.0.1:{port}/{venue}", flush=True)
        print(f"control: http://127.0.0.1:{port}/_twapschema/ (Ctrl-C stops)", flush=True)

    try:
        serve_forever(standin, args.port, announce)
    except PortTakenError as e:
        print(f"twapschema: {e.strerror}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _scenarios(path: Path) -> list[Scenario] | None:
    """The file's scenarios, or None after saying on stderr what is wrong and where."""
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        print(f"twapschema: cannot read scenarios {path}: {e}", file=sys.stderr)
        return None
    if not isinstance(loaded, list):
        print(f"twapschema: {path}: a list of scenarios is expected", file=sys.stderr)
        return None
    out = []
    for i, item in enumerate(loaded):
        try:
            out.append(Scenario.model_validate(item))
        except ValidationError as e:
            for where, what in problems(e):
                print(
                    f"twapschema: {path}: scenario {i}{'.' + where if where else ''}:"
                    f" {what} (got {json.dumps(item, default=str)})",
                    file=sys.stderr,
                )
            return None
    return out

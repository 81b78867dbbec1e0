"""``twapschema reference``: reference data from the venues' own instrument endpoints.

``sources`` lists what each spec declares; ``build`` runs it over saved answers (offline);
``fetch`` asks the endpoints live. Both write a reference file with each venue's snapshot.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: Any) -> None:
    ref = commands.add_parser(
        "reference",
        help="build or fetch reference data from the venues' instrument endpoints",
        description=(
            "Reference data (symbols, steps, minimums, status) from each venue's public "
            "instrument endpoints, as its spec declares them (reference_requests, and each "
            "reference section's fetch). Exit 0: written; 1: an endpoint failed or its answer "
            "changed shape (one line says which request, row and column); 2: usage error."
        ),
    )
    sub = ref.add_subparsers(dest="reference_command", required=True, metavar="ACTION")
    src = sub.add_parser(
        "sources",
        help="list each venue's requests and what they fill",
        description="The requests `build` needs answers to (by NAME) and `fetch` sends.",
    )
    src.add_argument("venues", metavar="VENUE", nargs="*", help="default: every venue")

    build = sub.add_parser(
        "build",
        help="build a venue's reference data from saved answers (offline)",
        description=(
            "Build VENUE's reference data from saved answers of its endpoints. Give each as "
            "NAME=FILE (see `twapschema reference sources VENUE`); repeat NAME for the pages "
            "of an endpoint that pages, in order; a lone FILE when the venue has one request."
        ),
        epilog=(
            "example: twapschema reference build hyperliquid perp_meta=meta.json "
            "spot_meta=spot.json --output reference.yaml"
        ),
    )
    build.add_argument("venue", metavar="VENUE")
    build.add_argument("answers", metavar="ANSWER", nargs="+", help="NAME=FILE, or FILE")
    build.add_argument(
        "--taken-at",
        metavar="TIME",
        help="when the answers were taken, RFC 3339 (default: the oldest file's mtime)",
    )
    _output_options(build)

    fetch = sub.add_parser(
        "fetch",
        help="fetch reference data from the venues' endpoints (live)",
        description=(
            "Ask each VENUE's declared endpoints (default: every venue that declares some) and "
            "write its reference data, with a progress line per venue on stderr. Transient "
            "failures (no connection, timeouts, 429, 5xx, an answer cut short) are retried "
            "with exponential backoff; anything else stops with one line naming the request."
        ),
        epilog="example: twapschema reference fetch binance okx --output reference.yaml",
    )
    fetch.add_argument("venues", metavar="VENUE", nargs="*")
    fetch.add_argument(
        "--timeout", type=float, default=10.0, metavar="SECONDS", help="per read (default 10)"
    )
    fetch.add_argument(
        "--attempts", type=int, default=4, metavar="N", help="tries per request (default 4)"
    )
    fetch.add_argument(
        "--backoff",
        type=float,
        default=0.5,
        metavar="SECONDS",
        help="first wait between tries, doubled each time (default 0.5)",
    )
    fetch.add_argument(
        "--base-url",
        metavar="URL",
        help="send every request to this scheme and host instead (a local stand-in or proxy)",
    )
    _output_options(fetch)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help="write here (.json: JSON, else YAML), replaced atomically (default: stdout, YAML)",
    )
    parser.add_argument(
        "--merge",
        type=Path,
        metavar="FILE",
        help=(
            "start from this reference file: its other venues and hand-kept sections stay "
            "(comments are not kept)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    from twapschema.errors import ReferenceDataError  # noqa: PLC0415
    from twapschema.refdata.build import ShapeError  # noqa: PLC0415
    from twapschema.refdata.fetch import FetchError  # noqa: PLC0415

    try:
        if args.reference_command == "sources":
            return _sources(args.venues)
        if args.reference_command == "build":
            return _build(args)
        return _fetch(args)
    except (ShapeError, FetchError) as exc:
        print(f"twapschema: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ReferenceDataError as exc:
        print(f"twapschema: the data built does not fit the spec:\n{exc.render()}", file=sys.stderr)
        return EXIT_FAILED
    except LookupError as exc:  # a venue without reference sources
        print(f"twapschema: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _sources(venues: list[str]) -> int:
    from twapschema.refdata import mapping  # noqa: PLC0415
    from twapschema.refdata.api import requests_for  # noqa: PLC0415

    for venue in venues or mapping.fetched_venues():
        sources = mapping.venue_sources(venue)
        print(f"{venue}:")
        for name in requests_for(sources):
            r = sources.request(name)
            query = "&".join(f"{k}={v}" for k, v in r.query)
            body = f" {json.dumps(r.body)}" if r.body is not None else ""
            paged = f" (paged by {r.pages.param})" if r.pages is not None else ""
            fills = sorted(
                {s.section for s in sources.sections for src in s.sources if src.request == name}
            )
            target = f"{r.url}?{query}" if query else r.url
            print(f"  {name}: {r.method} {target}{body}{paged} -> {', '.join(fills)}")
        for section, why in sources.not_fetched:
            print(f"  ({section}: not fetched: {why})")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from twapschema.refdata import mapping  # noqa: PLC0415
    from twapschema.refdata.api import requests_for, snapshot  # noqa: PLC0415
    from twapschema.refdata.build import build, read_answer  # noqa: PLC0415

    sources = mapping.venue_sources(args.venue)
    names = requests_for(sources)
    answers: dict[str, list[object]] = {}
    files: list[Path] = []
    named: list[str] = []
    for given in args.answers:
        name, sep, file = given.partition("=")
        if not sep:
            if len(names) != 1:
                listed = ", ".join(f"{n}=FILE" for n in names)
                print(
                    f"twapschema: {args.venue} has {len(names)} requests; give {listed}",
                    file=sys.stderr,
                )
                return EXIT_USAGE
            name, file = names[0], given
        if name not in names:
            print(
                f"twapschema: {args.venue} has no request {name!r} (requests: {', '.join(names)})",
                file=sys.stderr,
            )
            return EXIT_USAGE
        path = Path(file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"twapschema: {file}: cannot read: {exc}", file=sys.stderr)
            return EXIT_USAGE
        answers.setdefault(name, []).append(read_answer(text, f"{args.venue} {name} ({file})"))
        files.append(path)
        named.append(f"{name}={file}")
    taken = _taken_at(args.taken_at, files)
    if taken is None:
        print(f"twapschema: --taken-at {args.taken_at!r} is not an RFC 3339 time", file=sys.stderr)
        return EXIT_USAGE
    built = build(sources, answers)
    parts = {args.venue: (built, snapshot(" ".join(named), taken))}
    print(f"{args.venue}: {built.summary()}", file=sys.stderr)
    return _write(args, parts)


def _taken_at(text: str | None, files: list[Path]) -> datetime | None:
    from twapschema.runtime.checks import take_rfc3339  # noqa: PLC0415

    if text is None:
        oldest = min(p.stat().st_mtime for p in files)
        return datetime.fromtimestamp(int(oldest), UTC)
    when = take_rfc3339(text, "", "taken_at", "taken_at", True, False, [])
    return when if isinstance(when, datetime) else None


def _fetch(args: argparse.Namespace) -> int:
    from twapschema.refdata import mapping  # noqa: PLC0415
    from twapschema.refdata.api import fetch_reference  # noqa: PLC0415
    from twapschema.refdata.fetch import FetchOptions  # noqa: PLC0415

    venues = args.venues or list(mapping.fetched_venues())
    for venue in venues:
        mapping.venue_sources(venue)  # unknown names fail before anything is sent
    options = FetchOptions(
        timeout=args.timeout,
        attempts=max(1, args.attempts),
        backoff=args.backoff,
        base_url=args.base_url,
    )
    merge = _merge_data(args)
    fetched = fetch_reference(
        venues,
        options=options,
        merge_into=merge,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    return _emit(args, fetched.data)


def _merge_data(args: argparse.Namespace) -> dict[str, Any] | None:
    from twapschema.refdata.output import read_plain  # noqa: PLC0415

    return read_plain(args.merge) if args.merge is not None else None


def _write(args: argparse.Namespace, parts: dict[str, Any]) -> int:
    from twapschema.refdata.api import document  # noqa: PLC0415

    return _emit(args, document(parts, _merge_data(args)))


def _emit(args: argparse.Namespace, data: dict[str, Any]) -> int:
    from twapschema.refdata.api import check  # noqa: PLC0415
    from twapschema.refdata.output import dumps, form_of, write_atomic  # noqa: PLC0415

    check(data, str(args.output or "<stdout>"))  # refused before anything is written
    if args.output is None:
        sys.stdout.write(dumps(data, "yaml"))
        return EXIT_OK
    write_atomic(args.output, dumps(data, form_of(args.output)))
    print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK

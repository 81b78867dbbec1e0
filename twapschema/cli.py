"""The ``twapschema`` command: validate payloads, list venues, generate artifacts.

Exit codes: 0 every payload valid (or generation clean), 1 any payload invalid (or generated
files stale), 2 usage or input error, with one clear line per problem on stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from twapschema import __version__, cli_diff, cli_reference, cli_serve, cli_validate
from twapschema.cli_input import InputError, document
from twapschema.errors import FileError
from twapschema.numbers import json_default
from twapschema.runtime.reference import load_reference
from twapschema.runtime.registry import UnknownNameError, venue_ids, venue_module
from twapschema.runtime.schemas import (
    json_schema_bundle_text,
    json_schema_index,
    json_schema_text,
)

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twapschema",
        description=(
            "Describe, validate and document TWAP order APIs of trading venues. "
            "Venue specs live in specs/*.yaml; everything else is generated from them."
        ),
        epilog=(
            "Exit codes: 0 every payload valid (generate: files up to date); 1 any payload "
            "invalid (generate --check: files stale); 2 usage or input error."
        ),
    )
    parser.add_argument("--version", action="version", version=f"twapschema {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    cli_validate.add_parser(commands)

    listing = commands.add_parser(
        "list",
        help="list venues and their messages",
        description=(
            "Every venue and its messages: kind (request, response, error) and, for a message "
            "sent as text, how (query, form). --format json gives one object: each venue's "
            "name, spec and API versions, and each message's kind, encoding and schema $id."
        ),
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")

    schema = commands.add_parser(
        "schema",
        help="print a message's JSON Schema (or a venue's bundle of them)",
        description=(
            "Print the JSON Schema (Draft 2020-12, self-contained, CEL rules under "
            "'x-twapschema-rules') of MESSAGE of VENUE, as shipped in the package; without "
            "MESSAGE, the venue's bundle (every message under $defs, by message id)."
        ),
        epilog="example: twapschema schema ondo create_twap_order > create_twap_order.schema.json",
    )
    schema.add_argument("venue", metavar="VENUE")
    schema.add_argument("message", metavar="MESSAGE", nargs="?")

    tr = commands.add_parser(
        "translate",
        help="turn a venue-neutral TWAP intent into a venue's request",
        description=(
            "Translate INTENT (a JSON file, or '-') into VENUE's TWAP request, validated. "
            'An intent: {"symbol", "side": "buy"|"sell", "quantity", and two of '
            '"duration_seconds", "children", "interval_seconds"; optional "reduce_only", '
            '"max_price", "min_price", "client_id", "randomize"}. Nothing is rounded or dropped '
            "in silence: what the venue cannot say is listed as lost, and the exit code is then 1."
        ),
        epilog="example: twapschema translate ondo intent.json",
    )
    tr.add_argument("venue", metavar="VENUE")
    tr.add_argument("intent", metavar="INTENT")
    tr.add_argument("--reference", metavar="FILE", help="reference data (YAML or JSON)")
    tr.add_argument(
        "--members",
        metavar="FILE",
        help="a JSON object of request members no intent has a word for, by wire name, e.g."
        ' {"timestamp": 1760545414000} for binance',
    )
    tr.add_argument("--format", choices=("text", "json"), default="text")

    fe = commands.add_parser(
        "feasible",
        help="which venues can take a TWAP intent, and the nearest variant that fits",
        description=(
            "For every venue: is INTENT accepted as it is, and if not, why; where changing the "
            "timing (children, interval, duration) would make it fit, the nearest such variant, "
            "labelled as a variant. Exit 0 when any venue accepts the intent as it is."
        ),
    )
    fe.add_argument("intent", metavar="INTENT")
    fe.add_argument("--reference", metavar="FILE", help="reference data (YAML or JSON)")
    fe.add_argument(
        "--members",
        metavar="FILE",
        help="a JSON object of request members per venue id, e.g."
        ' {"bybit": {"category": "linear"}, "okx": {"tdMode": "cross"}}',
    )
    fe.add_argument("--format", choices=("text", "json"), default="text")

    cli_reference.add_parser(commands)
    cli_diff.add_parser(commands)
    cli_serve.add_parser(commands)

    gen = commands.add_parser(
        "generate",
        help="write every generated artifact from specs/",
        description=(
            "Generate models, schemas and examples from specs/*.yaml into the project at --root. "
            "With --check nothing is written: stale files are listed and the exit code is 1."
        ),
    )
    gen.add_argument("--check", action="store_true", help="only report what would change")
    gen.add_argument(
        "--root", type=Path, default=Path.cwd(), help="project root holding specs/ (default: .)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A payload may hold a lone surrogate ("\ud800" is valid JSON syntax): never let quoting it
    # in a message crash the output, whatever the terminal's encoding.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    # argparse gives FILE... its (empty) share before the options, so files named after an
    # option (`validate qfex add_twap --reference r.yaml a.json`) come back unrecognised.
    if (
        extra
        and args.command == "validate"
        and not any(e.startswith("-") and e != "-" for e in extra)
    ):
        args.files = [*args.files, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "validate" and not args.files:
        args.files = ["-"]
    try:
        if args.command == "validate":
            return cli_validate.run(args)
        if args.command == "list":
            return _list(args.format)
        if args.command == "schema":
            return _schema(args.venue, args.message)
        if args.command in ("translate", "feasible"):
            return _translate(args)
        if args.command == "reference":
            return cli_reference.run(args)
        if args.command == "diff":
            return cli_diff.run(args)
        if args.command == "serve":
            return cli_serve.run(args)
        return _generate(args)
    except (UnknownNameError, InputError) as exc:
        print(f"twapschema: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FileError as exc:
        print(f"twapschema: {exc.kind} error:\n{exc.render()}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        # Ctrl-C: one line, and the shell's code for a SIGINT death, not a traceback.
        print("twapschema: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _translate(args: argparse.Namespace) -> int:
    from twapschema import translation as t  # noqa: PLC0415 - only these commands need it

    if args.command == "translate":
        venue_module(args.venue)  # an unknown venue fails before the intent is read
    reference = load_reference(args.reference) if args.reference is not None else None
    where, data = document(args.intent)
    if isinstance(data, InputError):
        raise data
    try:
        intent = t.parse_intent(data)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    members = _members(args.members, per_venue=args.command == "feasible")
    if args.command == "translate":
        translation = t.translate(intent, args.venue, reference=reference, members=members)
        _show_translation(translation.to_json(), args.format)
        return EXIT_OK if translation.accepted else EXIT_INVALID
    try:
        results = t.feasible(intent, reference=reference, members=members)
    except ValueError as exc:
        raise InputError(f"{args.members}: {exc}") from None
    for result in results:
        _show_translation(result.to_json(), args.format)
    return EXIT_OK if any(r.translation.accepted for r in results) else EXIT_INVALID


def _members(path: str | None, *, per_venue: bool) -> dict[str, Any] | None:
    """--members: a JSON object (per venue id, for feasible), or one line saying what is wrong."""
    if path is None:
        return None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"{path}: not read: {exc}") from None
    shape = "an object of objects, per venue id" if per_venue else "an object of members"
    if not isinstance(data, dict) or (
        per_venue and not all(isinstance(v, dict) for v in data.values())
    ):
        raise InputError(f"{path}: --members must be {shape}")
    return data


def _show_translation(result: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(result, ensure_ascii=True, default=json_default))
        return
    verdict = "accepted" if result["accepted"] else "not accepted as it is"
    print(f"{result['venue']}: {verdict}")
    if result["payload"] is not None:
        request = json.dumps(result["payload"], default=json_default)
        print(f"  request ({result['message']}): {request}")
    for reason in result["reasons"]:
        print(f"  cannot: {reason}")
    for lost in result["lost"]:
        print(f"  lost: {lost}")
    for v in result["violations"]:
        print(f"  {v['path'] or '(message)'}: {v['message']} [{v['rule']}]")
    nearest = result.get("nearest_fitting_variant")
    if nearest is not None:
        print(f"  nearest fitting variant (not your intent): {nearest['change']}")
        print(f"    request: {json.dumps(nearest['payload'], default=json_default)}")


def _list(fmt: str) -> int:
    if fmt == "json":
        index = json_schema_index()["venues"]
        venues = []
        for venue in venue_ids():
            module, listed = venue_module(venue), index[venue]
            messages = [
                {
                    "id": message_id,
                    "kind": entry.kind,
                    "encoding": entry.wire.encoding if entry.wire is not None else "json",
                    "schema": listed["messages"][message_id]["$id"],
                }
                for message_id, entry in module.MESSAGES.items()
            ]
            venues.append(
                {
                    "id": venue,
                    "name": module.VENUE_NAME,
                    "spec_version": listed["spec_version"],
                    "api_version": listed["api_version"],
                    "messages": messages,
                }
            )
        print(json.dumps({"venues": venues}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for venue in venue_ids():
        module = venue_module(venue)
        print(f"{venue}: {module.VENUE_NAME}")
        for message_id, entry in module.MESSAGES.items():
            wire = entry.wire
            travels = f", {wire.encoding}" if wire is not None and wire.is_text else ""
            print(f"  {message_id} ({entry.kind}{travels})")
    return EXIT_OK


def _schema(venue: str, message: str | None) -> int:
    """The shipped file's text as it is, so that it diffs against the file under generated/."""
    text = json_schema_bundle_text(venue) if message is None else json_schema_text(venue, message)
    sys.stdout.write(text)
    return EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    # Generation needs the emitters and ruff; validation, the common case, should not load them.
    from twapschema.generate import build, stale, write  # noqa: PLC0415

    root: Path = args.root
    if not (root / "specs").is_dir():
        raise InputError(f"no specs/ directory under {root.resolve()}; run from the project root")
    from twapschema.emit.pysource import FormatterError  # noqa: PLC0415

    try:
        artifacts = build(root)
    except FormatterError as exc:
        print(f"twapschema: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.check:
        changed = stale(root, artifacts)
        for path in changed:
            print(f"stale: {path}")
        if changed:
            print(f"{len(changed)} generated file(s) out of date; run `twapschema generate`")
            return EXIT_INVALID
        print(f"{len(artifacts)} generated files up to date")
        return EXIT_OK
    touched = write(root, artifacts)
    print(f"wrote {len(touched)} of {len(artifacts)} generated files")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())

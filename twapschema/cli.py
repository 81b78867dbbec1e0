"""The ``twapschema`` command: validate payloads, list venues, generate artifacts.

Exit codes: 0 every payload valid (or generation clean), 1 any payload invalid (or generated
files stale), 2 usage or input error, with one clear line per problem on stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import IO, Any, TextIO

from twapschema import __version__, cli_diff, cli_reference
from twapschema.errors import FileError
from twapschema.exact_json import DECODER, SCAN, DuplicateKeyError
from twapschema.numbers import json_default
from twapschema.runtime.api import _VALID, validate_wire, validator
from twapschema.runtime.reference import Reference, load_reference
from twapschema.runtime.registry import UnknownNameError, message_entry, venue_ids, venue_module
from twapschema.runtime.result import ValidationResult

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader left
_JSON_LINES = (".jsonl", ".ndjson")


class InputError(Exception):
    """A file that cannot be read or is not JSON: reported with its location, exit 2."""


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

    check = commands.add_parser(
        "validate",
        help="validate payloads against a venue message",
        description=(
            "Validate JSON payloads as MESSAGE of VENUE. A FILE is one JSON document, or JSON "
            "Lines (one payload per line) when it ends in .jsonl or .ndjson; '-' reads stdin. "
            "Exit 0: all valid; 1: any invalid; 2: usage or input error."
        ),
        epilog="example: twapschema validate ondo create_twap_order order.json",
    )
    check.add_argument("venue", metavar="VENUE", help="venue id, e.g. qfex (see `twapschema list`)")
    check.add_argument("message", metavar="MESSAGE", help="message id, e.g. add_twap")
    check.add_argument(
        "files", metavar="FILE", nargs="*", default=[], help="payload files (default: stdin)"
    )
    check.add_argument(
        "--reference",
        metavar="FILE",
        help="reference data (YAML or JSON); without it, rules that need it are 'unchecked'",
    )
    check.add_argument(
        "--max-age",
        metavar="SECONDS",
        type=_seconds,
        help=(
            "trust the reference data only if its snapshot.taken_at is at most this old; "
            "older or undated, rules that need it are 'unchecked' and the verdict says why"
        ),
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help=(
            "a key the reference data does not list (an unknown symbol) violates each rule "
            "that needs its row, instead of leaving the rule 'unchecked'"
        ),
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json: one JSON object per payload, one per line",
    )
    check.add_argument(
        "--lines", action="store_true", help="read stdin as JSON Lines instead of one document"
    )
    check.add_argument(
        "--raw",
        action="store_true",
        help=(
            "read payloads as they travel: for a message sent as a query string or form body "
            "(see `twapschema list`), each line is one raw body as sent, e.g. "
            "'symbol=BTCUSDT&side=BUY&duration=5000' (a name given twice is a violation); "
            "for a JSON message, JSON text as usual"
        ),
    )
    check.add_argument(
        "--predict-error",
        action="store_true",
        help=(
            "for an invalid request, also show the error reply the venue would most likely send "
            "(a prediction from the spec; in json output, a 'predicted_error' member)"
        ),
    )

    commands.add_parser("list", help="list venues and their messages")

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
            return _validate(args)
        if args.command == "list":
            return _list()
        if args.command in ("translate", "feasible"):
            return _translate(args)
        if args.command == "reference":
            return cli_reference.run(args)
        if args.command == "diff":
            return cli_diff.run(args)
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


def _seconds(text: str) -> timedelta:
    """--max-age: whole seconds, 0 or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds")
    return timedelta(seconds=int(text))


def _validate(args: argparse.Namespace) -> int:
    entry = message_entry(args.venue, args.message)  # unknown names fail before input is read
    reference: Reference | None = None
    if args.reference is not None:
        reference = load_reference(args.reference)
    if args.raw and entry.wire is not None and entry.wire.is_text:
        return _validate_raw(args, reference)
    worst = EXIT_OK
    check = validator(
        args.venue, args.message, reference=reference, max_age=args.max_age, strict=args.strict
    )
    out = sys.stdout
    for name in args.files:
        for where, payload in _payloads(name, args.lines):
            if isinstance(payload, InputError):
                _report_input_error(payload, where, args.format, out)
                worst = EXIT_USAGE
                continue
            result = check(payload)
            _report(result, where, args.format, args.predict_error, out)
            if not result.valid and worst == EXIT_OK:
                worst = EXIT_INVALID
    return worst


def _validate_raw(args: argparse.Namespace, reference: Reference | None) -> int:
    """Each non-blank line of each file: one query string or form body, as sent."""
    worst = EXIT_OK
    for name in args.files:
        for where, line in _read(name, lines=True, each=_as_read):
            if isinstance(line, InputError):
                _report_input_error(line, where, args.format, sys.stdout)
                worst = EXIT_USAGE
                continue
            assert isinstance(line, str)
            try:
                text = line.rstrip("\r\n")
                result = validate_wire(
                    args.venue,
                    args.message,
                    text,
                    reference=reference,
                    max_age=args.max_age,
                    strict=args.strict,
                )
            except ValueError as exc:
                _report_input_error(InputError(f"{where}: {exc}"), where, args.format, sys.stdout)
                worst = EXIT_USAGE
                continue
            _report(result, where, args.format, args.predict_error, sys.stdout)
            if not result.valid and worst == EXIT_OK:
                worst = EXIT_INVALID
    return worst


def _report(result: ValidationResult, where: str, fmt: str, predict: bool, out: TextIO) -> None:
    """One record per payload, in input order, each naming its input (file:line)."""
    if result is _VALID:  # the common case, written without building anything
        if fmt == "json":
            out.write(_VALID_HEAD + _json_text(where) + _VALID_TAIL)
        else:
            out.write(f"{_shown(where)}: valid\n")
        return
    if fmt == "json":
        # ASCII escapes keep every line valid JSON in any terminal encoding, lone surrogates too.
        as_json = {"input": where, **result.to_json(with_prediction=predict)}
        out.write(json.dumps(as_json, ensure_ascii=True) + "\n")
        return
    verdict = "valid" if result.valid else "invalid"
    unchecked = f" (unchecked, no reference data: {', '.join(result.unchecked)})"
    out.write(f"{_shown(where)}: {verdict}{unchecked if result.unchecked else ''}\n")
    if result.stale_reference is not None:
        out.write(f"  (reference data not used: {_shown(result.stale_reference)})\n")
    for v in result.violations:
        out.write(f"  {_shown(v.path) or '(message)'}: {_shown(v.message)} [{v.rule}]\n")
    predicted = result.predicted_error
    if predict and predicted is not None:
        reply = json.dumps(predicted.payload, ensure_ascii=True)
        out.write(f"  predicted venue reply ({predicted.message}; a prediction): {reply}\n")


def _report_input_error(error: InputError, where: str, fmt: str, out: TextIO) -> None:
    """An input that is no payload (malformed JSON, bad UTF-8) is a record too, in its place,
    so output record N is input record N; the reason also goes to stderr."""
    reason = str(error).removeprefix(f"{where}: ")
    print(f"twapschema: {_shown(str(error))}", file=sys.stderr)
    if fmt == "json":
        record = {"input": where, "valid": False, "input_error": reason}
        out.write(json.dumps(record | {"violations": [], "unchecked": []}, ensure_ascii=True))
        out.write("\n")
    else:
        out.write(f"{_shown(where)}: not read: {_shown(reason)}\n")


# What a terminal would act on: C0 and C1 controls (newline, ESC of colour codes), DEL and the
# line and paragraph separators. Text output quotes member names and values; these are escaped.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PLAIN_JSON = re.compile("[ !#-\\[\\]-~]*")  # printable ASCII without " and \\


def _shown(text: str) -> str:
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: json.dumps(m.group())[1:-1], text)


def _json_text(text: str) -> str:
    if _PLAIN_JSON.fullmatch(text):
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=True)


def _payloads(name: str, force_lines: bool) -> Iterator[tuple[str, object]]:
    """(location, payload or InputError) for each payload in a file, streamed for JSON Lines."""
    lines = force_lines if name == "-" else name.lower().endswith(_JSON_LINES)
    return _read(name, lines=lines, each=_parse)


def _read(
    name: str, *, lines: bool, each: Callable[[str, str], object]
) -> Iterator[tuple[str, object]]:
    """(location, ``each(text, location)`` or InputError) for the whole file, or for each
    non-blank line, streamed. Lines end at LF only (a CR is JSON whitespace, never a record
    boundary) and each is decoded on its own, so a bad byte costs its line, not the file.
    ``each`` is applied here, not by a second generator, because this loop is the CLI's
    per-order path."""
    shown = "<stdin>" if name == "-" else name
    try:
        stream = _stdin() if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as exc:
        yield shown, InputError(f"{shown}: cannot read: {exc.strerror}")
        return
    if stream is None:
        yield shown, InputError(f"{shown}: standard input is closed")
        return
    try:
        if not lines:
            text = _decoded(stream.read(), shown)
            yield shown, text if isinstance(text, InputError) else each(text, shown)
            return
        prefix = shown + ":"
        records: Iterator[bytes | str] = iter(stream)
        for number, raw in enumerate(records, start=1):
            if raw and not raw.isspace():
                where = prefix + str(number)
                line = _decoded(raw, where)
                yield where, line if isinstance(line, InputError) else each(line, where)
    except OSError as exc:
        yield shown, InputError(f"{shown}: cannot read: {exc.strerror or exc}")
    finally:
        if name != "-":
            stream.close()


def _decoded(raw: bytes | str, where: str) -> str | InputError:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start + 1})")


def _as_read(text: str, where: str) -> str:
    """A raw body is validated as read (``_read``'s ``each`` for --raw)."""
    del where
    return text


def _stdin() -> IO[bytes] | TextIO | None:
    """Standard input as bytes (JSON is UTF-8, RFC 8259, whatever the locale says); a text
    stream when a harness replaced it with one; None when it is closed (`0<&-`)."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    raw = getattr(stdin, "buffer", None)
    return stdin if raw is None else raw


def _parse(text: str, where: str) -> object:
    try:
        # The usual line is one JSON value and its newline: scan it directly. Anything else
        # (leading space, trailing data, an error) goes through decode(), for its checks and
        # its messages.
        value, end = SCAN(text, 0)
        if end == len(text) or text[end:].isspace():
            return value
    except (StopIteration, json.JSONDecodeError):
        pass
    except DuplicateKeyError as exc:
        return InputError(f"{where}: duplicate key {exc.args[0]!r} in a JSON object")
    except (ValueError, RecursionError) as exc:
        return InputError(f"{where}: unreadable JSON: {exc}")
    try:
        return DECODER.decode(text)
    except json.JSONDecodeError as exc:
        return InputError(
            f"{where}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        )
    except DuplicateKeyError as exc:
        return InputError(f"{where}: duplicate key {exc.args[0]!r} in a JSON object")
    except (ValueError, RecursionError) as exc:
        return InputError(f"{where}: unreadable JSON: {exc}")


_VALID_HEAD = '{"input": '
_VALID_TAIL = ", " + json.dumps(_VALID.to_json())[1:] + "\n"


def _translate(args: argparse.Namespace) -> int:
    from twapschema import translation as t  # noqa: PLC0415 - only these commands need it

    if args.command == "translate":
        venue_module(args.venue)  # an unknown venue fails before the intent is read
    reference = load_reference(args.reference) if args.reference is not None else None
    payloads = list(_payloads(args.intent, False))
    where, data = payloads[0]
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


def _list() -> int:
    for venue in venue_ids():
        module = venue_module(venue)
        print(f"{venue}: {module.VENUE_NAME}")
        for message_id, entry in module.MESSAGES.items():
            wire = entry.wire
            travels = f", {wire.encoding}" if wire is not None and wire.is_text else ""
            print(f"  {message_id} ({entry.kind}{travels})")
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

"""``twapschema validate``: payloads from files or stdin, one verdict record per payload, in
input order, named by its input (file:line), on one core or many (``--jobs``).

JSON Lines are read in blocks of whole lines (``cli_input.blocks``). One function,
``Checker.block``, turns a block into its records: in this process, or with ``--jobs N`` in N
worker processes whose blocks are written back in input order (``ordered_pool``). So a record
never depends on the number of jobs; only the interleaving of stderr with stdout may.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from twapschema.cli_input import (
    Block,
    InputError,
    blocks,
    close_input,
    decoded,
    document,
    is_json_lines,
    lines_of,
    open_input,
    parse_line,
    shown_name,
)
from twapschema.exact_json import NOT_FAST, fast_value
from twapschema.ordered_pool import OrderedPool, usable_cpus
from twapschema.runtime.api import _VALID, validate_wire, validator
from twapschema.runtime.reference import Reference, load_reference
from twapschema.runtime.registry import message_entry
from twapschema.runtime.result import ValidationResult

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

# What a terminal would act on: C0 and C1 controls (newline, ESC of colour codes), DEL and the
# line and paragraph separators. Text output quotes member names and values; these are escaped.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PLAIN_JSON = re.compile("[ !#-\\[\\]-~]*")  # printable ASCII without " and \\
_VALID_TAIL = ", " + json.dumps(_VALID.to_json())[1:] + "\n"


def add_parser(commands: Any) -> None:
    check = commands.add_parser(
        "validate",
        help="validate payloads against a venue message",
        description=(
            "Validate JSON payloads as MESSAGE of VENUE. A FILE is one JSON document, or JSON "
            "Lines (one payload per line) when it ends in .jsonl or .ndjson; '-' reads stdin. "
            "Exit 0: all valid; 1: any invalid; 2: usage or input error."
        ),
        epilog=(
            "examples: twapschema validate ondo create_twap_order order.json\n"
            "          twapschema validate ondo create_twap_order --jobs auto orders.jsonl"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    check.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        default=1,
        help=(
            "check JSON Lines in N worker processes ('auto': one per usable CPU; default 1, "
            "this process). Records stay in input order and memory stays bounded (a few MiB "
            "of lines in flight per worker) on a file of any size. Lines are taken in blocks "
            "of about 1 MiB, so for a stream that trickles in, keep the default: it answers "
            "each line as it comes"
        ),
    )


def _seconds(text: str) -> timedelta:
    """--max-age: whole seconds, 0 or more."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of seconds")
    return timedelta(seconds=int(text))


def _jobs(text: str) -> int:
    """--jobs: a whole number of processes, 1 or more, or 'auto'."""
    if text == "auto":
        return usable_cpus()
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not 'auto' or a whole number, 1 or more")
    return int(text)


@dataclass(frozen=True)
class Options:
    """Everything a worker needs to check as this process would (it pickles)."""

    venue: str
    message: str
    reference: Reference | None
    max_age: timedelta | None
    strict: bool
    fmt: str
    predict: bool
    raw: bool  # each line a query string or form body as sent (validate_wire)


@dataclass(frozen=True)
class Checked:
    """A block's records: what goes to stdout, what to stderr, and the worst exit code."""

    out: str
    err: str
    worst: int


class _Records:
    """The records of one block as they are made: stdout's, stderr's, the worst exit code."""

    def __init__(self, as_json: bool, predict: bool) -> None:
        self.out: list[str] = []
        self.err: list[str] = []
        self.worst = EXIT_OK
        self._json, self._predict = as_json, predict

    def verdict(self, result: ValidationResult, where: str) -> None:
        report(result, where, self._json, self._predict, self.out.append)
        if not result.valid and self.worst == EXIT_OK:
            self.worst = EXIT_INVALID

    def unreadable(self, error: InputError, where: str) -> None:
        _report_input_error(error, where, self._json, self.out.append, self.err.append)
        self.worst = EXIT_USAGE

    def checked(self) -> Checked:
        return Checked("".join(self.out), "".join(self.err), self.worst)


class Checker:
    """Records from payloads, for one venue message and one set of options."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._json = options.fmt == "json"
        o = options
        self._check = validator(
            o.venue, o.message, reference=o.reference, max_age=o.max_age, strict=o.strict
        )
        # --raw: each line is text to decode as the message travels (validate_wire)
        self._check_text = partial(
            validate_wire,
            o.venue,
            o.message,
            reference=o.reference,
            max_age=o.max_age,
            strict=o.strict,
        )

    def _records(self) -> _Records:
        return _Records(self._json, self.options.predict)

    def block(self, block: Block | InputError, first: int, shown: str) -> Checked:
        """The records of a block of lines, the first being line ``first`` of ``shown``."""
        if isinstance(block, InputError):
            records = self._records()
            records.unreadable(block, shown)
            return records.checked()
        if self.options.raw:
            return self._raw_block(block, first, shown)
        return self._json_block(block, first, shown)

    def _json_block(self, block: Block, first: int, shown: str) -> Checked:
        # The per-order path: a valid order's record is the file's head, its number and a
        # constant tail, with no ValidationResult rendered and no name escaped per line.
        records = self._records()
        write = records.out.append
        check, as_json = self._check, self._json
        prefix = shown + ":"
        head = '{"input": ' + _json_text(prefix)[:-1] if as_json else _shown(prefix)
        tail = '"' + _VALID_TAIL if as_json else ": valid\n"
        for number, raw in enumerate(lines_of(block), first):
            if not raw or raw.isspace():
                continue
            payload = fast_value(raw) if isinstance(raw, bytes) else NOT_FAST
            if payload is NOT_FAST:
                payload = parse_line(raw, prefix + str(number))
                if isinstance(payload, InputError):
                    records.unreadable(payload, prefix + str(number))
                    continue
            result = check(payload)
            if result is _VALID:
                write(head + str(number) + tail)
                continue
            records.verdict(result, prefix + str(number))
        return records.checked()

    def _raw_block(self, block: Block, first: int, shown: str) -> Checked:
        """Each non-blank line: one query string or form body, as sent."""
        records = self._records()
        for number, raw in enumerate(lines_of(block), first):
            if not raw or raw.isspace():
                continue
            where = f"{shown}:{number}"
            text = decoded(raw, where)
            if isinstance(text, InputError):
                records.unreadable(text, where)
                continue
            try:
                result = self._check_text(text.rstrip("\r\n"))
            except ValueError as exc:
                records.unreadable(InputError(f"{where}: {exc}"), where)
                continue
            records.verdict(result, where)
        return records.checked()

    def document(self, name: str) -> Checked:
        """The record of a file (or stdin) holding one JSON document."""
        where, payload = document(name)
        records = self._records()
        if isinstance(payload, InputError):
            records.unreadable(payload, where)
        else:
            records.verdict(self._check(payload), where)
        return records.checked()


def run(args: argparse.Namespace) -> int:
    entry = message_entry(args.venue, args.message)  # unknown names fail before input is read
    reference = load_reference(args.reference) if args.reference is not None else None
    options = Options(
        venue=args.venue,
        message=args.message,
        reference=reference,
        max_age=args.max_age,
        strict=args.strict,
        fmt=args.format,
        predict=args.predict_error,
        raw=bool(args.raw and entry.wire is not None and entry.wire.is_text),
    )
    checker = Checker(options)
    worst = EXIT_OK
    if args.jobs == 1:
        for name in args.files:
            for checked in _records(checker, name, args.lines, _in_process(checker), eager=True):
                worst = max(worst, _write(checked))
        return worst
    preload = ["twapschema.cli_validate", f"twapschema.models.{args.venue}"]
    try:
        with OrderedPool(args.jobs, _start_worker, (options,), preload=preload) as pool:
            for name in args.files:
                blocks_in = _records(checker, name, args.lines, _in_pool(pool), eager=False)
                for checked in blocks_in:
                    worst = max(worst, _write(checked))
    except BrokenProcessPool as exc:
        raise InputError(
            f"a --jobs worker process ended before its work was done ({exc})"
        ) from None
    return worst


Blocks = Iterator[tuple[Block | InputError, int, str]]
Run = Callable[[Blocks], Iterator[Checked]]


def _in_process(checker: Checker) -> Run:
    return lambda items: (checker.block(*item) for item in items)


def _in_pool(pool: OrderedPool) -> Run:
    return lambda items: pool.map(_check_in_worker, items)


def _records(
    checker: Checker, name: str, force_lines: bool, run_blocks: Run, *, eager: bool
) -> Iterator[Checked]:
    """The records of one input, in order: one document's, or its JSON Lines' block by block.
    ``eager``: take what a pipe has rather than wait for a whole block (see ``blocks``); this
    process answers as lines come, a pool wants whole blocks to keep its workers busy."""
    if not checker.options.raw and not is_json_lines(name, force_lines):
        yield checker.document(name)
        return
    shown = shown_name(name)
    try:
        stream = open_input(name)
    except InputError as exc:
        yield checker.block(exc, 0, shown)
        return
    try:
        yield from run_blocks(_numbered(blocks(stream, shown=shown, eager=eager), shown))
    finally:
        close_input(name, stream)


def _numbered(found: Iterator[Block | InputError], shown: str) -> Blocks:
    """Each block with the number of its first line."""
    first = 1
    for block in found:
        yield block, first, shown
        if isinstance(block, bytes):
            first += block.count(b"\n")
        elif isinstance(block, str):
            first += block.count("\n")


def _write(checked: Checked) -> int:
    if checked.out:
        sys.stdout.write(checked.out)
    if checked.err:
        sys.stderr.write(checked.err)
    return checked.worst


_WORKER: list[Checker] = []  # this worker process's Checker, made once by _start_worker


def _start_worker(options: Options) -> None:
    _WORKER.append(Checker(options))


def _check_in_worker(block: Block | InputError, first: int, shown: str) -> Checked:
    return _WORKER[0].block(block, first, shown)


def report(
    result: ValidationResult, where: str, as_json: bool, predict: bool, write: Callable[[str], Any]
) -> None:
    """One record per payload, naming its input (file:line)."""
    if result is _VALID:
        write(
            '{"input": ' + _json_text(where) + _VALID_TAIL
            if as_json
            else f"{_shown(where)}: valid\n"
        )
        return
    if as_json:
        # ASCII escapes keep every line valid JSON in any terminal encoding, lone surrogates too.
        as_dict = {"input": where, **result.to_json(with_prediction=predict)}
        write(json.dumps(as_dict, ensure_ascii=True) + "\n")
        return
    verdict = "valid" if result.valid else "invalid"
    unchecked = f" (unchecked, no reference data: {', '.join(result.unchecked)})"
    write(f"{_shown(where)}: {verdict}{unchecked if result.unchecked else ''}\n")
    if result.stale_reference is not None:
        write(f"  (reference data not used: {_shown(result.stale_reference)})\n")
    for v in result.violations:
        write(f"  {_shown(v.path) or '(message)'}: {_shown(v.message)} [{v.rule}]\n")
    predicted = result.predicted_error
    if predict and predicted is not None:
        reply = json.dumps(predicted.payload, ensure_ascii=True)
        write(f"  predicted venue reply ({predicted.message}; a prediction): {reply}\n")


def _report_input_error(
    error: InputError,
    where: str,
    as_json: bool,
    write: Callable[[str], Any],
    warn: Callable[[str], Any],
) -> None:
    """An input that is no payload (malformed JSON, bad UTF-8) is a record too, in its place,
    so output record N is input record N; the reason also goes to stderr."""
    reason = str(error).removeprefix(f"{where}: ")
    warn(f"twapschema: {_shown(str(error))}\n")
    if as_json:
        record = {"input": where, "valid": False, "input_error": reason}
        write(json.dumps(record | {"violations": [], "unchecked": []}, ensure_ascii=True) + "\n")
    else:
        write(f"{_shown(where)}: not read: {_shown(reason)}\n")


def _shown(text: str) -> str:
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: json.dumps(m.group())[1:-1], text)


def _json_text(text: str) -> str:
    if _PLAIN_JSON.fullmatch(text):
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=True)

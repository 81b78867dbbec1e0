"""What the CLI reads: files and stdin as bytes (JSON is UTF-8, RFC 8259, whatever the locale
says), whole documents or JSON Lines cut into blocks at LF, each payload read exactly.

A line ends at LF only: a CR is JSON whitespace, never a record boundary. Each line is decoded
on its own, so a bad byte costs its line, not the file. A problem is an ``InputError`` in the
payload's place, so every input record still yields one output record.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TextIO

from twapschema.exact_json import DECODER, NOT_FAST, SCAN, DuplicateKeyError, fast_value

JSON_LINES = (".jsonl", ".ndjson")
BLOCK = 1 << 20  # bytes read at a time: thousands of orders, and memory bounded on any file
_JSON_SPACE = " \t\n\r"  # RFC 8259's whitespace; str.isspace() takes more (form feed, NBSP)

Block = bytes | str
"""Whole lines, each ending at LF but perhaps the last; str only from a text stream that a
harness put in place of stdin."""


def lines_of(block: Block) -> Sequence[bytes | str]:
    """A block's lines, without their LF (a last empty item when the block ends with one)."""
    return block.split(b"\n") if isinstance(block, bytes) else block.split("\n")


class InputError(Exception):
    """A file that cannot be read or is not JSON: reported with its location, exit 2."""


def shown_name(name: str) -> str:
    return "<stdin>" if name == "-" else name


def is_json_lines(name: str, force_lines: bool) -> bool:
    """A file is JSON Lines by its extension; stdin when --lines says so."""
    return force_lines if name == "-" else name.lower().endswith(JSON_LINES)


def open_input(name: str) -> IO[bytes] | TextIO:
    """The file (or stdin, for '-') to read, or InputError saying why not."""
    shown = shown_name(name)
    if name == "-":
        stream = _stdin()
        if stream is None:
            raise InputError(f"{shown}: standard input is closed")
        return stream
    try:
        return open(name, "rb")  # closed by the caller (close_input), after its last block
    except OSError as exc:
        raise _unreadable(shown, exc) from None


def _unreadable(shown: str, exc: OSError) -> InputError:
    return InputError(f"{shown}: cannot read: {exc.strerror or exc}")


def close_input(name: str, stream: IO[bytes] | TextIO) -> None:
    if name != "-":
        stream.close()


def _stdin() -> IO[bytes] | TextIO | None:
    """Standard input as bytes; a text stream when a harness replaced it with one; None when
    it is closed (`0<&-`)."""
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    raw = getattr(stdin, "buffer", None)
    return stdin if raw is None else raw


def document(name: str) -> tuple[str, object]:
    """(location, payload or InputError) for a file (or stdin) holding one JSON document."""
    shown = shown_name(name)
    try:
        stream = open_input(name)
    except InputError as exc:
        return shown, exc
    try:
        data = stream.read()
    except OSError as exc:
        return shown, _unreadable(shown, exc)
    finally:
        close_input(name, stream)
    return shown, parse_line(data, shown)


def blocks(stream: IO[bytes] | TextIO, *, shown: str, eager: bool) -> Iterator[Block | InputError]:
    """The stream's lines in blocks of about BLOCK bytes, each cut after an LF (the last block
    may end without one). ``eager``: hand over whatever a pipe has (read1) rather than wait
    for a full block, so a line typed or piped slowly is answered as it comes. A read that
    fails ends the stream with an InputError."""
    try:
        if not isinstance(stream, io.BufferedIOBase | io.RawIOBase):
            yield from stream  # a text stream in place of stdin: its lines, as str
            return
        read = getattr(stream, "read1", None) if eager else None
        read = read or stream.read
        tail: list[bytes] = []
        while data := read(BLOCK):
            cut = data.rfind(b"\n") + 1
            if cut == 0:  # no line ends here: keep it for the next read
                tail.append(data)
                continue
            tail.append(data[:cut])
            yield b"".join(tail)
            tail = [data[cut:]] if cut < len(data) else []
        if tail:
            yield b"".join(tail)
    except OSError as exc:
        yield _unreadable(shown, exc)


def decoded(raw: bytes | str, where: str) -> str | InputError:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start + 1})")


def parse_line(raw: bytes | str, where: str) -> object:
    """One JSON text as the venue reads it (exact numbers, no duplicate key): the payload, or
    an InputError. msgspec reads the usual order (``fast_value``); whatever it declines is
    read by the stdlib decoder, whose checks and messages decide."""
    if isinstance(raw, bytes):
        value = fast_value(raw)
        if value is not NOT_FAST:
            return value
    text = decoded(raw, where)
    if isinstance(text, InputError):
        return text
    return _parse(text, where)


def _parse(text: str, where: str) -> object:
    try:
        # The usual line is one JSON value and its newline: scan it directly. Anything else
        # (leading space, trailing data, an error) goes through decode(), for its checks and
        # its messages.
        value, end = SCAN(text, 0)
        if end == len(text) or not text[end:].strip(_JSON_SPACE):
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

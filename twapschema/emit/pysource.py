"""Writing Python source safely: every literal through ``repr``, every module through ruff."""

from __future__ import annotations

import subprocess
from decimal import Decimal

from twapschema.ir import Spec

LINE_LENGTH = 100


class FormatterError(RuntimeError):
    """ruff is missing or refused generated code: a bug in an emitter, never to be ignored."""


def literal(value: object) -> str:
    """A Python expression for a spec value. Strings go through repr, so no quote, backslash,
    newline or brace in a description can end the literal early."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, Decimal):
        return f"Decimal({str(value)!r})"
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, frozenset):
        return "frozenset({" + ", ".join(literal(v) for v in sorted(value)) + "})"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal form for {type(value).__name__}")  # an emitter bug


def docstring(text: str) -> str:
    """A docstring literal: triple-quoted when that is safe to the letter, else ``literal``."""
    plain = all(c.isprintable() or c == "\n" for c in text)
    if plain and '"""' not in text and "\\" not in text and not text.endswith('"'):
        return f'"""{text}"""'
    return literal(text)


def header(spec: Spec, what: str) -> str:
    # Two lines: with a long spec file name one would pass the line length.
    return (
        f"{what}\n\nGenerated from {spec.source_file} (sha256 {spec.source_sha256[:16]})\n"
        "by `twapschema generate`: do not edit."
    )


def format_python(source: str, filename: str) -> str:
    try:
        from ruff.__main__ import (  # type: ignore[import-untyped]  # noqa: PLC0415 - dev-only
            find_ruff_bin,
        )

        ruff = find_ruff_bin()
    except (ImportError, FileNotFoundError) as exc:  # ruff is a pinned dev dependency
        raise FormatterError(
            "generating code needs ruff: pip install --group dev -e . (pinned in pyproject.toml)"
        ) from exc
    command = [
        ruff,
        "format",
        "--isolated",
        "--line-length",
        str(LINE_LENGTH),
        "--stdin-filename",
        filename,
        "-",
    ]
    done = subprocess.run(  # noqa: S603 - a fixed command line, the source goes in on stdin
        command, input=source, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise FormatterError(f"ruff could not format generated {filename}:\n{done.stderr}")
    return done.stdout

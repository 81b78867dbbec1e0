"""One regex dialect for every consumer: the spec's patterns are ECMA-262 (what JSON Schema's
`pattern` means and what Ajv runs, with or without the `u` flag), kept to a subset that Python's
``re`` reads with the same meaning once translated here.

Why not js-regex (PyPI): its last release is from 2020, it imports the deprecated ``sre_parse``
(a DeprecationWarning on Python 3.11+, an error under this project's warning filter) and it maps
``\\w`` to ``[A-Za-z]`` (ECMA's ``\\w`` has digits and ``_``). The subset is small enough to
check by hand, and the checker refuses everything outside it with the reason:

- outside a class: literals, ``.``, ``^``, ``$``, ``|``, groups ``(...)``, ``(?:...)``,
  ``(?=...)``, ``(?!...)``, quantifiers ``* + ? {n} {n,} {n,m}`` (lazy ``?`` allowed);
- classes ``[...]`` / ``[^...]`` of literals, ranges and ``\\d \\D \\w \\W``;
- escapes: ``\\d \\D \\w \\W``, the syntax characters ``\\^ \\$ \\\\ \\. \\* \\+ \\? \\( \\) \\[ \\]
  \\{ \\} \\| \\/`` (and ``\\-`` in a class), ``\\n \\r \\t \\f \\v``, ``\\uXXXX``.

Refused because the dialects differ: ``\\s`` (ECMA's has Unicode spaces), ``\\b``, backreferences,
``\\p{..}`` (Python's ``re`` has none), ``\\A \\Z``, named groups and inline flags (``(?P<n>``,
``(?i)``), lookbehind, ``{,n}`` (a quantifier in Python, literal text in ECMA), possessive
quantifiers, a lone ``{`` or ``}`` (an error under ``u``), nested ``[`` and ``&& -- || ~~`` in a
class (set operations to come in Python).

Translated for Python (``python_pattern``): ``$`` becomes ``\\Z`` (Python's ``$`` also matches
before a final newline), ``.`` becomes ``[^\\n\\r\\u2028\\u2029]`` (ECMA's ``.`` stops at every line
terminator), and the pattern is compiled with ``re.ASCII`` (``\\d`` is ``[0-9]``, ``\\w``
``[A-Za-z0-9_]``, as in ECMA).
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYNTAX = set("^$\\.*+?()[]{}|/")
_CONTROL = {"n": "\\n", "r": "\\r", "t": "\\t", "f": "\\f", "v": "\\v"}
_CLASSES = set("dDwW")
_DOT = "[^\\n\\r\\u2028\\u2029]"
_QUANTIFIER = re.compile(r"\{([0-9]+)(,([0-9]*))?\}")
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")


class NotPortableError(ValueError):
    """A pattern outside the subset both dialects read alike; the text says why and where."""


def problems(pattern: str) -> list[str]:
    """Why ``pattern`` is not in the portable subset ([] when it is)."""
    try:
        _translate(pattern)
    except NotPortableError as exc:
        return [str(exc)]
    return []


def python_pattern(pattern: str) -> str:
    """The Python text of a portable pattern (compile it with ``re.ASCII``)."""
    return _translate(pattern)


@lru_cache(maxsize=256)
def compiled(pattern: str) -> re.Pattern[str]:
    """A portable pattern as a Python regex with ECMA's meaning; ``search`` it, as JSON
    Schema's ``pattern`` is searched. Raises NotPortableError."""
    return re.compile(_translate(pattern), re.ASCII)


def _translate(pattern: str) -> str:
    out: list[str] = []
    i, depth, can_repeat = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            text, i = _escape(pattern, i, in_class=False)
            can_repeat = True
        elif ch == "[":
            text, i = _class(pattern, i)
            can_repeat = True
        elif ch == "(":
            text, i = _group(pattern, i)
            depth, can_repeat = depth + 1, False
        elif ch == ")":
            if depth == 0:
                raise NotPortableError(f"')' at {i + 1} in {pattern!r} closes no group")
            text, i, depth, can_repeat = ")", i + 1, depth - 1, True
        elif ch in "*+?{":
            text, i = _quantifier(pattern, i, can_repeat)
            can_repeat = False
        else:
            text, can_repeat = _plain(pattern, i)
            i += 1
        out.append(text)
    if depth:
        raise NotPortableError(f"a group is not closed in {pattern!r}")
    text = "".join(out)
    try:  # what both dialects refuse, such as a range out of order ([z-a])
        re.compile(text, re.ASCII)
    except re.error as exc:
        raise NotPortableError(f"{pattern!r} is not a regular expression: {exc}") from None
    return text


def _plain(pattern: str, i: int) -> tuple[str, bool]:
    """One character outside a class: its Python text, and whether it may be repeated."""
    ch = pattern[i]
    if ch in "}]":
        raise NotPortableError(
            f"{ch!r} at {i + 1} in {pattern!r} closes nothing (escape it: \\{ch})"
        )
    if ch == "$":
        return "\\Z", False
    if ch in "^|":
        return ch, False
    if ch == ".":
        return _DOT, True
    return (ch if ch.isalnum() else re.escape(ch)), True


def _group(pattern: str, i: int) -> tuple[str, int]:
    if not pattern.startswith("(?", i):
        return "(", i + 1
    head = pattern[i : i + 3]
    if head not in ("(?:", "(?=", "(?!"):
        raise NotPortableError(
            f"{head!r} at {i + 1} in {pattern!r}: only (...), (?:...), (?=...) and (?!...) "
            "groups read alike in ECMA-262 and Python"
        )
    return head, i + 3


def _escape(pattern: str, i: int, *, in_class: bool) -> tuple[str, int]:
    at = f" at {i + 1} in {pattern!r}"
    if i + 1 >= len(pattern):
        raise NotPortableError(f"a lone backslash ends {pattern!r}")
    ch = pattern[i + 1]
    if ch in _CLASSES:
        return "\\" + ch, i + 2
    if ch in _SYNTAX or (in_class and ch == "-"):
        return "\\" + ch, i + 2
    if ch in _CONTROL:
        return _CONTROL[ch], i + 2
    if ch == "u" and _HEX4.fullmatch(pattern, i + 2, i + 6):
        return "\\u" + pattern[i + 2 : i + 6], i + 6
    reasons = {
        "s": "ECMA's \\s takes Unicode spaces, Python's ASCII mode does not; write [ \\t\\n\\r]",
        "S": "ECMA's \\S differs from Python's in what is a space",
        "b": "word boundaries differ at non-ASCII letters",
        "B": "word boundaries differ at non-ASCII letters",
        "A": "\\A is Python's, not ECMA's; write ^",
        "Z": "\\Z is Python's, not ECMA's; write $",
        "z": "\\z is not ECMA's; write $",
        "p": "\\p{...} is ECMA's (with u), not Python's re",
        "P": "\\P{...} is ECMA's (with u), not Python's re",
    }
    why = reasons.get(ch)
    if why is None and ch.isdigit():
        why = "backreferences and octal escapes differ between the dialects"
    if why is None:
        why = "an escape of a character that is not syntax is an error in ECMA's u mode"
    raise NotPortableError(f"'\\{ch}'{at}: {why}")


def _class(pattern: str, i: int) -> tuple[str, int]:
    start = i
    at = f" at {start + 1} in {pattern!r}"
    out = ["["]
    i += 1
    if pattern.startswith("^", i):
        out.append("^")
        i += 1
    first = True
    while True:
        if i >= len(pattern):
            raise NotPortableError(f"the class{at} is not closed")
        ch = pattern[i]
        if ch == "]":
            if first:
                raise NotPortableError(
                    f"an empty class{at} ([] and [^] differ between the dialects)"
                )
            out.append("]")
            return "".join(out), i + 1
        if ch == "[":
            raise NotPortableError(
                f"'[' inside the class{at}: escape it (\\[); Python reads nested sets"
            )
        if pattern.startswith(("&&", "--", "||", "~~"), i):
            raise NotPortableError(
                f"{pattern[i : i + 2]!r} inside the class{at}: Python reserves it for set "
                "operations"
            )
        if ch == "\\":
            text, i = _escape(pattern, i, in_class=True)
            out.append(text)
        else:
            dash_literal = ch == "-" and not _is_range_dash(pattern, i, first)
            out.append("\\" + ch if ch == "^" or dash_literal else ch)
            i += 1
        first = False


def _is_range_dash(pattern: str, i: int, first: bool) -> bool:
    """A '-' between two members is a range, elsewhere (first, last) a literal dash."""
    return not first and i + 1 < len(pattern) and pattern[i + 1] != "]"


def _quantifier(pattern: str, i: int, can_repeat: bool) -> tuple[str, int]:
    at = f" at {i + 1} in {pattern!r}"
    if not can_repeat:
        raise NotPortableError(f"{pattern[i]!r}{at} repeats nothing")
    if pattern[i] == "{":
        match = _QUANTIFIER.match(pattern, i)
        if match is None:
            raise NotPortableError(
                f"'{{'{at} is no quantifier {{n}}, {{n,}} or {{n,m}} (ECMA's u mode refuses it; "
                "Python reads {,n} as one): escape it as \\{"
            )
        low, high = match.group(1), match.group(3)
        if high and int(high) < int(low):
            raise NotPortableError(f"{match.group(0)!r}{at}: the bounds are out of order")
        text, i = match.group(0), match.end()
    else:
        text, i = pattern[i], i + 1
    if pattern.startswith("?", i):
        text, i = text + "?", i + 1
    if pattern.startswith("+", i):
        raise NotPortableError(f"a possessive quantifier{at} (…+) is Python's only")
    if (i < len(pattern) and pattern[i] in "*+{") or pattern.startswith("?", i):
        raise NotPortableError(f"a quantifier{at} repeats a quantifier")
    return text, i

"""JSON Pointers (RFC 6901), shared by the runtime, the schema consumer and the CLI: a leaf.

A violation's ``path`` is a JSON Pointer into the payload the sender wrote ("" for the whole
message), so member names holding ``/`` or ``~`` are escaped, never mangled.
"""

from __future__ import annotations

from collections.abc import Iterable


def escape(token: str) -> str:
    """One reference token: ``a/b~c`` is ``a~1b~0c``."""
    if "~" in token or "/" in token:  # rare in a member name; the test is cheaper than replace
        return token.replace("~", "~0").replace("/", "~1")
    return token


def unescape(token: str) -> str:
    """The member name a reference token stands for (``~1`` before ``~0``, as RFC 6901 says)."""
    return token.replace("~1", "/").replace("~0", "~")


def join(parts: Iterable[str | int]) -> str:
    """A pointer from member names and array indexes: ``("a/b", 0)`` is ``/a~1b/0``."""
    return "".join("/" + escape(str(part)) for part in parts)


def tokens(pointer: str) -> list[str]:
    """The member names and indexes (as text) a pointer walks: ``/a~1b/0`` is ``["a/b", "0"]``."""
    return [unescape(part) for part in pointer.split("/")[1:]]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: object = _Missing()  # what ``resolve`` gives where the pointer names nothing


def resolve(doc: object, pointer: str) -> object:
    """The value ``pointer`` names in ``doc`` (members of objects, indexes of arrays), or
    MISSING."""
    return walk(doc, tokens(pointer))


def walk(doc: object, path: Iterable[str]) -> object:
    """As ``resolve``, for tokens already split."""
    here = doc
    for token in path:
        if isinstance(here, dict) and token in here:
            here = here[token]
        elif isinstance(here, list) and token.isdigit() and int(token) < len(here):
            here = here[int(token)]
        else:
            return MISSING
    return here

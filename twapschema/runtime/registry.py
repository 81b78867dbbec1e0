"""Which venues and messages exist: the generated modules, imported on first use."""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from twapschema.runtime.rejection import Rejection
from twapschema.runtime.result import Violation
from twapschema.runtime.wire import Wire

__all__ = ["MessageEntry", "Rejection", "UnknownNameError", "message_entry", "venue_ids"]

CheckFunction = Callable[
    [object, Any], "tuple[list[Violation], list[str], dict[str, object] | None]"
]


@dataclass(frozen=True, slots=True)
class MessageEntry:
    id: str
    kind: str  # request | response | error
    model: type[BaseModel]
    check: CheckFunction
    reference_rules: tuple[str, ...]  # rules that need reference data
    rejection: Rejection | None = None  # the venue's likely reply when the request is invalid
    # How the payload travels; ``check`` decodes it with this first. None: JSON, read as written.
    wire: Wire | None = None


class UnknownNameError(LookupError):
    """An unknown venue or message id; the text lists the known ones."""

    def __str__(self) -> str:
        return str(self.args[0])


# The generated venue modules import the runtime; the runtime finds them by name only, so no
# module here imports generated code (absent in a checkout until the first generate).
GENERATED_PACKAGE = "twapschema.models"


def venue_ids() -> tuple[str, ...]:
    venues: tuple[str, ...] = importlib.import_module(GENERATED_PACKAGE).VENUES
    return venues


def venue_module(venue: str) -> ModuleType:
    known = venue_ids()
    if venue not in known:
        raise UnknownNameError(
            f"unknown venue {venue!r}{_did_you_mean(venue, known)}; known venues:"
            f" {', '.join(known)}"
        )
    return importlib.import_module(f"{GENERATED_PACKAGE}.{venue}")


def message_entry(venue: str, message: str) -> MessageEntry:
    messages: dict[str, MessageEntry] = venue_module(venue).MESSAGES
    entry = messages.get(message)
    if entry is None:
        raise UnknownNameError(
            f"unknown message {message!r} for venue {venue!r}"
            f"{_did_you_mean(message, tuple(messages))}; its messages: {', '.join(messages)}"
        )
    return entry


def _did_you_mean(name: str, known: tuple[str, ...]) -> str:
    """What a near miss adds, by difflib's ratio: (did you mean 'binance'?). Else nothing."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def reference_model(venue: str) -> type[BaseModel] | None:
    model: type[BaseModel] | None = venue_module(venue).REFERENCE
    return model

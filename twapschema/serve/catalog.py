"""What a stand-in serves, read from the shipped JSON Schemas: each venue's endpoints, the
requests on each, how each is answered, and the error messages with their HTTP statuses.

The schemas are the artifact other languages' teams take, and every fact here is in them
(``x-twapschema``: kind, http, reply; ``examples``), so a stand-in written in another language
can serve the same from the same files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from twapschema.runtime.registry import venue_module
from twapschema.runtime.schemas import json_schema, json_schema_index

# A request whose reply the spec does not say (Kraken's strategy queries, dYdX's broadcasts)
# is still validated; a valid one is answered 501 with this text, not with an invented body.
NO_REPLY = "the spec declares no reply for this request"


@dataclass(frozen=True, slots=True)
class Order:
    """A request that makes an order: where the reply carries its id, and the sender's own."""

    id: str  # pointer in the reply
    client_id: str | None  # pointer in the request


@dataclass(frozen=True, slots=True)
class Cancel:
    """A request that ends an order: which member names it, and the reply when none is held."""

    id: str  # pointer in the request (in each element of a batch)
    by: str  # "id" or "client_id"
    by_member: str | None
    by_values: dict[str, str]
    unknown_message: str
    unknown_payload: object


@dataclass(frozen=True, slots=True)
class Listing:
    """A reply that lists the held orders: where, keyed how, which, and what each item says."""

    at: str  # pointer in the reply
    id: str  # pointer in an item
    keyed_by: str | None
    orders: str  # open | cancelled | any
    named_by: str | None  # pointer in the request
    separator: str
    status_at: str | None
    status_values: dict[str, object]
    from_order: tuple[tuple[str, str], ...]  # (item pointer, creating request's pointer)
    set: tuple[tuple[str, object], ...] = ()  # (item pointer, its value)


@dataclass(frozen=True, slots=True)
class Reply:
    message: str  # the response message
    template: object  # its first example, as it travels
    echo: tuple[tuple[str, str], ...]
    unsent: dict[str, object]
    now: tuple[str, ...]
    new_order: Order | None
    cancels: Cancel | None
    lists: Listing | None = None
    each: str | None = None  # the reply's array with one item per batch element


@dataclass(frozen=True, slots=True)
class Request:
    venue: str
    message: str
    method: str | None  # None on a WebSocket
    path: str | None
    frame: dict[str, str]  # a WebSocket frame's constant members ({type: add_twap})
    reply: Reply | None
    batch: bool = False


@dataclass(frozen=True, slots=True)
class AuthScheme:
    """One way the venue takes a request's credentials: the headers it carries (a bearer
    token for 'bearer') and, when the spec gives it, how its signature is computed."""

    scheme: str
    headers: tuple[str, ...]
    source: str
    signature: Mapping[str, Any] | None = None  # the index's recipe (signing.Recipe)


@dataclass(frozen=True, slots=True)
class VenueCatalog:
    venue: str
    transport: str  # rest | websocket
    requests: tuple[Request, ...]
    statuses: dict[str, int]  # error or response message -> its documented HTTP status
    examples: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # message -> valid ones
    auth: tuple[AuthScheme, ...] = ()  # the spec's scheme, then its alternatives

    @property
    def auth_scheme(self) -> str:
        return self.auth[0].scheme if self.auth else ""

    @property
    def auth_headers(self) -> tuple[str, ...]:
        """The HTTP headers each request carries for the spec's main scheme."""
        return self.auth[0].headers if self.auth else ()

    def endpoints(self) -> dict[tuple[str, str], tuple[Request, ...]]:
        """(method, path) -> the requests it takes, in spec order."""
        out: dict[tuple[str, str], list[Request]] = {}
        for r in self.requests:
            if r.method is not None and r.path is not None:
                out.setdefault((r.method, r.path), []).append(r)
        return {k: tuple(v) for k, v in out.items()}

    def status_of(self, message: str) -> int | None:
        return self.statuses.get(message)

    def example_with_status(self, status: int) -> tuple[str, object] | None:
        """An error message documented with ``status`` (Aevo's 429) and its first example."""
        for message, code in self.statuses.items():
            if code == status and self.examples.get(message):
                return message, self.examples[message][0]
        return None


def catalog(venue: str) -> VenueCatalog:
    """The venue's catalog; UnknownNameError for an unknown venue."""
    module = venue_module(venue)
    requests: list[Request] = []
    statuses: dict[str, int] = {}
    examples: dict[str, tuple[Any, ...]] = {}
    schemas = {m: json_schema(venue, m) for m in module.MESSAGES}
    transport = (
        "rest" if any("http" in s["x-twapschema"] for s in schemas.values()) else "websocket"
    )
    for message, schema in schemas.items():
        examples[message] = tuple(schema.get("examples", ()))
        note = schema["x-twapschema"]
        http = note.get("http", {})
        if "status" in http:
            statuses[message] = http["status"]
    for message, schema in schemas.items():
        note = schema["x-twapschema"]
        if note["kind"] != "request":
            continue
        http = note.get("http", {})
        if "inside" in http:
            continue  # its own request (Hyperliquid's /exchange body) is the one sent
        reply = note.get("reply")
        requests.append(
            Request(
                venue,
                message,
                http.get("method"),
                http.get("path"),
                _frame(schema),
                None if reply is None else _reply(reply, examples),
                schema.get("x-twapschema-wire", {}).get("batch") is not None,
            )
        )
    auth = json_schema_index()["venues"][venue]["auth"]
    return VenueCatalog(
        venue,
        transport,
        tuple(requests),
        statuses,
        examples,
        tuple(_scheme(a) for a in (auth, *auth.get("alternatives", ()))),
    )


def _scheme(note: Mapping[str, Any]) -> AuthScheme:
    return AuthScheme(note["scheme"], tuple(note["headers"]), note["source"], note.get("signature"))


def _reply(note: dict[str, Any], examples: dict[str, tuple[Any, ...]]) -> Reply:
    message = note["message"]
    found = examples.get(message, ())
    if not found:
        raise LookupError(f"reply message {message!r} has no valid example to build from")
    new = note.get("new_order")
    cancels = note.get("cancels")
    return Reply(
        message,
        found[0],
        tuple(note.get("echo", {}).items()),
        dict(note.get("unsent", {})),
        tuple(note.get("now", ())),
        None if new is None else Order(new["id"], new.get("client_id")),
        None
        if cancels is None
        else Cancel(
            cancels["id"],
            cancels.get("by", "id"),
            cancels.get("by_member"),
            dict(cancels.get("by_values", {})),
            cancels["unknown"]["message"],
            cancels["unknown"]["payload"],
        ),
        None if "lists" not in note else _listing(note["lists"]),
        note.get("each"),
    )


def _listing(note: Mapping[str, Any]) -> Listing:
    status = dict(note.get("status", {}))
    return Listing(
        note["at"],
        note["id"],
        note.get("keyed_by"),
        note.get("orders", "any"),
        note.get("named_by"),
        note.get("separator", ","),
        status.pop("at", None),
        status,
        tuple(note.get("from_order", {}).items()),
        tuple(note.get("set", {}).items()),
    )


def _frame(schema: dict[str, Any]) -> dict[str, str]:
    """The constant members a WebSocket frame carries (``type: add_twap``)."""
    out: dict[str, str] = {}
    for name, member in schema.get("properties", {}).items():
        if isinstance(member, dict) and isinstance(member.get("const"), str):
            out[name] = member["const"]
    return out

"""A valid request's reply: the reply message's example, with the request's members echoed where
the spec says, a fresh id for a new order, and the time of the reply where the spec says.

Fresh values keep the example's form (a "twap_" prefix and 32 hex digits; a 13-digit epoch in
milliseconds; RFC 3339 with a Z), so the reply stays a valid instance of its message; the
stand-in checks that with the generated validator before it sends anything.
"""

from __future__ import annotations

import copy
import random
import re
import string
from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal

from twapschema.pointer import MISSING, resolve, tokens, walk
from twapschema.serve.book import Order
from twapschema.serve.catalog import Listing, Reply

_HEX = frozenset(string.hexdigits)
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
_EPOCH_DIGITS = {10: 1, 13: 1_000, 16: 1_000_000, 19: 1_000_000_000}  # digits -> per second


def get(doc: object, pointer: str) -> object:
    """The value at ``pointer``, or MISSING."""
    return resolve(doc, pointer)


def put(doc: object, pointer: str, value: object) -> None:
    """Sets the value at ``pointer`` when its parent exists (the template's shape is kept)."""
    *head, last = tokens(pointer)
    parent = walk(doc, head)
    if isinstance(parent, dict):
        parent[last] = value
    elif isinstance(parent, list) and last.isdigit() and int(last) < len(parent):
        parent[int(last)] = value


def fresh_id(example: object, rng: random.Random) -> object:
    """A new id of the example's form: an integer near it, or its text with each run of hex
    digits (or of upper-case letters and digits) drawn anew and its separators and prefix
    kept."""
    if isinstance(example, bool):
        return example
    if isinstance(example, int):
        return example + rng.randrange(1, 1_000_000)
    if not isinstance(example, str):
        return example
    out = []
    for part in re.split(r"([_\-:.])", example):
        out.append(_fresh_part(part, rng))
    return "".join(out)


def _fresh_part(part: str, rng: random.Random) -> str:
    if part.startswith("0x") and len(part) > 2 and all(c in _HEX for c in part[2:]):
        return "0x" + "".join(_same_kind(c, rng) for c in part[2:])
    if part and all(c in _HEX for c in part) and (len(part) >= 4 or part.isdigit()):
        return "".join(_same_kind(c, rng) for c in part)
    if part.isalnum() and part.upper() == part and any(c.isdigit() for c in part):
        # Kraken's ASMBA64-R23M2-J7JRJV: the first two letters kept (AS names a strategy)
        alphabet = string.ascii_uppercase + string.digits
        return part[:2] + "".join(rng.choice(alphabet) for _ in part[2:])
    return part


def _same_kind(c: str, rng: random.Random) -> str:
    if c.isdigit():
        return rng.choice(string.digits)
    if c.islower():
        return rng.choice("0123456789abcdef")
    return rng.choice("0123456789ABCDEF")


def time_like(example: object, now: datetime) -> object:
    """``now`` in the example's form; the example itself when its form is not a time's."""
    if isinstance(example, bool):
        return example
    if isinstance(example, str) and _RFC3339.fullmatch(example):
        fraction = re.search(r"\.(\d+)", example)
        text = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        if fraction:
            text += "." + f"{now.microsecond:06d}"[: len(fraction.group(1))].ljust(
                len(fraction.group(1)), "0"
            )
        return text + "Z"
    if isinstance(example, int) and len(str(example)) in _EPOCH_DIGITS:
        per = _EPOCH_DIGITS[len(str(example))]
        return int(now.timestamp()) * per + now.microsecond * per // 1_000_000
    if isinstance(example, str) and example.isdigit() and len(example) in _EPOCH_DIGITS:
        return str(time_like(int(example), now))
    if isinstance(example, (Decimal, float)) and not isinstance(example, bool):
        places = -Decimal(str(example)).as_tuple().exponent  # type: ignore[operator]
        seconds = Decimal(int(now.timestamp() * 1_000_000)) / 1_000_000
        return seconds.quantize(Decimal(1).scaleb(-int(places)))
    return example


def build(
    reply: Reply,
    request: object,
    *,
    now: datetime,
    new_id: object = MISSING,
    skip: Iterable[str] = (),
    template: object = MISSING,
    orders: Iterable[Order] = (),
) -> object:
    """The reply to the decoded ``request`` (one element of a batch: its first); ``new_id`` at
    the new order's id unless an echo fills it (Binance's clientAlgoId, the sender's when
    given); members under ``skip`` keep the example's value. ``template``: what to start from
    instead of the example (a cancelled order's own report, for QFEX's twap_response).
    ``orders``: what a listing reply lists."""
    skipped = set(skip)
    out = copy.deepcopy(reply.template if template is MISSING else template)
    first = request[0] if isinstance(request, list) and request else request
    if reply.new_order is not None and new_id is not MISSING:
        put(out, reply.new_order.id, new_id)
    _echo(reply, first, out, "", skipped)
    for to in reply.now:
        if to not in skipped:
            put(out, to, time_like(get(out, to), now))
    if reply.lists is not None:
        put(out, reply.lists.at, listed(reply.lists, get(out, reply.lists.at), orders))
    if reply.each is not None and isinstance(request, list):
        put(out, reply.each, per_element(reply, request, skipped))
    return out


def per_element(reply: Reply, batch: list[object], skipped: set[str]) -> list[object]:
    """One item per element of the batch (OKX's data[]): the example's first item at
    ``reply.each``, with each echo beneath ``<each>/0`` filled from that element."""
    assert reply.each is not None
    found = get(reply.template, reply.each)
    first = found[0] if isinstance(found, list) and found else {}
    head = f"{reply.each}/0"
    items = []
    for element in batch:
        item = copy.deepcopy(first)
        _echo(reply, element, item, head, skipped)
        items.append(item)
    return items


def _echo(reply: Reply, source: object, into: object, under: str, skipped: set[str]) -> None:
    """The reply's echoes from ``source``: those beneath ``under`` (all when it is ""), put
    into ``into`` at the pointer below it; an unsent member takes its `unsent` value."""
    for to, from_ in reply.echo:
        if to in skipped or (under and not to.startswith(under + "/")):
            continue
        at = to[len(under) :]
        value = get(source, from_)
        if value is not MISSING:
            put(into, at, value)
        elif to in reply.unsent:
            put(into, at, copy.deepcopy(reply.unsent[to]))


def listed(listing: Listing, example: object, orders: Iterable[Order]) -> object:
    """The list at ``listing.at``: one item per order, each the example's first item with the
    order's id, state and the members of the request that made it."""
    first = (
        example[0]
        if isinstance(example, list) and example
        else next(iter(example.values()))
        if isinstance(example, dict) and example
        else {}
    )
    items = []
    for order in orders:
        item = copy.deepcopy(first)
        put(item, listing.id, order.id)
        if listing.status_at is not None and order.status in listing.status_values:
            put(item, listing.status_at, copy.deepcopy(listing.status_values[order.status]))
        for to, value in listing.set:
            put(item, to, copy.deepcopy(value))
        for to, from_ in listing.from_order:
            found = get(order.request, from_)
            if found is not MISSING:
                put(item, to, copy.deepcopy(found))
        items.append(item)
    if listing.keyed_by is None:
        return items
    return {str(get(item, listing.keyed_by)): item for item in items}

"""The orders a stand-in accepted, in memory, so that a cancel finds what a create made: a
cancelled order is no longer open, and an id it never gave is unknown."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal


@dataclass
class Order:
    venue: str
    message: str  # the request that made it
    id: object  # the venue's id, as its reply carried it
    client_id: object | None  # the sender's own id, when it gave one
    request: object  # the request as decoded
    reply_message: str  # the response message that answered it
    reply: object  # that answer
    status: Literal["open", "cancelled"] = "open"

    def to_json(self) -> dict[str, object]:
        return {
            "venue": self.venue,
            "message": self.message,
            "id": self.id,
            "client_id": self.client_id,
            "status": self.status,
        }


@dataclass
class Book:
    """Every venue's orders; one lock, as the control endpoint reads from another task."""

    orders: list[Order] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, order: Order) -> None:
        with self._lock:
            self.orders.append(order)

    def holds_id(self, venue: str, value: object) -> bool:
        with self._lock:
            return any(o.venue == venue and _same(o.id, value) for o in self.orders)

    def open_order(self, venue: str, by: str, value: object) -> Order | None:
        """The open order of ``venue`` whose id (``by``: "id" or "client_id") is ``value``."""
        with self._lock:
            for o in self.orders:
                key = o.id if by == "id" else o.client_id
                if o.venue == venue and o.status == "open" and _same(key, value):
                    return o
        return None

    def listed(self, venue: str, state: str, ids: list[str] | None) -> list[Order]:
        """The venue's orders in ``state`` (open, cancelled, any), oldest first; only those
        whose id, as text, is in ``ids`` when it is given."""
        with self._lock:
            return [
                o
                for o in self.orders
                if o.venue == venue
                and state in ("any", o.status)
                and (ids is None or str(o.id) in ids)
            ]

    def cancel(self, orders: list[Order]) -> None:
        with self._lock:
            for o in orders:
                o.status = "cancelled"

    def clear(self) -> None:
        with self._lock:
            self.orders.clear()

    def to_json(self) -> list[dict[str, object]]:
        with self._lock:
            return [o.to_json() for o in self.orders]


def _same(a: object, b: object) -> bool:
    # Exact JSON equality: 1 is not "1" and true is not 1, as the venue compares ids.
    return a is not None and type(a) is type(b) and a == b

"""Reference data from the venues' endpoints, from Python: build from saved answers, fetch
live, and keep a long-running process's data fresh with an atomic swap."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from twapschema.refdata import mapping as m
from twapschema.refdata.build import Built, build
from twapschema.refdata.fetch import FetchOptions, client, fetch_answers
from twapschema.runtime.reference import SNAPSHOT, Reference, parse_reference

if TYPE_CHECKING:
    import httpx

    from twapschema.runtime.api import Validator


def requests_for(sources: m.VenueSources, sections: Sequence[str] | None = None) -> tuple[str, ...]:
    """The requests the sections read, in the order the spec declares them."""
    used = {
        src.request
        for s in sources.sections
        if sections is None or s.section in sections
        for src in s.sources
    }
    return tuple(r.name for r in sources.requests if r.name in used)


def snapshot(source: str, taken_at: datetime) -> dict[str, str]:
    return {"source": source, "taken_at": taken_at.isoformat().replace("+00:00", "Z")}


def document(
    parts: Mapping[str, tuple[Built, dict[str, str]]], merge_into: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The reference file's data: each venue's built sections and snapshot, over what
    ``merge_into`` (an existing file's data) holds; its other venues and sections stay."""
    out: dict[str, Any] = {
        v: dict(p) if isinstance(p, dict) else p for v, p in (merge_into or {}).items()
    }
    for venue, (built, taken) in parts.items():
        part = out.get(venue)
        part = dict(part) if isinstance(part, dict) else {}
        part.pop(SNAPSHOT, None)
        part.update(built.part)
        out[venue] = {SNAPSHOT: taken, **part}
    return out


def check(data: Mapping[str, Any], source: str) -> Reference:
    """The data as the validator will read it: raises ReferenceDataError (bounds, values,
    unique columns) before anything is written or swapped in."""
    return parse_reference(data, source)


@dataclass(frozen=True, slots=True)
class Fetched:
    data: dict[str, Any]  # the reference file's data
    reference: Reference
    built: dict[str, Built]


def fetch_reference(
    venues: Iterable[str] | None = None,
    *,
    options: FetchOptions | None = None,
    merge_into: Mapping[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
    http: httpx.Client | None = None,
) -> Fetched:
    """Fetch each venue's declared endpoints (default: every venue that declares some) and
    build its reference part; raises FetchError, ShapeError or ReferenceDataError, one line each."""
    options = options or FetchOptions()
    chosen = tuple(venues) if venues is not None else m.fetched_venues()
    own = http is None
    http = http or client(options)
    parts: dict[str, tuple[Built, dict[str, str]]] = {}
    try:
        for venue in chosen:
            started = time.monotonic()
            sources = m.venue_sources(venue)
            answers = fetch_answers(sources, requests_for(sources), options, http)
            built = build(sources, answers.pages)
            parts[venue] = (built, snapshot(" ".join(answers.urls), answers.taken_at))
            if progress is not None:
                seconds = time.monotonic() - started
                progress(
                    f"{venue}: {answers.requests_sent} request(s) in {seconds:.1f} s; "
                    f"{built.summary()}"
                )
    finally:
        if own:
            http.close()
    data = document(parts, merge_into)
    return Fetched(
        data, check(data, "<fetched reference data>"), {v: b for v, (b, _) in parts.items()}
    )


class LiveReference:
    """Reference data a long-running process refreshes in place: ``refresh()`` fetches and
    checks a whole new Reference first, then swaps it in with one assignment, so a
    validation sees the old data or the new, never half of each; a failed refresh keeps
    the old data (and says why in ``last_error``). ``validator()`` reads the current data at
    each call; with ``max_age`` it stops trusting data that grows too old between refreshes."""

    def __init__(
        self,
        venues: Iterable[str] | None = None,
        *,
        options: FetchOptions | None = None,
        keep: Mapping[str, Any] | None = None,
        http: httpx.Client | None = None,
        initial: Reference | None = None,
    ) -> None:
        self.venues = tuple(venues) if venues is not None else m.fetched_venues()
        self.options = options or FetchOptions()
        self.keep = keep  # hand-kept sections (QFEX's limits) the fetched data is merged over
        self.http = http
        self._current = initial
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def current(self) -> Reference | None:
        return self._current

    def refresh(self) -> bool:
        """Fetch now; True when new data was swapped in."""
        try:
            fetched = fetch_reference(
                self.venues, options=self.options, merge_into=self.keep, http=self.http
            )
        except (RuntimeError, ValueError) as exc:  # FetchError, ShapeError, ReferenceDataError
            self.last_error = str(exc)
            return False
        self._current = fetched.reference  # the swap: one reference assignment
        self.last_error = None
        return True

    def start(self, every: timedelta) -> None:
        """Refresh now and then every ``every`` on a daemon thread, until ``stop()``."""

        def loop() -> None:
            while not self._stop.is_set():
                self.refresh()
                self._stop.wait(every.total_seconds())

        self._stop.clear()
        self._thread = threading.Thread(target=loop, name="twapschema-reference", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def validator(
        self, venue: str, message: str, *, max_age: timedelta | None = None, strict: bool = False
    ) -> Validator:
        from twapschema.runtime.api import validator  # noqa: PLC0415

        made: list[tuple[Reference | None, Validator]] = []

        def check(payload: object) -> Any:
            reference = self._current
            if not made or made[0][0] is not reference:
                made[:] = [
                    (
                        reference,
                        validator(
                            venue, message, reference=reference, max_age=max_age, strict=strict
                        ),
                    )
                ]
            return made[0][1](payload)

        return check

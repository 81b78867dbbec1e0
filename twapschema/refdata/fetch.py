"""The venues' public instrument endpoints, live: each declared request sent over HTTP (httpx),
with a timeout, retries with exponential backoff for what passes (a refused or dropped
connection, a timeout, an answer cut short, 429 and 5xx, honouring Retry-After), and one-line
errors for what does not (a 4xx, the venue's own error, a changed shape)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from twapschema.refdata import mapping as m
from twapschema.refdata import query
from twapschema.refdata.build import NotJsonError, ShapeError, read_answer

if TYPE_CHECKING:
    import httpx

_RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "twapschema-reference-fetch"


class FetchError(RuntimeError):
    """A request that could not be answered: one line, naming the venue, request and URL."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 10.0  # seconds, for connecting and for each read
    attempts: int = 4  # tries per request, the first included
    backoff: float = 0.5  # seconds before the second try; doubled each time
    max_wait: float = 30.0  # the longest wait between tries, Retry-After included
    base_url: str | None = None  # replaces every URL's scheme and host: a local stand-in
    max_pages: int = 1000


@dataclass(frozen=True, slots=True)
class Answers:
    """Each request's pages, and where and when they were taken."""

    pages: dict[str, list[object]]
    urls: tuple[str, ...]
    taken_at: datetime
    requests_sent: int


def client(options: FetchOptions) -> httpx.Client:
    try:
        import httpx  # noqa: PLC0415 (an extra: validation never needs it)
    except ModuleNotFoundError:
        raise FetchError("reference fetch needs httpx: pip install 'twapschema[fetch]'") from None
    return httpx.Client(
        timeout=options.timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True
    )


def fetch_answers(
    sources: m.VenueSources,
    requests: tuple[str, ...],
    options: FetchOptions,
    http: httpx.Client,
    sleep: Callable[[float], None] = time.sleep,
) -> Answers:
    taken_at = datetime.now(UTC).replace(microsecond=0)
    pages: dict[str, list[object]] = {}
    urls: list[str] = []
    sent = 0
    for name in requests:
        request = sources.request(name)
        url = _url(request.url, options.base_url)
        urls.append(url)
        cursor: str | None = None
        pages[name] = []
        while True:
            params = dict(request.query)
            if cursor is not None and request.pages is not None:
                params[request.pages.param] = cursor
            where = f"{sources.venue} {name}"
            answer, tries = _send(http, request, url, params, options, sleep, where)
            sent += tries
            pages[name].append(answer)
            cursor = _next_cursor(request, answer, where)
            if cursor is None:
                break
            if len(pages[name]) >= options.max_pages:
                raise FetchError(f"{where}: more than {options.max_pages} pages from {url}")
    return Answers(pages, tuple(urls), taken_at, sent)


def _url(url: str, base: str | None) -> str:
    if base is None:
        return url
    parts, to = urlsplit(url), urlsplit(base)
    return urlunsplit((to.scheme, to.netloc, to.path.rstrip("/") + parts.path, "", ""))


def _next_cursor(request: m.Request, answer: object, where: str) -> str | None:
    if request.pages is None:
        return None
    cursor = query.search(request.pages.cursor, answer)
    if cursor is None or cursor == "":
        return None
    if not isinstance(cursor, str):
        raise ShapeError(f"{where}: pages cursor {request.pages.cursor!r} is not a text")
    return cursor


def _send(  # noqa: PLR0917 (one request's whole context, passed once)
    http: httpx.Client,
    request: m.Request,
    url: str,
    params: dict[str, str],
    options: FetchOptions,
    sleep: Callable[[float], None],
    where: str,
) -> tuple[object, int]:
    import httpx  # noqa: PLC0415

    wait = options.backoff
    why = ""
    for attempt in range(1, options.attempts + 1):
        retry_after: float | None = None
        try:
            response = http.request(
                request.method,
                url,
                params=params or None,
                json=request.body if request.method == "POST" else None,
            )
            if response.status_code in _RETRIED_STATUS:
                why = f"HTTP {response.status_code}"
                retry_after = _retry_after(response.headers.get("Retry-After"))
            elif response.status_code >= 400:
                body = " ".join(response.text.split())[:200]
                raise FetchError(f"{where}: HTTP {response.status_code} from {url}: {body}")
            else:
                answer = read_answer(response.text, f"{where} ({url})")
                _venue_ok(request, answer, where, url)
                return answer, attempt
        except httpx.TransportError as exc:
            why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        except NotJsonError as exc:
            why = str(exc).split(": ", 1)[-1]  # a body cut short passes like a dropped line
        if attempt < options.attempts:
            sleep(min(options.max_wait, retry_after if retry_after is not None else wait))
            wait *= 2
    offline = " (offline?)" if "ConnectError" in why else ""
    raise FetchError(
        f"{where}: no answer from {url} after {options.attempts} attempts: {why}{offline}"
    )


def _retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After (RFC 9110): seconds, or an HTTP date (read by the standard library's
    email.utils); None when absent or unreadable, and the backoff applies."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _venue_ok(request: m.Request, answer: object, where: str, url: str) -> None:
    if request.ok is None or query.truthy(query.search(request.ok, answer)):
        return
    said = query.search(request.error, answer) if request.error is not None else None
    text = f": {said}" if said else ""
    raise FetchError(f"{where}: the venue answered an error from {url}{text}")

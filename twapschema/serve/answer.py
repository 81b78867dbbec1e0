"""A request in, the venue's answer out, whatever carried it (HTTP or a WebSocket frame).

Each request is judged by the same generated validator as ``twapschema.validate_wire``. An
invalid one gets the venue's rejection, as the predicted errors are built, with its message's
HTTP status; a valid one gets its reply (``replies.build``), which is itself validated as the
reply message before it is sent. Nothing here invents a reply the spec does not declare: a valid
request without one is answered 501, saying so.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from twapschema.pointer import MISSING
from twapschema.runtime.api import reads_as_text, validate, validate_wire
from twapschema.runtime.reference import Reference
from twapschema.runtime.registry import message_entry
from twapschema.runtime.result import ValidationResult, Violation
from twapschema.runtime.wire import parse_text_body
from twapschema.serve import replies, signing
from twapschema.serve.book import Book, Order
from twapschema.serve.catalog import (
    NO_REPLY,
    AuthScheme,
    Cancel,
    Listing,
    Request,
    VenueCatalog,
    catalog,
)
from twapschema.serve.scenarios import Scenario, Scenarios
from twapschema.serve.signing import SecretError, Signed

# Where the spec says nothing of the status of a refusal (Ondo's, Bybit's, Kraken's error
# messages carry none), 400 is sent, and the header below says the status is not the spec's.
DEFAULT_ERROR_STATUS = 400
INFERRED = "X-Twapschema-Inferred"
QFEX_AUTH_DEADLINE = 60.0  # seconds: "Within 1 minute of connecting, send an auth frame"
REPLY = "X-Twapschema-Reply"  # the spec's message the reply is (a response, or an error)


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: object
    headers: Mapping[str, str] = field(default_factory=dict)


class ScenarioError(ValueError):
    """A scenario this stand-in cannot play (a rate limit whose body the spec lacks)."""


class StandIn:
    """The venues' state: their catalogs, the orders accepted, the armed scenarios."""

    def __init__(
        self,
        venues: list[str],
        *,
        reference: Reference | None = None,
        seed: int | None = None,
        check_auth: bool = True,
        secrets: Mapping[str, str] | None = None,
        auth_deadline: float | None = QFEX_AUTH_DEADLINE,
    ) -> None:
        self.catalogs: dict[str, VenueCatalog] = {v: catalog(v) for v in venues}
        self.check_auth = check_auth
        # A WebSocket that sends no auth frame within this many seconds is closed (None:
        # never); QFEX's "within 1 minute of connecting".
        self.auth_deadline = auth_deadline
        self.secrets: dict[str, str] = dict(secrets or {})
        for venue, secret in self.secrets.items():
            self._takes_secret(venue, secret)
        self.reference = reference
        self.book = Book()
        self.scenarios = Scenarios()
        self.rng = random.Random(seed)  # noqa: S311 -- plausible ids for tests, not secrets

    def _takes_secret(self, venue: str, secret: str) -> None:
        cat = self.catalogs.get(venue)
        if cat is None:
            raise SecretError(f"a secret for {venue!r}, which is not served here")
        recipes = [a.signature for a in cat.auth if a.signature is not None]
        if not recipes:
            raise SecretError(
                f"{venue}'s spec gives no signature a secret checks ({cat.auth_scheme})"
            )
        for recipe in recipes:
            signing.key_of(recipe, secret)  # Kraken's must be base64

    # -- scenarios -------------------------------------------------------------------------

    def arm(self, scenario: Scenario) -> None:
        """Arms ``scenario``; ScenarioError when it names what is not served or not known."""
        cat = self.catalogs.get(scenario.venue)
        if cat is None:
            raise ScenarioError(f"venue {scenario.venue!r} is not served here")
        if scenario.message is not None and scenario.message not in {
            r.message for r in cat.requests
        }:
            known = ", ".join(r.message for r in cat.requests)
            raise ScenarioError(f"{scenario.venue} has no request {scenario.message!r} ({known})")
        if scenario.action == "reject":
            assert scenario.message is not None  # the model requires it for reject
            if message_entry(scenario.venue, scenario.message).rejection is None:
                raise ScenarioError(
                    f"{scenario.venue} {scenario.message}: the spec declares no rejection"
                )
        if (
            scenario.action == "rate_limit"
            and scenario.body is None
            and cat.example_with_status(429) is None
        ):
            raise ScenarioError(
                f"{scenario.venue}'s spec documents no 429 reply; give the scenario a body"
            )
        self.scenarios.arm(scenario)

    def played(self, scenario: Scenario, venue: str) -> Answer:
        """The reply a reject, rate_limit or reply scenario sends."""
        cat = self.catalogs[venue]
        played = {"X-Twapschema-Scenario": scenario.action}
        if scenario.action == "reject":
            assert scenario.message is not None
            assert scenario.rule is not None
            rejection = message_entry(venue, scenario.message).rejection
            assert rejection is not None  # arm() checked
            why = Violation(scenario.rule, "", f"refused by scenario: {scenario.rule}")
            predicted = rejection.render([why])
            status = cat.status_of(predicted.message)
            headers = {**played, REPLY: predicted.message}
            if status is None:
                headers[INFERRED] = "status"
            return Answer(status or DEFAULT_ERROR_STATUS, predicted.payload, headers)
        if scenario.action == "rate_limit":
            if scenario.body is not None:
                return Answer(scenario.status or 429, scenario.body, played)
            found = cat.example_with_status(429)
            assert found is not None  # arm() checked
            return Answer(429, found[1], {**played, REPLY: found[0]})
        assert scenario.status is not None
        return Answer(scenario.status, scenario.body, played)

    # -- requests --------------------------------------------------------------------------

    def unauthenticated(self, venue: str, req: Signed) -> Answer | None:
        """The venue's refusal of a request without the auth its spec names, or None.

        The request must carry one of the venue's schemes (its headers, each non-empty; a
        bearer token): otherwise 401. When this stand-in holds the venue's secret and the
        scheme has a signature recipe, the signature must be the one the secret makes:
        otherwise the venue's own refusal (Binance's -1022, OKX's 50113)."""
        cat = self.catalogs[venue]
        if not self.check_auth or not cat.auth:
            return None
        shapes = [(scheme, _missing(scheme, req.headers)) for scheme in cat.auth]
        carried = next((scheme for scheme, missing in shapes if not missing), None)
        if carried is None:
            why = "missing auth: " + "; or ".join(
                f"{', '.join(missing)} ({scheme.source})" for scheme, missing in shapes
            )
            found = cat.example_with_status(401)
            out = {"X-Twapschema-Verdict": "unauthenticated", "X-Twapschema-Auth": _header(why)}
            if found is not None:
                return Answer(401, found[1], {**out, REPLY: found[0]})
            return Answer(401, {"twapschema": why}, {**out, INFERRED: "status,body"})
        return self.bad_signature(venue, carried, req)

    def bad_signature(self, venue: str, scheme: AuthScheme, req: Signed) -> Answer | None:
        """The venue's refusal of a signature the secret did not make, or None (also when
        no secret was given, or the scheme's signature is not one this checks)."""
        secret = self.secrets.get(venue)
        recipe = scheme.signature
        if secret is None or recipe is None:
            return None
        why = signing.mismatch(recipe, secret, req)
        if why is None:
            return None
        refused = recipe["refused"]
        headers = {
            "X-Twapschema-Verdict": "bad-signature",
            "X-Twapschema-Auth": _header(why),
            REPLY: refused["message"],
        }
        status = refused.get("status") or self.catalogs[venue].status_of(refused["message"])
        if status is None:
            headers[INFERRED] = "status"
        return Answer(status or DEFAULT_ERROR_STATUS, refused["payload"], headers)

    def pick(
        self, venue: str, candidates: tuple[Request, ...], text: str, ctype: str | None
    ) -> tuple[Request, ValidationResult]:
        """Of the requests one endpoint takes (Hyperliquid's /exchange: an order or a cancel),
        the one the body is: the first it is valid as; else the one whose constant members it
        matches (no ``.const`` violation) with the fewest violations; ties to the first."""
        judged = [(r, self.judge(venue, r.message, text, ctype)) for r in candidates]
        for r, result in judged:
            if result.valid:
                return r, result

        def distance(pair: tuple[Request, ValidationResult]) -> tuple[bool, int]:
            violations = pair[1].violations
            return any(v.rule.endswith(".const") for v in violations), len(violations)

        return min(judged, key=distance)

    def judge(self, venue: str, message: str, text: str, ctype: str | None) -> ValidationResult:
        try:
            return validate_wire(venue, message, text, reference=self.reference, content_type=ctype)
        except ValueError as e:
            entry = message_entry(venue, message)
            what = Violation("payload.json", "", f"the body cannot be read: {e}")
            predictor = entry.rejection.render if entry.rejection is not None else None
            return ValidationResult(False, (what,), (), predictor)

    def answer(
        self, venue: str, request: Request, result: ValidationResult, text: str, ctype: str | None
    ) -> Answer:
        cat = self.catalogs[venue]
        judged = {"X-Twapschema-Message": request.message}
        if not result.valid:
            rules = ",".join(dict.fromkeys(v.rule for v in result.violations))
            headers = {**judged, "X-Twapschema-Verdict": "invalid", "X-Twapschema-Rules": rules}
            predicted = result.predicted_error
            if predicted is not None:
                headers[REPLY] = predicted.message
            if predicted is None:
                return Answer(
                    DEFAULT_ERROR_STATUS,
                    {"twapschema": result.to_json()},
                    {**headers, INFERRED: "status,body"},
                )
            status = cat.status_of(predicted.message)
            if status is None:
                headers[INFERRED] = "status"
            return Answer(status or DEFAULT_ERROR_STATUS, predicted.payload, headers)
        headers = {**judged, "X-Twapschema-Verdict": "valid"}
        reply = request.reply
        if reply is None:
            return Answer(501, {"twapschema": NO_REPLY, "valid": True}, headers)
        payload = decoded(venue, request.message, text, ctype)
        ending: list[Order] = []
        if reply.cancels is not None:
            found = self.find(venue, reply.cancels, payload)
            if found is None:
                status = cat.status_of(reply.cancels.unknown_message)
                headers = {**headers, REPLY: reply.cancels.unknown_message}
                if status is None:
                    headers[INFERRED] = "status"
                return Answer(
                    status or DEFAULT_ERROR_STATUS, reply.cancels.unknown_payload, headers
                )
            ending = found
        new_id: object = MISSING
        if reply.new_order is not None:
            new_id = self.fresh_id(venue, replies.get(reply.template, reply.new_order.id))
        # A cancel answered with the order's own report (QFEX's twap_response) starts from the
        # report the order was made with, so it names that order.
        template: object = MISSING
        if len(ending) == 1 and ending[0].reply_message == reply.message:
            template = ending[0].reply
        listed: list[Order] = []
        if reply.lists is not None:
            listed = self.book.listed(venue, reply.lists.orders, _named(payload, reply.lists))
        body = self.checked_reply(venue, request, payload, new_id, template, listed)
        if isinstance(body, Answer):
            return body
        if reply.new_order is not None:
            client = (
                replies.get(payload, reply.new_order.client_id)
                if reply.new_order.client_id is not None
                else MISSING
            )
            self.book.add(
                Order(
                    venue,
                    request.message,
                    replies.get(body, reply.new_order.id),
                    None if client is MISSING else client,
                    payload,
                    reply.message,
                    body,
                )
            )
        self.book.cancel(ending)
        status = cat.status_of(reply.message) or 200
        return Answer(status, body, {**headers, REPLY: reply.message})

    def checked_reply(  # noqa: PLR0917 - the parts of one reply
        self,
        venue: str,
        request: Request,
        payload: object,
        new_id: object,
        template: object,
        listed: list[Order] | None = None,
    ) -> object | Answer:
        """The reply, valid as its message: an echo the reply's type does not take (none in the
        shipped specs; the tests hold every venue to that) keeps the example's value."""
        reply = request.reply
        assert reply is not None
        now = datetime.now(UTC)
        skip: set[str] = set()
        for _ in range(2):
            body = replies.build(
                reply,
                payload,
                now=now,
                new_id=new_id,
                skip=skip,
                template=template,
                orders=listed or (),
            )
            verdict = validate(venue, reply.message, body)
            if verdict.valid:
                return body
            targets = {to for to, _ in reply.echo} | set(reply.now)
            skip |= {t for t in targets for v in verdict.violations if _under(v.path, t)}
        return Answer(
            500,
            {
                "twapschema": f"the reply built for {request.message} is not a valid"
                f" {reply.message}; the spec's reply block is wrong",
                "violations": [v.to_json() for v in verdict.violations],
            },
            {"X-Twapschema-Message": request.message, INFERRED: "status,body"},
        )

    def find(self, venue: str, cancels: Cancel, payload: object) -> list[Order] | None:
        """The open orders a cancel names (each element of a batch); None if any is unknown."""
        items = payload if isinstance(payload, list) else [payload]
        found: list[Order] = []
        for item in items:
            value = replies.get(item, cancels.id)
            by = cancels.by
            if cancels.by_member is not None:
                by = cancels.by_values.get(str(replies.get(item, cancels.by_member)), "")
            order = (
                None
                if value is MISSING or by not in ("id", "client_id")
                else self.book.open_order(venue, by, value)
            )
            if order is None:
                return None
            found.append(order)
        return found

    def fresh_id(self, venue: str, example: object) -> object:
        for _ in range(100):
            value = replies.fresh_id(example, self.rng)
            if not self.book.holds_id(venue, value):
                return value
        raise RuntimeError(f"no fresh id of the form {example!r}")  # pragma: no cover


def decoded(venue: str, message: str, text: str, ctype: str | None) -> object:
    """The valid request as the checks read it: spec names, values typed as the venue reads
    them (a query string's "5000" as 5000), numbers exact."""
    entry = message_entry(venue, message)
    payload: object
    if reads_as_text(entry, ctype):
        payload, _ = parse_text_body(text)
    else:
        payload = json.loads(text, parse_float=Decimal)
    wire = entry.wire
    if wire is None:
        return payload
    if wire.batch is not None and isinstance(payload, list):
        return [wire.decode(item)[0] for item in payload]
    return wire.decode(payload)[0]


def _named(payload: object, listing: Listing) -> list[str] | None:
    """The ids a listing request names (a list, or text split at the separator), or None."""
    if listing.named_by is None:
        return None
    value = replies.get(payload, listing.named_by)
    if value is MISSING:
        return None
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part.strip() for part in str(value).split(listing.separator)]


def _missing(scheme: AuthScheme, headers: Mapping[str, str]) -> list[str]:
    """What of ``scheme`` the request lacks: its headers, each non-empty; a bearer token."""
    missing = [h for h in scheme.headers if not headers.get(h, "").strip()]
    if scheme.scheme == "bearer":
        token = headers.get("Authorization", "")
        if not token.startswith("Bearer ") or not token[len("Bearer ") :].strip():
            missing.append("Authorization: Bearer <token>")
    return missing


def _header(text: str) -> str:
    """``text`` as an HTTP header value: ASCII on one line (JSON's escapes), at most 1000."""
    said = json.dumps(text)[1:-1]
    return said if len(said) <= 1000 else said[:997] + "..."


def _under(path: str, pointer: str) -> bool:
    return path == pointer or path.startswith(pointer + "/") or pointer.startswith(path + "/")

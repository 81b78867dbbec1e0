"""Signature checks: what a request signed with the secret would carry, as its venue's spec
recipe (``venue.auth.signature``) says the venue computes it, against what it carries.

A recipe names the parts signed, in order: parts of the HTTP request (method, path, query,
body, a header), members of the message, literal text and SHA-256 digests of parts (Kraken's
nonce and body). Only the signature is checked: a timestamp's freshness and a nonce's increase
are not (a test's recorded request would fail them), and keys that are not HMAC secrets (Bybit's
RSA keys, Hyperliquid's and dYdX's wallet keys) are not verified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

from twapschema.pointer import MISSING, resolve

Recipe = Mapping[str, Any]  # one scheme's "signature" in the index (json_schema._auth)

_DIGESTS: dict[str, Callable[[], Any]] = {
    "hmac-sha256": hashlib.sha256,
    "hmac-sha512": hashlib.sha512,
}


@dataclass(frozen=True, slots=True)
class Signed:
    """A request as its signature sees it. ``path`` is the venue's (without a stand-in's
    /VENUE prefix); ``query`` and ``body`` are as sent, undecoded."""

    method: str = ""
    path: str = ""
    query: str = ""
    body: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    frame: object = None  # a WebSocket frame, parsed

    def member(self, pointer: str) -> str | None:
        """The member's value as text: a form value as sent, a JSON string without quotes,
        any other JSON value as JSON writes it; None when absent."""
        node = resolve(self.frame if self.frame is not None else _members(self.body), pointer)
        if node is MISSING:
            return None
        if isinstance(node, str):
            return node
        return json.dumps(node, default=str)


def _members(body: str) -> object:
    text = body.strip()
    if text.startswith(("{", "[")):
        try:
            return json.loads(text)
        except ValueError:
            return None
    return dict(parse_qsl(body, keep_blank_values=True))


class SecretError(ValueError):
    """A secret the recipe cannot use (Kraken's must be base64)."""


def key_of(recipe: Recipe, secret: str) -> bytes:
    if recipe["key"] == "base64":
        try:
            return base64.b64decode(secret, validate=True)
        except binascii.Error as e:
            raise SecretError(f"the secret must be base64 ({e})") from None
    return secret.encode()


def signed_bytes(recipe: Recipe, req: Signed) -> tuple[bytes, str]:
    """What is signed, and the same written for a person (digests as sha256(...))."""
    out = [_part(p, recipe, req) for p in recipe["parts"]]
    sep = recipe["separator"]
    return sep.encode().join(b for b, _ in out), sep.join(t for _, t in out)


def _part(part: Any, recipe: Recipe, req: Signed) -> tuple[bytes, str]:
    if isinstance(part, str):
        text = _whole(part, recipe, req)
        return text.encode(), text
    ((kind, value),) = part.items()
    if kind == "sha256":
        inner = [_part(p, recipe, req) for p in value]
        digest = hashlib.sha256(b"".join(b for b, _ in inner)).digest()
        return digest, f"sha256({''.join(t for _, t in inner)})"
    if kind == "header":
        text = req.headers.get(value, "")
    elif kind == "member":
        text = req.member(value) or ""
    else:  # literal
        text = value
    return text.encode(), text


def _whole(part: str, recipe: Recipe, req: Signed) -> str:
    if part == "method":
        return req.method.upper()
    if part == "path":
        return req.path
    if part == "query":
        return req.query
    if part == "target":
        return f"{req.path}?{req.query}" if req.query else req.path
    if part == "body":
        return req.body
    # unsigned: Binance's totalParams, the query string then the body, without the signature
    name = recipe["in"]["param"]
    return _without(req.query, name) + _without(req.body, name)


def _without(text: str, name: str) -> str:
    return "&".join(p for p in text.split("&") if p and p.split("=", 1)[0] != name)


def carried(recipe: Recipe, req: Signed) -> str | None:
    """The signature the request carries, or None."""
    ((kind, name),) = recipe["in"].items()
    if kind == "header":
        return req.headers.get(name)
    if kind == "member":
        return req.member(name)
    for text in (req.query, req.body):
        for pair in text.split("&"):
            key, _, value = pair.partition("=")
            if key == name:
                return unquote_plus(value)
    return None


def expected(recipe: Recipe, secret: str, req: Signed) -> tuple[str, str]:
    """The signature the venue computes for ``req``, and what it signed (for a person)."""
    if recipe["algorithm"] == "secret":
        return secret, "(the secret itself)"
    data, shown = signed_bytes(recipe, req)
    mac = hmac.new(key_of(recipe, secret), data, _DIGESTS[recipe["algorithm"]]).digest()
    if recipe["encoding"] == "hex":
        return mac.hex(), shown
    return base64.b64encode(mac).decode(), shown


def mismatch(recipe: Recipe, secret: str, req: Signed) -> str | None:
    """Why the request's signature is not the one ``secret`` makes, or None when it is."""
    got = carried(recipe, req)
    if got is None:
        return f"no signature in {_where(recipe)}"
    want, shown = expected(recipe, secret, req)
    # Hex names bytes whatever the case of its letters (inferred; Binance says its signature
    # is not case sensitive); base64 and a secret are compared exactly.
    if recipe["encoding"] == "hex" and recipe["algorithm"] != "secret":
        got, want = got.lower(), want.lower()
    if hmac.compare_digest(got.encode(), want.encode()):
        return None
    if recipe["algorithm"] == "secret":
        return f"{_where(recipe)} is not the secret"
    return f"{_where(recipe)} is not the {recipe['algorithm']} of {json.dumps(shown)}"


def _where(recipe: Recipe) -> str:
    ((kind, name),) = recipe["in"].items()
    return f"{kind} {name}"

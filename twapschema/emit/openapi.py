"""OpenAPI 3.1 for a REST venue: each endpoint its spec's messages name (``http``), its request
as a JSON body, a form body or query parameters as the message travels (``wire``), its replies
per HTTP status, and the authentication headers as security schemes.

Every schema is a ``$ref`` to the message's generated JSON Schema file (``../schemas/``), so
there is one description of each message; the dialect is JSON Schema 2020-12, as theirs.
Several messages on one endpoint (Hyperliquid's /exchange) are ``oneOf``; a reply whose status
the venue does not document is the ``default`` response.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from twapschema import ir
from twapschema.emit.json_schema import JsonObject
from twapschema.pointer import escape

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _ref(venue: str, message: str, pointer: str = "") -> JsonObject:
    return {"$ref": f"../schemas/{venue}/{message}.schema.json{'#' + pointer if pointer else ''}"}


def _one(schemas: list[JsonObject]) -> JsonObject:
    return schemas[0] if len(schemas) == 1 else {"oneOf": schemas}


def _body_schema(venue: str, message: ir.Message) -> JsonObject:
    ref = _ref(venue, message.id)
    if message.wire is not None and message.wire.batch is not None:
        # The body is an array of these messages (OKX's cancel-algos).
        return {"type": "array", "minItems": 1, "maxItems": message.wire.batch, "items": ref}
    return ref


def _query_parameters(venue: str, message: ir.Message, schema: Any) -> list[JsonObject]:
    """One query parameter per top-level member, its schema the member's in the file."""
    root = schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        root = schema["$defs"][ref.removeprefix("#/$defs/")]
        base = ref.removeprefix("#")
    else:
        base = ""
    required = set(root.get("required", []))
    properties: dict[str, Any] = root.get("properties", {})
    return [
        {
            "name": name,
            "in": "query",
            "required": name in required,
            **({"description": member["description"]} if "description" in member else {}),
            "schema": _ref(venue, message.id, f"{base}/properties/{escape(name)}"),
        }
        for name, member in properties.items()
    ]


def _security(auth: ir.Auth) -> tuple[dict[str, JsonObject], list[dict[str, list[str]]]]:
    """Security schemes, and one requirement per way the venue takes (its scheme, then its
    alternatives: OpenAPI reads the list as "any one of"), each naming every header it needs;
    none for a venue whose signature travels in the body (Hyperliquid, dYdX)."""
    schemes: dict[str, JsonObject] = {}
    requirements: list[dict[str, list[str]]] = []
    for a in auth.schemes:
        if a.scheme == "bearer":
            schemes.setdefault(
                "bearer", {"type": "http", "scheme": "bearer", "description": a.description}
            )
            requirements.append({"bearer": []})
            continue
        for header in a.headers:
            schemes.setdefault(
                header,
                {"type": "apiKey", "in": "header", "name": header, "description": a.description},
            )
        if a.headers:
            requirements.append({header: [] for header in a.headers})
    return schemes, requirements


def openapi(spec: ir.Spec, schemas: dict[str, JsonObject]) -> JsonObject:
    """The venue's OpenAPI 3.1 document; ``schemas`` are its messages' JSON Schemas by id."""
    venue = spec.venue
    requests: dict[tuple[str, str], list[ir.Message]] = defaultdict(list)
    replies: dict[tuple[str, str], list[ir.Message]] = defaultdict(list)
    by_id = {m.id: m for m in spec.messages}
    for m in spec.messages:
        if m.http is None or m.http.inside is not None:  # not the body: inside another's
            continue
        endpoint = (m.http.path, m.http.method.lower())
        (requests if m.kind == "request" else replies)[endpoint].append(m)
    schemes, requirement = _security(venue.auth)
    paths: dict[str, dict[str, JsonObject]] = defaultdict(dict)
    for (path, method), sent in requests.items():
        answers = list(replies.get((path, method), []))
        for m in sent:  # the reply its rejection names, wherever the spec files it
            if m.rejection is not None and by_id[m.rejection.message_id] not in answers:
                answers.append(by_id[m.rejection.message_id])
        operation: JsonObject = {
            "operationId": "__".join(m.id for m in sent),
            "summary": " / ".join(m.id for m in sent),
            "description": "\n\n".join(f"`{m.id}`: {m.description}" for m in sent),
            "responses": _responses(venue.id, answers),
        }
        encoding = sent[0].wire.encoding if sent[0].wire is not None else "json"
        if encoding == "query":
            operation["parameters"] = _query_parameters(venue.id, sent[0], schemas[sent[0].id])
        else:
            media = (
                "application/json" if encoding == "json" else "application/x-www-form-urlencoded"
            )
            body = _one([_body_schema(venue.id, m) for m in sent])
            operation["requestBody"] = {"required": True, "content": {media: {"schema": body}}}
        if requirement:
            operation["security"] = requirement
        paths[path][method] = operation
    document: JsonObject = {
        "openapi": "3.1.0",
        "jsonSchemaDialect": DIALECT,
        "info": {
            "title": f"{venue.name}: TWAP orders (twapschema)",
            "version": venue.version,
            "description": (
                f"{venue.description}\n\nThe venue's API version: {venue.api_version}. "
                f"Authentication ({venue.auth.scheme}): {venue.auth.description}\n\n"
                "Generated by twapschema from its spec; the message schemas, with their "
                "cross-field rules as CEL under x-twapschema-rules, are the files referenced."
            ),
        },
        "servers": [{"url": venue.transport.url}],
        "paths": dict(paths),
    }
    if schemes:
        document["components"] = {"securitySchemes": schemes}
    return document


def _responses(venue: str, answers: list[ir.Message]) -> JsonObject:
    if not answers:  # OpenAPI needs one; the spec describes no reply here (dYdX: a node's)
        return {"default": {"description": "The reply is not described by this spec."}}
    by_status: dict[str, list[ir.Message]] = defaultdict(list)
    for m in answers:
        status = m.http.status if m.http is not None else None
        by_status["default" if status is None else str(status)].append(m)
    return {
        status: {
            "description": " / ".join(f"{m.id} ({m.kind}): {m.description}" for m in found),
            "content": {"application/json": {"schema": _one([_ref(venue, m.id) for m in found])}},
        }
        for status, found in sorted(
            by_status.items(), key=lambda item: (item[0] == "default", item[0])
        )
    }

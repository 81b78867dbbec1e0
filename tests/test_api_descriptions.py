"""OpenAPI 3.1 (REST venues) and AsyncAPI 3.0 (QFEX's WebSocket) documents (issue 20): each
OpenAPI document passes openapi-spec-validator (the OpenAPI 3.1 schema), every $ref of both
kinds resolves to a generated schema file and pointer, and each says what the spec says: every
request on its endpoint as it travels, its replies per status, the auth headers as security.
(The AsyncAPI documents are read by the AsyncAPI Initiative's parser: tests/asyncapi/, in
`make test`.)"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tests.conftest import ROOT
from twapschema.pointer import unescape
from twapschema.runtime.registry import venue_module

GENERATED = ROOT / "generated"
REST = ["aevo", "binance", "bybit", "dydx", "hyperliquid", "kraken", "okx", "ondo"]


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _openapi(venue: str) -> dict[str, Any]:
    return _load(GENERATED / "openapi" / f"{venue}.openapi.json")


def _refs(node: object, found: list[str]) -> list[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            found.append(node["$ref"])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)
    return found


def _resolve(base: Path, ref: str) -> object:
    """A file-relative $ref ('../schemas/x.json#/pointer') or an internal one, followed."""
    file, _, pointer = ref.partition("#")
    node: Any = _load((base.parent / file).resolve()) if file else _load(base)
    for token in pointer.split("/")[1:]:
        node = node[int(token)] if isinstance(node, list) else node[unescape(token)]
    return node


def test_every_rest_venue_has_an_openapi_document_and_qfex_an_asyncapi_one() -> None:
    assert sorted(p.name for p in (GENERATED / "openapi").iterdir()) == [
        f"{v}.openapi.json" for v in REST
    ]
    assert [p.name for p in (GENERATED / "asyncapi").iterdir()] == ["qfex.asyncapi.json"]


@pytest.mark.parametrize("venue", REST)
def test_the_openapi_document_is_valid_openapi_3_1(venue: str) -> None:
    path = GENERATED / "openapi" / f"{venue}.openapi.json"
    document = _load(path)
    assert document["openapi"] == "3.1.0"
    assert document["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"
    validate(document, base_uri=path.as_uri())


def test_the_validator_refuses_a_broken_document() -> None:
    document = copy.deepcopy(_openapi("binance"))
    operation = document["paths"]["/sapi/v1/algo/futures/newOrderTwap"]["post"]
    operation["parameters"][0]["in"] = "body"  # OpenAPI 2's place for a body, gone in 3
    with pytest.raises(OpenAPIValidationError):
        validate(document)


@pytest.mark.parametrize(
    "path",
    [
        *(GENERATED / "openapi" / f"{v}.openapi.json" for v in REST),
        GENERATED / "asyncapi" / "qfex.asyncapi.json",
    ],
    ids=lambda p: p.name,
)
def test_every_ref_resolves(path: Path) -> None:
    refs = _refs(_load(path), [])
    assert refs
    for ref in refs:
        target = _resolve(path, ref)
        assert isinstance(target, dict), ref


@pytest.mark.parametrize("venue", REST)
def test_every_request_is_on_its_endpoint_as_it_travels(venue: str) -> None:
    document = _openapi(venue)
    path = GENERATED / "openapi" / f"{venue}.openapi.json"
    for message_id, entry in venue_module(venue).MESSAGES.items():
        if entry.kind != "request":
            continue
        schema = _load(GENERATED / "schemas" / venue / f"{message_id}.schema.json")
        http = schema["x-twapschema"]["http"]
        operation = document["paths"][http["path"]][http["method"].lower()]
        if "inside" in http:  # not the body: the message it travels in is
            assert message_id not in operation["operationId"].split("__")
            assert http["inside"] in operation["operationId"].split("__")
            continue
        assert message_id in operation["operationId"].split("__")
        encoding = entry.wire.encoding if entry.wire is not None else "json"
        if encoding == "query":
            names = {p["name"] for p in operation["parameters"]}
            root = _resolve(
                path, f"../schemas/{venue}/{message_id}.schema.json#{schema.get('$ref', '#')[1:]}"
            )
            assert isinstance(root, dict)
            assert names == set(root["properties"])
            assert "requestBody" not in operation
        else:
            media = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
            content = operation["requestBody"]["content"][media[encoding]]
            assert f"../schemas/{venue}/{message_id}.schema.json" in _refs(content, [])


def test_replies_are_by_status_and_the_rejection_is_among_them() -> None:
    operation = _openapi("aevo")["paths"]["/twap-orders"]["post"]
    assert sorted(operation["responses"]) == ["200", "400", "401", "429", "500"]
    okx = _openapi("okx")["paths"]["/api/v5/trade/cancel-algos"]["post"]
    # cancel-algos' rejection is the error_response the spec files under order-algo.
    assert "../schemas/okx/error_response.schema.json" in _refs(okx["responses"], [])
    body = okx["requestBody"]["content"]["application/json"]["schema"]
    assert (body["type"], body["minItems"], body["maxItems"]) == ("array", 1, 10)


def test_security_schemes_are_the_specs_auth_headers() -> None:
    okx = _openapi("okx")
    schemes = okx["components"]["securitySchemes"]
    headers = ["OK-ACCESS-KEY", "OK-ACCESS-SIGN", "OK-ACCESS-TIMESTAMP", "OK-ACCESS-PASSPHRASE"]
    assert sorted(schemes) == sorted(headers)
    assert all(s == {**s, "type": "apiKey", "in": "header"} for s in schemes.values())
    assert okx["paths"]["/api/v5/trade/order-algo"]["post"]["security"] == [
        {header: [] for header in headers}
    ]
    ondo = _openapi("ondo")
    assert ondo["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    # Alternatives are "any one of" the requirements: Ondo's bearer token or its API key.
    assert ondo["paths"]["/v1/perps/twap/order"]["post"]["security"] == [
        {"bearer": []},
        {"ONDO-KEY-ID": [], "ONDO-TIMESTAMP": [], "ONDO-SIGN": []},
    ]
    aevo = _openapi("aevo")["paths"]["/twap-orders"]["post"]["security"]
    assert aevo == [
        {"AEVO-KEY": [], "AEVO-SECRET": []},
        {"AEVO-KEY": [], "AEVO-TIMESTAMP": [], "AEVO-SIGNATURE": []},
    ]
    # A signature inside the body (Hyperliquid's EIP-712, dYdX's Cosmos tx): no HTTP security.
    assert "components" not in _openapi("hyperliquid")
    assert "security" not in _openapi("dydx")["paths"]["/cosmos/tx/v1beta1/txs"]["post"]


def test_the_asyncapi_document_states_the_clients_perspective() -> None:
    document = _load(GENERATED / "asyncapi" / "qfex.asyncapi.json")
    assert document["asyncapi"] == "3.0.0"
    assert "describes the client" in document["info"]["description"]
    actions = {
        o["messages"][0]["$ref"].rsplit("/", 1)[1]: o["action"]
        for o in document["operations"].values()
    }
    assert actions == {
        "auth": "send",
        "add_twap": "send",
        "cancel_order": "send",
        "twap_response": "receive",
        "all_orders_response": "receive",
        "err": "receive",
    }
    channel = document["channels"]["trading"]
    assert channel["bindings"]["ws"]["query"]["required"] == ["api_key"]
    assert document["servers"]["production"] == {
        **document["servers"]["production"],
        "host": "trade.qfex.com",
        "protocol": "wss",
    }

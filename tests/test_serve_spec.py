"""The spec's `reply` blocks (how a venue answers a valid request, which `twapschema serve`
builds): refused with a location when they name what is not there; and what the shipped specs
declare holds (every reply pointer names a member, every unknown-order reply is valid as its
message)."""

from __future__ import annotations

import pytest

import twapschema
from tests.test_spec_errors import MINIMAL_SPEC, mutated, only_problem, where
from twapschema.runtime.schemas import json_schema
from twapschema.serve.catalog import Reply, catalog
from twapschema.spec.check import load_spec_text

RESPONSE = """\
  create_order_response:
    kind: response
    description: The created order.
    source: {doc: api, section: Response}
    http: {method: POST, path: /twap, status: 200}
    unknown_fields:
      policy: ignore
      source: {inferred: A reply.}
    fields:
      id:
        type: string
        required: true
        description: The order id.
        source: {doc: api, section: id}
      market:
        type: string
        required: true
        description: Market symbol.
        source: {doc: api, section: market}
    examples:
      - description: A reply.
        source: {doc: api, section: Response}
        payload: {id: o-1234abcd, market: AAPL}
  error_response:
    kind: error
    description: A refusal.
    source: {doc: api, section: Errors}
    http: {method: POST, path: /other}
    unknown_fields:
      policy: ignore
      source: {inferred: A reply.}
    fields:
      error:
        type: string
        required: true
        description: Why.
        source: {doc: api, section: Errors}
"""

REPLY = """\
    reply:
      message: create_order_response
      source: {doc: api, section: Response}
      echo: {/market: /market}
      new_order: {id: /id}
"""
HTTP = "    http: {method: POST, path: /twap}\n"


def spec(reply: str = REPLY) -> str:
    return mutated(HTTP, HTTP + reply, MINIMAL_SPEC) + RESPONSE


def test_a_reply_block_is_accepted_and_reaches_the_ir() -> None:
    loaded = load_spec_text(spec(), "specs/demo.yaml")
    message = next(m for m in loaded.messages if m.id == "create_order")
    assert message.reply is not None
    assert message.reply.echo == (("/market", "/market"),)
    assert message.reply.new_order_id == "/id"


@pytest.mark.parametrize(
    ("old", "new", "at", "says"),
    [
        (
            "echo: {/market: /market}",
            "echo: {/market: /symbol}",
            "/market: /symbol",
            "'/symbol': no member 'symbol' (there: market, side, runningTime, frequency)",
        ),
        (
            "echo: {/market: /market}",
            "echo: {/venue: /market}",
            "/venue: /market",
            "'/venue': no member 'venue' (there: id, market)",
        ),
        (
            "message: create_order_response",
            "message: error_response",
            "message: error_response",
            "'error_response' is a error, not a response",
        ),
        (
            "message: create_order_response",
            "message: nothing",
            "message: nothing",
            "no message 'nothing' in this spec",
        ),
        (
            "new_order: {id: /id}",
            "new_order: {id: /id/more}",
            "id: /id/more",
            "'/id/more': nothing beneath 'id'",
        ),
        (
            "echo: {/market: /market}",
            "echo: {/market: /market}\n      unsent: {/id: x}",
            "/id: x",
            "'/id' is not a member `echo` fills",
        ),
    ],
)
def test_a_reply_that_names_what_is_not_there_is_refused_where_it_says_so(
    old: str, new: str, at: str, says: str
) -> None:
    text = mutated(old, new, spec())
    problem = only_problem(text)
    assert problem.message == says
    assert problem.location == where(text, at)


def test_a_reply_must_answer_the_requests_endpoint() -> None:
    text = mutated("path: /twap, status: 200", "path: /elsewhere, status: 200", spec())
    problem = only_problem(text)
    assert "answers POST /elsewhere, not this request's POST /twap" in problem.message


def test_a_cancel_needs_its_unknown_order_reply() -> None:
    block = REPLY + "      cancels: {id: /market}\n"
    problem = only_problem(spec(block))
    assert "unknown" in problem.message


def test_only_a_request_has_a_reply() -> None:
    text = mutated(
        "      policy: ignore\n      source: {inferred: A reply.}\n    fields:\n      id:",
        "      policy: ignore\n      source: {inferred: A reply.}\n"
        "    reply: {message: create_order_response, source: {inferred: x}}\n"
        "    fields:\n      id:",
        spec(),
    )
    problem = only_problem(text)
    assert problem.message == "only a request has a reply (the venue's answer to it)"


SHIPPED = [
    (venue, request.message, request.reply)
    for venue in twapschema.venue_ids()
    for request in catalog(venue).requests
    if request.reply is not None
]


@pytest.mark.parametrize(
    ("venue", "message", "reply"), SHIPPED, ids=[f"{v}.{m}" for v, m, _ in SHIPPED]
)
def test_every_shipped_reply_starts_from_a_valid_example_and_its_unknown_reply_is_valid(
    venue: str, message: str, reply: Reply
) -> None:
    assert twapschema.validate(venue, reply.message, reply.template).valid
    if reply.cancels is not None:
        verdict = twapschema.validate(
            venue, reply.cancels.unknown_message, reply.cancels.unknown_payload
        )
        assert verdict.valid, verdict.violations
        assert reply.cancels.unknown_payload not in json_schema(venue, reply.message).get(
            "examples", []
        ), "an unknown order is not answered as a success"


def test_every_venue_with_a_cancel_declares_how_it_is_answered() -> None:
    # The requests that end an order, by venue: each has its reply with `cancels`.
    cancels = {(v, m) for v, m, r in SHIPPED if r.cancels is not None}
    assert cancels == {
        ("binance", "cancel_algo_order"),
        ("bybit", "stop_strategy"),
        ("hyperliquid", "exchange_twap_cancel"),
        ("kraken", "cancel_strategy"),
        ("okx", "cancel_algos"),
        ("qfex", "cancel_order"),
    }


# -- lists: a reply that lists the orders held --------------------------------------------

LIST_RESPONSE = """\
  list_response:
    kind: response
    description: The orders.
    source: {doc: api, section: List}
    http: {method: POST, path: /list, status: 200}
    unknown_fields:
      policy: ignore
      source: {inferred: A reply.}
    fields:
      orders:
        type: json_object
        required: true
        description: By id.
        source: {doc: api, section: List}
    examples:
      - description: One order.
        source: {doc: api, section: List}
        payload: {orders: {o-1: {id: o-1, state: live, detail: {market: AAPL}}}}
  list_orders:
    kind: request
    description: List the orders.
    source: {doc: api, section: List}
    http: {method: POST, path: /list}
    reply:
      message: list_response
      source: {doc: api, section: List}
      lists:
        at: /orders
        keyed_by: /id
        id: /id
        status: {at: /state, open: live, cancelled: gone}
        from_order: {/detail/market: /market}
    unknown_fields:
      policy: reject
      source: {inferred: A request.}
    fields:
      ids:
        type: string
        description: Ids wanted.
        source: {doc: api, section: List}
"""


def listing_spec(old: str = "", new: str = "") -> str:
    text = spec() + LIST_RESPONSE
    return mutated(old, new, text) if old else text


def test_a_listing_reply_is_accepted_and_reaches_the_ir() -> None:
    loaded = load_spec_text(listing_spec(), "specs/demo.yaml")
    message = next(m for m in loaded.messages if m.id == "list_orders")
    assert message.reply is not None
    assert message.reply.lists is not None
    assert message.reply.lists.keyed_by == "/id"
    assert dict(message.reply.lists.status_values) == {"open": "live", "cancelled": "gone"}


@pytest.mark.parametrize(
    ("old", "new", "at", "says"),
    [
        (
            "        keyed_by: /id\n",
            "",
            "at: /orders",
            "'/orders' is an object: give keyed_by",
        ),
        (
            "        id: /id\n",
            "        id: /order_id\n",
            "id: /order_id",
            "'/order_id': no such member in the first item of 'list_response''s example",
        ),
        (
            "from_order: {/detail/market: /market}",
            "from_order: {/info/market: /market}",
            "/info/market: /market",
            "'/info/market': no object '/info' in the first item of 'list_response''s example"
            " to put it in",
        ),
        (
            "from_order: {/detail/market: /market}",
            "from_order: {/detail/market: /symbol}",
            "/detail/market: /symbol",
            "'/symbol': no member 'symbol' (there: market, side, runningTime, frequency)",
        ),
        (
            "        at: /orders\n",
            "        at: /orders\n        named_by: /names\n",
            "named_by: /names",
            "'/names': no member 'names' (there: ids)",
        ),
        (
            "payload: {orders: {o-1: {id: o-1, state: live, detail: {market: AAPL}}}}",
            "payload: {orders: {}}",
            "at: /orders",
            "'/orders': 'list_response''s first example has no item there to build from",
        ),
    ],
)
def test_a_listing_that_names_what_is_not_there_is_refused_where_it_says_so(
    old: str, new: str, at: str, says: str
) -> None:
    text = listing_spec(old, new)
    problem = only_problem(text)
    assert problem.message == says
    assert problem.location == where(text, at)


def test_a_reply_item_per_element_is_only_for_a_batch() -> None:
    block = REPLY + "      each: /market\n"
    problem = only_problem(spec(block))
    assert problem.message == "only a batch request (`wire.batch`) has a reply item per element"


def test_a_reply_item_per_element_needs_an_array_in_the_reply() -> None:
    batch = "    wire:\n      batch: 5\n      source: {doc: api, section: Batch}\n"
    text = mutated(HTTP, HTTP + batch + REPLY + "      each: /id\n", MINIMAL_SPEC) + RESPONSE
    problem = only_problem(text)
    assert problem.message == (
        "'/id': 'create_order_response''s first example has no array with an item there"
    )
    assert problem.location == where(text, "each: /id")

"""A local stand-in for each venue (``twapschema serve``), for integration tests of trading
gateways: the venue's endpoints as its spec declares them, each request judged by the generated
validator, answered with the venue's reply or its rejection, orders kept for cancels, and
scenarios (a forced rejection, a rate limit, a slow reply, a dropped connection) on demand.

The server needs aiohttp (``pip install 'twapschema[serve]'``); what builds the answers does
not, so the CLI and this package import without it, and only ``running`` asks for it.

>>> from twapschema.serve import running
>>> with running(["ondo"]) as server:
...     httpx.post(server.url_for("ondo") + "/v1/perps/twap/order", json=order)
"""

from typing import TYPE_CHECKING, Any

from twapschema.serve.answer import Answer, ScenarioError, StandIn
from twapschema.serve.scenarios import Scenario
from twapschema.serve.signing import SecretError, Signed

if TYPE_CHECKING:
    from twapschema.serve.runner import PortTakenError, Running, running

__all__ = [
    "Answer",
    "PortTakenError",
    "Running",
    "Scenario",
    "ScenarioError",
    "SecretError",
    "Signed",
    "StandIn",
    "running",
]

_SERVER = ("PortTakenError", "Running", "running")


def __getattr__(name: str) -> Any:
    if name in _SERVER:
        from twapschema.serve import runner  # noqa: PLC0415 - aiohttp, on first use only

        return getattr(runner, name)
    raise AttributeError(f"module 'twapschema.serve' has no attribute {name!r}")

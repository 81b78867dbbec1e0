"""Running a stand-in: in this process's own thread for a test suite (``running``), or in the
foreground until Ctrl-C or SIGTERM for the CLI (``serve_forever``)."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from aiohttp import web

from twapschema.runtime.reference import Reference
from twapschema.serve.answer import QFEX_AUTH_DEADLINE, StandIn
from twapschema.serve.app import application
from twapschema.serve.scenarios import Scenario

HOST = "127.0.0.1"  # a stand-in for tests: never reachable from another machine


class PortTakenError(OSError):
    def __init__(self, port: int) -> None:
        super().__init__(errno.EADDRINUSE, f"port {port} on {HOST} is taken; choose another")


@dataclass(frozen=True, slots=True)
class Running:
    """A started stand-in: where it listens, and its state for the test to inspect."""

    port: int
    standin: StandIn

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def url_for(self, venue: str) -> str:
        """The venue's base URL (its endpoints beneath it)."""
        return f"{self.url}/{venue}"

    def ws_url(self, venue: str = "qfex") -> str:
        return f"ws://{HOST}:{self.port}/{venue}"


async def start(standin: StandIn, port: int) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(
        application(standin), handle_signals=False, access_log=None, shutdown_timeout=2.0
    )
    await runner.setup()
    site = web.TCPSite(runner, HOST, port)
    try:
        await site.start()
    except OSError as e:
        await runner.cleanup()
        if e.errno == errno.EADDRINUSE:
            raise PortTakenError(port) from e
        raise
    bound = runner.addresses[0][1]
    return runner, int(bound)


def make(
    venues: list[str],
    *,
    reference: Reference | None = None,
    scenarios: list[Scenario] | tuple[Scenario, ...] = (),
    seed: int | None = None,
    check_auth: bool = True,
    secrets: Mapping[str, str] | None = None,
    auth_deadline: float | None = QFEX_AUTH_DEADLINE,
) -> StandIn:
    standin = StandIn(
        venues,
        reference=reference,
        seed=seed,
        check_auth=check_auth,
        secrets=secrets,
        auth_deadline=auth_deadline,
    )
    for s in scenarios:
        standin.arm(s)
    return standin


@contextlib.contextmanager
def running(
    venues: list[str],
    *,
    port: int = 0,
    reference: Reference | None = None,
    scenarios: list[Scenario] | tuple[Scenario, ...] = (),
    seed: int | None = None,
    check_auth: bool = True,
    secrets: Mapping[str, str] | None = None,
    auth_deadline: float | None = QFEX_AUTH_DEADLINE,
) -> Iterator[Running]:
    """A stand-in for ``venues`` on 127.0.0.1 (``port`` 0: a free one) for the ``with`` block,
    in a thread of its own; stopped, its connections closed, when the block ends. With
    ``check_auth`` (the default) a REST request without its venue's auth headers is refused
    as the venue refuses it; ``secrets`` (venue -> its API secret) also has each signature
    checked as the venue computes it, and a wrong one refused with the venue's reply. A
    WebSocket without an auth frame ``auth_deadline`` seconds after connecting (QFEX's minute;
    None: never) is closed."""
    standin = make(
        venues,
        reference=reference,
        scenarios=scenarios,
        seed=seed,
        check_auth=check_auth,
        secrets=secrets,
        auth_deadline=auth_deadline,
    )
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    state: dict[str, object] = {}

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            state["runner"], state["port"] = loop.run_until_complete(start(standin, port))
        except BaseException as e:  # handed to the caller's thread
            state["error"] = e
            ready.set()
            return
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, name="twapschema-serve", daemon=True)
    thread.start()
    ready.wait()
    if "error" in state:
        thread.join()
        loop.close()
        raise state["error"]  # type: ignore[misc]
    runner = state["runner"]
    assert isinstance(runner, web.AppRunner)
    try:
        yield Running(int(state["port"]), standin)  # type: ignore[call-overload]
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


def serve_forever(standin: StandIn, port: int, announce: Callable[[int], None]) -> None:
    """Serves until SIGINT or SIGTERM, then closes every connection and returns."""

    async def main() -> None:
        runner, bound = await start(standin, port)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows: Ctrl-C still raises
                loop.add_signal_handler(sig, stop.set)
        announce(bound)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    asyncio.run(main())

"""Worker processes that apply one function to a stream of items and give the results back in
the items' order, with at most ``window`` items in flight: the reader never runs further ahead
of the writer than that, so memory stays bounded on an input of any size (`validate --jobs`).

How workers start: on Linux, from a process with no other thread (the CLI), by fork, at once
and with everything already imported. A fork copies one thread only, so with other threads
(a test runner's, a user's) a lock one of them held could stay held forever in the child:
then from a forkserver that has imported ``preload`` (spawn where there is none, Windows).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

R = TypeVar("R")


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _start_method() -> str:
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def in_order(
    submit: Callable[..., Future[R]], items: Iterable[Sequence[Any]], window: int
) -> Iterator[R]:
    """``submit(*item)`` for each item, results yielded in the items' order. An item is taken
    from ``items`` only while fewer than ``window`` results wait, and each result is yielded
    as soon as it and all before it are done."""
    if window < 1:
        raise ValueError(f"window must be at least 1, got {window}")
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(submit(*item))
        while pending and (len(pending) >= window or pending[0].done()):
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class OrderedPool:
    """``jobs`` worker processes, each set up once by ``initializer(*initargs)``."""

    def __init__(
        self,
        jobs: int,
        initializer: Callable[..., None],
        initargs: tuple[Any, ...],
        *,
        preload: Sequence[str] = (),
        window: int | None = None,
    ) -> None:
        self.start_method = _start_method()
        context = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            context.set_forkserver_preload(list(preload))
        self.window = window if window is not None else 2 * jobs
        self._executor = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_started,
            initargs=(initializer, initargs),
        )
        if self.start_method == "fork":
            # A forked worker flushes the stdio buffers it was born with when it ends: flush
            # them here so no record written so far is written twice. Then fork every worker
            # now (the first task does), before anything else is written or any thread starts.
            sys.stdout.flush()
            sys.stderr.flush()
            self._executor.submit(int).result()

    def map(self, fn: Callable[..., R], items: Iterable[Sequence[Any]]) -> Iterator[R]:
        """``fn(*item)`` in the workers, results in order (``in_order``)."""
        return in_order(lambda *item: self._executor.submit(fn, *item), items, self.window)

    def __enter__(self) -> OrderedPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        # On an error (a reader gone, Ctrl-C) the work still queued is dropped, not finished.
        self._executor.shutdown(wait=kind is None, cancel_futures=kind is not None)


def _started(initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the parent alone reports it and stops the pool,
    # rather than every worker printing a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    initializer(*initargs)

"""Keep Python's cyclic garbage collector from freezing the window.

A full collection walks every object the program holds. After SQLAlchemy, Qt and matplotlib are
imported that is some 125,000 objects (the code of the libraries), and a large register's
catalogue adds as many again: on an office laptop such a collection holds the interpreter for
100–250 ms, whichever thread happens to trigger it, so the UI thread stalls in the middle of
typing or scrolling (measured in ``tests/benchmarks/bench_large.py``).

Objects that live as long as the program — imported modules, and the catalogue a window shows
while it is open — are moved out of the collector's way with :func:`gc.freeze`, at moments when
they are all that is alive: after start-up and after a library was imported in the background.
Reference counting still frees frozen objects that are no longer used; only a reference cycle
among them would stay, which is why nothing short-lived (a figure, a session) may be alive then.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def keep_long_lived(*, collect: bool = True) -> None:
    """Collect the young generations, then freeze every surviving object (cheap: the objects
    are moved to a permanent generation, not visited). Call it when nothing short-lived is being
    built in another thread (the window asks ``background.workers_running()`` first).
    ``collect=False`` skips the collection: at start-up, with the collector paused, everything
    is young and nearly all of it is the libraries' code."""
    if collect:
        gc.collect(1)
    gc.freeze()


_paused = 0
_resume = False  # whether the collector ran when the first of the pauses now held began
_paused_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Around building something big in a worker (an Excel workbook, a large project's grid): its
    objects point at each other, or are many, and every full collection meanwhile would walk them
    all while the window waits. The collector resumes afterwards and frees them in one go – if it
    ran before: a collector already paused (the window's start-up, ``__main__``) stays paused."""
    global _paused, _resume
    with _paused_lock:
        if _paused == 0:
            _resume = gc.isenabled()
        _paused += 1
        gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _resume:
                gc.enable()
                # Here, in the worker and at once: otherwise the first allocation anywhere (the
                # UI thread's, most likely) would pay for walking all it left behind.
                gc.collect(1)

"""The garbage-collector policy that keeps full collections short (hallbar_desktop.memory)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest

from hallbar_desktop.memory import collector_paused, keep_long_lived


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_what_is_alive_is_frozen_and_left_out_of_collections() -> None:
    kept = [Node() for _ in range(1000)]
    gc.unfreeze()
    keep_long_lived()
    assert gc.get_freeze_count() > 1000
    collected = {id(o) for o in gc.get_objects()}  # what a collection would visit
    assert all(gc.is_tracked(k) for k in kept)
    assert not any(id(k) in collected for k in kept)
    del kept


def test_frozen_objects_without_cycles_are_still_freed() -> None:
    node = Node()
    ref = weakref.ref(node)
    keep_long_lived()
    del node  # reference counting frees it, frozen or not
    assert ref() is None


def test_garbage_cycles_of_the_young_generations_are_collected_before_freezing() -> None:
    a, b = Node(), Node()
    a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    keep_long_lived()  # the cycle was garbage already: collected, not frozen
    assert ref() is None


def test_the_collector_pauses_while_a_workbook_is_built_and_resumes_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # an inner pause does not resume it early
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("export failed")
    assert gc.isenabled()


def test_pauses_from_two_threads_resume_only_when_both_ended() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with collector_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the worker's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused_after() -> None:
    """The window starts with the collector paused (``__main__``) and reads its first grid
    meanwhile (``grid.project_grid`` pauses it too): that must not resume it early."""
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()

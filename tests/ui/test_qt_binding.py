"""The Qt binding itself: a release that breaks long sessions must not be installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_signals_emitted_from_python_keep_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 dropped a reference to True per emit; after a few thousand edits and
    selections the application aborted with 'bool_dealloc'. pyproject.toml excludes it."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.changed.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5

"""Other people's writes, shown within moments: the window's ear on a shared register.

On a register on a PostgreSQL server every write sends a notification (``store.notify``). This
object listens on a connection of its own, watched by a ``QSocketNotifier`` on the UI thread (no
thread, no polling), gathers what arrives for a moment (a pasted block is one refresh, not a
hundred) and hands it to :meth:`RegisterState.apply` as one :class:`Changes`: the same path as
the window's own writes, so every view redraws what concerns it. Its own writes are left out
(the state applied them when they were made). A lost connection is tried again every few seconds.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from hallbar_desktop.services.changes import Changes

if TYPE_CHECKING:
    from hallbar_desktop.store.notify import ChangeListener, OwnConnections
    from hallbar_desktop.ui.window.state import RegisterState

log = logging.getLogger(__name__)

#: How long notifications are gathered before the views are refreshed (ms).
GATHER_MS = 150
#: How long to wait before listening again after the connection was lost (ms).
RETRY_MS = 5000


class LiveUpdates(QObject):
    #: Someone else changed the register: (Changes, the database users who wrote).
    heard = Signal(object, object)

    def __init__(self, state: RegisterState) -> None:
        super().__init__(state)
        from hallbar_desktop.store.notify import OwnConnections

        self.state = state
        self.own: OwnConnections = OwnConnections(state.register.engine)
        self.listener: ChangeListener | None = None
        self.notifier: QSocketNotifier | None = None
        self.pending = Changes()
        self.writers: set[str] = set()
        self.heard_raw: list[dict[str, Any]] = []  # notifications as sent: ids, looked up in _deliver
        self.gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self.gather.timeout.connect(self._deliver)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_MS)  # read when made: tests shorten it
        self.retry.timeout.connect(self.start)
        self.closed = False

    def start(self) -> None:
        from hallbar_desktop.errors import RegisterError
        from hallbar_desktop.store.notify import ChangeListener

        if self.closed:
            return
        try:
            self.listener = ChangeListener(self.state.register.location)
        except RegisterError as exc:
            log.warning("%s", exc)
            self.retry.start()
            return
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)
        if self.pending:  # listening again after a lost connection: read anew what may be missed
            self.gather.start()

    def _readable(self, *_args: Any) -> None:
        if self.listener is None:
            return
        try:
            payloads = self.listener.poll()
        except Exception as exc:  # noqa: BLE001 - the connection is gone: listen again later
            log.warning("lost the change notifications: %s", exc)
            self._drop()
            self.retry.start()
            # What was missed meanwhile: everything is read again when the connection is back.
            self.pending = self.pending | Changes.everything()
            return
        self.heard_raw += [data for data in payloads if data.get("pid") not in self.own]
        if (self.heard_raw or self.pending) and not self.gather.isActive():
            self.gather.start()

    def _deliver(self) -> None:
        from hallbar_desktop.store.notify import resolve

        raw, self.heard_raw = self.heard_raw, []
        if raw and not self.closed:
            # In codes, through the window's own connection: only what this user may read.
            try:
                with self.state.register.engine.connect() as connection:
                    described, writers = resolve(connection, raw)
                for data in described:
                    self.pending = self.pending | Changes.from_dict(data)
                self.writers |= writers
            except Exception as exc:  # noqa: BLE001 - the server is away: read everything when asked
                log.warning("could not look up the change notifications: %s", exc)
                self.pending = self.pending | Changes.everything()
        changes, heard_from = self.pending, frozenset(self.writers)
        self.pending, self.writers = Changes(), set()
        if changes and not self.closed:
            self.state.apply(changes)
            self.heard.emit(changes, heard_from)

    def _drop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            with contextlib.suppress(Exception):  # closing a lost connection
                self.listener.close()
            self.listener = None

    def close(self) -> None:
        self.closed = True
        self.gather.stop()
        self.retry.stop()
        self._drop()
        self.own.close()

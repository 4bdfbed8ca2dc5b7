"""No silent overwrite of a form: the save of a row someone else saved since the form was read.

A form remembers the ``version`` of the row it was filled from (migration 0006: every update
raises it) and its save passes it as ``seen_version``. When the stored version differs, the save
is refused before anything is written, with a message that says what the row holds now and, when
the audit trail knows, who saved it and when. ``seen_version`` None (the command line, an import,
a project file) is not checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from hallbar_desktop.errors import Conflict
from hallbar_desktop.texts import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: How many of a project's latest audit entries of the row's kind are searched for the row.
_LOOK_BACK = 200


def who_changed(session: Session, project_id: int, actions: tuple[str, ...],
                row: Mapping[str, object] | None = None) -> str | None:
    """``changed_by (when)`` of the latest audit entry of ``actions`` in the project whose old or
    new state holds every item of ``row`` (e.g. ``{"number": 3}``); None when the trail is silent."""
    from sqlalchemy import desc, select

    from hallbar_desktop.services.formatting import format_timestamp
    from hallbar_desktop.store.models import AuditEntry

    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.project_id == project_id, AuditEntry.action.in_(actions))
        .order_by(desc(AuditEntry.changed_at), desc(AuditEntry.id)).limit(_LOOK_BACK))
    for entry in entries:
        states = [json.loads(s) for s in (entry.new_json, entry.old_json) if s]
        if row is None or any(isinstance(s, dict) and all(s.get(k) == v for k, v in row.items()) for s in states):
            return f"{entry.changed_by} ({format_timestamp(entry.changed_at)})"
    return None


def refuse_if_changed(stored_version: int, seen_version: int | None, *, saved: str, now: str,
                      who: Callable[[], str | None] | None = None) -> None:
    """Raise :class:`Conflict` when the row's version is no longer the one the form was read at.

    ``saved``: what was saved, as the object of "har sparat" ("projektet RJL"); ``now``: what it
    holds now, to end "sedan du öppnade formuläret (…)" – both in the window's language
    (``texts.translate``); ``who``: reads who saved it (only when the save is refused)."""
    if seen_version is None or stored_version == seen_version:
        return
    by = who() if who is not None else None
    raise Conflict(
        translate("Conflicts", "{by} har sparat {saved} sedan du öppnade formuläret ({now}). Dina ändringar "
                               "sparades inte, så inget skrevs över. Det du skrev finns kvar i formuläret: avbryt "
                               "och öppna det igen för att se vad som gäller nu, och gör ändringarna på nytt.").format(
            by=by or translate("Conflicts", "Någon annan"), saved=saved, now=now)
    )

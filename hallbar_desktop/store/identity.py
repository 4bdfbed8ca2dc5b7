"""Which register a connection is on: the UUID stored in it when it was created."""

from __future__ import annotations

from sqlalchemy import Connection, select

from hallbar_desktop.store.tables import register_identity
from hallbar_desktop.texts import translate


def register_uuid(conn: Connection) -> str:
    """The register's identity (migration 0003 made it; a copy of the file keeps it)."""
    value = conn.execute(select(register_identity.c.uuid).where(register_identity.c.id == 1)).scalar()
    if value is None:  # only a file whose row was removed by hand
        from hallbar_desktop.errors import RegisterError

        raise RegisterError(translate("Register", "Registret saknar sin identitet och är skadat. Återställ en "
                                                  "säkerhetskopia."))
    return str(value)

"""Who may do what in a register shared on a PostgreSQL server.

A register on a server is used by many people, each connecting as their own database user
(login role). A user's role in a project is a row of ``project_access``; the server enforces it
with row-level security (migration 0006), so a refusal does not depend on this program:

* ``leader`` (projektledare): reads and changes everything of the project but its approvals;
* ``steering`` (styrgrupp): reads the project, approves and unlocks its quarters;
* ``reader`` (läsare): reads the project.

An administrator (a member of the ``hallbar_admin`` role; whoever ran ``init`` is the first)
sees and changes every project, creates and removes projects and manages access with the
functions here (``hallbar access``). A SQLite register has one user and no roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from hallbar_desktop.errors import AccessDenied, NotFound, ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.changes import Changes
from hallbar_desktop.services.lookup import get_project
from hallbar_desktop.services.projects import utcnow
from hallbar_desktop.store.models import Project, ProjectAccess

#: The roles, with the Swedish words the CLI and the window use.
ROLES = {"leader": "projektledare", "steering": "styrgrupp", "reader": "läsare"}


@dataclass(frozen=True)
class AccessInfo:
    user: str
    project: str
    role: str
    granted_by: str
    granted_at: datetime

    @property
    def role_sv(self) -> str:
        return ROLES.get(self.role, self.role)


def on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def connected_user(session: Session) -> str:
    """Who the register knows the user as: the database user on a server (what the audit trail
    records there), the login name for a register file."""
    if on_server(session):
        return str(session.execute(text("SELECT session_user")).scalar_one())
    from hallbar_desktop.services.actor import current_user

    return current_user()


def is_admin(session: Session) -> bool:
    """Whether the connected user is an administrator of the register (always, for a file)."""
    if not on_server(session):
        return True
    return bool(session.execute(text("SELECT hallbar_is_admin()")).scalar_one())


def my_roles(session: Session) -> dict[str, str]:
    """The connected user's role per project code (the server shows each user their own rows)."""
    if not on_server(session):
        return {}
    user = connected_user(session)
    rows = session.execute(
        select(Project.code, ProjectAccess.role).join(Project, Project.id == ProjectAccess.project_id)
        .where(ProjectAccess.user_name == user)
    ).all()
    return {code: role for code, role in rows}


def _require_server(session: Session) -> None:
    if not on_server(session):
        raise ValidationError(
            "Behörigheter finns bara i ett register på en databasserver (PostgreSQL). En "
            "registerfil har en användare, som får göra allt."
        )


def _require_admin(session: Session) -> None:
    _require_server(session)
    if not is_admin(session):
        raise AccessDenied(
            f"Du ({connected_user(session)}) är inte administratör för registret och kan inte "
            "ändra behörigheter. Inget har ändrats."
        )


def list_access(session: Session, project_code: str | None = None) -> list[AccessInfo]:
    """Every role in the register (an administrator) or the user's own (anyone else)."""
    _require_server(session)
    query = (select(ProjectAccess, Project.code).join(Project, Project.id == ProjectAccess.project_id)
             .order_by(Project.code, ProjectAccess.user_name))
    if project_code is not None:
        query = query.where(Project.id == get_project(session, project_code).id)
    return [AccessInfo(a.user_name, code, a.role, a.granted_by, a.granted_at)
            for a, code in session.execute(query).all()]


def _check_user(session: Session, user: str) -> str:
    name = user.strip()
    if not name:
        raise ValidationError("Ange databasanvändarens namn.")
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name AND rolcanlogin"),
                             {"name": name}).first()
    if exists is None:
        raise NotFound(
            f"Det finns ingen databasanvändare «{name}» som kan logga in på servern. Skapa den "
            f"först (CREATE ROLE \"{name}\" LOGIN PASSWORD '…'; se README) och försök igen."
        )
    return name


def grant(session: Session, user: str, project_code: str, role: str, actor: Actor) -> Changes:
    """Give ``user`` the ``role`` in the project (replacing a role they had there)."""
    _require_admin(session)
    if role not in ROLES:
        raise ValidationError(f"Okänd roll «{role}». Välj {', '.join(ROLES)}.")
    name = _check_user(session, user)
    project = get_project(session, project_code)
    row = session.scalars(select(ProjectAccess).where(
        ProjectAccess.project_id == project.id, ProjectAccess.user_name == name)).first()
    if row is None:
        session.add(ProjectAccess(project_id=project.id, user_name=name, role=role,
                                  granted_by=actor.user, granted_at=utcnow()))
    else:
        row.role, row.granted_by, row.granted_at = role, actor.user, utcnow()
    member = session.execute(text("SELECT pg_has_role(:name, 'hallbar_user', 'MEMBER')"),
                             {"name": name}).scalar_one()
    if not member:
        session.execute(text(f'GRANT hallbar_user TO "{name.replace(chr(34), chr(34) * 2)}"'))
    return Changes.of_structure(project.code)


def revoke(session: Session, user: str, project_code: str, actor: Actor) -> Changes:
    """Take away the user's role in the project (the database user itself stays)."""
    del actor
    _require_admin(session)
    project = get_project(session, project_code)
    row = session.scalars(select(ProjectAccess).where(
        ProjectAccess.project_id == project.id, ProjectAccess.user_name == user.strip())).first()
    if row is None:
        raise NotFound(f"{user} har ingen roll i projektet {project.code}.")
    session.delete(row)
    return Changes.of_structure(project.code)

"""The audit trail of changes that belong to a project rather than to one indicator's value.

Activities, budget, financing, costs and the texts of the lägesrapport are audited here the way
``measurements`` audits values: old and new as JSON snapshots, who, when, from where (the
imported file's name in ``source_detail``). Entries are never updated or deleted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


#: Actions of the activity plan and the economy. They have sheets and reports of their own
#: (Aktiviteter, Ekonomi, the ekonomisk redovisning); the indicators' change log leaves them out.
PLAN_ACTIONS = frozenset({
    "activity", "activity_delete", "activity_edit", "activity_move", "activity_report", "period_text",
    "budget", "financier", "financier_delete", "financier_edit", "financing", "paid_in", "cost", "cost_import",
    "account_mapping", "import_columns", "indirect_rate", "funder_cap",
})


def project_audit(
    session: Session,
    project_id: int,
    action: str,
    old: Mapping[str, object] | None,
    new: Mapping[str, object] | None,
    actor: Actor,
    *,
    quarter: Quarter | None = None,
    reason: str = "",
) -> None:
    from hallbar_desktop.services.projects import utcnow
    from hallbar_desktop.store.models import AuditEntry

    session.add(AuditEntry(
        project_id=project_id, indicator_id=None, quarter=str(quarter) if quarter else None,
        action=action[:20],
        old_json=json.dumps(dict(old), ensure_ascii=False) if old is not None else None,
        new_json=json.dumps(dict(new), ensure_ascii=False) if new is not None else None,
        changed_by=actor.user, changed_at=utcnow(), source=actor.source[:20],
        source_detail=actor.detail, reason=reason,
    ))


def project_history(session: Session, project_id: int, actions: tuple[str, ...]) -> list[dict[str, object]]:
    """The project's entries of the given actions, oldest first, as plain dicts (tests, CLI)."""
    from sqlalchemy import select

    from hallbar_desktop.store.models import AuditEntry

    stmt = (select(AuditEntry).where(AuditEntry.project_id == project_id, AuditEntry.action.in_(actions))
            .order_by(AuditEntry.changed_at, AuditEntry.id))
    return [{
        "action": e.action, "quarter": e.quarter, "changed_by": e.changed_by, "source": e.source,
        "source_detail": e.source_detail, "reason": e.reason,
        "old": json.loads(e.old_json) if e.old_json else None,
        "new": json.loads(e.new_json) if e.new_json else None,
    } for e in session.scalars(stmt)]

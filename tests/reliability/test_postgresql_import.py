"""The Excel import's bulk write (``bulk_entry``) on PostgreSQL writes what ``apply_edits`` writes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from hallbar_desktop.services import bulk_entry, entry
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.store.register import open_register
from tests.services.test_bulk_entry import Q1, mixed_edits

pytestmark = pytest.mark.usefixtures("pg_server")


def test_bulk_edits_write_what_one_by_one_writes(pg_server, filled_db) -> None:
    contents = []
    for apply in (entry.apply_edits, bulk_entry.apply_edits_in_bulk):
        reg = open_register(filled_db("postgresql"))
        with reg.reading() as s:
            stored = s.execute(sa.text(
                "SELECT m.value FROM measurement m JOIN indicator i ON i.id = m.indicator_id JOIN project p "
                "ON p.id = i.project_id WHERE p.code = 'RJL' AND i.code = '1.2' AND m.quarter = :q"),
                {"q": str(Q1)}).scalar_one()
        with reg.transaction() as s:
            changes = apply(s, "RJL", mixed_edits(stored), Actor("anna", "import", "rjl.xlsx"))
        with reg.reading() as s:
            values = s.execute(sa.text(
                "SELECT i.code, m.quarter, m.value, m.numerator, m.denominator, m.women, m.men, m.other, "
                "m.reached_on, m.comment, m.entered_by, m.source, m.version FROM measurement m JOIN indicator i "
                "ON i.id = m.indicator_id ORDER BY i.project_id, i.code, m.quarter")).all()
            audits = s.execute(sa.text(
                "SELECT project_id, indicator_id, quarter, action, old_json, new_json, changed_by, source, "
                "source_detail, reason FROM audit_entry ORDER BY id")).all()
        reg.close()
        contents.append((changes, values, audits))
    assert contents[1] == contents[0]
    assert len(contents[1][0]) == 11

"""The effect chain, the follow-up after the project's end and the learning log on a shared
PostgreSQL register give what they give on SQLite, and refuse the same."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.errors import ValidationError
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.effect_chain import effect_chain
from hallbar_desktop.services.effect_chain_edit import add_link
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.services.lessons import LessonFields, add_lesson, search_lessons
from hallbar_desktop.services.lookup import get_indicator, get_project
from hallbar_desktop.services.measurements import record_value, validated_input
from hallbar_desktop.store.register import open_register

pytestmark = pytest.mark.usefixtures("pg_server")
TODAY = date(2026, 11, 29)
ME = Actor("test", "cli")


def test_chain_follow_up_and_lessons_read_and_refuse_the_same_on_postgresql(pg_server, tmp_path: Path,
                                                                            filled_db) -> None:
    results = []
    for target in (filled_db("sqlite"), filled_db("postgresql")):
        reg = open_register(target)
        try:
            with reg.transaction() as s:
                add_lesson(s, "RJL", LessonFields("2023-03-01", "Malkonflikt skrivet utan å."), ME, today=TODAY)
                ind = get_indicator(s, get_project(s, "RJL"), "1.4")
                record_value(s, ind, "2023Q3", validated_input(ind, text="19 av 29"), ME)
            for refused in (lambda s: add_link(s, "RJL", "R1.1", "AK1.1", ME),
                            lambda s: add_link(s, "RJL", "AK1.1", "E1.1", ME),
                            lambda s: record_value(s, get_indicator(s, get_project(s, "RJL"), "3.1"), "2023Q1",
                                                   validated_input(get_indicator(s, get_project(s, "RJL"), "3.1"),
                                                                   text="90"), ME)):
                with pytest.raises(ValidationError), reg.transaction() as s:
                    refused(s)
            with reg.reading() as s:
                results.append((
                    [effect_chain(s, code, today=TODAY) for code in ("RJL", "RJH")],
                    [search_lessons(s, "RJL", "målkonflikt"), search_lessons(s, "RJH", tags="MALKONFLIKT")],
                    next(r for r in project_grid(s, "RJL", today=TODAY).rows if r.indicator.code == "1.4"),
                ))
        finally:
            reg.close()
    stamp = re.compile(r"datetime\.datetime\([^)]*\)|\bid=\d+|_id=\d+|written_by='[^']*'|entered_by='[^']*'")
    assert stamp.sub("T", repr(results[0])) == stamp.sub("T", repr(results[1]))
    chains, lessons, row = results[1]
    assert len(chains[0].boxes) == 18 and [x.number for x in lessons[0].lessons] == [3, 5]
    assert row.cell(row.follow_up_until.prev()).value == pytest.approx(82.1, abs=0.1)  # type: ignore[union-attr]

"""Activities, economy, the cost import and the lägesrapport on a shared PostgreSQL register give
what they give on SQLite."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop import paths
from hallbar_desktop.services.activities import activity_plan
from hallbar_desktop.services.actor import Actor
from hallbar_desktop.services.cost_import import apply_cost_import
from hallbar_desktop.services.economy import cost_grid
from hallbar_desktop.services.economy_follow_up import economy_follow_up
from hallbar_desktop.services.progress_report import progress_report
from hallbar_desktop.store.register import open_register

pytestmark = pytest.mark.usefixtures("pg_server")
EXPORT = paths.demo_dir() / "ekonomi" / "rjh_huvudbok_2022kv4.csv"
TODAY = date(2023, 2, 1)


def test_plan_and_economy_read_the_same_on_postgresql(pg_server, tmp_path: Path, filled_db) -> None:
    results = []
    for target in (filled_db("sqlite"), filled_db("postgresql")):
        reg = open_register(target)
        try:
            with reg.transaction() as s:
                apply_cost_import(s, "RJH", EXPORT, Actor("test", "cli"))
            with reg.reading() as s:
                results.append((
                    [activity_plan(s, code, today=TODAY) for code in ("RJL", "RJH")],
                    [economy_follow_up(s, code, period="2022H2", today=TODAY) for code in ("RJL", "RJH")],
                    cost_grid(s, "RJH").cells,
                    progress_report(s, "RJL", "2022H1", today=TODAY),
                ))
        finally:
            reg.close()
    stamp = re.compile(r"datetime\.datetime\([^)]*\)|\bid=\d+")
    assert stamp.sub("T", repr(results[0])) == stamp.sub("T", repr(results[1]))

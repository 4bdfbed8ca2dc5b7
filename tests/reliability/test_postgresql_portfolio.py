"""The portfolio on a shared PostgreSQL register gives what it gives on SQLite, and its CLI reads
a server's register as it reads a file."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.services.portfolio import portfolio, portfolio_json
from hallbar_desktop.store.register import open_register

pytestmark = pytest.mark.usefixtures("pg_server")
TODAY = date(2023, 2, 1)


def test_the_portfolio_reads_the_same_on_postgresql(pg_server, tmp_path: Path, filled_db,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    results = []
    server_db = filled_db("postgresql")
    for target in (filled_db("sqlite"), server_db):
        reg = open_register(target)
        try:
            with reg.reading() as s:
                results.append([portfolio(s, q, today=TODAY) for q in (None, "2021Q3", "2019Q4")])
        finally:
            reg.close()
    stamp = re.compile(r"datetime\.datetime\([^)]*\)|\bid=\d+")
    assert stamp.sub("T", repr(results[0])) == stamp.sub("T", repr(results[1]))
    default = results[1][0]
    assert str(default.quarter) == "2022Q4" and {p.code for p in default.projects} >= {"RJL", "RJH"}
    assert main(["--db", server_db, "portfolio", "--quarter", "2021Q3", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = portfolio_json(results[1][1])
    assert [p["summary"] for p in printed["projects"]] == [p["summary"] for p in expected["projects"]]

"""A writer killed with SIGKILL mid-loop leaves an intact register holding every returned write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hallbar_desktop.store.register import open_register

WRITER = textwrap.dedent(
    """
    import sys
    from hallbar_desktop.domain.quarters import Quarter, quarter_range
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input
    from hallbar_desktop.store.register import open_register

    reg = open_register(sys.argv[1])
    quarters = quarter_range(Quarter.parse("2020Q1"), Quarter.parse("2022Q4"))
    n = 0
    while True:
        for code in ("1.1", "1.2"):
            for q in quarters:
                n += 1
                value = str(n % 13)
                with reg.transaction() as s:
                    ind = get_indicator(s, get_project(s, "CRASH"), code)
                    record_value(s, ind, q, validated_input(ind, text=value), Actor("crash", "cli"))
                print(code, q, value, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sigkill_mid_write_loses_nothing_that_returned(tmp_path: Path) -> None:
    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.projects import (
        FocusAreaFields,
        IndicatorFields,
        ProjectFields,
        create_focus_area,
        create_indicator,
        create_project,
    )

    db = tmp_path / "crash.sqlite"
    reg = open_register(db)
    with reg.transaction() as s:
        create_project(s, ProjectFields("CRASH", "Krocktest", Quarter(2020, 1), Quarter(2022, 4)))
        create_focus_area(s, "CRASH", FocusAreaFields(1, "Allt"))
        for code in ("1.1", "1.2"):
            create_indicator(s, "CRASH", IndicatorFields(code, "Antal", 1, IndicatorKind.COUNT))
    reg.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)

    for trial in range(3):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(db)], stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert proc.stdout is not None
        returned: dict[tuple[str, str], str] = {}
        deadline = time.monotonic() + 60
        wanted = 15 + trial * 11  # kill at a different point of the loop each time
        lines = 0
        while lines < wanted:
            line = proc.stdout.readline()
            lines += 1
            assert line, "the writer stopped by itself"
            code, q, value = line.split()
            returned[(code, q)] = value
            assert time.monotonic() < deadline
        os.kill(proc.pid, signal.SIGKILL)
        # Whatever it wrote after the last line we read may or may not be there; read the rest.
        for line in proc.stdout:
            code, q, value = line.split()
            returned[(code, q)] = value
        proc.wait()
        assert proc.returncode == -signal.SIGKILL

        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {
            (code, q): value
            for code, q, value in conn.execute(
                "SELECT i.code, m.quarter, m.value FROM measurement m JOIN indicator i "
                "ON i.id = m.indicator_id"
            )
        }
        conn.close()
        missing = [k for k in returned if k not in stored]
        assert missing == [], f"reported written but missing: {missing}"
        # Only the write in flight at the kill may have committed without being reported.
        differing = [k for k, v in returned.items() if stored[k] != float(v)]
        assert len(differing) <= 1, differing

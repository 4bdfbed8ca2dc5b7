"""Crash trials: a writer is killed (SIGKILL) at random moments, many times, on both databases.

After every kill the register must be intact (SQLite: ``PRAGMA integrity_check``; both: each
value has the audit entry that wrote it, so nothing is half-written) and hold every value whose
write had returned – the writer prints a line only after its transaction committed. The value
written in flight at the kill may or may not be there; it is the only one allowed to differ.
The kills land anywhere: while the child imports, opens the register (taking the lock, making
the day's backup), between transactions and inside them. A SQLite writer killed holding the
lock leaves a stale lock file; the next child must recognise it and carry on.

The next child is started while the current one runs (it waits on stdin before opening the
register) so start-up time overlaps; the seed is in every failure message
(``HALLBAR_CRASH_SEED`` repeats a run).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from hallbar_desktop.store.register import open_register

TRIALS = {"sqlite": 30, "postgresql": 15}
KEYS = [(code, f"{year}Q{q}") for code in ("1.1", "1.2") for year in (2020, 2021, 2022) for q in (1, 2, 3, 4)]

WRITER = textwrap.dedent(
    """
    import sys
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input
    from hallbar_desktop.store.register import open_register

    KEYS = [(c, f"{y}Q{q}") for c in ("1.1", "1.2") for y in (2020, 2021, 2022) for q in (1, 2, 3, 4)]
    sys.stdin.readline()  # wait for "go": imports are done before the trial's clock starts
    print("open", flush=True)
    reg = open_register(sys.argv[1])
    n = int(sys.argv[2])
    print("opened", flush=True)
    while True:
        for code, q in KEYS:
            with reg.transaction() as s:
                ind = get_indicator(s, get_project(s, "CRASH"), code)
                record_value(s, ind, q, validated_input(ind, value=float(n)), Actor("krock", "cli"))
            print(code, q, n, flush=True)
            n += 1
    """
)


@dataclass
class Child:
    proc: subprocess.Popen[str]
    lines: list[str]
    reader: threading.Thread


def spawn(script: Path, db: str, start: int) -> Child:
    proc = subprocess.Popen(
        [sys.executable, str(script), db, str(start)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return Child(proc, lines, reader)


def make_register(db: str) -> None:
    from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.projects import (
        FocusAreaFields,
        IndicatorFields,
        ProjectFields,
        create_focus_area,
        create_indicator,
        create_project,
    )

    reg = open_register(db)
    with reg.transaction() as s:
        create_project(s, ProjectFields("CRASH", "Krocktest", Quarter(2020, 1), Quarter(2022, 4)))
        create_focus_area(s, "CRASH", FocusAreaFields(1, "Allt"))
        for code in ("1.1", "1.2"):
            create_indicator(s, "CRASH", IndicatorFields(code, "Antal", 1, IndicatorKind.COUNT,
                                                         accumulation=Accumulation.FLOW))
    reg.close()


def stored_values(engine: sa.Engine) -> tuple[dict[tuple[str, str], float], list[str]]:
    """Values by (code, quarter), and every value whose last audit entry disagrees with it."""
    with engine.connect() as conn:
        values = {(c, q): v for c, q, v in conn.execute(sa.text(
            "SELECT i.code, m.quarter, m.value FROM measurement m JOIN indicator i ON i.id = m.indicator_id"))}
        audits = conn.execute(sa.text(
            "SELECT i.code, a.quarter, a.new_json FROM audit_entry a JOIN indicator i ON i.id = a.indicator_id "
            "ORDER BY a.id")).all()
    last: dict[tuple[str, str], float | None] = {}
    for code, quarter, new_json in audits:
        last[(code, quarter)] = json.loads(new_json)["value"] if new_json else None
    half_written = [f"{k}: stored {v}, audit says {last.get(k)}" for k, v in values.items() if last.get(k) != v]
    half_written += [f"{k}: audited {v} but not stored" for k, v in last.items() if k not in values and v is not None]
    return values, half_written


def run_trials(backend: str, db: str, tmp_path: Path, tallies) -> None:  # type: ignore[no-untyped-def]
    seed = int(os.environ.get("HALLBAR_CRASH_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    make_register(db)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    checker = open_register(db, read_only=True)
    returned: dict[tuple[str, str], int] = {}
    next_n = 1
    upcoming = spawn(script, db, next_n)
    try:
        for trial in range(TRIALS[backend]):
            child = upcoming
            assert child.proc.stdin is not None
            child.proc.stdin.write("go\n")
            child.proc.stdin.flush()
            # Kill at a random moment: mostly while writing, sometimes while opening.
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.0, 0.15))
            else:
                deadline = time.monotonic() + 30
                while "opened" not in child.lines and child.proc.poll() is None:
                    assert time.monotonic() < deadline, f"writer did not open the register (seed {seed})"
                    time.sleep(0.002)
                if trial % 2 == 0:
                    # Every other trial kills after a write has returned, whatever the machine's
                    # speed (a slow first query must not leave all the trials without a write).
                    while not any(len(line.split()) == 3 for line in child.lines) and child.proc.poll() is None:
                        assert time.monotonic() < deadline, f"writer wrote nothing (seed {seed})"
                        time.sleep(0.002)
                time.sleep(rng.uniform(0.0, 0.12))
            os.kill(child.proc.pid, signal.SIGKILL)
            child.proc.wait(timeout=30)
            child.reader.join(timeout=30)
            context = f"{backend} trial {trial} (seed {seed})"
            assert child.proc.returncode == -signal.SIGKILL, f"the writer ended by itself: {context}"
            for line in child.lines:
                parts = line.split()
                if len(parts) == 3:
                    returned[(parts[0], parts[1])] = int(parts[2])
                    next_n = max(next_n, int(parts[2]) + 1)
            next_n += 1  # the write in flight at the kill may have used next_n
            upcoming = spawn(script, db, next_n)

            if backend == "sqlite":
                conn = sqlite3.connect(db)
                integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
                conn.close()
            else:
                integrity = "ok"
            values, half_written = stored_values(checker.engine)
            lost = [k for k, n in returned.items() if k not in values or values[k] < n]
            ahead = [k for k, n in returned.items() if k in values and values[k] > n]
            survived = integrity == "ok" and not half_written and not lost and len(ahead) <= 1
            tallies.crash_trial(backend, survived, len(lost))
            assert integrity == "ok", f"integrity_check: {integrity} – {context}"
            assert not half_written, f"half-written: {half_written} – {context}"
            assert not lost, f"values whose write returned are missing: {lost} – {context}"
            assert len(ahead) <= 1, f"more than the write in flight differs: {ahead} – {context}"
    finally:
        upcoming.proc.kill()
        upcoming.proc.wait(timeout=30)
        checker.close()
    # After all that, the register opens for writing as usual: the last stale lock is cleared.
    reg = open_register(db)
    reg.close()
    assert returned, "no write returned in any trial"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_sqlite_writer_killed_at_random_moments_loses_nothing(tmp_path: Path, tallies) -> None:
    run_trials("sqlite", str(tmp_path / "crash.sqlite"), tmp_path, tallies)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
def test_postgresql_client_killed_at_random_moments_loses_nothing(pg_server, tmp_path: Path, tallies) -> None:
    run_trials("postgresql", pg_server.new_database(), tmp_path, tallies)

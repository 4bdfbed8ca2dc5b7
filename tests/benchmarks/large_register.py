"""Generate large registers for the benchmarks: P projects × 4 focus areas × 10 indicators × 40 quarters.

50 projects give 80,000 values; 625 projects give 1,000,000. The schema comes from the real
migrations (open_register); rows go in with executemany, which is how fast SQLite can take them.
Usage:  .venv/bin/python tests/benchmarks/large_register.py OUT.sqlite [PROJECTS]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path

from hallbar_desktop.domain.quarters import Quarter, quarter_range
from hallbar_desktop.store.register import open_register

KINDS = ("percent", "count", "amount", "milestone")


def build(path: Path, projects: int = 50, focus_areas: int = 4, indicators: int = 10, quarters: int = 40,
          seed: int = 7) -> int:
    """Create the register at ``path`` and return the number of values written."""
    path.unlink(missing_ok=True)
    open_register(path).close()
    rng = random.Random(seed)
    start = Quarter(2015, 1)
    qs = [str(q) for q in quarter_range(start, start + (quarters - 1))]
    now = datetime(2025, 1, 1).isoformat(sep=" ")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    n_values = 0
    indicator_id = 0
    with conn:
        for p in range(1, projects + 1):
            conn.execute(
                "INSERT INTO project (id, code, name, owner, case_number, call, funder, description, "
                "start_quarter, end_quarter, reporting_period, project_leader, project_leader_role, "
                "contact_name, green_threshold, yellow_threshold, example_data, example_note, source_note, "
                "archived, created_at) VALUES (?, ?, ?, ?, '', '', 'Tillväxtverket', '', ?, ?, 'half_year', "
                "'', '', '', 0.9, 0.6, 1, 'Genererat testregister', '', 0, ?)",
                (p, f"P{p:04d}", f"Testprojekt {p} för hållbar omställning", f"Region {p}", qs[0], qs[-1], now),
            )
            for a in range(1, focus_areas + 1):
                area_id = (p - 1) * focus_areas + a
                conn.execute(
                    "INSERT INTO focus_area (id, project_id, number, name, purpose, position, archived) "
                    "VALUES (?, ?, ?, ?, '', ?, 0)",
                    (area_id, p, a, f"Insatsområde {a}", a - 1),
                )
                rows = []
                for i in range(1, indicators + 1):
                    indicator_id += 1
                    kind = KINDS[(i - 1) % len(KINDS)]
                    target = {"percent": 100.0, "count": 400.0, "amount": 4e6, "milestone": 1.0}[kind]
                    accumulation = "flow" if kind == "count" else "level"
                    conn.execute(
                        "INSERT INTO indicator (id, project_id, focus_area_id, code, name, description, "
                        "data_source, responsible, effect_level, kind, unit, direction, accumulation, "
                        "baseline, baseline_quarter, target, target_quarter, split_by_sex, position, archived) "
                        "VALUES (?, ?, ?, ?, ?, '', '', '', 'output', ?, ?, 'higher', ?, 0, ?, ?, ?, 0, ?, 0)",
                        (indicator_id, p, area_id, f"{a}.{i}", f"Indikator {a}.{i}", kind,
                         "%" if kind == "percent" else "", accumulation, qs[0], target, qs[-1], i - 1),
                    )
                    level = 0.0
                    for n, q in enumerate(qs):
                        if kind == "milestone":
                            value = 1.0 if n > quarters * 0.7 else 0.0
                        elif kind == "count":
                            value = float(rng.randint(0, 20))
                        else:
                            level = min(target, level + target / quarters * rng.uniform(0.4, 1.4))
                            value = round(level, 1)
                        comment = "Exempelkommentar om utvecklingen." if rng.random() < 0.1 else ""
                        rows.append((indicator_id, q, value, comment, "bench", now, "load"))
                conn.executemany(
                    "INSERT INTO measurement (indicator_id, quarter, value, comment, entered_by, entered_at, "
                    "source) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                n_values += len(rows)
    conn.execute("PRAGMA synchronous=FULL")
    conn.close()
    return n_values


def main() -> None:
    out = Path(sys.argv[1])
    projects = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    started = time.perf_counter()
    n = build(out, projects)
    print(f"{out}: {projects} projects, {n} values in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

"""Reading the grid of one project of 2 500 indicators × 40 quarters (100 000 values).

Run:  .venv/bin/python tests/benchmarks/bench_grid.py [--runs 4] [--before CHECKOUT]
Each read runs in a fresh process (after one warm-up read in it): ``project_grid`` as the window
reads a project, wall and CPU time. The floor is SQLite and SQLAlchemy fetching the register's
values alone, with nothing made of them. ``--before`` names a checkout of an earlier revision
(e.g. ``git worktree add /tmp/main main``): its code is read alternately with this one, on the
same register, so a noisy machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

ONE = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from hallbar_desktop.services.grid import project_grid
from hallbar_desktop.store.register import open_register
register = open_register(Path(sys.argv[1]))
with register.reading() as s:
    project_grid(s, "P0001")
    t, u = time.perf_counter(), time.process_time()
    rows = len(project_grid(s, "P0001").rows)
    print(time.perf_counter() - t, time.process_time() - u, rows)
    t, u = time.perf_counter(), time.process_time()
    s.execute(text("SELECT * FROM measurement")).all()
    print(time.perf_counter() - t, time.process_time() - u)
register.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--before", help="a checkout of an earlier revision, read alternately")
    args = parser.parse_args()
    from large_register import build

    tmp = Path(tempfile.mkdtemp(prefix="hallbar-bench-grid-"))
    db = tmp / "single.sqlite"
    n = build(db, projects=1, focus_areas=50, indicators=50, quarters=40)
    versions = {"this": dict(os.environ, HALLBAR_DATA_DIR=str(tmp / "data"))}
    if args.before:
        versions = {"before": dict(versions["this"], PYTHONPATH=str(Path(args.before).resolve())), **versions}
    results: dict[str, list[tuple[float, ...]]] = {name: [] for name in versions}
    for _ in range(args.runs):
        for name, env in versions.items():
            # Run from the temporary folder: ``-c`` puts the working directory first on the path,
            # and a checkout's own package there would hide the one PYTHONPATH names.
            out = subprocess.run([sys.executable, "-c", ONE, str(db)], env=env, capture_output=True, text=True,
                                 check=True, cwd=tmp).stdout.splitlines()
            wall, cpu, rows = out[0].split()
            floor_wall, floor_cpu = out[1].split()
            results[name].append((float(wall), float(cpu), float(floor_cpu)))
    print(f"grid of one project: {rows} rows, {n:,} values; median of {args.runs} fresh processes")
    for name, samples in results.items():
        wall_s, cpu_s, floor_s = (statistics.median(x) for x in zip(*samples, strict=True))
        print(f"  {name:<7} wall {wall_s:6.2f} s   CPU {cpu_s:6.2f} s   floor (the values fetched alone) CPU "
              f"{floor_s:5.2f} s   → {cpu_s / floor_s:4.1f}× the floor")


if __name__ == "__main__":
    main()

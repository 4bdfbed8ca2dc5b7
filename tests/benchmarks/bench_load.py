"""``hallbar load`` of a large project file: the time to load it, fresh and again.

A project file with ``--indicators`` indicators in ``--areas`` focus areas, each with
``--values`` quarterly values (and every fifth value with a comment), is written to a temp
folder and loaded with the ``hallbar`` command in a process of its own: first into an empty
register (everything is new), then a second time (everything is compared, nothing changes).
The issue asked for 20 000 indicators in under 30 s.
Run:  .venv/bin/python tests/benchmarks/bench_load.py [--indicators 20000] [--values 2]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def project_file(path: Path, indicators: int, areas: int, values: int) -> int:
    """Write the file; returns its size in bytes."""
    quarters = [f"{y}Q{q}" for y in range(2021, 2031) for q in (1, 2, 3, 4)]
    lines = ['format = "hallbar-project"', "version = 1", "", "[project]", 'code = "STOR"',
             'name = "Ett mycket stort projekt"', 'start = "2021Q1"', 'end = "2030Q4"', ""]
    per_area = -(-indicators // areas)
    n = 0
    for area in range(1, areas + 1):
        lines += ["[[focus_areas]]", f"number = {area}", f'name = "Insatsområde {area}"', ""]
        for _ in range(per_area):
            if n == indicators:
                break
            n += 1
            lines += ["[[focus_areas.indicators]]", f'code = "{area}.{n}"', f'name = "Indikator {n}"',
                      'kind = "count"', 'accumulation = "flow"', "target = 100", ""]
            if values:
                lines.append("[focus_areas.indicators.values]")
                for i, quarter in enumerate(quarters[:values]):
                    if (n + i) % 5 == 0:
                        lines.append(f'"{quarter}" = {{ value = {n % 90 + i}, comment = "Kommentar {n}" }}')
                    else:
                        lines.append(f'"{quarter}" = {n % 90 + i}')
                lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path.stat().st_size


def load(db: Path, file: Path) -> float:
    env = {**os.environ, "HALLBAR_DATA_DIR": str(db.parent / "data")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "hallbar_desktop.cli", "--db", str(db), "load", str(file)],
                          capture_output=True, text=True, env=env)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=20_000)
    parser.add_argument("--areas", type=int, default=10)
    parser.add_argument("--values", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        file = work / "stor.toml"
        size = project_file(file, args.indicators, args.areas, args.values)
        db = work / "register.sqlite"
        env = {**os.environ, "HALLBAR_DATA_DIR": str(work / "data")}
        subprocess.run([sys.executable, "-m", "hallbar_desktop.cli", "--db", str(db), "init"], check=True,
                       capture_output=True, env=env)
        first = load(db, file)
        again = load(db, file)
        conn = sqlite3.connect(db)
        audit = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM measurement").fetchone()[0]
        conn.close()
    print(f"load: {args.indicators} indicators, {args.indicators * args.values} values, file {size / 1e6:.1f} MB")
    print(f"  into an empty register  {first:6.1f} s")
    print(f"  again (nothing changes) {again:6.1f} s")
    print(f"  stored values {stored}, audit entries {audit}")


if __name__ == "__main__":
    main()

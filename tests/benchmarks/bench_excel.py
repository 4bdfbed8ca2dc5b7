"""Excel export and import of a register of 100,000 values, against openpyxl's own floor.

One project × 4 focus areas × 625 indicators × 40 quarters = 100,000 values, generated with
``large_register.build`` (SQL executemany). Each phase runs in its own process so that its
peak memory (ru_maxrss) is its own. The floor is openpyxl writing (write_only) and reading
(read_only) the same number of cells as our workbook holds, with nothing else.
Run:  .venv/bin/python tests/benchmarks/bench_excel.py [--indicators 625] [--before CHECKOUT [--pairs 2]]

``--before`` names a checkout of an earlier revision: its export runs alternately with this
one's, ``--pairs`` times each, with a floor run beside each pair (the machine's load moves
between runs; compare the ratios of one pair). The import always reads this checkout's report.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(name: str, work: Path) -> dict[str, float]:
    db = work / "bench.sqlite"
    report = work / "report.xlsx"
    t0 = time.perf_counter()
    extra: dict[str, float] = {}
    if name == "export":
        from hallbar_desktop.reporting.excel_report import export_report
        from hallbar_desktop.store.register import open_register

        reg = open_register(db)
        with reg.reading() as s:
            export_report(s, "P0001", work / f"{os.getpid()}.xlsx")
        reg.close()
        (work / f"{os.getpid()}.xlsx").replace(report)
        import hallbar_desktop

        extra["checkout"] = str(Path(hallbar_desktop.__file__).parent.parent)  # type: ignore[assignment]
    elif name == "import":
        # Into a copy of the register without values: every row is new (written by bulk_entry since issue 19).
        import sqlite3

        from hallbar_desktop.services.excel_import import apply_import
        from hallbar_desktop.store.register import open_register

        empty = work / "empty.sqlite"
        shutil.copy(db, empty)
        with sqlite3.connect(empty) as c:
            c.execute("DELETE FROM measurement")
        t0 = time.perf_counter()
        reg = open_register(empty)
        with reg.transaction() as s:
            done = apply_import(s, report, actor_user="bench")
        reg.close()
        extra["rows"] = len(done.rows)
    elif name in ("floor-write", "floor-read"):
        from openpyxl import Workbook, load_workbook

        cells = json.loads((work / "cells.json").read_text())
        if name == "floor-write":
            wb = Workbook(write_only=True)
            for title, (rows, cols) in cells.items():
                ws = wb.create_sheet(title)
                for r in range(rows):
                    ws.append([r * 0.5 + c for c in range(cols)])
            wb.save(work / "floor.xlsx")
        else:
            wb = load_workbook(work / "floor.xlsx", read_only=True)
            n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for _ in row)
            extra["cells"] = n
    return {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), **extra}


def run_phase(name: str, work: Path, checkout: str | None = None) -> dict[str, float]:
    """Run ``name`` in a process of its own; ``checkout``: a checkout whose package it imports."""
    env = dict(os.environ, PYTHONPATH=str(Path(checkout).resolve())) if checkout else None
    out = subprocess.run([sys.executable, __file__, "--phase", name, "--work", str(work)],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--indicators", type=int, default=625, help="per focus area (625 → 100,000 values)")
    ap.add_argument("--before", help="a checkout of an earlier revision, exported alternately with this one")
    ap.add_argument("--pairs", type=int, default=1, help="with --before: how many before/after pairs")
    ap.add_argument("--phase")
    ap.add_argument("--work")
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, Path(args.work))))
        return
    from large_register import build

    work = Path(tempfile.mkdtemp(prefix="bench-excel-"))
    t0 = time.perf_counter()
    n = build(work / "bench.sqlite", projects=1, focus_areas=4, indicators=args.indicators, quarters=40)
    print(f"register: {n:,} values, generated in {time.perf_counter() - t0:.1f} s")
    exports: list[tuple[str, dict[str, float], dict[str, float]]] = []  # (label, export, floor beside it)
    for n_pair in range(args.pairs if args.before else 1):
        if args.before:
            exports.append((f"before {n_pair + 1}", run_phase("export", work, args.before), {}))
        exports.append((f"export-excel {n_pair + 1}" if args.before else "export-excel", run_phase("export", work),
                        {}))
        if n_pair == 0:
            from openpyxl import load_workbook

            wb = load_workbook(work / "report.xlsx", read_only=True)
            cells = {ws.title[:31]: (ws.max_row, ws.max_column) for ws in wb.worksheets}
            wb.close()
            (work / "cells.json").write_text(json.dumps(cells))
            total_cells = sum(r * c for r, c in cells.values())
        fw = run_phase("floor-write", work)
        exports = [(label, ours, floor or fw) for label, ours, floor in exports]
    imp = run_phase("import", work)
    fr = run_phase("floor-read", work)
    print(f"workbook: {total_cells:,} cells over {len(cells)} sheets; import read {int(imp['rows']):,} Data rows")
    for label, ours, _ in exports:
        print(f"{label}: {ours.pop('checkout')}")
    print(f"{'':<22}{'seconds':>9}{'peak MB':>9}   {'floor s':>8}{'floor MB':>9}   {'time ×':>7}{'mem ×':>7}")
    for label, ours, floor in (*exports, ("import-excel (Data)", imp, fr)):
        print(f"{label:<22}{ours['seconds']:>9.1f}{ours['peak_mb']:>9.0f}   {floor['seconds']:>8.1f}"
              f"{floor['peak_mb']:>9.0f}   {ours['seconds'] / floor['seconds']:>7.1f}"
              f"{ours['peak_mb'] / floor['peak_mb']:>7.1f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

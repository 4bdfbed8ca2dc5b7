"""Excel export and import of a register of 100,000 values, against openpyxl's own floor.

One project × 4 focus areas × 625 indicators × 40 quarters = 100,000 values, generated with
``large_register.build`` (SQL executemany). Each phase runs in its own process so that its
peak memory (ru_maxrss) is its own. The floor is openpyxl writing (write_only) and reading
(read_only) the same number of cells as our workbook holds, with nothing else.
Run:  .venv/bin/python tests/benchmarks/bench_excel.py [--indicators 625] [--runs 3] [--before CHECKOUT]

Times are wall (``seconds``, as the table always showed) and CPU of the process. ``--runs``
repeats the import, the floor and the window's import alternately and prints medians.
``--before`` names a checkout of an earlier revision (``git worktree add /tmp/main main``):
its import runs alternately with this one, on the same workbook and register, so a machine
loaded by other work weighs on both alike. "window" is what the window does: the preview
(in a reading session), then the import the user confirms (before issue 19 it read the file
again; now it applies the rows the preview read). "data-sheet" is openpyxl reading the
report's Data sheet alone (values_only), for comparison; the floor stays the whole workbook.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
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
    t0, c0 = time.perf_counter(), time.process_time()
    extra: dict[str, float] = {}
    if name == "export":
        from hallbar_desktop.reporting.excel_report import export_report
        from hallbar_desktop.store.register import open_register

        reg = open_register(db)
        with reg.reading() as s:
            export_report(s, "P0001", report)
        reg.close()
    elif name == "import":
        # Into a copy of the register without values: every row is new (written by bulk_entry since issue 19).
        import sqlite3

        from hallbar_desktop.services.excel_import import apply_import
        from hallbar_desktop.store.register import open_register

        empty = work / f"empty-{os.getpid()}.sqlite"
        shutil.copy(db, empty)
        with sqlite3.connect(empty) as c:
            c.execute("DELETE FROM measurement")
        t0, c0 = time.perf_counter(), time.process_time()
        reg = open_register(empty)
        with reg.transaction() as s:
            done = apply_import(s, report, actor_user="bench")
        reg.close()
        extra["rows"] = len(done.rows)
        empty.unlink()
    elif name == "window":
        # The window's File → Import: the preview, then the import the user confirmed.
        import inspect
        import sqlite3

        from hallbar_desktop.services.excel_import import apply_import, preview_import
        from hallbar_desktop.store.register import open_register

        empty = work / f"empty-{os.getpid()}.sqlite"
        shutil.copy(db, empty)
        with sqlite3.connect(empty) as c:
            c.execute("DELETE FROM measurement")
        t0, c0 = time.perf_counter(), time.process_time()
        reg = open_register(empty)
        with reg.reading() as s:
            preview = preview_import(s, report)
        extra["preview_s"] = time.perf_counter() - t0
        once = "preview" in inspect.signature(apply_import).parameters
        with reg.transaction() as s:
            done = apply_import(s, report, actor_user="bench", **({"preview": preview} if once else {}))
        reg.close()
        extra["rows"] = len(done.applied)
        empty.unlink()
    elif name == "data-sheet":
        from openpyxl import load_workbook

        wb = load_workbook(report, read_only=True)
        extra["cells"] = sum(1 for row in wb["Data"].iter_rows(values_only=True) for _ in row)
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
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "peak_mb": _peak_mb(), **extra}


def run_phase(name: str, work: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    # Run from the work folder: the checkout named by PYTHONPATH (``--before``) is then the
    # first ``hallbar_desktop`` on the path, before this one's editable install.
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--phase", name, "--work", str(work)],
                         check=True, capture_output=True, text=True, env=env, cwd=work)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(s[key] for s in samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--indicators", type=int, default=625, help="per focus area (625 → 100,000 values)")
    ap.add_argument("--runs", type=int, default=1, help="imports (and floors) per version, alternately")
    ap.add_argument("--before", help="a checkout of an earlier revision, imported alternately with this one")
    ap.add_argument("--no-window", action="store_true", help="leave out the window's preview + import")
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
    export = run_phase("export", work)
    from openpyxl import load_workbook

    wb = load_workbook(work / "report.xlsx", read_only=True)
    cells = {ws.title[:31]: (ws.max_row, ws.max_column) for ws in wb.worksheets}
    wb.close()
    (work / "cells.json").write_text(json.dumps(cells))
    total_cells = sum(r * c for r, c in cells.values())
    fw = run_phase("floor-write", work)
    versions = {"this": dict(os.environ)}
    if args.before:
        versions = {"before": dict(os.environ, PYTHONPATH=str(Path(args.before).resolve())), **versions}
    imports: dict[str, list[dict[str, float]]] = {v: [] for v in versions}
    windows: dict[str, list[dict[str, float]]] = {v: [] for v in versions}
    floors: list[dict[str, float]] = []
    sheets: list[dict[str, float]] = []
    for _ in range(args.runs):
        for version, env in versions.items():
            imports[version].append(run_phase("import", work, env))
            floors.append(run_phase("floor-read", work))
        sheets.append(run_phase("data-sheet", work))
        if not args.no_window:
            for version, env in versions.items():
                windows[version].append(run_phase("window", work, env))
    imp, fr = imports["this"][-1], floors[-1]
    print(f"workbook: {total_cells:,} cells over {len(cells)} sheets; import read {int(imp['rows']):,} Data rows")
    print(f"{'':<22}{'seconds':>9}{'peak MB':>9}   {'floor s':>8}{'floor MB':>9}   {'time ×':>7}{'mem ×':>7}")
    for label, ours, floor in (("export-excel", export, fw), ("import-excel (Data)", imp, fr)):
        print(f"{label:<22}{ours['seconds']:>9.1f}{ours['peak_mb']:>9.0f}   {floor['seconds']:>8.1f}"
              f"{floor['peak_mb']:>9.0f}   {ours['seconds'] / floor['seconds']:>7.1f}"
              f"{ours['peak_mb'] / floor['peak_mb']:>7.1f}")
    floor_s, floor_cpu = _median(floors, "seconds"), _median(floors, "cpu")
    print(f"\nmedians of {args.runs} alternating run(s); floor = openpyxl reading the workbook's cells "
          f"(read_only): {floor_s:.2f} s wall, {floor_cpu:.2f} s CPU, {_median(floors, 'peak_mb'):.0f} MB; "
          f"the Data sheet alone: {_median(sheets, 'seconds'):.2f} s wall, {_median(sheets, 'cpu'):.2f} s CPU")
    print(f"{'':<22}{'wall s':>8}{'CPU s':>8}{'peak MB':>9}   {'wall ×':>7}{'CPU ×':>7}")
    for label, runs in [*((f"import ({v})", r) for v, r in imports.items()),
                        *((f"window ({v})", r) for v, r in windows.items() if r)]:
        wall, cpu = _median(runs, "seconds"), _median(runs, "cpu")
        print(f"{label:<22}{wall:>8.2f}{cpu:>8.2f}{_median(runs, 'peak_mb'):>9.0f}   {wall / floor_s:>7.2f}"
              f"{cpu / floor_cpu:>7.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Excel export and import of a register of 100,000 values, against openpyxl's own floor.

One project × 4 focus areas × 625 indicators × 40 quarters = 100,000 values, generated with
``large_register.build`` (SQL executemany). Each phase runs in its own process so that its
peak memory (ru_maxrss) is its own. The floor is openpyxl writing (write_only) and reading
(read_only) the same number of cells as our workbook holds, with nothing else: numbers in
every cell of each sheet's used rectangle (``max_row × max_column``). A second floor for the
export, *same*, is openpyxl writing our report's own values (text as text, empty cells left
out), unstyled, in write-only mode. Seconds are wall time, cpu the phase's process time.
Run:  .venv/bin/python tests/benchmarks/bench_excel.py [--indicators 625] [--before CHECKOUT [--pairs 2]]
      [--export-only] [--runs 3] [--no-window]

``--before`` names a checkout of an earlier revision: its export runs alternately with this
one's, ``--pairs`` times each, with a floor run beside each pair (the machine's load moves
between runs; compare the ratios of one pair). The import always reads this checkout's report;
``--runs`` rounds import it with this checkout and (with ``--before``) the earlier one
alternately, each beside a floor of reading, and print medians. "window" is what the window
does: the preview (in a reading session), then the import the user confirms (before issue 19
it read the file again; now it applies the rows the preview read). "data-sheet" is openpyxl
reading the report's Data sheet alone (values_only), for comparison; the floor stays the whole
workbook.
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
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _own_peak_mb() -> float:
    """The phase process's own peak (VmHWM, reset by exec). ru_maxrss is not: Linux keeps it
    across exec, so a phase's ``peak_mb`` is at least what this script's own process had
    resident when it started the phase (the register built, a workbook read)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _peak_mb()


def _without_values(db: Path, work: Path) -> Path:
    """A copy of the register with its values deleted, for this process: every imported row is new."""
    import sqlite3

    empty = work / f"empty-{os.getpid()}.sqlite"
    shutil.copy(db, empty)
    with sqlite3.connect(empty) as c:
        c.execute("DELETE FROM measurement")
    return empty


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
            export_report(s, "P0001", work / f"{os.getpid()}.xlsx")
        reg.close()
        (work / f"{os.getpid()}.xlsx").replace(report)
        import hallbar_desktop

        extra["checkout"] = str(Path(hallbar_desktop.__file__).parent.parent)  # type: ignore[assignment]
    elif name == "import":
        # Into a copy of the register without values: every row is new (written by bulk_entry since issue 19).
        from hallbar_desktop.services.excel_import import apply_import
        from hallbar_desktop.store.register import open_register

        empty = _without_values(db, work)
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

        from hallbar_desktop.services.excel_import import apply_import, preview_import
        from hallbar_desktop.store.register import open_register

        empty = _without_values(db, work)
        t0, c0 = time.perf_counter(), time.process_time()
        reg = open_register(empty)
        with reg.reading() as s:
            preview = preview_import(s, report)
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
    elif name == "floor-same":
        # openpyxl writing our report's own values (text as text, dates as dates, empty cells
        # left out) in write-only mode, unstyled. The values are read from our report as a
        # stream while they are written; the time of reading them alone, measured first in
        # this process, is taken off.
        from openpyxl import Workbook, load_workbook

        def sheets() -> Any:
            source = load_workbook(report, read_only=True)
            for ws in source.worksheets:
                yield ws.title, ws.iter_rows(values_only=True)
            source.close()

        r0, rc0 = time.perf_counter(), time.process_time()
        for _, rows in sheets():
            for _ in rows:
                pass
        read_s, read_cpu = time.perf_counter() - r0, time.process_time() - rc0
        t0, c0 = t0 + 2 * read_s, c0 + 2 * read_cpu  # the reading pass, and the reading in the next
        wb = Workbook(write_only=True)
        for title, rows in sheets():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        wb.save(work / "floor-same.xlsx")
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "peak_mb": _peak_mb(),
            "own_mb": _own_peak_mb(), **extra}


def run_phase(name: str, work: Path, checkout: str | None = None) -> dict[str, float]:
    """Run ``name`` in a process of its own; ``checkout``: a checkout whose package it imports."""
    env = dict(os.environ, PYTHONPATH=str(Path(checkout).resolve())) if checkout else None
    # Run from the work folder: the checkout named by PYTHONPATH is then the first
    # ``hallbar_desktop`` on the path, before this one's editable install.
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--phase", name, "--work", str(work)],
                         check=True, capture_output=True, text=True, env=env, cwd=work)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(s[key] for s in samples)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--indicators", type=int, default=625, help="per focus area (625 → 100,000 values)")
    ap.add_argument("--before", help="a checkout of an earlier revision, exported alternately with this one")
    ap.add_argument("--pairs", type=int, default=1, help="with --before: how many before/after pairs")
    ap.add_argument("--export-only", action="store_true", help="leave the import (and its floor) out")
    ap.add_argument("--runs", type=int, default=1, help="imports (and floors) per version, alternately")
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
    # (label, export, the floor run beside it, the same-values floor run beside it)
    exports: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    for n_pair in range(args.pairs if args.before else 1):
        if args.before:
            exports.append((f"before {n_pair + 1}", run_phase("export", work, args.before), {}, {}))
        exports.append((f"export-excel {n_pair + 1}" if args.before else "export-excel", run_phase("export", work),
                        {}, {}))
        if n_pair == 0:
            from openpyxl import load_workbook

            wb = load_workbook(work / "report.xlsx", read_only=True)
            cells = {ws.title[:31]: (ws.max_row, ws.max_column) for ws in wb.worksheets}
            wb.close()
            (work / "cells.json").write_text(json.dumps(cells))
            total_cells = sum(r * c for r, c in cells.values())
        fw, fs = run_phase("floor-write", work), run_phase("floor-same", work)
        exports = [(label, ours, floor or fw, same or fs) for label, ours, floor, same in exports]
    versions: dict[str, str | None] = {"this": None}
    if args.before:
        versions = {"before": args.before, **versions}
    imports: dict[str, list[dict[str, Any]]] = {v: [] for v in versions}
    windows: dict[str, list[dict[str, Any]]] = {v: [] for v in versions}
    floors: list[dict[str, Any]] = []
    sheets: list[dict[str, Any]] = []
    for _ in range(0 if args.export_only else args.runs):
        for version, checkout in versions.items():
            imports[version].append(run_phase("import", work, checkout))
            floors.append(run_phase("floor-read", work))
        sheets.append(run_phase("data-sheet", work))
        if not args.no_window:
            for version, checkout in versions.items():
                windows[version].append(run_phase("window", work, checkout))
    imp = imports["this"][-1] if floors else {}
    fr = floors[-1] if floors else {}
    print(f"workbook: {total_cells:,} cells over {len(cells)} sheets"
          + ("" if args.export_only else f"; import read {int(imp['rows']):,} Data rows"))
    for label, ours, _, _ in exports:
        print(f"{label}: {ours.pop('checkout')}")
    print("floor: openpyxl writing numbers into every cell of each sheet's rectangle (write-only), as before;")
    print("same:  openpyxl writing our report's own values, unstyled (write-only), its reading taken off")
    print("MB: peak resident (ru_maxrss, as before: never below this script's own when it started the phase);")
    print("own: the phase process's own peak (VmHWM)")
    print(f"{'':<22}{'seconds':>8}{'cpu s':>7}{'peak MB':>8}{'own':>5}  {'floor s':>8}{'cpu s':>7}{'MB':>5}{'own':>5}"
          f"{'time ×':>7}{'cpu ×':>6}{'mem ×':>6}{'own ×':>6}  {'same s':>7}{'cpu s':>7}{'own':>5}{'time ×':>7}"
          f"{'cpu ×':>6}{'own ×':>6}")
    for label, ours, floor, same in (*exports, *([] if args.export_only else [("import-excel (Data)", imp, fr, {})])):
        line = (f"{label:<22}{ours['seconds']:>8.1f}{ours['cpu']:>7.1f}{ours['peak_mb']:>8.0f}{ours['own_mb']:>5.0f}  "
                f"{floor['seconds']:>8.1f}{floor['cpu']:>7.1f}{floor['peak_mb']:>5.0f}{floor['own_mb']:>5.0f}"
                f"{ours['seconds'] / floor['seconds']:>7.2f}{ours['cpu'] / floor['cpu']:>6.2f}"
                f"{ours['peak_mb'] / floor['peak_mb']:>6.2f}{ours['own_mb'] / floor['own_mb']:>6.2f}")
        if same:
            line += (f"  {same['seconds']:>7.1f}{same['cpu']:>7.1f}{same['own_mb']:>5.0f}"
                     f"{ours['seconds'] / same['seconds']:>7.2f}{ours['cpu'] / same['cpu']:>6.2f}"
                     f"{ours['own_mb'] / same['own_mb']:>6.2f}")
        print(line)
    if floors:
        floor_s, floor_cpu = _median(floors, "seconds"), _median(floors, "cpu")
        print(f"\nimport: medians of {args.runs} alternating run(s); floor = openpyxl reading the workbook's cells "
              f"(read_only): {floor_s:.2f} s wall, {floor_cpu:.2f} s CPU, {_median(floors, 'peak_mb'):.0f} MB; "
              f"the Data sheet alone: {_median(sheets, 'seconds'):.2f} s wall, {_median(sheets, 'cpu'):.2f} s CPU")
        print(f"{'':<22}{'wall s':>8}{'CPU s':>8}{'peak MB':>9}{'own':>5}   {'wall ×':>7}{'CPU ×':>7}")
        for label, runs in [*((f"import ({v})", r) for v, r in imports.items()),
                            *((f"window ({v})", r) for v, r in windows.items() if r)]:
            wall, cpu = _median(runs, "seconds"), _median(runs, "cpu")
            print(f"{label:<22}{wall:>8.2f}{cpu:>8.2f}{_median(runs, 'peak_mb'):>9.0f}{_median(runs, 'own_mb'):>5.0f}"
                  f"   {wall / floor_s:>7.2f}{cpu / floor_cpu:>7.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

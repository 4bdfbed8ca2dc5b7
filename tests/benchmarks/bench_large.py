"""Large registers: 80,000 values (50 projects) and 1,000,000 values (625 projects).

For each size prints median and p95 of: opening the register (migrations check + catalogue),
switching project (the grid with status and roll-ups), the scorecard, the window's project
switch and grid scroll (offscreen), and an Excel export of one project; plus peak memory.
Each size runs in its own process so peak memory is its own.
Run:  .venv/bin/python tests/benchmarks/bench_large.py [--sizes 50,625] [--runs 9]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))


def stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000}


def measure(fn: Callable[[int], object], runs: int) -> dict[str, float]:
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return stats(samples)


def available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def run_size(projects: int, runs: int) -> dict[str, object]:
    from large_register import build

    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.grid import project_grid
    from hallbar_desktop.store.register import open_register

    tmp = Path(tempfile.mkdtemp(prefix="hallbar-large-"))
    os.environ["HALLBAR_DATA_DIR"] = str(tmp / "data")
    db = tmp / "large.sqlite"
    started = time.perf_counter()
    values = build(db, projects)
    results: dict[str, object] = {"projects": projects, "values": values,
                                  "build_s": time.perf_counter() - started}
    codes = [f"P{p:04d}" for p in range(1, projects + 1)]

    def open_and_list(_: int) -> None:
        reg = open_register(db)
        with reg.reading() as s:
            list_projects(s)
        reg.close()

    results["open register + catalogue"] = measure(open_and_list, runs)
    reg = open_register(db)

    def switch(i: int) -> None:
        with reg.reading() as s:
            project_grid(s, codes[(i * 37) % len(codes)])

    results["switch project (grid)"] = measure(switch, runs)

    if available("hallbar_desktop.services.scorecard"):
        from hallbar_desktop.services import scorecard

        fn = getattr(scorecard, "project_scorecard", None) or getattr(scorecard, "build_scorecard", None)
        if fn is not None:
            def card(i: int) -> None:
                with reg.reading() as s:
                    fn(s, codes[(i * 11) % len(codes)])

            try:
                results["scorecard"] = measure(card, runs)
            except TypeError as exc:
                results["scorecard"] = f"n/a ({exc})"

    if available("hallbar_desktop.reporting.excel_report"):
        from hallbar_desktop.reporting import excel_report

        export = getattr(excel_report, "export_report", None) or getattr(excel_report, "write_report", None)
        if export is not None:
            def excel(i: int) -> None:
                with reg.reading() as s:
                    export(s, codes[(i * 13) % len(codes)], tmp / f"r{i}.xlsx")

            try:
                results["excel export (one project)"] = measure(excel, max(3, runs // 3))
            except TypeError as exc:
                results["excel export (one project)"] = f"n/a ({exc})"

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from hallbar_desktop.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        start = time.perf_counter()
        window = MainWindow(reg)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        results["window opened (first paint)"] = {"median_ms": (time.perf_counter() - start) * 1000}
        select = getattr(window, "select_project", None)
        if select is not None:
            def ui_switch(i: int) -> None:
                select(codes[(i * 7) % len(codes)])
                app.processEvents()

            results["window: switch project"] = measure(ui_switch, runs)
        table = getattr(window, "grid_view", None) or getattr(window, "table", None)
        if table is not None:
            bar = table.verticalScrollBar()

            def scroll(i: int) -> None:
                bar.setValue(bar.maximum() if i % 2 == 0 else 0)
                table.viewport().repaint()
                app.processEvents()

            results["window: scroll grid"] = measure(scroll, runs)
        window.close()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports what it could not measure
        results["window"] = f"n/a ({type(exc).__name__}: {exc})"
    reg.close()
    results["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,625", help="projects per register (50 → 80,000 values)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.runs)))
        return
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--runs", str(args.runs)],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr[-2000:])
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"\nregister of {r['values']:,} values ({r['projects']} projects; built in {r['build_s']:.1f} s)"
              .replace(",", " "))
        for key, value in r.items():
            if isinstance(value, dict):
                p95 = f"  p95 {value['p95_ms']:7.1f} ms" if "p95_ms" in value else ""
                print(f"  {key:<32} median {value['median_ms']:7.1f} ms{p95}")
            elif isinstance(value, str):
                print(f"  {key:<32} {value}")
        print(f"  {'peak memory':<32} {r['peak_rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()

"""Charts: redraw after a value change, and start-up with the chart pane showing vs empty.

Run:  .venv/bin/python tests/benchmarks/bench_charts.py [N]
Redraw = saving a typed value (one transaction) → grid and chart data updated → canvas drawn.
The chart's update + draw is set against matplotlib drawing the same figure in full (what every
redraw cost before the background was kept: ``reporting/chart_redraw.py``).
Start-up compares a window whose chart pane is empty (matplotlib not imported) with one that
shows an indicator's chart at once (matplotlib imported and the figure drawn).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(open_register(sys.argv[1])); w.resize(1366, 768); w.show()
if sys.argv[2] == "chart":
    w.navigator.setCurrentIndex(w.navigator_model.find(("RJL", "3.1")))
    while w.chart_pane.canvas is None:  # matplotlib loads, then the chart is built, in the renderer thread
        app.processEvents(); w.chart_pane.wait_for_chart(); time.sleep(0.005)
    w.chart_pane.canvas.draw()
app.processEvents()
print(time.perf_counter() - t0)
"""


def summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    tmp = Path(tempfile.mkdtemp(prefix="hallbar-bench-charts-"))
    os.environ["HALLBAR_DATA_DIR"] = str(tmp / "data")
    from hallbar_desktop.ui.window.opening import prepare_register

    db = tmp / "demo.sqlite"
    prepare_register(str(db), True).close()

    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.store.register import open_register
    from hallbar_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_register(db))
    window.resize(1366, 768)
    window.show()
    window.navigator.setCurrentIndex(window.navigator_model.find(("RJL", "3.1")))
    waited = time.perf_counter()
    while window.chart_pane.canvas is None:  # matplotlib loads, then the chart is built, in the renderer thread
        assert time.perf_counter() - waited < 120, "no chart"
        app.processEvents()
        window.chart_pane.wait_for_chart()
        time.sleep(0.005)
    window.chart_pane.canvas.draw()
    app.processEvents()
    redraw, refresh_only = [], []
    for i in range(runs):
        start = time.perf_counter()
        error = window.value_entry.save_cell("3.1", Quarter(2022, 3), f"{50 + i % 40},5")
        assert error is None, error
        window.chart_pane.canvas.draw()  # what draw_idle schedules, done now so it is measured
        app.processEvents()
        redraw.append(time.perf_counter() - start)
        start = time.perf_counter()
        window.chart_pane.refresh()
        window.chart_pane.canvas.draw()
        refresh_only.append(time.perf_counter() - start)
    figure = window.chart_pane.chart.figure
    full = []
    for _ in range(runs):  # the floor: matplotlib drawing the same figure in full, as it did before
        start = time.perf_counter()
        with window.chart_pane.canvas.lock:
            figure.canvas.draw()
        full.append(time.perf_counter() - start)
    print(f"value typed → saved, grid and chart redrawn ({runs} runs): {summary(redraw)}")
    print(f"  of which chart data update + draw:                 {summary(refresh_only)}")
    print(f"  matplotlib drawing the same figure in full:        {summary(full)}")
    print(f"  ratio: the chart's update + draw at {statistics.median(refresh_only) / statistics.median(full):.2f}× "
          f"a full draw")

    window.close()  # releases the register's lock, so the processes below can open it
    env = {**os.environ}
    empty, chart = [], []
    for _ in range(max(5, runs // 5)):
        for mode, bucket in (("empty", empty), ("chart", chart)):
            out = subprocess.run([sys.executable, "-c", STARTUP, str(db), mode], capture_output=True, text=True,
                                 env=env, check=True)
            bucket.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"window start-up, chart pane empty:   {summary(empty)}")
    print(f"window start-up, chart shown:        {summary(chart)}")
    print(f"  ratio: {statistics.median(chart) / statistics.median(empty):.2f}× (the chart pane costs "
          f"{(statistics.median(chart) - statistics.median(empty)) * 1000:.0f} ms, paid only when a chart is shown)")


if __name__ == "__main__":
    main()

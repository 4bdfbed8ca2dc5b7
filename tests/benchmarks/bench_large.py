"""Large registers: 80,000 values (50 projects) and 1,000,000 values (625 projects).

For each size prints median and p95 of: the services alone (opening the register with the
catalogue, a project's grid, the scorecard, an Excel export of one project), then the window
(offscreen) as a user drives it: opening the register until the catalogue and the first grid are
shown (read in a worker thread), switching project until its grid is shown, scrolling the grid,
showing the scorecard tab, an Excel export from the window; the longest UI-thread stall per step
(a 10 ms QTimer on the UI thread records the longest gap between ticks); and peak memory.
Each size runs in its own process so peak memory is its own.
Run:  .venv/bin/python tests/benchmarks/bench_large.py [--sizes 50,625] [--runs 9] [--sample-stalls MS]

``--sample-stalls MS`` also prints, per step, where every stall longer than MS ms was spent: a
watchdog thread samples the Python stacks of the UI thread and of the other threads (every 5 ms)
while the timer has not ticked for 40 ms, and the samples of each stall are summed up by stack.
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
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def run_size(projects: int, runs: int, sample_stalls: float | None = None) -> dict[str, object]:
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
        results.update(run_window(db, tmp, codes, runs, sample_stalls))
    except Exception as exc:  # noqa: BLE001 - a benchmark reports what it could not measure
        results["window"] = f"n/a ({type(exc).__name__}: {exc})"
    reg.close()
    results["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def _stack(frame: Any, depth: int = 14) -> str:
    """A thread's innermost ``depth`` Python frames, innermost last, one line each."""
    entries = traceback.extract_stack(frame)[-depth:]
    return " > ".join(f"{Path(e.filename).stem}:{e.lineno}:{e.name}" for e in entries)


class StallSampler(threading.Thread):
    """While the UI thread's timer has not ticked for ``GRACE`` s, sample every thread's stack
    every ``EVERY`` s; a stall is summed up when the timer ticks again."""

    GRACE = 0.04
    EVERY = 0.005

    def __init__(self, meter: StallMeter, ui_thread: int) -> None:
        super().__init__(name="stall-sampler", daemon=True)
        self.meter = meter
        self.ui_thread = ui_thread
        self.stalls: list[tuple[float, list[tuple[str, str]]]] = []  # (ms, [(ui stack, others)])
        self._lock = threading.Lock()

    def run(self) -> None:
        samples: list[tuple[str, str]] = []
        began = None
        while True:
            time.sleep(self.EVERY)
            last = self.meter.last
            if began is not None and last != began:  # ticked again: the stall is over
                with self._lock:
                    self.stalls.append(((last - began) * 1000, samples))
                samples, began = [], None
            if time.perf_counter() - self.meter.last > self.GRACE:
                began = self.meter.last
                frames = sys._current_frames()
                me = threading.get_ident()
                names = {t.ident: t.name for t in threading.enumerate()}
                ui = _stack(frames[self.ui_thread]) if self.ui_thread in frames else "?"
                others = " || ".join(f"[{names.get(i, i)}] {_stack(f, 6)}" for i, f in frames.items()
                                     if i not in (self.ui_thread, me))
                samples.append((ui, others))

    def take(self) -> list[tuple[float, list[tuple[str, str]]]]:
        with self._lock:
            stalls, self.stalls = self.stalls, []
        return stalls


def summarize(stalls: list[tuple[float, list[tuple[str, str]]]], over_ms: float) -> list[str]:
    """The stalls longer than ``over_ms``: their length, then their stacks by number of samples."""
    from collections import Counter

    lines = []
    for ms, samples in stalls:
        if ms < over_ms:
            continue
        lines.append(f"stall {ms:.0f} ms, {len(samples)} samples")
        for (ui, others), n in Counter(samples).most_common(6):
            lines.append(f"  {n:3d}x UI: {ui}")
            if others:
                lines.append(f"        other: {others}")
    return lines


class StallMeter:
    """A 10 ms timer on the UI thread: the longest gap between its ticks is the longest time the
    window did not answer (what a user feels as a freeze)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def take(self) -> float:
        """The longest stall since the last take (ms), the wait for the next tick included."""
        self._tick()
        longest, self.longest = self.longest, 0.0
        return longest * 1000


def run_window(db: Path, tmp: Path, codes: list[str], runs: int,
               sample_stalls: float | None = None) -> dict[str, object]:
    """The window, offscreen, as a user drives it; every step waits until its result is shown."""
    from PySide6.QtWidgets import QApplication

    from hallbar_desktop.store.register import open_register
    from hallbar_desktop.ui.main_window import MainWindow
    from hallbar_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(tmp / "settings.ini")
    meter = StallMeter()
    meter.start()
    out: dict[str, object] = {}
    stalls: dict[str, float] = {}
    sampler = None
    sampled: dict[str, list[str]] = {}
    if sample_stalls is not None:
        sampler = StallSampler(meter, threading.get_ident())
        sampler.start()

    def record(step: str, ms: float) -> None:
        """The longest stall of ``step`` (ms) and, when sampling, where its long stalls were."""
        stalls[step] = max(stalls.get(step, 0.0), ms)
        if sampler is not None and sample_stalls is not None:
            time.sleep(2 * StallSampler.EVERY)  # the sampler closes the stall that just ended
            sampled.setdefault(step, []).extend(summarize(sampler.take(), sample_stalls))

    def wait(done: Callable[[], bool], limit: float = 120.0) -> None:
        end = time.perf_counter() + limit
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError("the window did not finish")
            app.processEvents()
            time.sleep(0.001)

    def settle(seconds: float = 0.3) -> None:  # let what follows a step (the chart) run
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    window: Any = None

    def shown(code: str) -> Callable[[], bool]:
        return lambda: (not window.loading and window.grid_model.grid is not None
                        and window.grid_model.grid.project.code == code)

    def open_window(_: int) -> None:
        nonlocal window
        window = MainWindow(open_register(db), settings)
        window.resize(1366, 768)
        window.show()
        wait(shown(codes[0]))

    samples = []
    for i in range(max(3, runs // 3)):
        if window is not None:
            window.close()
            settle(0.1)
        meter.take()
        start = time.perf_counter()
        open_window(i)
        samples.append(time.perf_counter() - start)
        # The first window of the process is start-up (bench_startup.py): the UI thread builds
        # it before it is on screen, with Qt's and the program's modules loaded on first use.
        # Later ones are what File → Open does in a window in use (its chart shown).
        record("open: first window (start-up)" if i == 0 else "open another register", meter.take())
        # The window's first chart, after its first paint: the first time, the renderer thread
        # imports matplotlib meanwhile (about a second of Python beside the window).
        wait(lambda: window.chart_pane.chart is not None and not window.chart_pane.build_pending(), 60.0)
        settle(0.2)
        record("first chart (after first paint)", meter.take())
    out["window: open register (catalogue + first grid shown)"] = stats(samples)

    def switch(i: int) -> None:
        code = codes[(i * 37 + 1) % len(codes)]
        window.show_project(code)
        wait(shown(code))

    record("(between steps)", meter.take())
    out["window: switch project (grid shown)"] = measure(switch, runs)
    record("switch project", meter.take())
    settle()
    meter.take()

    table = window.table
    bar = table.verticalScrollBar()

    def scroll(i: int) -> None:
        bar.setValue(bar.maximum() if i % 2 == 0 else 0)
        table.viewport().repaint()
        app.processEvents()

    out["window: scroll grid"] = measure(scroll, runs)
    record("scroll", meter.take())

    def scorecard(i: int) -> None:
        code = codes[(i * 11 + 2) % len(codes)]
        window.tabs.setCurrentIndex(0)
        window.show_project(code)
        wait(shown(code))
        settle(0.3)
        record("(between steps)", meter.take())
        start = time.perf_counter()
        window.tabs.setCurrentWidget(window.scorecard)
        wait(lambda: window.scorecard.project_code == code and window.scorecard.model.rowCount() > 0)
        samples.append(time.perf_counter() - start)
        record("show scorecard", meter.take())

    samples = []
    for i in range(runs):
        scorecard(i)
    out["window: show scorecard"] = stats(samples)
    window.tabs.setCurrentIndex(0)
    settle()

    def export(i: int) -> None:
        path = window.files.export_report(tmp / f"w{i}.xlsx")
        assert path is not None and path.exists()

    record("(between steps)", meter.take())
    out["window: excel export (one project)"] = measure(export, max(3, runs // 3))
    record("excel export", meter.take())
    window.close()
    settle(0.1)
    stalls.pop("(between steps)", None)
    out["longest UI-thread stall (ms)"] = {k: round(v, 1) for k, v in stalls.items()}
    if sampler is not None:
        out["stall samples"] = sampled
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,625", help="projects per register (50 → 80,000 values)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sample-stalls", type=float, metavar="MS",
                        help="print where the UI thread was during every stall longer than MS ms")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_size(args.child, args.runs, args.sample_stalls)), flush=True)
        # Leave without the interpreter's clean-up: PySide6 6.12 drops a reference to True on
        # every signal emitted from Python, which can crash the final garbage collection.
        os._exit(0)
    for size in (int(s) for s in args.sizes.split(",")):
        sampling = [] if args.sample_stalls is None else ["--sample-stalls", str(args.sample_stalls)]
        out = subprocess.run([sys.executable, __file__, "--child", str(size), "--runs", str(args.runs), *sampling],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr[-2000:])
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"\nregister of {r['values']:,} values ({r['projects']} projects; built in {r['build_s']:.1f} s)"
              .replace(",", " "))
        for key, value in r.items():
            if key.startswith("longest UI-thread stall") and isinstance(value, dict):
                print(f"  longest UI-thread stall (10 ms timer): {max(value.values()):.0f} ms")
                for phase, ms in value.items():
                    print(f"    {phase:<34} {ms:7.0f} ms")
            elif key == "stall samples" and isinstance(value, dict):
                for phase, lines in value.items():
                    if lines:
                        print(f"  stalls of {phase}:")
                        print("\n".join(f"    {line}" for line in lines))
            elif isinstance(value, dict):
                p95 = f"  p95 {value['p95_ms']:7.1f} ms" if "p95_ms" in value else ""
                print(f"  {key:<32} median {value['median_ms']:7.1f} ms{p95}")
            elif isinstance(value, str):
                print(f"  {key:<32} {value}")
        print(f"  {'peak memory':<32} {r['peak_rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()

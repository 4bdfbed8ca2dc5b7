"""The first frame is read with plain queries: the ORM is loaded and set up after it, in a worker.

Run in a fresh interpreter each (the ORM loads once per process), offscreen, with the
start-up probe that prints "painted" once the main window has been painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
import hallbar_desktop.ui.startup_probe as probe

done = probe._FirstPaint._done

def report(self):
    print("ORM loaded at first paint:", "sqlalchemy.orm" in sys.modules, flush=True)
    print("models loaded at first paint:", "hallbar_desktop.store.models" in sys.modules, flush=True)
    from PySide6.QtCore import QTimer
    from hallbar_desktop.ui.main_window import MainWindow
    window = MainWindow.windows[-1]

    def later():
        from hallbar_desktop.store.models import mappers_configured
        print("configured later:", mappers_configured(), flush=True)
        print("history rows:", window.details.history_model.rowCount(), flush=True)
        done(self)

    QTimer.singleShot(3000, later)

probe._FirstPaint._done = report
from hallbar_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_window_is_painted_before_the_orm_is_loaded_and_the_history_follows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HALLBAR_STARTUP_PROBE": "1",
           "HALLBAR_DATA_DIR": str(tmp_path / "data")}
    db = tmp_path / "demo.sqlite"
    first = subprocess.run([sys.executable, "-m", "hallbar_desktop", "--db", str(db), "--demo"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0 and "painted" in first.stdout, first.stderr[-2000:]  # demo register made
    run = subprocess.run([sys.executable, "-c", PROBE, "--db", str(db), "--demo"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert "ORM loaded at first paint: False" in lines
    assert "models loaded at first paint: False" in lines
    assert "configured later: True" in lines
    history = next(line for line in lines if line.startswith("history rows:"))
    assert int(history.split(":")[1]) >= 1  # the selected value's history is shown after all

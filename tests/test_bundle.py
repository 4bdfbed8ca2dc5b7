"""The PyInstaller bundle builds, starts offscreen, opens and migrates a register, and works.

Building takes a minute or two, so it runs in CI (CI=true) or when HALLBAR_BUILD_BUNDLE=1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
WANTED = bool(os.environ.get("CI")) or os.environ.get("HALLBAR_BUILD_BUNDLE") == "1"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not WANTED, reason="builds the installer bundle: set CI=true or HALLBAR_BUILD_BUNDLE=1"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI smoke test builds on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller") is None and not (Path(sys.executable).parent / "pyinstaller").exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]' installs it)")
    work = tmp_path_factory.mktemp("pyinstaller")
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    started = time.monotonic()
    result = subprocess.run(
        [str(pyinstaller if pyinstaller.exists() else "pyinstaller"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build_installer.spec")],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    folder = work / "dist" / "hallbar-desktop"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"\nbundle: built in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MiB")
    return folder


def env(tmp: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HALLBAR_DATA_DIR": str(tmp / "data")}


def test_bundled_cli_creates_migrates_and_fills_a_register(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "bundle.sqlite"
    hallbar = str(bundle / "hallbar")
    init = subprocess.run([hallbar, "--db", str(db), "init"], capture_output=True, text=True,
                          env=env(tmp_path), timeout=120)
    assert init.returncode == 0, init.stderr
    demo = subprocess.run([hallbar, "--db", str(db), "demo"], capture_output=True, text=True,
                          env=env(tmp_path), timeout=120)
    assert demo.returncode == 0, demo.stderr
    assert "RJL: skapat" in demo.stdout
    show = subprocess.run([hallbar, "--db", str(db), "show", "RJL"], capture_output=True, text=True,
                          env=env(tmp_path), timeout=120)
    assert show.returncode == 0 and "Hållbarhetssäkrad finansiering" in show.stdout
    out = tmp_path / "rapport.xlsx"
    export = subprocess.run([hallbar, "--db", str(db), "export-excel", "RJL", str(out)], capture_output=True,
                            text=True, env=env(tmp_path), timeout=180)
    assert export.returncode == 0, export.stderr
    from openpyxl import load_workbook

    workbook = load_workbook(out, read_only=True)
    assert "Sammanfattning" in workbook.sheetnames and "Data" in workbook.sheetnames
    # The meeting report: ReportLab, its C helpers and the DejaVu font from matplotlib's data are bundled.
    pdf = tmp_path / "möte.pdf"
    report = subprocess.run([hallbar, "--db", str(db), "report", "RJL", "--meeting", "2022-09-08", str(pdf)],
                            capture_output=True, text=True, env=env(tmp_path), timeout=180)
    assert report.returncode == 0, report.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Sida 1 av \d+", text) and "Övergripande omställning" in text
    # The lägesrapport (python-docx and its default template) and the effect chain diagram (SVG).
    docx = tmp_path / "lägesrapport.docx"
    word = subprocess.run([hallbar, "--db", str(db), "lagesrapport", "RJL", "--period", "2022H1", str(docx)],
                          capture_output=True, text=True, env=env(tmp_path), timeout=180)
    assert word.returncode == 0, word.stderr
    import docx as python_docx

    assert any("Projektets resultat" in p.text for p in python_docx.Document(str(docx)).paragraphs)
    svg = tmp_path / "effektlogik.svg"
    chain = subprocess.run([hallbar, "--db", str(db), "effect-chain", "RJL", str(svg)], capture_output=True,
                           text=True, env=env(tmp_path), timeout=180)
    assert chain.returncode == 0, chain.stderr
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_bundled_window_starts_offscreen_on_the_demo(bundle: Path, tmp_path: Path) -> None:
    db = tmp_path / "window.sqlite"
    proc = subprocess.Popen([str(bundle / "hallbar-desktop"), "--db", str(db), "--demo"],
                            env=env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6)
        assert proc.poll() is None, proc.communicate()[1][-2000:]  # still running: it started
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert db.exists() and db.stat().st_size > 0


def test_the_bundle_has_qts_swedish_and_the_licence(bundle: Path) -> None:
    """Qt's translation of its standard buttons and dialogs, where ui.i18n looks for it."""
    assert list(bundle.rglob("PySide6/Qt/translations/qtbase_sv.qm"))
    assert list(bundle.rglob("LICENSE"))

"""Files that are not files, and workbooks that say they are enormous.

``hallbar load`` or ``import-excel`` given a FIFO (or ``/dev/zero``) once blocked forever while
holding the register's write lock; both now refuse anything but a regular file, before the lock
is taken and before any read. A workbook whose sheets declare the largest size Excel allows
(A1:XFD1048576, with one empty formatted cell in the last row, as a sheet formatted as a whole
is saved) took minutes to import; it now takes about the time of what it really holds.
Each command runs in a child process with a time limit (and a memory limit, for /dev/zero): a
hang fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hallbar_desktop.cli import main
from hallbar_desktop.store.lock import lock_path_for

PATIENCE = 60


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def hallbar(db: Path, *argv: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """The command's result and the processor time it took: unlike the clock, that does not grow
    when the machine is busy with other work (the suite runs beside itself)."""
    start = _children_cpu()
    try:
        done = subprocess.run([sys.executable, "-m", "hallbar_desktop.cli", "--db", str(db), *argv],
                              capture_output=True, text=True, timeout=PATIENCE, preexec_fn=_limits)
    except subprocess.TimeoutExpired:
        pytest.fail(f"«hallbar {' '.join(argv)}» was still running after {PATIENCE} s")
    return done, _children_cpu() - start


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("special") / "register.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "demo"]) == 0
    return db


def _special(kind: str, folder: Path) -> Path:
    if kind == "fifo":
        path = folder / "projekt.toml"
        os.mkfifo(path)
        return path
    if kind == "link-to-fifo":
        os.mkfifo(folder / "rör")
        (folder / "mall.xlsx").symlink_to(folder / "rör")
        return folder / "mall.xlsx"
    return Path("/dev/zero")


@pytest.mark.parametrize("kind", ["fifo", "link-to-fifo", "dev-zero"])
@pytest.mark.parametrize("command", [["load"], ["import-excel"], ["import-excel", "--dry-run"],
                                     ["import-costs", "RJH"], ["import-costs", "RJH", "--dry-run"]],
                         ids=["load", "import-excel", "import-dry-run", "import-costs", "import-costs-dry-run"])
def test_a_file_that_is_not_a_regular_file_is_refused_at_once(demo_db: Path, tmp_path: Path, tallies, kind: str,
                                                              command: list[str]) -> None:
    if kind == "dev-zero" and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    path = _special(kind, tmp_path)
    before = demo_db.read_bytes()
    with tallies.trial("sqlite"):
        done, took = hallbar(demo_db, *command, str(path))
        err = done.stderr
        assert done.returncode == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
        assert "Traceback" not in err and ("FIFO" in err or "enhetsfil" in err), err
        assert took < 30
        assert not lock_path_for(demo_db).exists()
        assert demo_db.read_bytes() == before


def _declare_the_largest_sheets(source: Path, target: Path) -> None:
    """Every sheet says it spans A1:XFD1048576 and has an empty formatted cell in its last row."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
                data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')
            out.writestr(info, data)


@pytest.mark.parametrize("export", ["template", "report"])
def test_a_workbook_declaring_the_largest_sheets_imports_by_its_content(demo_db: Path, tmp_path: Path, tallies,
                                                                       export: str) -> None:
    plain = tmp_path / "vanlig.xlsx"
    if export == "template":
        assert main(["--db", str(demo_db), "export-template", "RJL", str(plain), "--quarter", "2022Q4"]) == 0
    else:
        assert main(["--db", str(demo_db), "export-excel", "RJL", str(plain)]) == 0
    big = tmp_path / "stor.xlsx"
    _declare_the_largest_sheets(plain, big)
    with tallies.trial("sqlite"):
        done_plain, took_plain = hallbar(demo_db, "import-excel", str(plain))
        done_big, took_big = hallbar(demo_db, "import-excel", str(big))
        assert done_plain.returncode == 0, done_plain.stderr
        assert done_big.returncode == 0, done_big.stderr
        assert done_big.stdout.splitlines()[-1].split(":", 1)[1] == done_plain.stdout.splitlines()[-1].split(":", 1)[1]
        # The process start (about a second) is in both; the declared million rows add little
        # (reading them took minutes). Processor time, so a busy machine does not fail it.
        assert took_big < took_plain + 2, f"{took_big:.1f} s against {took_plain:.1f} s of CPU for the same content"

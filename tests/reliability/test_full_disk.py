"""A disk that fills up, and a disk that fails to write: said as such, nothing saved is lost.

Once, after a value was saved on a nearly full disk, the register was declared "skadat (filen är
avkortad)" although SQLite's integrity check passed and the value was in the WAL – and the
advice to restore a backup would have thrown it away. The disk here is full for real: a small
tmpfs mounted in a mount namespace of a child process (``unshare``; root needs nothing more, other
users need unprivileged user namespaces). A disk that refuses writes is a real one too: the
child's file-size limit (``RLIMIT_FSIZE``) makes the kernel fail SQLite's writes (EFBIG, which
SQLite reports as a disk I/O error). The child enters values until the disk refuses one, then
reads, exports, and – after space is freed – reads and writes again; the test checks each step.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"

SCENARIO = textwrap.dedent(
    """
    import contextlib, io, json, os, resource, signal, sqlite3, sys
    from pathlib import Path
    from hallbar_desktop.cli import main

    disk, how, small = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    db = str(disk / "register.sqlite")

    def run(*argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", db, *argv])
        return {"code": code, "out": out.getvalue(), "err": err.getvalue()}

    assert run("init")["code"] == 0 and run("load", small)["code"] == 0
    filler = disk / "fyllnad"
    if how == "full":
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"x" * 65536)
        except OSError:
            pass
        os.close(fd)
        os.truncate(filler, max(0, filler.stat().st_size - 120 * 1024))  # room for a few values
    else:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = os.path.getsize(db) + 20_000
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    quarters = [f"{y}Q{q}" for y in (2021, 2022) for q in (1, 2, 3, 4)]
    acked, refused = {}, []
    for i in range(1, 400):
        q = quarters[i % len(quarters)]
        result = run("set", "TEST", "1.2", q, str(i), "--comment", "k" * 3000)
        if result["code"] == 0:
            acked[q] = i
        else:
            refused.append(result)
            if len(refused) == 3:
                break
    report = {"acked": acked, "refused": refused}
    report["show_while"] = run("show", "TEST", "--json")
    report["export_while"] = run("export-excel", "TEST", str(disk / "rapport.xlsx"))
    # Space comes back: the file-size limit goes with a new process, the filler is deleted.
    if how == "full":
        filler.unlink()
        report["show_after"] = run("show", "TEST", "--json")
        report["set_after"] = run("set", "TEST", "1.2", "2021Q1", "999")
        conn = sqlite3.connect(db)
        report["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    print("REPORT " + json.dumps(report), flush=True)
    """
)

AFTER_LIMIT = textwrap.dedent(
    """
    import contextlib, io, json, sqlite3, sys
    from hallbar_desktop.cli import main

    db = sys.argv[1]
    report = {}
    steps = (("show_after", ["show", "TEST", "--json"]), ("set_after", ["set", "TEST", "1.2", "2021Q1", "999"]))
    for name, argv in steps:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--db", db, *argv])
        report[name] = {"code": code, "out": out.getvalue(), "err": err.getvalue()}
    conn = sqlite3.connect(db)
    report["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    print("REPORT " + json.dumps(report), flush=True)
    """
)


def _report(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    lines = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, f"the scenario did not finish: {done.stderr[-3000:]}"
    return json.loads(lines[-1].removeprefix("REPORT "))


def _small_disk_command(mountpoint: Path) -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is missing: no small disk can be mounted")
    namespaces = ["--mount"] if os.geteuid() == 0 else ["--user", "--map-root-user", "--mount"]
    return [unshare, *namespaces, "sh", "-c", 'mount -t tmpfs -o size=2m tmpfs "$0" && exec "$@"',
            str(mountpoint)]


def _values(report_show: dict[str, Any]) -> dict[str, float]:
    data = json.loads(report_show["out"])
    row = next(i for i in data["indicators"] if i["code"] == "1.2")
    return {q: cell["value"] for q, cell in row["values"].items() if cell.get("value") is not None}


def _is_one_line(result: dict[str, Any]) -> None:
    err = result["err"]
    assert result["code"] == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def _never_advises_a_restore(err: str) -> None:
    assert "säkerhetskopia" not in err and "återställ" not in err.lower(), err
    assert "register.sqlite är skadat" not in err, err
    assert "registret är inte skadat" in err or "inte att registret är skadat" in err, err


def test_a_full_disk_is_said_as_such_and_loses_nothing(tmp_path: Path, tallies) -> None:
    disk = tmp_path / "liten disk"
    disk.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(SCENARIO)
    done = subprocess.run([*_small_disk_command(disk), sys.executable, str(script), str(disk), "full", str(SMALL)],
                          capture_output=True, text=True, timeout=300)
    if "REPORT" not in done.stdout and ("mount" in done.stderr or "unshare" in done.stderr):
        pytest.skip(f"no small disk could be mounted here: {done.stderr.strip()[:200]}")
    report = _report(done)
    with tallies.trial("sqlite") as trial:
        acked = {q: float(n) for q, n in report["acked"].items()}
        assert acked and report["refused"], "the disk never filled up, or nothing was saved first"
        for refused in report["refused"]:
            _is_one_line(refused)
            assert "Disken" in refused["err"] and "full" in refused["err"], refused["err"]
            _never_advises_a_restore(refused["err"])
        # Reading works while the disk is full, and shows every value whose write returned.
        assert report["show_while"]["code"] == 0, report["show_while"]["err"]
        seen = _values(report["show_while"])
        trial.lost(sum(1 for q, v in acked.items() if seen.get(q) != v))
        assert all(seen.get(q) == v for q, v in acked.items()), (acked, seen)
        # An export to the full disk says so in one line.
        _is_one_line(report["export_while"])
        assert "full" in report["export_while"]["err"]
        # With room again, everything is there and the register takes new values.
        assert report["integrity"] == "ok"
        assert report["show_after"]["code"] == 0, report["show_after"]["err"]
        after = _values(report["show_after"])
        assert all(after.get(q) == v for q, v in acked.items()), (acked, after)
        assert report["set_after"]["code"] == 0, report["set_after"]["err"]


def test_a_disk_that_fails_to_write_is_not_called_damage(tmp_path: Path, tallies) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "scenario.py"
    script.write_text(SCENARIO)
    report = _report(subprocess.run([sys.executable, str(script), str(disk), "limit", str(SMALL)],
                                    capture_output=True, text=True, timeout=300))
    after_script = tmp_path / "after.py"
    after_script.write_text(AFTER_LIMIT)
    after = _report(subprocess.run([sys.executable, str(after_script), str(disk / "register.sqlite")],
                                   capture_output=True, text=True, timeout=300))
    with tallies.trial("sqlite") as trial:
        acked = {q: float(n) for q, n in report["acked"].items()}
        assert acked and report["refused"]
        for refused in report["refused"]:
            _is_one_line(refused)
            assert "kunde inte läsa eller skriva" in refused["err"], refused["err"]
            _never_advises_a_restore(refused["err"])
        assert report["show_while"]["code"] == 0, report["show_while"]["err"]
        assert after["integrity"] == "ok"
        assert after["show_after"]["code"] == 0, after["show_after"]["err"]
        seen = _values(after["show_after"])
        trial.lost(sum(1 for q, v in acked.items() if seen.get(q) != v))
        assert all(seen.get(q) == v for q, v in acked.items()), (acked, seen)
        assert after["set_after"]["code"] == 0, after["set_after"]["err"]

"""Reading beside a writer, reading from a read-only share, and no register made by a typo.

The window holds a register's write lock for as long as it is open. Reading and copying need
no write lock (WAL readers and SQLite's backup API work beside a writer), so ``show``,
``list``, ``export-excel`` and ``backup`` must work then, and show what the window saved. A
register on a share the user may only read is readable and exportable. And only ``init``
creates a register: ``HALLBAR_DB=/typo/dir/reg.sqlite hallbar show RJL`` must not leave
folders and an empty register behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.cli import main

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"

WINDOW = textwrap.dedent(
    """
    import sys
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import record_value, validated_input
    from hallbar_desktop.store.register import open_register

    reg = open_register(sys.argv[1])          # holds the write lock, like the window
    with reg.transaction() as s:
        ind = get_indicator(s, get_project(s, "TEST"), "1.2")
        record_value(s, ind, "2021Q4", validated_input(ind, value=17.0), Actor("fönstret", "window"))
    print("ready", flush=True)
    sys.stdin.readline()                      # stays open until the test is done
    reg.close()
    """
)


def _ok(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _one_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def _make(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _ok(capsys, "--db", str(path), "init")
    _ok(capsys, "--db", str(path), "load", str(SMALL))


@pytest.fixture
def window(tmp_path: Path, capsys) -> Iterator[Path]:
    """A register held open for writing by another process, which saved 17 for 1.2 2021Q4."""
    path = tmp_path / "delat register.sqlite"
    _make(path, capsys)
    script = tmp_path / "window.py"
    script.write_text(WINDOW)
    proc = subprocess.Popen([sys.executable, str(script), str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield path
    finally:
        assert proc.stdin is not None
        proc.stdin.write("done\n")
        proc.stdin.close()
        proc.wait(timeout=60)


def test_reading_commands_work_while_the_window_holds_the_lock(window: Path, tmp_path: Path, capsys,
                                                               tallies) -> None:
    db = str(window)
    with tallies.trial("sqlite"):
        shown = _ok(capsys, "--db", db, "show", "TEST", "--json")
        assert "17" in shown, "show did not see the value the window saved"
    with tallies.trial("sqlite"):
        assert "TEST" in _ok(capsys, "--db", db, "list")
    with tallies.trial("sqlite"):
        assert "17" in _ok(capsys, "--db", db, "history", "TEST", "1.2", "2021Q4")
    with tallies.trial("sqlite"):
        out = tmp_path / "rapport.xlsx"
        _ok(capsys, "--db", db, "export-excel", "TEST", str(out))
        from openpyxl import load_workbook

        data = load_workbook(out, read_only=True)["Data"]
        assert any(row[2] == "1.2" and row[5] == "2021Q4" and row[6] == 17 for row in data.iter_rows(values_only=True))
    with tallies.trial("sqlite"):
        copy = tmp_path / "kopia.sqlite"
        _ok(capsys, "--db", db, "backup", str(copy))
        assert "17" in _ok(capsys, "--db", str(copy), "--read-only", "show", "TEST", "--json")
    with tallies.trial("sqlite"):
        # Changing it is still refused, with who has it.
        err = _one_line(capsys, "--db", db, "set", "TEST", "1.2", "2021Q3", "5")
        assert "används redan" in err


@pytest.fixture
def read_only_share(tmp_path: Path, capsys) -> Iterator[Path]:
    """A register in a folder this user may only read (a read-only mount when run as root)."""
    source = tmp_path / "källa"
    source.mkdir()
    _make(source / "register.sqlite", capsys)
    _ok(capsys, "--db", str(source / "register.sqlite"), "set", "TEST", "1.2", "2021Q4", "23")
    if os.geteuid() == 0:
        share = tmp_path / "share"
        share.mkdir()
        done = subprocess.run(["mount", "--bind", str(source), str(share)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot bind-mount a read-only share: {done.stderr.decode().strip()}")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(share)], check=True)
        try:
            yield share / "register.sqlite"
        finally:
            # Lazily: a register read in this process may still have the file open.
            subprocess.run(["umount", "-l", str(share)], check=False)
    else:
        source.chmod(0o555)
        (source / "register.sqlite").chmod(0o444)
        try:
            yield source / "register.sqlite"
        finally:
            source.chmod(0o755)


def test_a_register_on_a_read_only_share_is_readable_and_exportable(read_only_share: Path, tmp_path: Path,
                                                                    capsys, tallies) -> None:
    db = str(read_only_share)
    before = sorted(os.listdir(read_only_share.parent))
    for read_only in ([], ["--read-only"]):
        with tallies.trial("sqlite"):
            assert "23" in _ok(capsys, "--db", db, *read_only, "show", "TEST", "--json")
            assert "TEST" in _ok(capsys, "--db", db, *read_only, "list")
            out = tmp_path / f"rapport{len(read_only)}.xlsx"
            _ok(capsys, "--db", db, *read_only, "export-excel", "TEST", str(out))
            assert out.stat().st_size > 0
            _ok(capsys, "--db", db, *read_only, "backup", str(tmp_path / f"kopia{len(read_only)}.sqlite"))
    with tallies.trial("sqlite"):
        err = _one_line(capsys, "--db", db, "set", "TEST", "1.2", "2021Q3", "5")
        assert "skrivskydd" in err
    with tallies.trial("sqlite"):
        err = _one_line(capsys, "--db", db, "--read-only", "set", "TEST", "1.2", "2021Q3", "5")
        assert "--read-only" in err
    assert sorted(os.listdir(read_only_share.parent)) == before


def test_read_only_refuses_every_change_and_writes_nothing(tmp_path: Path, capsys, tallies) -> None:
    path = tmp_path / "register.sqlite"
    _make(path, capsys)
    before = path.read_bytes()
    for argv in (["set", "TEST", "1.2", "2021Q3", "5"], ["clear", "TEST", "1.2", "2021Q2"],
                 ["load", str(SMALL)], ["demo"], ["restore", "1"], ["init"]):
        with tallies.trial("sqlite"):
            err = _one_line(capsys, "--db", str(path), "--read-only", *argv)
            assert "--read-only" in err, err
    assert path.read_bytes() == before
    assert not Path(str(path) + ".lock").exists()


MISSING_COMMANDS = [
    ["show", "RJL"], ["list"], ["set", "RJL", "1.1", "2022Q1", "5"], ["clear", "RJL", "1.1", "2022Q1"],
    ["history", "RJL", "1.1"], ["export-excel", "RJL", "ut.xlsx"],
    ["export-template", "RJL", "mall.xlsx", "--quarter", "2022Q1"], ["backup", "kopia.sqlite"],
    ["load", str(SMALL)], ["demo"], ["meetings", "RJL"], ["readiness", "RJL", "2022Q1"],
    ["chart", "RJL", "1.1", "bild.png"], ["approve", "RJL", "2022Q1", "--meeting", "2022-03-01"],
    ["unlock", "RJL", "2022Q1", "--reason", "fel"], ["report", "RJL", "möte.pdf"],
]


@pytest.mark.parametrize("argv", MISSING_COMMANDS, ids=[a[0] for a in MISSING_COMMANDS])
def test_only_init_creates_a_register(tmp_path: Path, capsys, monkeypatch, tallies, argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "typo" / "dir" / "reg.sqlite"
    monkeypatch.setenv("HALLBAR_DB", str(typo))
    with tallies.trial("sqlite"):
        err = _one_line(capsys, *argv)
        assert "inget register" in err and "hallbar init" in err, err
        assert not (tmp_path / "typo").exists(), "folders were created for a mistyped register"
        assert list(tmp_path.iterdir()) == [], "something was written"


def test_init_creates_the_register(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "ny" / "reg.sqlite"
    monkeypatch.setenv("HALLBAR_DB", str(path))
    _ok(capsys, "init")
    assert path.is_file()
    _ok(capsys, "demo")
    assert "RJL" in _ok(capsys, "list")


def test_on_a_server_reading_works_beside_a_change_in_progress(pg_server, fill_register, tmp_path: Path, capsys,
                                                                tallies) -> None:
    """Another user's change holds row locks on the server: reading and exporting still work and
    show what was committed; ``--read-only`` reads and refuses to change."""
    import psycopg

    from hallbar_desktop.store.register import open_register

    url = pg_server.new_database()
    reg = open_register(url)
    fill_register(reg)
    reg.close()
    before = _ok(capsys, "--db", url, "show", "TEST", "--json")
    with psycopg.connect(url) as writer:
        writer.execute("UPDATE measurement SET value = value + 1000")  # not committed
        with tallies.trial("postgresql"):
            assert _ok(capsys, "--db", url, "show", "TEST", "--json") == before
        with tallies.trial("postgresql"):
            out = tmp_path / "rapport.xlsx"
            _ok(capsys, "--db", url, "export-excel", "TEST", str(out))
            assert out.stat().st_size > 0
        with tallies.trial("postgresql"):
            assert "TEST" in _ok(capsys, "--db", url, "--read-only", "list")
        with tallies.trial("postgresql"):
            err = _one_line(capsys, "--db", url, "--read-only", "set", "TEST", "1.2", "2021Q3", "5")
            assert "--read-only" in err
        writer.rollback()

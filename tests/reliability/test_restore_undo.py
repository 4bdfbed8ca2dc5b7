"""Undoing a restore restores what was there before it – not whichever backup has the latest name.

``hallbar restore`` first saves the register's content as a backup and says how to undo. It
once said "ångra med «hallbar restore 1»", and number 1 is the backup with the latest name: one
made while the computer's clock was ahead (or a copy dropped into the folder) took the undo's
place, and the undo restored the wrong content. The undo names the exact file now.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from hallbar_desktop.cli import main
from hallbar_desktop.store.backups import folder_for, list_backups

SMALL = Path(__file__).resolve().parent.parent / "data" / "small_project.toml"


def _value(capsys, db: Path) -> str:
    assert main(["--db", str(db), "history", "TEST", "1.2", "2021Q3"]) == 0
    out = capsys.readouterr().out
    return out.strip().splitlines()[-1]


def test_the_undo_of_a_restore_brings_back_what_was_there(tmp_path: Path, capsys, tallies) -> None:
    db = tmp_path / "mitt register.sqlite"
    for argv in (["init"], ["load", str(SMALL)], ["set", "TEST", "1.2", "2021Q3", "5"]):
        assert main(["--db", str(db), *argv]) == 0
    copy = tmp_path / "kopia.sqlite"
    assert main(["--db", str(db), "backup", str(copy)]) == 0  # holds 5
    assert main(["--db", str(db), "set", "TEST", "1.2", "2021Q3", "7"]) == 0  # the work since: 7
    capsys.readouterr()
    # A backup whose name is later than anything made today (the clock was once ahead).
    folder = folder_for(db)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(copy, folder / "20991231T235959Z-daily.sqlite")
    assert list_backups(db)[0].path.name.startswith("2099")

    with tallies.trial("sqlite") as trial:
        assert main(["--db", str(db), "restore", str(copy)]) == 0
        out = capsys.readouterr().out
        assert "5" in _value(capsys, db)
        undo = re.search(r"ångra med «(hallbar [^»]+)»", out)
        assert undo, out
        argv = shlex.split(undo.group(1))[1:]
        assert argv[-1] != "1", "the undo names a position in a list that can change"
        assert main(argv) == 0  # exactly as printed, pasted into a terminal
        capsys.readouterr()
        restored = _value(capsys, db)
        if "7" not in restored:
            trial.lost(1)
        assert "7" in restored, f"the undo did not bring back the work since the backup: {restored}"

"""What the command says: Swedish, one line, exit 1 – and files that others may read.

Argument mistakes came from argparse in English with exit status 2, though the README promises
one Swedish line and exit 1. Control characters in the input (a newline, ESC, BEL) were echoed
into messages: a message could be two lines, or recolour and rewrite the terminal. Exported
files were private (0600) whatever the umask said; they now get the mode any other program's
new file gets.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hallbar_desktop.cli import main

ARGUMENT_MISTAKES: list[tuple[str, list[str], str]] = [
    ("no-command", [], "saknas"),
    ("unknown-command", ["visa"], "finns inte"),
    ("missing-arguments", ["set", "RJL"], "saknas"),
    ("unknown-option", ["list", "--färg"], "okända argument"),
    ("option-without-value", ["show", "RJL", "--focus-area"], "värde behövs"),
    ("not-a-number", ["show", "RJL", "--focus-area", "två"], "inget giltigt värde"),
    ("two-exclusive", ["export-excel", "RJL", "x.xlsx", "--period", "2022H1", "--until", "2022Q4"],
     "tillsammans med"),
    ("extra-argument", ["list", "extra"], "okända argument"),
]


@pytest.mark.parametrize(("case", "argv", "words"), ARGUMENT_MISTAKES, ids=[c[0] for c in ARGUMENT_MISTAKES])
def test_argument_mistakes_are_one_swedish_line_and_exit_1(demo_path: Path, case: str, argv: list[str],
                                                           words: str, tallies) -> None:
    with tallies.trial("sqlite"):
        done = subprocess.run([sys.executable, "-m", "hallbar_desktop.cli", "--db", str(demo_path), *argv],
                              capture_output=True, text=True, timeout=120)
        err = done.stderr
        assert done.returncode == 1, (done.returncode, err)
        assert err.startswith("hallbar: fel: ") and err.count("\n") == 1, err
        assert words in err and "--help" in err, err
        for english in ("usage", "error", "required", "invalid", "unrecognized", "expected", "arguments"):
            assert english not in err, err


@pytest.mark.parametrize("argv", [["--help"], ["set", "--help"], ["export-excel", "--help"]])
def test_help_is_in_swedish(argv: list[str]) -> None:
    done = subprocess.run([sys.executable, "-m", "hallbar_desktop.cli", *argv], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0
    assert done.stdout.startswith("användning: ") and "flaggor:" in done.stdout, done.stdout
    assert "visa den här hjälpen och avsluta" in done.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in done.stdout


def test_a_test_runner_in_the_same_process_keeps_its_own_language(capsys) -> None:
    import argparse

    with pytest.raises(SystemExit):
        main(["list", "--help"])
    assert capsys.readouterr().out.startswith("användning: ")
    assert argparse.ArgumentParser(prog="annat").format_usage().startswith("usage: ")


CONTROLS = ["RJ\nL", "RJL\x1b[2J\x1b[31m", "RJL\x07\x07", "RJL\r\x1b]0;titel\x07", "R\x9bJL", "\u202eLJR",
            "RJL\u2028ny rad"]


@pytest.mark.parametrize("text", CONTROLS, ids=["newline", "esc-clear", "bell", "cr-and-title", "c1-csi",
                                                "rtl-override", "line-separator"])
def test_control_characters_in_input_are_shown_not_obeyed(demo_path: Path, capsys, tallies, text: str) -> None:
    with tallies.trial("sqlite"):
        for argv in (["show", text], ["set", "RJL", text, "2022Q1", "5"], ["set", "RJL", "1.2", "2022Q1", text],
                     ["load", f"/tmp/saknas{text}.toml"], [f"kommando{text}"]):
            code = _run(["--db", str(demo_path), *argv])
            err = capsys.readouterr().err
            assert code == 1 and err.startswith("hallbar: fel: ") and err.count("\n") == 1, repr(err)
            body = err[:-1]
            assert all(ch.isprintable() or ch == " " for ch in body), repr(err)
            assert "\x1b" not in err and "\x07" not in err and "\r" not in err


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture(params=[0o022, 0o002, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _exports(db: Path, folder: Path) -> dict[str, list[str]]:
    return {
        "rapport.xlsx": ["export-excel", "RJL", str(folder / "rapport.xlsx")],
        "mall.xlsx": ["export-template", "RJL", str(folder / "mall.xlsx"), "--quarter", "2022Q4"],
        "möte.pdf": ["report", "RJL", str(folder / "möte.pdf")],
        "diagram.png": ["chart", "RJL", "1.2", str(folder / "diagram.png")],
    }


def test_exported_files_follow_the_umask(demo_path: Path, tmp_path: Path, umask: int, tallies) -> None:
    for name, argv in _exports(demo_path, tmp_path).items():
        with tallies.trial("sqlite"):
            assert main(["--db", str(demo_path), *argv]) == 0
            mode = (tmp_path / name).stat().st_mode & 0o777
            assert mode == 0o666 & ~umask, f"{name}: {oct(mode)} with umask {oct(umask)}"


def test_an_export_over_an_existing_file_keeps_its_mode(demo_path: Path, tmp_path: Path, tallies) -> None:
    for name, argv in _exports(demo_path, tmp_path).items():
        if name == "diagram.png":
            continue  # written in place by matplotlib: the file keeps its mode anyway
        with tallies.trial("sqlite"):
            (tmp_path / name).write_bytes(b"gammal")
            (tmp_path / name).chmod(0o640)
            assert main(["--db", str(demo_path), *argv]) == 0
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o640
            assert (tmp_path / name).read_bytes() != b"gammal"

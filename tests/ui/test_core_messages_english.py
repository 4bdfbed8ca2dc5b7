"""In English the core's refusals that a window user meets (structure, template import, cost
import, steering, the register) are English; in Swedish (and so on the command line, where no
translator is installed) they are the Swedish text, word for word."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.register import Register
from hallbar_desktop.ui import i18n


def _structure(reg: Register, _tmp: Path) -> None:
    from hallbar_desktop.services.projects import ProjectFields, create_project

    with reg.transaction() as session:
        create_project(session, ProjectFields(code="NY", name="Nytt", start=Quarter(2023, 4), end=Quarter(2022, 1)))


def _structure_missing_name(reg: Register, _tmp: Path) -> None:
    from hallbar_desktop.services.projects import ProjectFields, create_project

    with reg.transaction() as session:
        create_project(session, ProjectFields(code="NY", name=" ", start=Quarter(2022, 1), end=Quarter(2023, 4)))


def _template_import(reg: Register, tmp: Path) -> None:
    from hallbar_desktop.services.excel_import import preview_import

    with reg.reading() as session:
        preview_import(session, tmp / "saknas.xlsx")


def _cost_import(_reg: Register, tmp: Path) -> None:
    from hallbar_desktop.services.cost_import import read_export

    (tmp / "gamla.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    read_export(tmp / "gamla.xls")


def _steering(reg: Register, _tmp: Path) -> None:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.steering import unlock_quarter

    with reg.transaction() as session:
        unlock_quarter(session, "RJL", "2022Q3", "  ", Actor("anna", "window"))


def _steering_meeting(reg: Register, _tmp: Path) -> None:
    from hallbar_desktop.services.steering import get_meeting

    with reg.reading() as session:
        get_meeting(session, "RJL", date(2001, 2, 3))


def _unknown_project(reg: Register, _tmp: Path) -> None:
    from hallbar_desktop.services.lookup import get_project

    with reg.reading() as session:
        get_project(session, "XYZ")


def _register_missing(_reg: Register, tmp: Path) -> None:
    from hallbar_desktop.store.register import RegisterMissing

    raise RegisterMissing(tmp / "inget.sqlite")


def _register_locked(_reg: Register, tmp: Path) -> None:
    """Another computer holds the register (its lock file fresh, as in tests/store/test_lock.py)."""
    from hallbar_desktop.store.lock import acquire, lock_path_for

    register = tmp / "delat.sqlite"
    lock_path_for(register.resolve()).write_text(json.dumps(
        {"host": "annan-dator", "pid": 1, "user": "annan", "time": "2026-01-05T08:00:00", "token": "t" * 32}))
    acquire(register)


def _form_conflict(reg: Register, _tmp: Path) -> None:
    """A project form saved after someone else saved the project (its version moved on)."""
    from hallbar_desktop.services.lookup import get_project
    from hallbar_desktop.services.projects import ProjectFields, update_project

    with reg.transaction() as session:
        project = get_project(session, "RJL")
        fields = ProjectFields(code="RJL", name="Nytt namn", start=Quarter.parse(project.start_quarter),
                               end=Quarter.parse(project.end_quarter))
        update_project(session, "RJL", fields, seen_version=project.version - 1)


CASES: list[tuple[str, Callable[[Register, Path], None], str, str]] = [
    ("structure", _structure, "Projektet slutar (2022 kv 1) före det börjar (2023 kv 4).",
     "The project ends (Q1 2022) before it begins (Q4 2023)."),
    ("structure, the field named", _structure_missing_name, "Projektnamnet saknas.", "The project name is missing."),
    ("template import", _template_import, "Filen {tmp}/saknas.xlsx finns inte.",
     "The file {tmp}/saknas.xlsx does not exist."),
    ("cost import", _cost_import, "gamla.xls är en äldre Excel-fil (.xls). Spara den som .xlsx eller CSV i Excel "
     "och läs in den igen.", "gamla.xls is an older Excel file (.xls). Save it as .xlsx or CSV in Excel and import it "
     "again."),
    ("steering", _steering, "Ange ett skäl till att kvartalet låses upp; det sparas i historiken.",
     "Give a reason for unlocking the quarter; it is saved in the history."),
    ("steering meeting", _steering_meeting, "RJL har inget styrgruppsmöte den 2001-02-03.",
     "RJL has no steering group meeting on 2001-02-03."),
    ("unknown project", _unknown_project, "Det finns inget projekt med koden «XYZ». Projekt: ",
     "There is no project with the code «XYZ». Projects: "),
    ("register missing", _register_missing, "Det finns inget register i {tmp}/inget.sqlite.",
     "There is no register at {tmp}/inget.sqlite."),
    ("form saved by someone else", _form_conflict, "Någon annan har sparat projektet RJL sedan du öppnade formuläret "
     "(nu heter det «", "Someone else has saved the project RJL since you opened the form (it is now called «"),
    ("register locked", _register_locked, "Registret delat.sqlite används redan av annan på datorn annan-dator (sedan ",
     "The register delat.sqlite is already in use by annan on the computer annan-dator (since "),
]


def _message(case: Callable[[Register, Path], None], reg: Register, tmp: Path) -> str:
    with pytest.raises(USER_ERRORS) as caught:
        case(reg, tmp)
    return str(caught.value)


@pytest.mark.parametrize(("case", "swedish", "english"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_cores_refusals_follow_the_language(qtbot: QtBot, demo: Register, tmp_path: Path,
                                                 case: Callable[[Register, Path], None], swedish: str,
                                                 english: str) -> None:
    del qtbot  # the application (and so QCoreApplication.translate) exists
    swedish, english = swedish.format(tmp=tmp_path), english.format(tmp=tmp_path)
    assert i18n.install("en")
    try:
        assert _message(case, demo, tmp_path).startswith(english)
    finally:
        i18n.install("sv")
    assert _message(case, demo, tmp_path).startswith(swedish)

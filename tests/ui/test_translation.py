"""Swedish by default, English from resources/i18n; every tr() string translated and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from hallbar_desktop.paths import resources_dir
from hallbar_desktop.ui import i18n
from hallbar_desktop.ui.main_window import MainWindow
from hallbar_desktop.ui.settings import LANGUAGE
from tests.ui.conftest import column, select

TS = resources_dir() / "i18n" / "hallbar_en.ts"
QM = resources_dir() / "i18n" / "hallbar_en.qm"
UI = Path(__file__).parents[2] / "hallbar_desktop" / "ui"
UPDATE = (".venv/bin/pyside6-lupdate $(find hallbar_desktop/ui -name '*.py' | sort) -ts resources/i18n/hallbar_en.ts, "
          "translate the new strings (Qt Linguist), then .venv/bin/pyside6-lrelease resources/i18n/hallbar_en.ts")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
            for ctx in root for m in ctx.findall("message")]


def test_every_string_is_translated_and_compiled() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    live = [(c, s, t) for c, s, t in _messages(TS) if t.get("type") not in ("vanished", "obsolete")]
    assert len(live) > 200
    untranslated = [s for _c, s, t in live if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert untranslated == [], f"untranslated: {untranslated[:5]} – {UPDATE}"
    stale = [s for c, s, t in live if translator.translate(c, s) != t.text]
    assert stale == [], f"the .qm is older than the .ts – {UPDATE}"


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate not installed")
def test_the_translation_file_has_every_tr_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *map(str, sorted(UI.rglob("*.py"))), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    wanted = {(c, s) for c, s, _t in _messages(fresh)}
    have = {(c, s) for c, s, t in _messages(TS) if t.get("type") not in ("vanished", "obsolete")}
    assert wanted - have == set(), UPDATE


def test_the_window_in_english(qtbot: QtBot, window: MainWindow) -> None:
    english = window.files.set_language("en")
    assert english is not None and english is not window and not window.isVisible()
    qtbot.addWidget(english)
    assert i18n.lang() == "en" and english.settings.get(LANGUAGE) == "en"
    assert [a.text() for a in english.menuBar().actions()] == ["&File", "&Edit", "&Register", "&View",
                                                               "&Steering group"]
    assert english.tabs.tabText(0) == "Quarterly values" and english.details_dock.windowTitle() == "Details"
    select(english, "RJL", "3.1")
    model = english.grid_model
    assert model.headerData(column(english, "2022Q4"), Qt.Orientation.Horizontal) \
        == "Q4 2022"
    assert english.details.values["kind"].text() == "Percentage (%)"
    assert "Whole project" in english.navigator_model.find(("RJL",)).data(
        Qt.ItemDataRole.ToolTipRole)
    assert QCoreApplication.translate("ScorecardModel", "Senaste värde") == "Latest value"
    swedish = english.files.set_language("sv")
    assert swedish is not None
    qtbot.addWidget(swedish)
    assert swedish.menuBar().actions()[0].text() == "&Arkiv"

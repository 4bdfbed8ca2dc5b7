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
#: The window's code, and the core's texts (hallbar_desktop.texts): lupdate reads the whole package.
PACKAGE = Path(__file__).parents[2] / "hallbar_desktop"
UPDATE = (".venv/bin/pyside6-lupdate $(find hallbar_desktop -name '*.py' | sort) -ts resources/i18n/hallbar_en.ts, "
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
    subprocess.run([str(lupdate), *map(str, sorted(PACKAGE.rglob("*.py"))), "-ts", str(fresh)],
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
                                                               "&Steering group", "&Help"]
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


def test_qts_own_buttons_and_dialogs_are_swedish(qtbot: QtBot) -> None:
    """Qt's translation (qtbase_sv.qm, from PySide6's translations) is installed with Swedish."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    assert i18n.install("sv")
    box = QMessageBox(QMessageBox.Icon.Question, "Hållbar", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ja"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Nej"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Stäng"
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Titta i:", "Fil&namn:"} <= texts
    assert i18n.install("en")
    english = QMessageBox(QMessageBox.Icon.Question, "Hållbar", "?", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(english)
    assert english.button(QMessageBox.StandardButton.Yes).text() == "&Yes"


def test_qts_translation_is_found_where_a_bundle_puts_it() -> None:
    """PyInstaller's PySide6 hook puts qtbase_*.qm in PySide6/Qt/translations inside the bundle;
    i18n looks there as well as where Qt says."""
    import PySide6

    dirs = i18n.qt_translations_dirs()
    assert Path(PySide6.__file__).parent / "Qt" / "translations" in dirs
    assert any((d / "qtbase_sv.qm").exists() for d in dirs)


def test_in_english_the_cores_messages_and_the_charts_are_english(qtbot: QtBot) -> None:
    from hallbar_desktop import texts
    from hallbar_desktop.domain.errors import InvalidValue
    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.domain.values import parse_value_text

    def refusal(text: str) -> str:
        with pytest.raises(InvalidValue) as caught:
            parse_value_text(IndicatorKind.PERCENT, text)
        return str(caught.value)

    assert refusal("120") == "En andel måste ligga mellan 0 och 100 %, inte 120 %."
    assert i18n.install("en")
    assert refusal("120") == "A share must be between 0 and 100 %, not 120 %."
    assert refusal("tolv") == "“tolv” is not a number. Type for example 12,5."
    assert texts.quarter_label(2022, 3) == "Q3 2022"
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.steering import locked_message

    assert locked_message("RJL", Quarter(2022, 3)).startswith("Q3 2022 is approved by the steering group of RJL")
    i18n.install("sv")
    assert texts.translate("Values", "Värdet") == "Värdet"  # Swedish: no translator, the text itself


def test_the_charts_follow_the_language_and_the_meeting_report_stays_swedish(demo) -> None:  # type: ignore[no-untyped-def]
    from hallbar_desktop.reporting.charts import focus_area_figure, indicator_figure, scorecard_figure
    from hallbar_desktop.services.grid import project_grid
    from hallbar_desktop.texts import swedish

    with demo.reading() as session:
        grid = project_grid(session, "RJL")
    row = next(r for r in grid.rows if r.indicator.code == "3.1")

    def legend(words=None) -> list[str]:  # type: ignore[no-untyped-def]
        chart = indicator_figure(row, grid.quarters) if words is None else indicator_figure(row, grid.quarters,
                                                                                            words=words)
        return [t.get_text() for t in chart.figure.legends[0].get_texts()]

    assert "Utfall" in legend() and "Förväntat (linje mot målet)" in legend()
    assert i18n.install("en")
    try:
        assert "Actual" in legend() and "Expected (line to the target)" in legend()
        assert any(t.startswith("Target Q") for t in legend())
        area = focus_area_figure(grid, 1)
        assert "Progress toward the target" in area.figure.axes[0].get_title(loc="left")
        assert scorecard_figure(grid).figure.axes[0].get_xlabel() == "Number of indicators"
        assert "Utfall" in legend(swedish)  # the meeting report's charts are Swedish in any case
        assert scorecard_figure(grid, words=swedish).figure.axes[0].get_xlabel() == "Antal indikatorer"
    finally:
        i18n.install("sv")

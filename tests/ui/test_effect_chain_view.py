"""The Effektlogik tab: the selected project's (or focus area's) effect chain as a tree beside its
diagram; boxes, arrows and placements written through the window's state, refusals shown with the
service's message and nothing written; the diagram built in the chart renderer thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from hallbar_desktop.domain.effect_chain import ChainLevel
from hallbar_desktop.services.effect_chain import EffectChain, effect_chain
from hallbar_desktop.store.register import open_register
from hallbar_desktop.ui.effects.chain_dialogs import BoxDialog, LinkDialog, PlaceDialog
from hallbar_desktop.ui.effects.chain_view import ChainView
from hallbar_desktop.ui.effects.models import ItemRole
from hallbar_desktop.ui.main_window import MainWindow
from tests.ui.conftest import column, type_in_cell

FAILURES: list[BaseException] = []


def _with_dialog(view: Any, fill: Callable[[Any], None]) -> None:
    """Run ``fill`` on the view's form once its event loop runs (it is modal); a failing check
    closes it, so the test fails instead of waiting for a click."""
    def run() -> None:
        dialog = view.dialog
        try:
            assert dialog is not None, "no form open"
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the test
            FAILURES.append(exc)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.ask_unsaved = lambda: "discard"
                dialog.reject()

    QTimer.singleShot(0, run)


def _raise_failures() -> None:
    if FAILURES:
        exc = FAILURES.pop()
        FAILURES.clear()
        raise exc


def stored_chain(path: Path, project: str) -> EffectChain:
    """The chain as a fresh connection reads it from the file."""
    reg = open_register(path)
    try:
        with reg.reading() as s:
            return effect_chain(s, project)
    finally:
        reg.close()


class _Gate:
    """``effect_chain_figure`` wrapped: each figure built is recorded with its thread and texts."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.built: list[tuple[str, list[str]]] = []  # (thread name, the figure's texts)
        self.hold = False
        self.started, self.release = threading.Event(), threading.Event()

    def __call__(self, chain: Any, **kwargs: Any) -> Any:
        self.started.set()
        if self.hold:
            self.release.wait(10)
        figure = self.real(chain, **kwargs)
        texts = [t.get_text() for ax in figure.axes for t in ax.texts]
        self.built.append((threading.current_thread().name, texts))
        return figure

    def texts(self) -> str:
        return "\n".join(self.built[-1][1]) if self.built else ""


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Gate]:
    from hallbar_desktop.reporting import effect_chain_diagram

    gate = _Gate(effect_chain_diagram.effect_chain_figure)
    monkeypatch.setattr(effect_chain_diagram, "effect_chain_figure", gate)
    try:
        yield gate
    finally:
        gate.release.set()  # never leave the renderer thread waiting


@pytest.fixture
def view(qtbot: QtBot, window: MainWindow) -> Iterator[ChainView]:
    """The tab on a wide window: the tree and the diagram side by side."""
    window.resize(1900, 900)
    window.tabs.setCurrentWidget(window.chain_view)
    view = window.chain_view
    qtbot.waitUntil(lambda: view.chain is not None and view.wide, timeout=10_000)
    yield view


def _settled(qtbot: QtBot, view: ChainView) -> None:
    qtbot.waitUntil(lambda: view.chain is not None and not view.diagram.pending()
                    and view.diagram.chain == view.chain, timeout=20_000)


def _select_area(window: MainWindow, number: int | None) -> None:
    assert window.selection.select(focus_area=number)


def _node_texts(view: ChainView) -> list[str]:
    model, out = view.model, []

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(str(index.data()))
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return out


# --- following the window ---------------------------------------------------------------------
def test_the_view_and_its_diagram_follow_the_project_and_focus_area(
        qtbot: QtBot, window: MainWindow, view: ChainView, gate: _Gate) -> None:
    window.show_project("RJL")
    _settled(qtbot, view)
    assert view.chain is not None and view.chain.project_code == "RJL" and view.chain.focus_area_number is None
    texts = _node_texts(view)
    assert "1. Jämställd och jämlik digitalisering" in texts and "Projektövergripande" in texts
    assert any(t.startswith("E1.2  Beställningar av digitala samhällstjänster") for t in texts)
    assert any(t.startswith("▲ 1.4 ") for t in texts)  # light as symbol (and colour in the status column)
    assert "Effektkedja – RJL, hela projektet" in view.heading.text()

    window.show_project("RJH")
    _settled(qtbot, view)
    assert view.chain.project_code == "RJH" and view.diagram.chain.project_code == "RJH"
    assert "Effektkedja – Hållbar regional utveckling" in gate.texts()
    _select_area(window, 3)
    _settled(qtbot, view)
    assert view.chain.focus_area_number == 3 and {b.focus_area_number for b in view.chain.boxes} == {3}
    assert [t for t in _node_texts(view) if t.startswith(("Aktiviteter", "Resultat", "Effekter"))] \
        == ["Aktiviteter (2)", "Resultat (1)", "Effekter (1)"]  # one focus area: no lane row
    assert "Insatsområde 3." in gate.texts() and "hoppar över resultatnivån (valt)" in gate.texts()


def test_the_diagram_is_built_in_the_renderer_thread(
        qtbot: QtBot, window: MainWindow, view: ChainView, gate: _Gate) -> None:
    window.show_project("RJH")
    _settled(qtbot, view)
    shown = view.diagram.image.pixmap().cacheKey()
    gate.started.clear()
    gate.hold = True
    window.show_project("RJL")  # returns while the figure is built (held) in the renderer thread
    qtbot.waitUntil(gate.started.is_set, timeout=20_000)
    assert view.chain.project_code == "RJL" and view.diagram.pending()  # the tree has followed at once
    assert view.diagram.image.pixmap().cacheKey() == shown  # the diagram shown stays meanwhile
    assert view.has_figures() and not window.keep_loaded(collect=False)  # nothing frozen while a figure lives
    gate.release.set()
    _settled(qtbot, view)
    assert view.diagram.image.pixmap().cacheKey() != shown and "Vägar till hållbar utveckling" in gate.texts()
    assert len(gate.built) >= 2
    assert all(thread == "chart-renderer" for thread, _texts in gate.built)
    assert threading.main_thread().name not in {thread for thread, _texts in gate.built}


def test_a_value_changes_the_light_in_the_tree_and_the_diagram(
        qtbot: QtBot, window: MainWindow, view: ChainView, gate: _Gate, demo_path: Path) -> None:
    window.show_project("RJL")
    _settled(qtbot, view)
    box = view.chain.box("E3.1")
    assert box is not None and box.indicators[0].symbol == "▲"
    drawn = len(gate.built)
    window.tabs.setCurrentWidget(window.table)
    window.select_indicator("RJL", "3.1")
    row = next(i for i, r in enumerate(window.grid_model.rows()) if r.indicator.code == "3.1")
    type_in_cell(qtbot, window, row, column(window, "2022Q4"), "100")
    window.tabs.setCurrentWidget(view)
    _settled(qtbot, view)
    assert view.chain.box("E3.1").indicators[0].symbol == "●"  # type: ignore[union-attr]
    assert any(t.startswith("● 3.1 ") for t in _node_texts(view))
    assert len(gate.built) == drawn + 1 and "● 3.1" in gate.texts()


# --- writing through the view -------------------------------------------------------------------
def test_a_box_added_linked_and_given_an_indicator_is_in_the_register_and_the_diagram(
        qtbot: QtBot, window: MainWindow, view: ChainView, gate: _Gate, demo_path: Path) -> None:
    window.show_project("RJL")
    _select_area(window, 3)
    _settled(qtbot, view)
    view.tree.setCurrentIndex(view.model.level_index(3, ChainLevel.EFFECT))

    def fill_box(d: BoxDialog) -> None:
        assert d.level.currentData() == ChainLevel.EFFECT and d.area.currentData() == 3
        d.accept()  # no text: refused, the form stays
        assert "Skriv en text i rutan" in d.error.text() and d.isVisible()
        d.title.setText("Hållbarhetssäkrade medel i hela länet")
        d.accept()

    _with_dialog(view, fill_box)
    done = view.new_box()
    _raise_failures()
    assert done
    assert view.selected_box() is not None and view.selected_box().code == "E3.2"  # type: ignore[union-attr]

    view.select_box("R3.1")

    def fill_link(d: LinkDialog) -> None:
        d.target.setCurrentIndex(d.target.findData(view.chain.box("E3.2").id))  # type: ignore[union-attr]
        assert not d.skip.isEnabled()  # a result to an effect skips nothing
        d.note.setText("Kedjan fortsätter")
        d.accept()

    _with_dialog(view, fill_link)
    done = view.new_link()
    _raise_failures()
    assert done

    view.select_box("E3.2")

    def fill_place(d: PlaceDialog) -> None:
        first = d.model.candidate(0)
        assert first is not None and first.code == "3.1" and first.holder == "E3.1" and first.fits
        assert "flyttas från E3.1" in d.model.index(0, 2).data()
        d.accept()

    _with_dialog(view, fill_place)
    done = view.place_indicator()
    _raise_failures()
    assert done
    assert "3.1 är placerad i E3.2" in (view.last_message or "")

    stored = stored_chain(demo_path, "RJL")
    new = stored.box("E3.2")
    assert new is not None and new.title == "Hållbarhetssäkrade medel i hela länet" and new.focus_area_number == 3
    assert [i.code for i in new.indicators] == ["3.1"] and stored.box("E3.1").indicators == ()  # type: ignore[union-attr]
    assert any(x.source == "R3.1" and x.target == "E3.2" and x.note == "Kedjan fortsätter" for x in stored.links)
    _settled(qtbot, view)
    assert "Hållbarhetssäkrade medel i hela länet" in gate.texts() and "▲ 3.1" in gate.texts()
    assert gate.built[-1][0] == "chart-renderer"


def test_an_arrow_from_an_activity_straight_to_an_effect_is_refused_unless_chosen(
        qtbot: QtBot, window: MainWindow, view: ChainView, demo_path: Path) -> None:
    window.show_project("RJL")
    _select_area(window, 3)
    _settled(qtbot, view)
    before = stored_chain(demo_path, "RJL").links
    view.select_box("AK3.1")
    messages: list[str] = []

    def refused(d: LinkDialog) -> None:
        d.target.setCurrentIndex(d.target.findData(view.chain.box("E3.1").id))  # type: ignore[union-attr]
        assert d.skip.isEnabled() and not d.skip.isChecked() and d.skip_note.isVisible()
        d.accept()
        messages.append(d.error.text())
        assert d.isVisible()  # the form stays, with the message

    _with_dialog(view, refused)
    done = view.new_link()
    _raise_failures()
    assert not done
    assert "hoppar över resultatnivån" in messages[0] and "välj uttryckligen" in messages[0]
    assert stored_chain(demo_path, "RJL").links == before  # nothing written

    def chosen(d: LinkDialog) -> None:
        d.target.setCurrentIndex(d.target.findData(view.chain.box("E3.1").id))  # type: ignore[union-attr]
        d.skip.setChecked(True)
        d.accept()

    _with_dialog(view, chosen)
    done = view.new_link()
    _raise_failures()
    assert done
    link = next(x for x in stored_chain(demo_path, "RJL").links if (x.source, x.target) == ("AK3.1", "E3.1"))
    assert link.skips_result
    assert any(t.startswith("⇢ E3.1") for t in _node_texts(view))


def test_an_indicator_on_the_wrong_level_is_refused_with_the_service_s_words(
        qtbot: QtBot, window: MainWindow, view: ChainView, demo_path: Path) -> None:
    window.show_project("RJL")
    _select_area(window, 3)
    _settled(qtbot, view)
    view.select_box("R3.1")
    messages: list[str] = []

    def fill(d: PlaceDialog) -> None:
        assert d.choose("3.1")
        candidate = d.model.candidate(d.table.currentIndex().row())
        assert candidate is not None and not candidate.fits
        assert "hör hemma bland effekter" in d.model.index(d.table.currentIndex().row(), 2).data()
        d.accept()
        messages.append(d.error.text())

    _with_dialog(view, fill)
    done = view.place_indicator()
    _raise_failures()
    assert not done
    assert messages[0].startswith("Indikatorn 3.1 har effektlogiknivån «långsiktig effekt» och hör hemma bland "
                                  "effekter")
    assert [i.code for i in stored_chain(demo_path, "RJL").box("E3.1").indicators] == ["3.1"]  # type: ignore[union-attr]


def test_activities_are_placed_moved_and_taken_out_and_boxes_removed(
        qtbot: QtBot, window: MainWindow, view: ChainView, demo_path: Path) -> None:
    window.show_project("RJL")
    _settled(qtbot, view)
    view.select_box("AK1.2")

    def place(d: PlaceDialog) -> None:
        assert d.choose("P1")  # the project-wide activity, not placed yet
        d.accept()

    _with_dialog(view, place)
    done = view.place_activity()
    _raise_failures()
    assert done
    assert "P1" in [a.code for a in stored_chain(demo_path, "RJL").box("AK1.2").activities]  # type: ignore[union-attr]

    assert view.select_item("AK1.2", "P1")

    def move(d: Any) -> None:
        d.target.setCurrentIndex(d.target.findData(view.chain.box("AK1.1").id))  # type: ignore[union-attr]
        d.accept()

    _with_dialog(view, move)
    done = view.move_item()
    _raise_failures()
    assert done
    stored = stored_chain(demo_path, "RJL")
    assert "P1" in [a.code for a in stored.box("AK1.1").activities]  # type: ignore[union-attr]
    assert "P1" not in [a.code for a in stored.box("AK1.2").activities]  # type: ignore[union-attr]

    assert view.select_item("AK1.1", "P1") and view.remove_selected()
    assert "P1" in [a.code for a in stored_chain(demo_path, "RJL").unplaced_activities]

    view.select_box("AK1.2")
    view.confirm = lambda _text: True
    assert view.remove_selected()
    stored = stored_chain(demo_path, "RJL")
    assert stored.box("AK1.2") is None and "A1.4" in [a.code for a in stored.unplaced_activities]
    assert view.last_message == "Rutan AK1.2 är borttagen."


def test_boxes_move_within_their_level_with_the_keyboard(
        qtbot: QtBot, window: MainWindow, view: ChainView, demo_path: Path) -> None:
    window.show_project("RJL")
    _select_area(window, 1)
    _settled(qtbot, view)
    view.select_box("AK1.2")
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, modifier=Qt.KeyboardModifier.ControlModifier)
    assert [b.code for b in stored_chain(demo_path, "RJL").lane(1).boxes_of(1, ChainLevel.ACTIVITY)] \
        == ["AK1.2", "AK1.1"]
    assert view.selected_box().code == "AK1.2"  # type: ignore[union-attr]


def test_a_form_with_text_asks_before_it_is_dropped(qtbot: QtBot, window: MainWindow, view: ChainView) -> None:
    window.show_project("RJL")
    _settled(qtbot, view)
    asked: list[str] = []

    def fill(d: BoxDialog) -> None:
        d.title.setText("Något halvskrivet")
        d.ask_unsaved = lambda: asked.append("asked") or "cancel"
        d.reject()
        assert d.isVisible()  # Avbryt in the question: the form stays
        d.ask_unsaved = lambda: asked.append("asked") or "discard"
        d.reject()

    _with_dialog(view, fill)
    done = view.new_box()
    _raise_failures()
    assert not done
    assert asked == ["asked", "asked"]


def test_the_models_pass_the_model_tester(qtmodeltester: Any, window: MainWindow, view: ChainView) -> None:
    from hallbar_desktop.ui.effects.models import CandidatesModel, indicator_candidates

    window.show_project("RJL")
    qtmodeltester.check(view.model)
    node = view.model.box_index(view.chain.box("E1.1").id).data(ItemRole)  # type: ignore[union-attr]
    candidates = CandidatesModel()
    candidates.set_candidates(indicator_candidates(view.chain, node.box))  # type: ignore[arg-type]
    assert candidates.rowCount() > 0
    qtmodeltester.check(candidates)
    view.model.set_chain(None)
    qtmodeltester.check(view.model)


def test_on_a_narrow_tab_the_editor_and_the_diagram_take_turns(
        qtbot: QtBot, window: MainWindow, view: ChainView, gate: _Gate) -> None:
    window.show_project("RJL")
    _settled(qtbot, view)
    assert view.diagram.isVisible() and view.tree.isVisible() and not view.show_diagram.isVisible()
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: not view.wide and view.show_diagram.isVisible())
    assert view.tree.isVisible() and not view.diagram.isVisible()
    drawn = len(gate.built)
    window.show_project("RJH")  # the hidden diagram is not drawn...
    qtbot.waitUntil(lambda: view.chain is not None and view.chain.project_code == "RJH")
    assert len(gate.built) == drawn and view.diagram.chain.project_code == "RJL"  # type: ignore[union-attr]
    qtbot.mouseClick(view.show_diagram, Qt.MouseButton.LeftButton)
    assert view.diagram.isVisible() and not view.tree.isVisible()
    _settled(qtbot, view)  # ... until it is shown
    assert view.diagram.chain.project_code == "RJH" and "Hållbar regional utveckling" in gate.texts()

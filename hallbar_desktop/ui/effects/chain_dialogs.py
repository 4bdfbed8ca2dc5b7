"""The forms of the effect chain's editor: a box, an arrow, placing an indicator or activity in
a box, and moving one to another box.

They read what was chosen into the core's terms (``BoxFields``, a target and the explicit choice
to skip the result level, a candidate); the rules are the services'. OK hands the form to
``submit`` (the view runs the write through the window's state); a refusal comes back as the
service's Swedish message and the form stays open with it, nothing written. Cancelling a form
with something typed in it asks first (Spara / Spara inte / Avbryt): nothing typed is dropped
unasked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from hallbar_desktop.domain.effect_chain import ChainLevel, skips_result
from hallbar_desktop.services.effect_chain import ChainBox, EffectChain
from hallbar_desktop.services.effect_chain_edit import BoxFields
from hallbar_desktop.ui import labels
from hallbar_desktop.ui.effects.models import Candidate, CandidatesModel
from hallbar_desktop.ui.structure_dialogs import FormDialog

#: Answers the unsaved-text question instead of a message box in tests: 'save', 'discard', 'cancel'.
AskUnsaved = Callable[[], str]


def ask_unsaved(parent: QWidget, title: str, text: str) -> str:
    """Spara / Spara inte / Avbryt for something typed and not saved: 'save', 'discard', 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    translate = QCoreApplication.translate
    box.setInformativeText(translate("GuardedForm", "Vill du spara det?"))
    box.button(QMessageBox.StandardButton.Save).setText(translate("GuardedForm", "&Spara"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("GuardedForm", "Spara &inte"))
    box.button(QMessageBox.StandardButton.Cancel).setText(translate("GuardedForm", "Avbryt"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


class GuardedForm(FormDialog):
    """A form that asks before what is typed in it is dropped (Avbryt, Esc, closing it)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ask_unsaved: AskUnsaved | None = None
        self._loaded: Any = None
        # (the subclasses' own context would not find these: tr() looks in the object's class)
        translate = QCoreApplication.translate
        self.error.setAccessibleName(translate("GuardedForm", "Meddelande"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("GuardedForm", "&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("GuardedForm", "Avbryt"))

    def snapshot(self) -> Any:
        """What the form holds now (compared with what it was opened with)."""
        raise NotImplementedError

    def loaded(self) -> None:
        """The form is filled: what it holds now is not an unsaved change."""
        self._loaded = self.snapshot()

    def is_modified(self) -> bool:
        return self._loaded is not None and self.snapshot() != self._loaded

    def reject(self) -> None:
        if self.is_modified():
            text = QCoreApplication.translate("GuardedForm", "Det du har skrivit är inte sparat.")
            answer = self.ask_unsaved() if self.ask_unsaved is not None else ask_unsaved(self, self.windowTitle(), text)
            if answer == "cancel":
                return
            if answer == "save":
                self.accept()
                return
        super().reject()


def _lane_items(chain: EffectChain) -> list[tuple[int | None, str]]:
    return [(number, f"{number}. {name}" if number is not None else labels.project_wide())
            for number, name in chain.lanes]


class BoxDialog(GuardedForm):
    """A box: its level, focus area, text, description and (optionally) its code."""

    def __init__(self, chain: EffectChain, box: ChainBox | None = None, *, level: ChainLevel | None = None,
                 focus_area: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ändra rutan {code}").format(code=box.code) if box else self.tr("Ny ruta"), parent)
        self.box = box
        self.level = QComboBox()
        for lv in ChainLevel:
            self.level.addItem(f"{labels.chain_level(lv, singular=True)} – {labels.chain_horizon(lv)}", lv)
        self.level.setCurrentIndex(self.level.findData(box.level if box else level or ChainLevel.RESULT))
        self.area = QComboBox()
        for number, text in _lane_items(chain):
            self.area.addItem(text, number)
        wanted = box.focus_area_number if box else focus_area
        self.area.setCurrentIndex(max(0, self.area.findData(wanted)) if wanted is not None
                                  else self.area.count() - 1 if chain.lanes and chain.lanes[-1][0] is None else 0)
        self.title = QLineEdit(box.title if box else "")
        self.title.setMaxLength(300)
        self.title.setPlaceholderText(self.tr("t.ex. Företag utbildade i cirkulära affärsmodeller"))
        self.description = QPlainTextEdit(box.description if box else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.code = QLineEdit(box.code if box else "")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("görs av sig själv, t.ex. R1.2"))
        for text, widget, name in ((self.tr("&Nivå:"), self.level, self.tr("Nivå")),
                                   (self.tr("&Insatsområde:"), self.area, self.tr("Insatsområde")),
                                   (self.tr("&Text i rutan:"), self.title, self.tr("Text i rutan")),
                                   (self.tr("&Beskrivning:"), self.description, self.tr("Beskrivning")),
                                   (self.tr("&Kod:"), self.code, self.tr("Kod"))):
            widget.setAccessibleName(name)
            self.form.addRow(text, widget)
        self.resize(560, self.sizeHint().height())
        self.loaded()

    def snapshot(self) -> Any:
        return (self.level.currentData(), self.area.currentData(), self.title.text(),
                self.description.toPlainText(), self.code.text())

    def fields(self) -> BoxFields:
        return BoxFields(level=self.level.currentData(), title=self.title.text(),
                         focus_area_number=self.area.currentData(), description=self.description.toPlainText(),
                         code=self.code.text().strip())


@dataclass(frozen=True)
class LinkChoice:
    """An arrow chosen in the form: to which box, whether it skips the results (the user's
    explicit choice), its text."""

    target_id: int
    skips_result: bool
    note: str


class LinkDialog(GuardedForm):
    """An arrow from one box to another of the same chain."""

    def __init__(self, chain: EffectChain, source: ChainBox, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ny pil från {code}").format(code=source.code), parent)
        self.chain = chain
        self.source = source
        self.source_label = QLabel(f"{source.code}  {source.title}")
        self.source_label.setWordWrap(True)
        self.target = QComboBox()
        linked = {link.target_id for link in chain.links_from(source.id)}
        for b in chain.boxes_of(source.focus_area_number):
            if b.id != source.id and b.id not in linked:
                self.target.addItem(f"{b.code}  {b.title} ({labels.chain_level(b.level, singular=True).lower()})", b.id)
        following = next((i for i in range(self.target.count())
                          if self._box(self.target.itemData(i)).level.rank == source.level.rank + 1), 0)
        self.target.setCurrentIndex(following)
        self.skip = QCheckBox(self.tr("&Hoppa över resultatnivån: pilen går direkt från aktiviteten till effekten"))
        self.skip_note = QLabel()
        self.skip_note.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("valfri, t.ex. varför pilen hoppar över resultatet"))
        for text, widget, name in ((self.tr("Från:"), self.source_label, self.tr("Från ruta")),
                                   (self.tr("&Till:"), self.target, self.tr("Till ruta")),
                                   ("", self.skip, self.tr("Hoppa över resultatnivån")),
                                   ("", self.skip_note, self.tr("Om resultatnivån")),
                                   (self.tr("Pilens te&xt:"), self.note, self.tr("Pilens text"))):
            widget.setAccessibleName(name)
            self.form.addRow(text, widget)
        self.target.currentIndexChanged.connect(lambda _i: self._update_skip())
        self._update_skip()
        self.resize(600, self.sizeHint().height())
        self.loaded()

    def _box(self, box_id: int) -> ChainBox:
        found = self.chain.box(box_id)
        assert found is not None
        return found

    def target_box(self) -> ChainBox | None:
        data = self.target.currentData()
        return self.chain.box(data) if data is not None else None

    def _update_skip(self) -> None:
        """The choice to skip the results is offered only where the arrow would skip them, and is
        never made for the user."""
        target = self.target_box()
        possible = target is not None and skips_result(self.source.level, target.level)
        self.skip.setEnabled(possible)
        if not possible:
            self.skip.setChecked(False)
        self.skip_note.setText(self.tr(
            "Pilen går från en aktivitet direkt till en effekt. Effektkedjan brukar gå via ett resultat; "
            "kryssa i rutan ovan bara om ni uttryckligen väljer att hoppa över resultatnivån.") if possible else "")
        self.skip_note.setVisible(possible)

    def snapshot(self) -> Any:
        return self.target.currentData(), self.skip.isChecked(), self.note.text()

    def fields(self) -> LinkChoice | None:
        data = self.target.currentData()
        if data is None:
            from hallbar_desktop.errors import ValidationError

            raise ValidationError(self.tr("Det finns ingen annan ruta i den här kedjan att dra en pil till."))
        return LinkChoice(int(data), self.skip.isChecked(), self.note.text())


class PlaceDialog(FormDialog):
    """Choose an indicator or activity to place in a box (those that fit and are not placed first)."""

    def __init__(self, title: str, explanation: str, candidates: list[Candidate],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Placera"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.model = CandidatesModel(self)
        self.model.set_candidates(candidates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(title)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        label = QLabel(self.tr("&Välj:"))
        label.setBuddy(self.table)
        self.form.addRow(self.explanation)
        self.form.addRow(label)
        self.form.addRow(self.table)
        if candidates:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.resize(680, 420)

    def choose(self, code: str) -> bool:
        for row in range(self.model.rowCount()):
            candidate = self.model.candidate(row)
            if candidate is not None and candidate.code == code:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def fields(self) -> Candidate:
        candidate = self.model.candidate(self.table.currentIndex().row())
        if candidate is None:
            from hallbar_desktop.errors import ValidationError

            raise ValidationError(self.tr("Välj det som ska placeras i rutan."))
        return candidate


class MoveDialog(FormDialog):
    """Choose the box an indicator or activity moves to."""

    def __init__(self, title: str, boxes: list[ChainBox], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Flytta"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.target = QComboBox()
        for b in boxes:
            self.target.addItem(f"{b.code}  {b.title} ({labels.chain_level(b.level, singular=True).lower()})", b.id)
        self.target.setAccessibleName(self.tr("Till ruta"))
        label = QLabel(self.tr("&Till ruta:"))
        label.setBuddy(self.target)
        self.form.addRow(label, self.target)
        self.resize(560, self.sizeHint().height())

    def fields(self) -> int:
        data = self.target.currentData()
        if data is None:
            from hallbar_desktop.errors import ValidationError

            raise ValidationError(self.tr("Det finns ingen annan ruta att flytta till."))
        return int(data)


__all__ = ["BoxDialog", "LinkChoice", "LinkDialog", "MoveDialog", "PlaceDialog", "ask_unsaved"]

"""Dialogs to create and edit projects, focus areas and indicators.

The dialogs only read what was typed into the services' ``*Fields``; the rules (unique codes,
targets that fit kind and direction, deadlines inside the period) are the services'. The
window saves on OK through ``submit``; a refused form stays open with the message shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hallbar_desktop.domain.errors import DomainError
from hallbar_desktop.domain.kinds import Accumulation, Direction, EffectLevel, IndicatorKind
from hallbar_desktop.domain.numbers import format_number, parse_number
from hallbar_desktop.domain.quarters import Quarter, ReportingPeriodKind
from hallbar_desktop.errors import USER_ERRORS, ValidationError
from hallbar_desktop.services.projects import FocusAreaFields, IndicatorFields, ProjectFields
from hallbar_desktop.services.views import FocusAreaInfo, IndicatorInfo, ProjectInfo
from hallbar_desktop.ui import labels


def _quarter(text: str, what: str, *, required: bool = False) -> Quarter | None:
    text = text.strip()
    if not text:
        if required:
            raise ValidationError(f"{what} saknas.")
        return None
    return Quarter.parse(text)


def _number(text: str) -> float | None:
    text = text.strip()
    return parse_number(text) if text else None


def _num_text(value: float | None) -> str:
    return "" if value is None else format_number(value).replace("\u00a0", " ")


def _q_text(q: Quarter | None) -> str:
    return str(q) if q is not None else ""


class FormDialog(QDialog):
    """OK reads the form and hands it to ``submit``; a message back keeps the dialog open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit: Callable[[Any], str | None] | None = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def fields(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            fields = self.fields()
        except USER_ERRORS as exc:
            self.error.setText(str(exc))
            return
        message = self.submit(fields) if self.submit is not None else None
        if message:
            self.error.setText(message)
            return
        super().accept()


def _combo(members: list[Any]) -> QComboBox:
    box = QComboBox()
    for m in members:
        box.addItem(labels.kind(m), m)
    return box


class ProjectDialog(FormDialog):
    def __init__(self, project: ProjectInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Redigera projekt") if project else self.tr("Nytt projekt"), parent)
        self.project = project
        self.code = QLineEdit(project.code if project else "")
        self.name = QLineEdit(project.name if project else "")
        self.owner = QLineEdit(project.owner if project else "")
        self.case_number = QLineEdit(project.case_number if project else "")
        self.funder = QLineEdit(project.funder if project else "Tillväxtverket")
        self.start = QLineEdit(_q_text(project.start) if project else "")
        self.end = QLineEdit(_q_text(project.end) if project else "")
        for q in (self.start, self.end):
            q.setPlaceholderText(self.tr("t.ex. 2020Q3 eller 2020 kv 3"))
        self.period = QComboBox()
        for kind, text in ((ReportingPeriodKind.HALF_YEAR, self.tr("Halvår")),
                           (ReportingPeriodKind.YEAR, self.tr("År")),
                           (ReportingPeriodKind.QUARTER, self.tr("Kvartal"))):
            self.period.addItem(text, kind)
        if project:
            self.period.setCurrentIndex(self.period.findData(project.reporting_period))
        self.leader = QLineEdit(project.project_leader if project else "")
        self.description = QPlainTextEdit(project.description if project else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        for text, widget in ((self.tr("&Kod:"), self.code), (self.tr("&Namn:"), self.name),
                             (self.tr("&Projektägare:"), self.owner), (self.tr("&Diarienummer:"), self.case_number),
                             (self.tr("&Finansiär:"), self.funder), (self.tr("&Startkvartal:"), self.start),
                             (self.tr("S&lutkvartal:"), self.end), (self.tr("&Rapportperiod:"), self.period),
                             (self.tr("Projektl&edare:"), self.leader), (self.tr("&Beskrivning:"), self.description)):
            self.form.addRow(text, widget)
        self.resize(520, self.sizeHint().height())

    def fields(self) -> ProjectFields:
        start = _quarter(self.start.text(), "Startkvartalet", required=True)
        end = _quarter(self.end.text(), "Slutkvartalet", required=True)
        assert start is not None and end is not None
        values = dict(
            code=self.code.text(), name=self.name.text(), owner=self.owner.text().strip(),
            case_number=self.case_number.text().strip(), funder=self.funder.text().strip(),
            start=start, end=end, reporting_period=ReportingPeriodKind(self.period.currentData()),
            project_leader=self.leader.text().strip(), description=self.description.toPlainText().strip(),
        )
        p = self.project
        if p is None:
            return ProjectFields(**values)  # type: ignore[arg-type]
        from hallbar_desktop.services.projects import FundingFields

        return ProjectFields(
            call=p.call, project_leader_role=p.project_leader_role, contact_name=p.contact_name,
            thresholds=p.thresholds, example_data=p.example_data, example_note=p.example_note,
            funding=tuple(FundingFields(f.source, f.amount_sek, f.note) for f in p.funding),
            **values,  # type: ignore[arg-type]
        )


class FocusAreaDialog(FormDialog):
    def __init__(self, area: FocusAreaInfo | None = None, next_number: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Redigera insatsområde") if area else self.tr("Nytt insatsområde"), parent)
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(area.number if area else next_number)
        self.name = QLineEdit(area.name if area else "")
        self.purpose = QPlainTextEdit(area.purpose if area else "")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(90)
        self.form.addRow(self.tr("N&ummer:"), self.number)
        self.form.addRow(self.tr("&Namn:"), self.name)
        self.form.addRow(self.tr("&Syfte:"), self.purpose)
        self.resize(480, self.sizeHint().height())

    def fields(self) -> FocusAreaFields:
        return FocusAreaFields(self.number.value(), self.name.text(), self.purpose.toPlainText().strip())


class IndicatorDialog(FormDialog):
    def __init__(self, areas: list[FocusAreaInfo], indicator: IndicatorInfo | None = None,
                 focus_area_number: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Redigera indikator") if indicator else self.tr("Ny indikator"), parent)
        ind = indicator
        self.code = QLineEdit(ind.code if ind else "")
        self.name = QLineEdit(ind.name if ind else "")
        self.area = QComboBox()
        for a in areas:
            self.area.addItem(f"{a.number}. {a.name}", a.number)
        wanted = ind.focus_area_number if ind else focus_area_number
        if wanted is not None and self.area.findData(wanted) >= 0:
            self.area.setCurrentIndex(self.area.findData(wanted))
        self.kind = _combo(list(IndicatorKind))
        self.unit = QLineEdit(ind.unit if ind else "")
        self.direction = _combo(list(Direction))
        self.accumulation = _combo(list(Accumulation))
        self.level = _combo(list(EffectLevel))
        if ind:
            for box, value in ((self.kind, ind.kind), (self.direction, ind.direction),
                               (self.accumulation, ind.accumulation), (self.level, ind.effect_level)):
                box.setCurrentIndex(box.findData(value))
        else:
            self.level.setCurrentIndex(self.level.findData(EffectLevel.OUTPUT))
        self.description = QPlainTextEdit(ind.description if ind else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.data_source = QLineEdit(ind.data_source if ind else "")
        self.responsible = QLineEdit(ind.responsible if ind else "")
        self.baseline = QLineEdit(_num_text(ind.baseline) if ind else "")
        self.baseline_quarter = QLineEdit(_q_text(ind.baseline_quarter) if ind else "")
        self.target = QLineEdit(_num_text(ind.target) if ind else "")
        self.target_quarter = QLineEdit(_q_text(ind.target_quarter) if ind else "")
        self.intermediate = QLineEdit(
            "; ".join(f"{q}={_num_text(v)}" for q, v in ind.intermediate_targets) if ind else "")
        self.intermediate.setPlaceholderText(self.tr("t.ex. 2021Q4=20; 2022Q2=50"))
        self.split = QCheckBox(self.tr("Räknar personer: ange kvinnor, män och annat/ej angivet"))
        self.split.setChecked(bool(ind and ind.split_by_sex))
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Kod:"), self.code), (self.tr("&Namn:"), self.name), (self.tr("&Insatsområde:"), self.area),
            (self.tr("&Typ:"), self.kind), (self.tr("&Enhet:"), self.unit), (self.tr("&Riktning:"), self.direction),
            (self.tr("S&ummering:"), self.accumulation), (self.tr("E&ffektlogik:"), self.level),
            (self.tr("&Definition:"), self.description), (self.tr("&Datakälla:"), self.data_source),
            (self.tr("&Ansvarig:"), self.responsible), (self.tr("&Utgångsvärde:"), self.baseline),
            (self.tr("Utgångsvärdets &kvartal:"), self.baseline_quarter), (self.tr("&Målvärde:"), self.target),
            (self.tr("Må&ldatum (kvartal):"), self.target_quarter), (self.tr("Del&mål:"), self.intermediate),
            (self.tr("Per &kön:"), self.split),
        ]
        for text, widget in rows:
            self.form.addRow(text, widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, self.sizeHint().height())

    def _kind_changed(self) -> None:
        """The unit field says what fits the kind: a quantity needs one, an amount is kr/tkr/mkr."""
        hints = {
            IndicatorKind.PERCENT: self.tr("%"),
            IndicatorKind.COUNT: self.tr("t.ex. kommuner, personer, företag"),
            IndicatorKind.AMOUNT: self.tr("kr, tkr eller mkr"),
            IndicatorKind.QUANTITY: self.tr("krävs, t.ex. ton CO2e, MWh, timmar"),
            IndicatorKind.MILESTONE: self.tr("ingen enhet"),
        }
        self.unit.setPlaceholderText(hints.get(IndicatorKind(self.kind.currentData()), ""))

    def fields(self) -> IndicatorFields:
        targets = []
        for part in self.intermediate.text().replace("\n", ";").split(";"):
            if not part.strip():
                continue
            if "=" not in part:
                raise ValidationError(f"Delmålet «{part.strip()}» ska skrivas kvartal=värde, till exempel 2021Q4=20.")
            q_text, v_text = part.split("=", 1)
            q = _quarter(q_text, "Delmålets kvartal", required=True)
            v = _number(v_text)
            if q is None or v is None:
                raise ValidationError(f"Delmålet «{part.strip()}» saknar kvartal eller värde.")
            targets.append((q, v))
        try:
            baseline, target = _number(self.baseline.text()), _number(self.target.text())
        except DomainError as exc:
            raise ValidationError(str(exc)) from exc
        number = self.area.currentData()
        if number is None:
            raise ValidationError("Projektet har inget insatsområde. Skapa ett först.")
        return IndicatorFields(
            code=self.code.text(), name=self.name.text(), focus_area_number=int(number),
            kind=IndicatorKind(self.kind.currentData()), unit=self.unit.text().strip(),
            direction=Direction(self.direction.currentData()),
            accumulation=Accumulation(self.accumulation.currentData()),
            effect_level=EffectLevel(self.level.currentData()),
            description=self.description.toPlainText().strip(), data_source=self.data_source.text().strip(),
            responsible=self.responsible.text().strip(), baseline=baseline,
            baseline_quarter=_quarter(self.baseline_quarter.text(), "Utgångsvärdets kvartal"),
            target=target, target_quarter=_quarter(self.target_quarter.text(), "Måldatum"),
            split_by_sex=self.split.isChecked(), intermediate_targets=tuple(targets),
        )


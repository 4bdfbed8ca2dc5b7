"""The report's Ändringslogg in words: what was done, and the state before and after, as a
project leader reads them ("85 % («Alla utbildade»)", "Beslut 3: Klart", "Fastställt vid mötet
2022-09-08"), not the register's stored snapshots (``value=85.0, comment=…``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from hallbar_desktop.domain.kinds import IndicatorKind
from hallbar_desktop.domain.numbers import format_number
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.services.formatting import describe_snapshot

ACTIONS = {
    "set": "Värde",
    "clear": "Värde borttaget",
    "comment": "Kommentar",
    "approve": "Fastställt",
    "unlock": "Upplåst",
    "decision": "Beslut",
    "decision_edit": "Beslut ändrat",
    "meeting": "Möte",
    "meeting_edit": "Möte ändrat",
    "narrative": "Lägesbeskrivning",
    "lesson": "Lärdom",
    "chain_box": "Effektlogik: ruta",
    "chain_link": "Effektlogik: pil",
    "chain_activity": "Effektlogik: aktivitet",
    "chain_indicator": "Effektlogik: indikator",
}
SOURCES = {"window": "fönstret", "cli": "kommandoraden", "import": "Excel-import", "load": "projektfil"}
# The words for a snapshot's keys, in the order they are shown; keys not listed follow in their own order.
KEYS = {
    "number": "Nr",
    "text": "Beslut",
    "status": "Status",
    "responsible": "Ansvarig",
    "deadline": "Klart senast",
    "follow_up": "Uppföljning",
    "closed_on": "Avslutat",
    "quarter": "Kvartal",
    "meeting": "Möte",
    "held_on": "Mötesdatum",
    "place": "Plats",
    "notes": "Anteckningar",
    "attendees": "Närvarande",
    "focus_area": "Insatsområde",
    "happened": "Vad har hänt",
    "deviations": "Avvikelser från plan",
    "goal_conflicts": "Målkonflikter",
    "actions": "Föreslagna åtgärder",
    "reason": "Skäl",
    "code": "Kod",
    "level": "Nivå",
    "title": "Rubrik",
    "description": "Beskrivning",
    "activity": "Aktivitet",
    "indicator": "Indikator",
    "box": "Ruta",
    "source": "Från",
    "target": "Till",
    "skips_result": "Hoppar över resultat",
    "note": "Anteckning",
    "learned_on": "Datum",
    "learned": "Lärdom",
    "changes": "Ändring",
    "tags": "Taggar",
    "link": "Gäller",
    "example": "Exempel",
}
STATUSES = {"open": "öppet", "done": "klart", "cancelled": "avskrivet", "ongoing": "pågår"}
LEVELS = {"activity": "aktivitet", "result": "resultat", "effect": "effekt"}
LINKED = {"indicator": "indikator", "activity": "aktivitet", "meeting": "möte", "focus_area": "insatsområde",
          "box": "ruta"}


def action_words(action: str) -> str:
    return ACTIONS.get(action, action)


def source_words(source: str) -> str:
    return SOURCES.get(source, source)


def snapshot_words(raw: str | None, *, kind: IndicatorKind | None = None, unit: str = "") -> str | None:
    """One cell for an audit entry's old or new state; None where there was no state."""
    if not raw:
        return None
    data = json.loads(raw)
    if not isinstance(data, Mapping) or not data:
        return None
    if kind is not None and ("value" in data or "comment" in data):
        return describe_snapshot(kind, dict(data), unit=unit)
    parts = []
    ordered = [k for k in KEYS if k in data] + [k for k in data if k not in KEYS]
    for key in ordered:
        shown = _value_words(key, data[key])
        if shown:
            parts.append(f"{KEYS.get(key, key)}: {shown}")
    return "; ".join(parts) or None


def _value_words(key: str, value: object) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if key == "status" and isinstance(value, str):
        return STATUSES.get(value, value)
    if key == "quarter" and isinstance(value, str):
        try:
            return Quarter.parse(value).label_sv()
        except ValueError:
            return value
    if key == "level" and isinstance(value, str):
        return LEVELS.get(value, value)
    if key == "attendees" and isinstance(value, list):
        return f"{len(value)} st"
    if key == "link" and isinstance(value, list) and len(value) == 2:
        return f"{LINKED.get(str(value[0]), value[0])} {value[1]}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v is not None and v != "")
    if isinstance(value, int | float):
        return format_number(float(value))
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat() if len(value) == 10 else value
        except ValueError:
            return value
    return str(value)

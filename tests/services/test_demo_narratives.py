"""The demo never contradicts itself: every number a meeting's narrative, decision or notes (and
a value's comment) quotes agrees with the register's values for that quarter.

The texts are read for the ways Swedish reports quote an indicator: "7 av 13 kommuner" (a count
of its target), "110 av 130" (a share's numerator and denominator), "85 %", "hälften",
"8 samarbeten", "ytterligare en kommun" / "två nya samarbeten" (the change since the quarter
before), "mot planerade 9" (the expected value). Each claim is checked against the indicator of
the focus area whose unit it names; a number in a text that none of these explains (other than a
year or a date) is an error too, so a new text cannot slip an unchecked figure in."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date

import pytest

from hallbar_desktop.domain.kinds import Accumulation, IndicatorKind
from hallbar_desktop.domain.quarters import Quarter
from hallbar_desktop.domain.status import status_value
from hallbar_desktop.services.grid import GridRow, project_grid
from hallbar_desktop.services.project_file import demo_files
from hallbar_desktop.store.register import Register

WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
         "tio": 10, "elva": 11, "tolv": 12, "tretton": 13}
NUM = r"(\d+(?:,\d+)?|" + "|".join(WORDS) + r")"
SHARES = {"hälften": (45, 55), "en tredjedel": (30, 37), "två tredjedelar": (63, 70), "en fjärdedel": (22, 28),
          "tre fjärdedelar": (72, 78), "en av tre": (30, 37), "två av tre": (63, 70), "tre av fyra": (72, 78)}
ALLOWED = re.compile(r"\b(19|20)\d\d(-\d\d-\d\d)?\b|\bUO \d+\b|\b1:1\b|\bkv \d\b|\bQ\d\b", re.IGNORECASE)


def _n(text: str) -> float:
    return float(WORDS[text]) if text in WORDS else float(text.replace(",", "."))


@dataclass
class Claim:
    where: str
    quote: str
    problem: str


def _unit_row(rows: list[GridRow], word: str) -> GridRow | None:
    """The indicator whose unit the word names (kommun/kommuner, samarbete/samarbeten …)."""
    for row in rows:
        unit = row.indicator.unit.lower()
        if unit and unit != "%" and word[:6] == unit[:6]:
            return row
    return None


def _value(row: GridRow, q: Quarter, *, running: bool = True) -> float | None:
    values = {c.quarter: c.value for c in row.cells}
    if values.get(q) is None:
        return None
    if running and row.indicator.accumulation is Accumulation.FLOW:
        return status_value(row.indicator.spec, values, q)
    return values[q]


def _before(row: GridRow, q: Quarter) -> float | None:
    earlier = [c for c in row.cells if c.quarter < q and c.value is not None]
    return earlier[-1].value if earlier else None


def check_text(text: str, rows: list[GridRow], q: Quarter, where: str) -> list[Claim]:
    """Every claim in ``text`` about ``rows`` at quarter ``q`` that the register contradicts,
    and every number the text quotes that no claim explains."""
    problems: list[Claim] = []
    lowered = " ".join(text.lower().split())
    consumed: list[tuple[int, int]] = []
    shares = [r for r in rows if r.indicator.kind is IndicatorKind.PERCENT]

    def bad(m: re.Match[str], problem: str) -> None:
        problems.append(Claim(where, m.group(0), problem))

    def take(m: re.Match[str]) -> bool:
        if any(a <= m.start() < b for a, b in consumed):
            return False
        consumed.append((m.start(), m.end()))
        return True

    for words, (low, high) in SHARES.items():
        for m in re.finditer(rf"\b{words}\b", lowered):
            if not take(m):
                continue
            values = [v for r in shares if (v := _value(r, q)) is not None]
            if not any(low <= v <= high for v in values):
                bad(m, f"«{words}» men andelarna är {[round(v, 1) for v in values]}")
    for m in re.finditer(rf"\b(?:ytterligare {NUM}|{NUM} nya?|{NUM} nytt) (\w+)", lowered):
        if not take(m):
            continue
        n = _n(m.group(1) or m.group(2) or m.group(3))
        row = _unit_row(rows, m.group(4))
        if row is None:  # "en ny plan": not about an indicator
            consumed.pop()
            continue
        now = _value(row, q, running=False)
        change = now if row.indicator.accumulation is Accumulation.FLOW else \
            None if now is None else now - (_before(row, q) or 0)
        if change != n:
            bad(m, f"{row.indicator.code} ändrades med {change}")
    for m in re.finditer(rf"\b{NUM} av {NUM}(?: (\w+))?(?: (\w+))?", lowered):
        if not take(m):
            continue
        n, of = _n(m.group(1)), _n(m.group(2))
        row = _unit_row(rows, m.group(3) or "") or _unit_row(rows, m.group(4) or "")
        if row is not None:
            if _value(row, q) != n or row.indicator.target != of:
                bad(m, f"{row.indicator.code} är {_value(row, q)} av målet {row.indicator.target}")
            continue
        cells = [c.measurement for r in shares for c in r.cells if c.quarter == q and c.measurement]
        if not any(m_.numerator == n and m_.denominator == of for m_ in cells if m_):
            bad(m, f"ingen andel är {n:g} av {of:g} {q.label_sv()}")
    for m in re.finditer(r"\bdelmålet (\d+(?:,\d+)?) ?(?:%|procent)", lowered):
        if take(m) and not any(v == _n(m.group(1)) for r in rows for _q, v in r.indicator.intermediate_targets):
            bad(m, "inget sådant delmål")
    for m in re.finditer(r"\b(\d+(?:,\d+)?) ?(?:%|procent)", lowered):
        if not take(m):
            continue
        values = [v for r in shares if (v := _value(r, q)) is not None]
        if not any(abs(v - _n(m.group(1))) < 0.5 for v in values):
            bad(m, f"andelarna är {[round(v, 1) for v in values]}")
    for m in re.finditer(rf"\bplanerade {NUM}\b", lowered):
        if not take(m):
            continue
        expected = {round(c.expected) for r in rows for c in r.cells if c.quarter == q and c.expected is not None}
        if _n(m.group(1)) not in expected:
            bad(m, f"förväntat är {sorted(expected)}")
    for m in re.finditer(rf"\b{NUM} (\w+)(?: (\w+))?", lowered):
        if m.group(1) in ("en", "ett") or not take(m):
            continue  # "en kommun" is mostly an article
        row = _unit_row(rows, m.group(2)) or _unit_row(rows, m.group(3) or "")  # "två industriella symbioser"
        if row is None:
            consumed.pop()
            continue
        if _value(row, q) != _n(m.group(1)):
            bad(m, f"{row.indicator.code} är {_value(row, q)} {q.label_sv()}")
    for m in re.finditer(r"\d+(?:,\d+)?", lowered):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        if any(a.start() <= m.start() < a.end() for a in ALLOWED.finditer(lowered)):
            continue
        bad(m, "ett tal som inte går att stämma av mot registret")
    return problems


def _demo() -> list[dict]:  # type: ignore[type-arg]
    return [tomllib.loads(f.read_text(encoding="utf-8")) for f in demo_files()]


def test_the_checker_catches_what_the_issue_found(demo: Register) -> None:
    """The contradictions found by an independent check are caught (so the test can fail)."""
    with demo.reading() as s:
        grid = project_grid(s, "RJL", today=date(2023, 2, 1))
    def area(n: int) -> list[GridRow]:
        return list(grid.rows_of(n))
    assert check_text("Stödfunktioner finns nu i 11 av 13 kommuner.", area(1), Quarter(2022, 3), "t")
    assert check_text("Utbildningen har genomförts med 24 företag.", area(2), Quarter(2022, 1), "t")
    assert check_text("Hälften av medarbetarna har slutfört insatsen.", area(4), Quarter(2022, 2), "t")
    assert not check_text("Stödfunktioner finns i 8 av 13 kommuner.", area(1), Quarter(2022, 3), "t")


def test_every_number_a_demo_text_quotes_agrees_with_the_register(demo: Register) -> None:
    problems: list[Claim] = []
    with demo.reading() as s:
        grids = {d["project"]["code"]: project_grid(s, d["project"]["code"], today=date(2023, 2, 1))
                 for d in _demo()}
    for d in _demo():
        grid = grids[d["project"]["code"]]
        every = list(grid.rows)
        for meeting in d.get("meetings", []):
            q = Quarter.parse(meeting["quarter"])
            where = f"{grid.project.code} möte {meeting['date']}"
            for n in meeting.get("narratives", []):
                rows = list(grid.rows_of(n["focus_area"]))
                for key in ("happened", "deviations", "goal_conflicts", "actions"):
                    problems += check_text(n.get(key, ""), rows, q, f"{where}, insatsområde {n['focus_area']} {key}")
            problems += check_text(meeting.get("notes", ""), every, q, f"{where}, anteckningar")
            for dec in meeting.get("decisions", []):
                problems += check_text(dec["text"] + " " + dec.get("follow_up", ""), every, q, f"{where}, beslut")
        for area in d["focus_areas"]:
            for ind in area["indicators"]:
                row = next(r for r in grid.rows if r.indicator.code == ind["code"])
                for q_text, raw in (ind.get("values") or {}).items():
                    if isinstance(raw, dict) and raw.get("comment"):
                        problems += check_text(raw["comment"], [row], Quarter.parse(q_text),
                                               f"{grid.project.code} {ind['code']} {q_text}, kommentar")
    assert problems == [], "\n".join(f"{p.where}: «{p.quote}» – {p.problem}" for p in problems)


@pytest.mark.parametrize("code", ["RJL", "RJH"])
def test_the_demo_projects_have_example_case_numbers_marked_as_examples(demo: Register, code: str) -> None:
    with demo.reading() as s:
        project = project_grid(s, code).project
    assert re.fullmatch(r"Exempel: \d{8}", project.case_number), project.case_number

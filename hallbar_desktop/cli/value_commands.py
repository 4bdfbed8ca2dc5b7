"""``list``, ``show``, ``set``, ``clear`` and ``history``: reading and entering values."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from hallbar_desktop.cli.common import open_for_reading, open_for_writing, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("list", help="projekt med insatsområden och indikatorer")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="kvartalsvärden med status för ett projekt")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--focus-area", type=int, metavar="N", help="bara insatsområde N")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("set", help="ange ett värde för ett kvartal")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("indicator", metavar="INDICATOR")
    p.add_argument("quarter", metavar="QUARTER", help="t.ex. 2021Q3 eller \"2021 kv 3\"")
    p.add_argument("value", metavar="VALUE", nargs="?",
                   help="t.ex. 12,5, 85 %%, 34/40, ja eller ett datum för en milstolpe")
    p.add_argument("--comment", metavar="TEXT", help="analys: varför värdet är som det är")
    p.add_argument("--numerator", metavar="N", help="täljare (andel anges som N av D)")
    p.add_argument("--denominator", metavar="D", help="nämnare")
    p.add_argument("--women", metavar="N", help="varav kvinnor")
    p.add_argument("--men", metavar="N", help="varav män")
    p.add_argument("--other", metavar="N", help="varav annat/ej angivet")
    p.add_argument("--reached-on", metavar="YYYY-MM-DD", help="datum då milstolpen nåddes")
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("clear", help="ta bort värdet för ett kvartal")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("indicator", metavar="INDICATOR")
    p.add_argument("quarter", metavar="QUARTER")
    p.set_defaults(handler=cmd_clear)

    p = sub.add_parser("history", help="ändringsloggen för ett värde")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("indicator", metavar="INDICATOR")
    p.add_argument("quarter", metavar="QUARTER", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)


def _q(value: Any) -> str | None:
    return None if value is None else str(value)


def cmd_list(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.catalog import list_projects
    from hallbar_desktop.services.formatting import format_target

    register = open_for_reading(args)
    with register.reading() as session:
        entries = list_projects(session)
    if args.json:
        print_json([
            {
                "code": e.project.code,
                "name": e.project.name,
                "owner": e.project.owner,
                "start": str(e.project.start),
                "end": str(e.project.end),
                "example_data": e.project.example_data,
                "focus_areas": [
                    {
                        "number": fa.focus_area.number,
                        "name": fa.focus_area.name,
                        "indicators": [
                            {
                                "code": i.code,
                                "name": i.name,
                                "kind": i.kind.value,
                                "unit": i.unit,
                                "direction": i.direction.value,
                                "accumulation": i.accumulation.value,
                                "level": i.effect_level.value,
                                "baseline": i.baseline,
                                "baseline_quarter": _q(i.baseline_quarter),
                                "target": i.target,
                                "target_quarter": _q(i.target_quarter),
                                "split_by_sex": i.split_by_sex,
                            }
                            for i in fa.indicators
                        ],
                    }
                    for fa in e.focus_areas
                ],
            }
            for e in entries
        ])
        return 0
    if not entries:
        print("Registret har inga projekt. Läs in demoprojekten med «hallbar demo» "
              "eller ett eget projekt med «hallbar load FIL».")
        return 0
    for e in entries:
        p = e.project
        mark = "  [exempeldata]" if p.example_data else ""
        print(f"{p.code}  {p.name} ({p.owner}, {p.start.label_sv()} – {p.end.label_sv()}){mark}")
        for fa in e.focus_areas:
            print(f"  {fa.focus_area.number}. {fa.focus_area.name}")
            for i in fa.indicators:
                target = format_target(i.kind, i.target, i.target_quarter, unit=i.unit)
                print(f"     {i.code:<6} {i.name}  → mål {target}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.status import SYMBOL, Light
    from hallbar_desktop.services.formatting import format_progress
    from hallbar_desktop.services.grid import project_grid

    register = open_for_reading(args)
    with register.reading() as session:
        grid = project_grid(session, args.project, focus_area_number=args.focus_area)
        if args.focus_area is not None and not any(
            a.number == args.focus_area for a in grid.focus_areas
        ):
            from hallbar_desktop.services.lookup import get_focus_area, get_project

            get_focus_area(session, get_project(session, args.project), args.focus_area)
    if args.json:
        print_json(grid_json(grid, args.focus_area))
        return 0
    p = grid.project
    print(f"{p.code}  {p.name}")
    if p.example_data:
        note = p.example_note or "värdena är påhittade för demonstration."
        print(note if note.lower().startswith("exempeldata") else "Exempeldata: " + note)
    sq = grid.status_quarter
    print(f"Status per {sq.label_sv() if sq else '–'}.  "
          f"{SYMBOL[Light.GREEN]} grön  {SYMBOL[Light.YELLOW]} gul  {SYMBOL[Light.RED]} röd  "
          f"{SYMBOL[Light.GREY]} grå (värde saknas)")
    for area in grid.focus_areas:
        if args.focus_area is not None and area.number != args.focus_area:
            continue
        counts = grid.summary(area.number)
        print()
        print(f"{area.number}. {area.name}  "
              + "  ".join(f"{SYMBOL[k]} {v}" for k, v in counts.items()))
        rows = grid.rows_of(area.number)
        if not rows:
            print("  (inga indikatorer)")
            continue
        quarter_rows = []
        for row in rows:
            ind = row.indicator
            cells = []
            for cell in row.cells:
                text = "" if cell.measurement is None else _short_value(ind, cell.value)
                cells.append(f"{text} {SYMBOL[cell.status]}".strip())
            quarter_rows.append([ind.code, _clip(ind.name, 40), _unit(ind), *cells])
        print_table(["Kod", "Indikator", "Enhet", *(q.label_sv() for q in grid.quarters)], quarter_rows, left=3)
        print()
        print("Per rapportperiod (flöden summeras, nivåer visar periodens senaste värde):")
        rollup_rows = []
        for row in rows:
            ind = row.indicator
            current = row.current
            light = current.status if current is not None else Light.NONE
            rollup_rows.append([
                ind.code, _unit(ind),
                *(_short_value(ind, rc.value) for rc in row.rollups),
                _short_value(ind, row.to_date.value),
                format_progress(current.progress) if current is not None else "",
                f"{SYMBOL[light]} {light.label_sv()}" if light is not Light.NONE else "",
                row.trend.arrow,
            ])
        print_table(["Kod", "Enhet", *(p.label() for p in grid.periods), "Hela projektet", "Framsteg", "Status",
                     "Trend"], rollup_rows, left=2, text_last=2)
        for row in rows:  # judged at their own latest quarter, after the project's end
            if row.follow_up_until is not None and row.current is not None:
                print(f"{row.indicator.code} följs upp efter projektslut t.o.m. {row.follow_up_until.label_sv()} "
                      f"(status {row.current.quarter.label_sv()}).")
    return 0


def _short_value(ind: Any, value: float | None) -> str:
    from hallbar_desktop.services.formatting import format_value

    text = format_value(ind.kind, value, unit=ind.unit, compact=True)
    return text.replace("Ej uppnådd", "nej").replace("Uppnådd", "ja")


def _unit(ind: Any) -> str:
    from hallbar_desktop.domain.units import display_unit

    return display_unit(ind.kind, ind.unit)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(headers: list[str], rows: list[list[str]], *, left: int = 1, text_last: int = 0) -> None:
    """Columns as wide as their widest text (amounts never run into each other); the first
    ``left`` and the last ``text_last`` columns are text, the others numbers aligned right."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    first_text_at_end = len(headers) - text_last

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < left or i >= first_text_at_end else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    print(line(headers))
    for r in rows:
        print(line(r))


def grid_json(grid: Any, focus_area: int | None = None) -> dict[str, Any]:
    """The grid for scripts; with ``focus_area`` only that focus area (the others are not
    shown as empty, they are left out)."""
    p = grid.project
    return {
        "code": p.code,
        "name": p.name,
        "example_data": p.example_data,
        "status_quarter": _q(grid.status_quarter),
        "quarters": [str(q) for q in grid.quarters],
        "periods": [pr.code for pr in grid.periods],
        "focus_areas": [
            {
                "number": a.number,
                "name": a.name,
                "summary": {k.value: v for k, v in grid.summary(a.number).items()},
            }
            for a in grid.focus_areas
            if focus_area is None or a.number == focus_area
        ],
        "indicators": [
            {
                "code": r.indicator.code,
                "name": r.indicator.name,
                "focus_area": r.indicator.focus_area_number,
                "kind": r.indicator.kind.value,
                "unit": r.indicator.unit,
                "accumulation": r.indicator.accumulation.value,
                "status": r.current.status.value if r.current else None,
                "progress": r.current.progress if r.current else None,
                "trend": r.trend.value,
                "follow_up_until": _q(r.follow_up_until),
                "values": {
                    str(c.quarter): {
                        "value": c.value,
                        "comment": c.comment,
                        "status": c.status.value,
                        "numerator": c.measurement.numerator if c.measurement else None,
                        "denominator": c.measurement.denominator if c.measurement else None,
                        "women": c.measurement.women if c.measurement else None,
                        "men": c.measurement.men if c.measurement else None,
                        "other": c.measurement.other if c.measurement else None,
                        "reached_on": _q(c.measurement.reached_on) if c.measurement else None,
                    }
                    for c in r.cells
                },
                "rollups": {rc.period.code: rc.value for rc in r.rollups},
                "to_date": r.to_date.value,
            }
            for r in grid.rows
        ],
    }


def _number(text: str | None, what: str) -> float | None:
    if text is None:
        return None
    from hallbar_desktop.domain.errors import InvalidValue
    from hallbar_desktop.domain.numbers import parse_number

    try:
        return parse_number(text)
    except InvalidValue as exc:
        raise InvalidValue(f"{what}: {exc.message}") from exc


def cmd_set(args: argparse.Namespace) -> int:
    """Through ``entry.apply_edits``, the window's own write path: the same rules, the same audit."""
    from hallbar_desktop.domain.errors import InvalidValue
    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.entry import CellEdit, Given, apply_edits
    from hallbar_desktop.services.formatting import format_value
    from hallbar_desktop.services.lookup import get_indicator, get_project

    quarter = Quarter.parse(args.quarter)
    reached_on = None
    if args.reached_on:
        try:
            reached_on = date.fromisoformat(args.reached_on.strip())
        except ValueError:
            raise InvalidValue(
                f"«{args.reached_on}» är inget datum. Skriv till exempel 2021-05-12."
            ) from None
    numerator = _number(args.numerator, "Täljaren")
    denominator = _number(args.denominator, "Nämnaren")
    parts = {k: _number(getattr(args, k), label) for k, label in
             (("women", "Kvinnor"), ("men", "Män"), ("other", "Annat/ej angivet"))}
    if args.value is None and numerator is None and not any(v is not None for v in parts.values()):
        raise InvalidValue("Ange ett värde, till exempel 12,5 eller 85 %.")
    given = Given(numerator=numerator, denominator=denominator, reached_on=reached_on, **parts)
    register = open_for_writing(args)
    with register.transaction() as session:
        project = get_project(session, args.project)
        indicator = get_indicator(session, project, args.indicator)
        edit = CellEdit.entered(indicator.code, quarter, text=args.value, given=given, comment=args.comment)
        changed = apply_edits(session, project.code, [edit], Actor.here("cli"))
        stored = next((m for m in indicator.measurements if m.quarter == str(quarter)), None)
        shown = format_value(IndicatorKind(indicator.kind), stored.value if stored else None,
                             unit=indicator.unit, reached_on=stored.reached_on if stored else None)
        code, name = indicator.code, indicator.name
    verb = "sparat" if changed else "oförändrat"
    print(f"{project.code} {code} {quarter.label_sv()}: {shown} ({verb}) – {name}")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.entry import CellEdit, apply_edits
    from hallbar_desktop.services.lookup import get_indicator, get_project

    quarter = Quarter.parse(args.quarter)
    register = open_for_writing(args)
    with register.transaction() as session:
        project = get_project(session, args.project)
        indicator = get_indicator(session, project, args.indicator)
        removed = apply_edits(session, project.code, [CellEdit.typed(indicator.code, quarter, "")], Actor.here("cli"))
        code = indicator.code
    if removed:
        print(f"{project.code} {code} {quarter.label_sv()}: värdet är borttaget.")
    else:
        print(f"{project.code} {code} {quarter.label_sv()}: det fanns inget värde.")
    return 0


SOURCES = {"window": "fönstret", "cli": "kommandoraden", "import": "import", "load": "projektfil"}
ACTIONS = {"set": "värde", "clear": "borttaget", "comment": "kommentar"}


def cmd_history(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.kinds import IndicatorKind
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services.formatting import describe_snapshot, format_timestamp
    from hallbar_desktop.services.lookup import get_indicator, get_project
    from hallbar_desktop.services.measurements import history

    quarter = Quarter.parse(args.quarter) if args.quarter else None
    register = open_for_reading(args)
    with register.reading() as session:
        project = get_project(session, args.project)
        indicator = get_indicator(session, project, args.indicator)
        records = history(session, indicator, quarter)
        kind = IndicatorKind(indicator.kind)
        code, unit = indicator.code, indicator.unit
    if args.json:
        print_json([
            {
                "changed_at": r.changed_at.isoformat() + "Z",
                "changed_by": r.changed_by,
                "source": r.source,
                "source_detail": r.source_detail,
                "action": r.action,
                "quarter": _q(r.quarter),
                "old": r.old,
                "new": r.new,
                "reason": r.reason,
            }
            for r in records
        ])
        return 0
    where = quarter.label_sv() if quarter else "alla kvartal"
    if not records:
        print(f"{project.code} {code} {where}: inga ändringar.")
        return 0
    print(f"{project.code} {code} {where}:")
    for r in records:
        origin = SOURCES.get(r.source, r.source) + (f" ({r.source_detail})" if r.source_detail else "")
        q = f"{r.quarter.label_sv()}  " if quarter is None and r.quarter else ""
        print(f"  {format_timestamp(r.changed_at)}  {q}{r.changed_by:<12} {origin:<24} "
              f"{describe_snapshot(kind, r.old, unit=unit)} → {describe_snapshot(kind, r.new, unit=unit)}"
              + (f"  Skäl: {r.reason}" if r.reason else ""))
    return 0

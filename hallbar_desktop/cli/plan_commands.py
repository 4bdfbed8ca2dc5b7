"""``activities``, ``economy``, ``set-cost``, ``import-costs``, ``lagesrapport`` and
``ekonomisk-redovisning``: the activity plan, the economy and the payment request's documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hallbar_desktop.cli.common import open_for_reading, open_for_writing, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("activities", help="aktivitetsplanen med status (försenade markerade)",
                       description="hallbar activities PROJECT [--period P] [--json]: aktiviteterna per "
                       "insatsområde med planerad tid, status och – med --period – vad som gjorts och utfallet "
                       "under perioden. En aktivitet som inte är genomförd när dess planerade slutkvartal är "
                       "slut är försenad.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--period", metavar="PERIOD", help="status vid periodens slut och periodens rapporter, t.ex. 2022H1")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_activities)

    p = sub.add_parser("economy", help="budget, utfall, prognos och status per kostnadsslag",
                       description="hallbar economy PROJECT [--period P] [--json]: per kostnadsslag och totalt "
                       "budget, utfall hittills, andel använd mot andel av tiden, prognos till slutet och status; "
                       "finansieringen och finansiärens andel. Med --period även periodens budget och utfall.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--period", metavar="PERIOD", help="t.ex. 2022H1 (halvår), 2022 (år) eller 2022Q3")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_economy)

    p = sub.add_parser("set-cost", help="skriv in kostnaderna för ett kvartal och kostnadsslag",
                       description="hallbar set-cost PROJECT QUARTER KOSTNADSSLAG BELOPP: t.ex. "
                       "«hallbar set-cost RJH 2022Q4 resor \"12 500\"». Tom sträng tar bort beloppet. Indirekta "
                       "kostnader räknas ut som schablon och skrivs inte in.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("quarter", metavar="QUARTER")
    p.add_argument("category", metavar="KOSTNADSSLAG")
    p.add_argument("amount", metavar="BELOPP")
    p.set_defaults(handler=cmd_set_cost)

    p = sub.add_parser("import-costs", help="läs in kostnader från ekonomisystemets export (CSV eller xlsx)",
                       description="hallbar import-costs PROJECT FILE [--mapping FILE] [--dry-run]: läser en "
                       "export från Raindance, Agresso/Unit4, Visma m.fl. (semikolon eller tabb, decimalkomma). "
                       "Första gången anges kolumnerna och kontonas kostnadsslag i en mappningsfil (TOML, se "
                       "README); de sparas för projektet. Alla rader eller ingen; --dry-run visar före → efter.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--mapping", metavar="FILE", help="mappningsfil (TOML) med [columns] och [accounts]")
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras")
    p.set_defaults(handler=cmd_import_costs)

    p = sub.add_parser("lagesrapport", help="lägesrapporten för en rapportperiod som Word-dokument",
                       description="hallbar lagesrapport PROJECT --period 2022H1 OUT.docx: lägesrapporten i "
                       "Tillväxtverkets ordning (övergripande uppgifter, arbetssätt och organisation, aktiviteter, "
                       "projektets resultat, oförutsedda resultat och effekter, ekonomi) att redigera i Word.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.docx")
    p.add_argument("--period", metavar="PERIOD", help="rapportperioden, t.ex. 2022H1 (annars den senaste som är slut)")
    p.set_defaults(handler=cmd_lagesrapport)

    p = sub.add_parser("ekonomisk-redovisning", help="periodens ekonomiska redovisning som Excel-arbetsbok",
                       description="hallbar ekonomisk-redovisning PROJECT --period 2022H1 OUT.xlsx: kostnader per "
                       "kostnadsslag mot budget, finansiering som betalats in och periodens transaktioner.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--period", metavar="PERIOD", help="rapportperioden, t.ex. 2022H1 (annars den senaste som är slut)")
    p.set_defaults(handler=cmd_economy_report)


# --- helpers --------------------------------------------------------------------------------
def _kr(value: float | None) -> str:
    from hallbar_desktop.domain.numbers import format_number

    return "–" if value is None else format_number(value, 0)


def _signed(value: float | None) -> str:
    return ("+" if value is not None and value >= 0.5 else "") + _kr(value)


def _pct(value: float | None) -> str:
    from hallbar_desktop.domain.numbers import format_percent

    return "–" if value is None else format_percent(value * 100)


def _light(light: Any) -> str:
    from hallbar_desktop.domain.status import LABEL_SV, SYMBOL, Light

    return "–" if light is Light.NONE else f"{SYMBOL[light]} {LABEL_SV[light].lower()}"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _out_path(text: str, suffix: str) -> Path:
    from hallbar_desktop.errors import ValidationError

    out = Path(text)
    if out.suffix.lower() != suffix:
        raise ValidationError(f"Filen ska sluta på {suffix}, inte «{out.name}».")
    if not out.parent.is_dir():
        raise ValidationError(f"Mappen {out.parent} finns inte.")
    return out


def _latest_period(session: Any, project_code: str) -> str:
    """The latest reporting period that has ended (the first one before the project has any)."""
    from hallbar_desktop.services.activities import plan_quarter, project_periods
    from hallbar_desktop.services.lookup import get_project

    project = get_project(session, project_code)
    periods = project_periods(project)
    from hallbar_desktop.domain.quarters import Quarter

    last = plan_quarter(Quarter.parse(project.start_quarter), Quarter.parse(project.end_quarter))
    ended = [p for p in periods if last is not None and p.end <= last]
    return (ended[-1] if ended else periods[0]).code


# --- activities -----------------------------------------------------------------------------
def cmd_activities(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.activities import activity_plan
    from hallbar_desktop.services.lookup import get_project

    register = open_for_reading(args)
    with register.reading() as session:
        plan = activity_plan(session, args.project, period=args.period)
        project = get_project(session, args.project)
        example = project.example_note if project.example_data else ""
    period = args.period and next((p for p in plan.periods if p.lower() == args.period.strip().lower()), None)
    if args.json:
        print_json({
            "project": plan.project_code, "as_of": str(plan.as_of) if plan.as_of else None, "period": period,
            "counts": {s.value: n for s, n in plan.counts().items()},
            "activities": [{
                "code": a.code, "name": a.name, "description": a.description, "focus_area": a.focus_area_number,
                "planned_start": str(a.planned_start), "planned_end": str(a.planned_end),
                "responsible": a.responsible, "status": a.status.value, "status_sv": a.status_sv,
                "stored_status": a.stored_status.value, "delayed": a.delayed,
                "closed_in": str(a.closed_in) if a.closed_in else None, "indicators": list(a.indicator_codes),
                "reports": {r.period: {"done": r.done, "outcome": r.outcome} for r in a.reports},
            } for a in plan.activities],
        })
        return 0
    when = plan.as_of.label_sv() if plan.as_of else "projektets start"
    print(f"{plan.project_code}  {plan.project_name} – aktivitetsplan, status vid {when}")
    if example:
        print(example)
    if not plan.activities:
        print("Projektet har ingen aktivitetsplan. Lägg till [[activities]] i projektfilen (se db/demo/README.md).")
        return 0
    areas = [*plan.focus_areas, (None, "Projektövergripande")]
    for number, name in areas:
        acts = plan.of_focus_area(number)
        if not acts:
            continue
        print()
        print(f"{number}. {name}" if number is not None else name)
        for a in acts:
            status = a.status_sv.upper() if a.delayed else a.status_sv
            if a.status.closed and a.closed_in is not None:
                status += f" {a.closed_in.label_sv()}"
            elif a.delayed:
                status += f" (skulle vara klar {a.planned_end.label_sv()})"
            indicators = f"  [{', '.join(a.indicator_codes)}]" if a.indicator_codes else ""
            print(f"  {a.code:<6} {_cut(a.name, 52):<52} {a.planned_label():<23} {status}{indicators}")
            report = a.report(period) if period else None
            if report is not None:
                if report.done:
                    print(f"         Genomfört: {report.done}")
                if report.outcome:
                    print(f"         Utfall: {report.outcome}")
    counts = ", ".join(f"{n} {s.label_sv()}" for s, n in plan.counts().items() if n)
    print()
    print(f"Totalt {len(plan.activities)} aktiviteter: {counts}.")
    return 0


# --- economy --------------------------------------------------------------------------------
def _row_json(r: Any) -> dict[str, Any]:
    return {"category": r.category.value if r.category is not None else None, "label": r.label,
            "budget": r.budget, "outcome": r.outcome, "period_budget": r.period_budget,
            "period_outcome": r.period_outcome, "used_share": r.used_share, "time_share": r.time_share,
            "forecast": r.forecast, "forecast_deviation": r.forecast_deviation, "status": r.status.value,
            "pace": r.pace.value}


def cmd_economy(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.economy_follow_up import economy_follow_up

    register = open_for_reading(args)
    with register.reading() as session:
        f = economy_follow_up(session, args.project, period=args.period)
    if args.json:
        print_json({
            "project": f.project_code, "as_of": str(f.as_of) if f.as_of else None,
            "period": f.period.code if f.period else None, "time_share": f.time_share,
            "indirect_rate": f.indirect_rate, "reported": f.reported,
            "categories": [_row_json(r) for r in f.rows], "total": _row_json(f.total),
            "financing": [{"name": x.name, "kind": x.kind.value, "planned": x.planned,
                           "planned_period": x.planned_period, "paid_period": x.paid_period,
                           "paid_to_date": x.paid_to_date} for x in f.financing],
            "funder_share": f.funder_share.share, "funder_cap": f.funder_share.cap,
            "funder_share_ok": f.funder_share.within_cap, "checks": list(f.checks), "example_data": f.example_data,
        })
        return 0
    when = f.as_of.label_sv() if f.as_of else "projektets start"
    print(f"{f.project_code}  {f.project_name} – ekonomi till och med {when} ({_pct(f.time_share)} av projekttiden)")
    if f.example_data:
        print("Exempeldata.")
    if not f.has_budget:
        print("Projektet har ingen budget. Lägg till [budget] och [[financiers]] i projektfilen (se "
              "db/demo/README.md).")
    if f.as_of is not None and not f.reported:
        print(f"Inga kostnader är inlagda för {f.as_of.label_sv()} (grå status): läs in ekonomisystemets export "
              "med «hallbar import-costs» eller skriv in dem.")
    period_cols = f.period is not None
    head = f"{'Kostnadsslag':<36}"
    if period_cols:
        head += f"{'Budget period':>14}{'Utfall period':>14}"
    head += f"{'Budget':>13}{'Utfall':>13}{'Använt':>9}{'Prognos':>13}{'Mot budget':>13}  Status"
    print()
    print(f"Belopp i kronor. Indirekta kostnader: schablon {_pct(f.indirect_rate)} av personalkostnaderna.")
    print(head)
    for r in (*f.rows, f.total):
        line = f"{r.label:<36}"
        if period_cols:
            line += f"{_kr(r.period_budget):>14}{_kr(r.period_outcome):>14}"
        line += (f"{_kr(r.budget):>13}{_kr(r.outcome):>13}{_pct(r.used_share):>9}{_kr(r.forecast):>13}"
                 f"{_signed(r.forecast_deviation):>13}  {_light(r.status)}")
        print(line)
    if f.financing:
        print()
        print("Finansiering" + (" (beviljat, inbetalt perioden, inbetalt hittills)" if period_cols
                                else " (beviljat, inbetalt hittills)"))
        for x in f.financing:
            paid = f"{_kr(x.paid_period):>13}" if period_cols else ""
            print(f"  {_cut(x.name, 60):<60} {_kr(x.planned):>13}{paid}{_kr(x.paid_to_date):>13}  "
                  f"{x.kind.label_sv()}")
    print()
    print(f.funder_share.message_sv())
    for check in f.checks:
        print(f"OBS: {check}")
    deviations = [r for r in f.deviations() if r.category is not None and f.reported]
    if deviations:
        print("Avvikelser:")
        for r in deviations:
            print(f"  – {r.explanation_sv()}")
    return 0


def cmd_set_cost(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.economy import set_cost

    register = open_for_writing(args)
    with register.transaction() as session:
        change = set_cost(session, args.project, args.quarter, args.category, args.amount or None, Actor.here("cli"))
    label = f"{args.project}: {change.category.label_sv()} {change.quarter.label_sv()}"
    if not change.changed:
        print(f"{label}: oförändrat ({_kr(change.after)} kr).")
    elif change.after is None:
        print(f"{label}: borttaget (var {_kr(change.before)} kr).")
    else:
        print(f"{label}: {_kr(change.before)} → {_kr(change.after)} kr.")
    return 0


# --- import ---------------------------------------------------------------------------------
def _print_cost_preview(preview: Any) -> None:
    from hallbar_desktop.services.cost_import import COLUMNS_GIVEN, COLUMNS_STORED

    origin = {COLUMNS_STORED: "sparade för projektet", COLUMNS_GIVEN: "från mappningsfilen"}.get(
        preview.columns_from, "FÖRSLAG – bekräfta med --mapping")
    print(f"{preview.file_name}: {preview.describe_format_sv()}, rubrikrad {preview.header_row}")
    print(f"Kolumner ({origin}): {preview.columns.describe_sv()}")
    labels = {"new": "ny", "changed": "ändrad", "unchanged": "oförändrad"}
    for c in preview.changes:
        print(f"  {c.describe_sv():<70} {labels[c.status]:<11} ({c.rows} rader)")
    for p in preview.skipped:
        print(f"  hoppar över: {p}")
    for p in preview.errors:
        print(f"  FEL: {p}")
    if preview.accounts_to_remember:
        print("Konton som sparas för projektet: " + ", ".join(f"{a} = {c.label_sv()}"
                                                          for a, c in preview.accounts_to_remember))
    print(f"{len(preview.of('new'))} nya, {len(preview.of('changed'))} ändrade, {len(preview.of('unchanged'))} "
          f"oförändrade; {len(preview.lines)} transaktioner, {_kr(preview.total)} kr; {len(preview.errors)} fel")


def cmd_import_costs(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.cost_import import (
        apply_cost_import,
        preview_cost_import,
        read_export,
        read_mapping_file,
        refusal_message,
    )

    path = Path(args.file)
    mapping = read_mapping_file(Path(args.mapping)) if args.mapping else None
    table = read_export(path)  # a file that is no export is refused before the register is opened
    register = open_for_reading(args) if args.dry_run else open_for_writing(args)
    with register.reading() as session:
        preview = preview_cost_import(session, args.project, path, mapping=mapping, table=table)
    if args.dry_run or not preview.ok:
        _print_cost_preview(preview)
        if not preview.ok:
            if args.dry_run:
                return 1
            raise ValidationError(refusal_message(preview))
        return 0
    with register.transaction() as session:
        result = apply_cost_import(session, args.project, path, Actor.here("import", path.name), mapping=mapping,
                                   expected=preview)
    p = result.preview
    print(f"Importerade {p.file_name} till {p.project_code}: {len(p.of('new'))} nya, {len(p.of('changed'))} "
          f"ändrade, {len(p.of('unchanged'))} oförändrade ({len(p.lines)} transaktioner, {_kr(p.total)} kr).")
    if result.columns_remembered or result.accounts_remembered:
        print(f"Kolumnerna och {result.accounts_remembered} konton är sparade för {p.project_code}.")
    return 0


# --- documents ------------------------------------------------------------------------------
def cmd_lagesrapport(args: argparse.Namespace) -> int:
    from hallbar_desktop.reporting.lagesrapport import export_lagesrapport

    out = _out_path(args.out, ".docx")
    register = open_for_reading(args)
    with register.reading() as session:
        period = args.period or _latest_period(session, args.project)
        written = export_lagesrapport(session, args.project, period, out)
    print(f"Lägesrapport sparad: {written}")
    return 0


def cmd_economy_report(args: argparse.Namespace) -> int:
    from hallbar_desktop.reporting.plan_sheets import export_economy_report

    out = _out_path(args.out, ".xlsx")
    register = open_for_reading(args)
    with register.reading() as session:
        period = args.period or _latest_period(session, args.project)
        written = export_economy_report(session, args.project, period, out)
    print(f"Ekonomisk redovisning sparad: {written}")
    return 0

"""``portfolio``: every project side by side for a quarter – status counts, economy, overdue
decisions and unapproved quarters – as a table, JSON or an Excel workbook."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallbar_desktop.cli.common import open_for_reading, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "portfolio", help="alla projekt sida vid sida för ett kvartal (tabell, JSON eller Excel)",
        description="Status per projekt och insatsområde, ekonomi, försenade beslut och ej fastställda "
        "kvartal. Utan --quarter gäller det senaste avslutade kvartalet (i dag: kvartalet före det "
        "innevarande); ett projekt som slutat tidigare bedöms vid sitt sista kvartal.")
    p.add_argument("out", metavar="OUT.xlsx", nargs="?", help="skriv portföljen som Excel-arbetsbok")
    p.add_argument("--quarter", metavar="QUARTER", help="t.ex. 2022Q4 eller \"2022 kv 4\"")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_portfolio)


def cmd_portfolio(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.services.portfolio import chosen_quarter, portfolio, portfolio_json

    quarter = chosen_quarter(args.quarter)  # a malformed quarter is refused before the register is opened
    if args.out is not None and Path(args.out).suffix.lower() != ".xlsx":
        raise ValidationError(f"{args.out}: portföljen skrivs som Excel-arbetsbok; ge filen ändelsen .xlsx.")
    register = open_for_reading(args)
    with register.reading() as session:
        folio = portfolio(session, quarter)
    if args.out is not None:
        from hallbar_desktop.reporting.portfolio_sheets import export_portfolio

        out = export_portfolio(folio, Path(args.out))
        if not args.json:
            print(f"Skrev {out}")
    if args.json:
        print_json(portfolio_json(folio))
        return 0
    if args.out is None:
        print_portfolio(folio, explicit=args.quarter is not None)
    return 0


def print_portfolio(folio: object, *, explicit: bool) -> None:
    from hallbar_desktop.cli.value_commands import print_table
    from hallbar_desktop.domain.numbers import format_amount, format_percent
    from hallbar_desktop.domain.status import SYMBOL, Light
    from hallbar_desktop.services.portfolio import Portfolio

    assert isinstance(folio, Portfolio)
    why = "" if explicit else " (senaste avslutade kvartalet; välj ett annat med --quarter)"
    print(f"Portfölj – status per {folio.quarter.label_sv()}{why}")
    if not folio.projects:
        print("Registret har inga projekt som du kan se.")
        return
    print(f"{SYMBOL[Light.GREEN]} grön  {SYMBOL[Light.YELLOW]} gul  {SYMBOL[Light.RED]} röd  "
          f"{SYMBOL[Light.GREY]} grå (värde saknas)")
    print()
    rows = []
    for p in folio.projects:
        c, e = p.counts, p.economy
        if e is None:
            economy = "ingen budget"
        else:
            used = format_percent(e.used_share * 100) if e.used_share is not None else "–"
            light = f"{SYMBOL[e.status]} " if e.status is not Light.NONE else ""
            economy = f"{light}{used} av {format_amount(e.budget)}"
        rows.append([p.code, _clip(p.name, 34), p.quarter.label_sv() if p.quarter else "ej startat",
                     str(c.green), str(c.yellow), str(c.red), str(c.grey), economy,
                     str(len(p.overdue_decisions)), _quarters(p.unapproved)])
    print_table(["Kod", "Projekt", "Kvartal", SYMBOL[Light.GREEN], SYMBOL[Light.YELLOW], SYMBOL[Light.RED],
                 SYMBOL[Light.GREY], "Ekonomi", "Försenade beslut", "Ej fastställda kvartal"],
                rows, left=3, text_last=1)
    for p in folio.projects:
        print()
        print(f"{p.code}  {p.name}" + ("  [exempeldata]" if p.example_data else ""))
        width = max((len(_clip(a.name, 60)) for a in p.focus_areas), default=0)
        for a in p.focus_areas:
            c = a.counts
            print(f"  {a.number}. {_clip(a.name, 60).ljust(width)}  "
                  + "  ".join(f"{SYMBOL[light]} {c.get(light)}" for light in (Light.GREEN, Light.YELLOW,
                                                                               Light.RED, Light.GREY)))
        for d in p.overdue_decisions:
            print(f"  Beslut {d.number} ({d.owner or 'ingen ansvarig'}) skulle vara klart {d.due_on.isoformat()}: "
                  f"{_clip(d.text, 70)}")


def _quarters(quarters: tuple[object, ...]) -> str:
    if not quarters:
        return "–"
    shown = [q.label_sv() for q in quarters]  # type: ignore[attr-defined]
    return ", ".join(shown) if len(shown) <= 3 else f"{len(shown)} st ({shown[0]} … {shown[-1]})"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

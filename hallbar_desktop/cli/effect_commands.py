"""``effect-chain`` and ``chain``, ``lessons``, ``lesson-add`` and ``lesson-remove``: the effect
chain (as a diagram, text or JSON) and the learning log."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hallbar_desktop.cli.common import open_for_reading, open_for_writing, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("effect-chain", help="effektkedjan som diagram (PNG eller SVG)",
                       description="hallbar effect-chain PROJECT [--focus-area N] OUT.svg|OUT.png: aktiviteter → "
                       "resultat → effekter med indikatorernas status (färg och symbol), A4 liggande; SVG med "
                       "riktig text. «hallbar chain» skriver ut kedjan.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.svg|OUT.png", help="filen för diagrammet")
    p.add_argument("--focus-area", type=int, metavar="N", help="bara insatsområde N")
    p.add_argument("--dpi", type=int, default=200, metavar="N", help="upplösning för PNG (standard 200)")
    p.set_defaults(handler=cmd_effect_chain, json=False)

    p = sub.add_parser("chain", help="effektkedjan som text eller JSON",
                       description="hallbar chain PROJECT [--focus-area N] [--json]: rutorna per insatsområde och "
                       "nivå med indikatorernas status, aktiviteterna och pilarna; vad som inte är placerat ännu.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--focus-area", type=int, metavar="N", help="bara insatsområde N")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_effect_chain, out=None, dpi=200)

    p = sub.add_parser("lessons", help="lärdomsloggen, med sökning på text och taggar",
                       description="hallbar lessons PROJECT [--search TEXT] [--tag T] [--focus-area N] [--json]: "
                       "projektets lärdomar. Sökningen bryr sig inte om stora och små bokstäver eller om å, ä, ö "
                       "(«malkonflikt» hittar «Målkonflikter»); alla ord måste finnas. Träffar stavade som sökningen "
                       "visas först.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--search", metavar="TEXT", default="", help="ord som ska finnas i lärdomen")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tagg (kan anges flera gånger)")
    p.add_argument("--focus-area", type=int, metavar="N", help="bara insatsområde N")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_lessons)

    p = sub.add_parser("lesson-add", help="skriv en lärdom i lärdomsloggen",
                       description="hallbar lesson-add PROJECT \"Vad vi lärde oss\" [--changes TEXT] [--date "
                       "ÅÅÅÅ-MM-DD] [--focus-area N] [--tag T]... [--meeting DATUM | --activity KOD | --indicator "
                       "KOD]: en ny lärdom med nästa nummer (datum i dag om inget anges).")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("learned", metavar="LÄRDOM", help="vad ni lärde er")
    p.add_argument("--changes", default="", metavar="TEXT", help="vad det ändrar")
    p.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", help="när (standard: i dag)")
    p.add_argument("--focus-area", type=int, metavar="N", help="insatsområdet lärdomen gäller")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tagg (kan anges flera gånger)")
    link = p.add_mutually_exclusive_group()
    link.add_argument("--meeting", metavar="DATUM", help="styrgruppsmötet lärdomen hör till")
    link.add_argument("--activity", metavar="KOD", help="aktiviteten lärdomen hör till")
    link.add_argument("--indicator", metavar="KOD", help="indikatorn lärdomen hör till")
    p.add_argument("--example", action="store_true", help="markera som exempeldata")
    p.set_defaults(handler=cmd_lesson_add)

    p = sub.add_parser("lesson-remove", help="ta bort en lärdom (finns kvar i ändringsloggen)",
                       description="hallbar lesson-remove PROJECT NUMMER")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("number", type=int, metavar="NUMMER")
    p.set_defaults(handler=cmd_lesson_remove)


# --- the effect chain -------------------------------------------------------------------------
def _chain_json(chain: Any) -> dict[str, Any]:
    return {
        "project": chain.project_code, "focus_area": chain.focus_area_number,
        "status_quarter": str(chain.status_quarter) if chain.status_quarter else None,
        "boxes": [{
            "code": b.code, "level": b.level.value, "level_sv": b.level.singular_sv(), "title": b.title,
            "description": b.description, "focus_area": b.focus_area_number,
            "indicators": [{"code": i.code, "name": i.name, "light": i.light.value, "symbol": i.symbol,
                            "quarter": str(i.quarter) if i.quarter else None,
                            "follow_up_until": str(i.follow_up_until) if i.follow_up_until else None,
                            "level_note": i.level_note} for i in b.indicators],
            "activities": [{"code": a.code, "name": a.name, "status": a.status.value} for a in b.activities],
        } for b in chain.boxes],
        "links": [{"from": x.source, "to": x.target, "skips_result": x.skips_result, "note": x.note}
                  for x in chain.links],
        "unplaced_indicators": [i.code for i in chain.unplaced_indicators],
        "unplaced_activities": [a.code for a in chain.unplaced_activities],
        "notes": list(chain.notes),
    }


def _print_chain(chain: Any) -> None:
    from hallbar_desktop.domain.effect_chain import ChainLevel

    when = chain.status_quarter.label_sv() if chain.status_quarter else "–"
    print(f"{chain.project_code}  {chain.project_name} – effektkedja, status {when}"
          + (" (exempeldata)" if chain.example_data else ""))
    if chain.is_empty:
        print("Ingen effektkedja är upplagd. Lägg till [[effect_chain]] i projektfilen (se db/demo/README.md).")
    for number, name in chain.lanes_in_use():
        print()
        print(f"{number}. {name}" if number is not None else name)
        for level in ChainLevel:
            for b in chain.boxes_of(number, level):
                print(f"  {b.level.singular_sv():<10} {b.code:<7} {b.title}")
                if b.indicators:
                    print("             indikatorer: " + "  ".join(
                        f"{i.symbol} {i.code}".strip() + (f" (följs upp t.o.m. {i.follow_up_until.label_sv()})"
                                                          if i.follow_up_until else "") for i in b.indicators))
                if b.activities:
                    print("             aktiviteter: " + ", ".join(f"{a.code} ({a.status_sv})" for a in b.activities))
                for x in chain.links_from(b.id):
                    skip = " – hoppar över resultatnivån (valt)" if x.skips_result else ""
                    note = f": {x.note}" if x.note else ""
                    print(f"             → {x.target}{skip}{note}")
    if chain.unplaced_indicators or chain.unplaced_activities:
        print()
        print("Inte placerade i kedjan: " + ", ".join(
            [f"indikator {i.code}" for i in chain.unplaced_indicators]
            + [f"aktivitet {a.code}" for a in chain.unplaced_activities]))
    for note in chain.notes:
        print(f"Obs: {note}")


def cmd_effect_chain(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.services.effect_chain import effect_chain

    out = Path(args.out) if args.out else None
    if out is not None:
        if out.suffix.lower() not in (".png", ".svg"):
            raise ValidationError(f"Filen ska sluta på .png eller .svg, inte «{out.name}».")
        if not out.parent.is_dir():
            raise ValidationError(f"Mappen {out.parent} finns inte.")
    if not 50 <= args.dpi <= 600:
        raise ValidationError("Upplösningen ska vara mellan 50 och 600 dpi.")
    register = open_for_reading(args)
    with register.reading() as session:
        chain = effect_chain(session, args.project, focus_area_number=args.focus_area)
    if out is not None:
        from hallbar_desktop.reporting.effect_chain_diagram import save_effect_chain

        save_effect_chain(chain, out, dpi=args.dpi)
        placed = len(chain.indicator_codes())
        print(f"Effektkedjan sparad: {out} ({len(chain.boxes)} rutor, {len(chain.links)} pilar, {placed} indikatorer)")
        return 0
    if args.json:
        print_json(_chain_json(chain))
        return 0
    _print_chain(chain)
    return 0


# --- the learning log -------------------------------------------------------------------------
def _lesson_json(x: Any) -> dict[str, Any]:
    return {"number": x.number, "date": x.learned_on.isoformat(), "focus_area": x.focus_area_number,
            "learned": x.learned, "changes": x.changes, "tags": list(x.tags),
            "link": {"kind": x.link.kind, "key": x.link.key, "label": x.link.label} if x.link else None,
            "example": x.example_data, "written_by": x.written_by}


def cmd_lessons(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.lessons import search_lessons

    register = open_for_reading(args)
    with register.reading() as session:
        found = search_lessons(session, args.project, args.search, tags=tuple(args.tag),
                               focus_area_number=args.focus_area)
    if args.json:
        print_json({"project": found.project_code, "search": found.text, "tags": list(found.tags),
                    "total": found.total, "lessons": [_lesson_json(x) for x in found.lessons]})
        return 0
    filtered = bool(found.text.strip() or found.tags or args.focus_area is not None)
    head = f"{found.project_code} – lärdomar"
    if filtered:
        head += f": {len(found.lessons)} av {found.total}"
    print(head)
    if not found.lessons:
        print("Inga lärdomar hittades." if filtered else
              "Inga lärdomar ännu. Skriv en med «hallbar lesson-add PROJEKT \"…\"».")
        return 0
    for x in found.lessons:
        print()
        area = f"insatsområde {x.focus_area_number}" if x.focus_area_number is not None else "hela projektet"
        print(f"{x.title} – {area}" + (f" – {x.link.label}" if x.link else ""))
        print(f"  Lärdom: {x.learned}")
        if x.changes:
            print(f"  Ändrar: {x.changes}")
        if x.tags:
            print(f"  Taggar: {', '.join(x.tags)}")
    return 0


def cmd_lesson_add(args: argparse.Namespace) -> int:
    from datetime import date

    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lessons import LessonFields, add_lesson

    fields = LessonFields(
        learned_on=args.date or date.today(), learned=args.learned, changes=args.changes,
        focus_area_number=args.focus_area, tags=tuple(args.tag), meeting=args.meeting,
        activity_code=args.activity, indicator_code=args.indicator, example_data=args.example)
    register = open_for_writing(args)
    with register.transaction() as session:
        lesson = add_lesson(session, args.project, fields, Actor.here("cli"))
    print(f"Sparad: {lesson.title}" + (f", {lesson.link.label}" if lesson.link else ""))
    return 0


def cmd_lesson_remove(args: argparse.Namespace) -> int:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.lessons import delete_lesson

    register = open_for_writing(args)
    with register.transaction() as session:
        delete_lesson(session, args.project, args.number, Actor.here("cli"))
    print(f"Lärdom {args.number} borttagen (den finns kvar i ändringsloggen).")
    return 0

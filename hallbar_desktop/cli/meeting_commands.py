"""``meetings``, ``readiness``, ``approve`` and ``unlock``: the steering group from a script."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from hallbar_desktop.cli.common import open_for_reading, open_for_writing, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("meetings", help="styrgruppens möten, berättelser och beslut för ett projekt")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_meetings)

    p = sub.add_parser("readiness", help="vad som saknas inför ett styrgruppsmöte")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("quarter", metavar="QUARTER", nargs="?", help="kvartalet som följs upp")
    p.add_argument("--meeting", metavar="YYYY-MM-DD", help="mötet (annars det senaste)")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_readiness)

    p = sub.add_parser("approve", help="fastställ ett kvartal (dess värden låses)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("quarter", metavar="QUARTER")
    p.add_argument("--meeting", metavar="YYYY-MM-DD", required=True, help="mötet som fastställer")
    p.set_defaults(handler=cmd_approve)

    p = sub.add_parser("unlock", help="lås upp ett fastställt kvartal (skälet sparas i historiken)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("quarter", metavar="QUARTER")
    p.add_argument("--reason", metavar="TEXT", required=True, help="varför kvartalet låses upp")
    p.set_defaults(handler=cmd_unlock)


def parse_day(text: str) -> date:
    from hallbar_desktop.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"«{text}» är inget datum. Skriv till exempel 2022-09-08.") from None


def _d(day: date | None) -> str | None:
    return day.isoformat() if day else None


def cmd_meetings(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import steering

    register = open_for_reading(args)
    with register.reading() as session:
        meetings = steering.list_meetings(session, args.project)
        decisions = steering.list_decisions(session, args.project)
        approvals = steering.approved_quarters(session, args.project)
    if args.json:
        data: dict[str, Any] = {
            "project": args.project,
            "meetings": [{
                "date": m.held_on.isoformat(),
                "quarter": str(m.quarter),
                "place": m.place,
                "notes": m.notes,
                "attendees": [{"name": a.member.name, "role": a.member.role,
                               "organisation": a.member.organisation,
                               "substitute": a.member.substitute if a.as_substitute else None}
                              for a in m.attendees],
                "narratives": [{"focus_area": n.focus_area_number, "happened": n.text.happened,
                                "deviations": n.text.deviations, "goal_conflicts": n.text.goal_conflicts,
                                "actions": n.text.actions} for n in m.narratives],
                "decisions": [d.number for d in m.decisions],
                "approved": [str(q) for q in m.approved],
            } for m in meetings],
            "decisions": [{
                "number": d.number, "meeting": d.meeting_date.isoformat(), "text": d.text,
                "owner": d.owner, "due": _d(d.due_on), "status": d.status, "follow_up": d.follow_up,
                "closed": _d(d.closed_on),
            } for d in decisions],
            "approved_quarters": [{"quarter": str(q), "meeting": _d(a.meeting_date),
                                   "approved_by": a.approved_by} for q, a in sorted(approvals.items())],
        }
        print_json(data)
        return 0
    if not meetings:
        print(f"{args.project}: inga styrgruppsmöten.")
    for m in meetings:
        approved = f", fastställde {', '.join(q.label_sv() for q in m.approved)}" if m.approved else ""
        print(f"{m.held_on.isoformat()}  följer upp {m.quarter.label_sv()}{approved}"
              + (f"  ({m.place})" if m.place else ""))
        if m.attendees:
            print("  Närvarande: " + ", ".join(a.label for a in m.attendees))
        for n in m.narratives:
            print(f"  {n.focus_area_number}. {n.focus_area_name}")
            for label, text in (("Hänt", n.text.happened), ("Avvikelser", n.text.deviations),
                                ("Målkonflikter", n.text.goal_conflicts), ("Åtgärder", n.text.actions)):
                if text:
                    print(f"     {label}: {text}")
    if decisions:
        print("Beslut:")
    for d in decisions:
        due = f", klart {d.due_on.isoformat()}" if d.due_on else ""
        owner = f" ({d.owner}{due})" if d.owner or due else ""
        print(f"  {d.number}. [{d.status_sv}] {d.text}{owner}")
        if d.follow_up:
            print(f"     Uppföljning: {d.follow_up}")
    return 0


def cmd_readiness(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import steering

    held_on = parse_day(args.meeting) if args.meeting else None
    register = open_for_reading(args)
    with register.reading() as session:
        items = steering.readiness(session, args.project, args.quarter, held_on=held_on)
    if args.json:
        print_json([{"kind": i.kind, "text": i.text, "indicator": i.indicator_code,
                     "quarter": str(i.quarter) if i.quarter else None, "focus_area": i.focus_area_number,
                     "decision": i.decision_number, "activity": i.activity_code,
                     "cost_category": i.cost_category} for i in items])
        return 0
    if not items:
        print("Allt är klart inför mötet.")
    kind = None
    for item in items:
        if item.kind != kind:
            kind = item.kind
            count = sum(1 for i in items if i.kind == kind)
            print(f"{steering.READINESS_HEADINGS_SV[kind]} ({count}):")
        print(f"  – {item.text}")
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import steering
    from hallbar_desktop.services.actor import Actor

    held_on = parse_day(args.meeting)
    register = open_for_writing(args)
    with register.transaction() as session:
        info = steering.approve_quarter(session, args.project, args.quarter, held_on, Actor.here("cli"))
    print(f"{args.project}: {info.quarter.label_sv()} fastställt vid mötet {held_on.isoformat()}; "
          "värdena är låsta.")
    return 0


def cmd_unlock(args: argparse.Namespace) -> int:
    from hallbar_desktop.domain.quarters import Quarter
    from hallbar_desktop.services import steering
    from hallbar_desktop.services.actor import Actor

    quarter = Quarter.parse(args.quarter)
    register = open_for_writing(args)
    with register.transaction() as session:
        steering.unlock_quarter(session, args.project, quarter, args.reason, Actor.here("cli"))
    print(f"{args.project}: {quarter.label_sv()} är upplåst. Skälet är sparat i historiken.")
    return 0

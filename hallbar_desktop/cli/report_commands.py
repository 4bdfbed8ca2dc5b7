"""``report``: the steering group's meeting report as a printable A4 PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from hallbar_desktop.cli.common import open_for_reading


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="mötesrapport (PDF) för ett styrgruppsmöte",
                       description="hallbar report PROJECT [--meeting ÅÅÅÅ-MM-DD] OUT.pdf: mötets kvartal, "
                       "status per insatsområde, berättelser och beslut som en utskrivbar A4-PDF. "
                       "Utan --meeting det senaste mötet.")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--meeting", metavar="ÅÅÅÅ-MM-DD", help="mötets datum (annars det senaste mötet)")
    p.set_defaults(handler=cmd_report)


def _day(text: str) -> date:
    from hallbar_desktop.errors import ValidationError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"«{text}» är inget datum. Skriv till exempel 2022-09-08.") from None


def cmd_report(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.reporting.meeting_report import write_meeting_report

    held_on = _day(args.meeting) if args.meeting is not None else None
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"Filen ska sluta på .pdf, inte «{out.name}».")
    register = open_for_reading(args)
    with register.reading() as session:
        written = write_meeting_report(session, args.project, out, held_on=held_on)
    print(f"Mötesrapport sparad: {written}")
    return 0

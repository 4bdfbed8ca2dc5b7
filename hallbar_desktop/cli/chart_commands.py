"""``chart``: an indicator's or a focus area's chart as PNG (300 dpi) or SVG."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallbar_desktop.cli.common import open_for_reading


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("chart", help="spara ett diagram som PNG eller SVG",
                       description="hallbar chart PROJECT INDICATOR OUT.png|OUT.svg, eller "
                       "hallbar chart PROJECT --focus-area N OUT.png|OUT.svg, eller "
                       "hallbar chart PROJECT --scorecard OUT.png|OUT.svg")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("targets", nargs="+", metavar="INDICATOR OUT", help="indikatorns kod och filen")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--focus-area", type=int, metavar="N", help="översikt över insatsområde N")
    group.add_argument("--scorecard", action="store_true", help="projektets status per insatsområde")
    p.set_defaults(handler=cmd_chart)


def cmd_chart(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.reporting import charts
    from hallbar_desktop.services.grid import project_grid
    from hallbar_desktop.services.lookup import get_focus_area, get_indicator, get_project

    whole = args.focus_area is not None or args.scorecard
    if whole and len(args.targets) != 1:
        raise ValidationError("Ange bara filen efter --focus-area eller --scorecard.")
    if not whole and len(args.targets) != 2:
        raise ValidationError("Ange indikatorns kod och filen, till exempel: hallbar chart RJL 3.1 diagram.png")
    out = Path(args.targets[-1])
    if out.suffix.lower() not in (".png", ".svg"):
        raise ValidationError(f"Filen ska sluta på .png eller .svg, inte «{out.name}».")
    register = open_for_reading(args)
    with register.reading() as session:
        project = get_project(session, args.project)
        grid = project_grid(session, project.code)
        if args.scorecard:
            figure = charts.scorecard_figure(grid).figure
        elif args.focus_area is not None:
            get_focus_area(session, project, args.focus_area)
            figure = charts.focus_area_figure(grid, args.focus_area).figure
        else:
            code = get_indicator(session, project, args.targets[0]).code
            row = next(r for r in grid.rows if r.indicator.code == code)
            figure = charts.indicator_figure(row, grid.quarters, approved=grid.approved).figure
    charts.save_figure(figure, out)
    print(f"Diagram sparat: {out}")
    return 0

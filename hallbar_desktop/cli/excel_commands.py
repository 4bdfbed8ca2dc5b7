"""``export-excel``, ``export-template`` and ``import-excel``: Excel in and out of the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallbar_desktop.cli.common import open_for_reading, open_for_writing


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export-excel", help="rapportarbetsbok (Excel) för ett projekt")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.xlsx")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--period", metavar="PERIOD", help="t.ex. 2022H1")
    g.add_argument("--until", metavar="QUARTER", help="t.ex. 2022Q4")
    p.set_defaults(handler=cmd_export_excel)

    p = sub.add_parser("export-template", help="inmatningsmall (Excel) för ett kvartal")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--quarter", required=True, metavar="QUARTER")
    p.add_argument("--focus-area", type=int, metavar="N")
    p.set_defaults(handler=cmd_export_template)

    p = sub.add_parser("import-excel", help="läs in värden från en ifylld mall eller ett Data-blad")
    p.add_argument("file", metavar="IN.xlsx")
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle ändras")
    p.set_defaults(handler=cmd_import_excel)


def cmd_export_excel(args: argparse.Namespace) -> int:
    from hallbar_desktop.reporting.excel_report import export_report

    register = open_for_reading(args)
    with register.reading() as session:
        out = export_report(session, args.project, Path(args.out), period=args.period, until=args.until)
    print(f"Skrev {out}")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    from hallbar_desktop.reporting.excel_template import export_template

    register = open_for_reading(args)
    with register.reading() as session:
        out = export_template(session, args.project, args.quarter, Path(args.out), focus_area=args.focus_area)
    print(f"Skrev {out}")
    return 0


def _print_preview(preview: object) -> None:
    from hallbar_desktop.services.excel_import import ImportPreview

    assert isinstance(preview, ImportPreview)
    labels = {"new": "nytt", "changed": "ändrat", "unchanged": "oförändrat", "error": "FEL"}
    for r in preview.rows:
        if r.status == "changed":
            detail = f"{r.old} → {r.new}"
        elif r.status == "error":
            detail = r.reason
        else:
            detail = r.new
        print(f"rad {r.row:>4}  {r.code:<6} {r.quarter_label:<9} {labels[r.status]:<11} {detail}")
    print(f"{len(preview.of('new'))} nya, {len(preview.of('changed'))} ändrade, "
          f"{len(preview.of('unchanged'))} oförändrade, {len(preview.errors)} fel")


def cmd_import_excel(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ValidationError
    from hallbar_desktop.services.excel_import import ImportFileError, apply_import, preview_import
    from hallbar_desktop.services.input_files import check_regular_file

    path = Path(args.file)
    check_regular_file(path, ImportFileError)  # before the lock: a FIFO would block with it held
    register = open_for_reading(args) if args.dry_run else open_for_writing(args)
    if args.dry_run:
        with register.reading() as session:
            preview = preview_import(session, path)
        _print_preview(preview)
        return 1 if preview.errors else 0
    with register.reading() as session:
        preview = preview_import(session, path)
    if preview.errors:
        _print_preview(preview)
        raise ValidationError(f"Inget importerades från {path.name}: {len(preview.errors)} rader har fel.")
    with register.transaction() as session:
        done = apply_import(session, path, preview=preview)  # its rows, without reading the file again
    print(f"Importerade {path.name}: {len(done.of('new'))} nya, {len(done.of('changed'))} ändrade, "
          f"{len(done.of('unchanged'))} oförändrade.")
    return 0

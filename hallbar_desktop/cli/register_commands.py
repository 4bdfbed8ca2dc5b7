"""``init``, ``demo``, ``load`` and ``backup``: creating, filling and copying a register."""

from __future__ import annotations

import argparse
from pathlib import Path

from hallbar_desktop.cli.common import open_for_writing


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="skapa ett tomt register (eller uppdatera ett befintligt)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="läs in demoregistret med de två exempelprojekten")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("load", help="läs in eller uppdatera ett projekt från en projektfil (TOML)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.set_defaults(handler=cmd_load)

    p = sub.add_parser("backup", help="gör en säkerhetskopia av registret")
    p.add_argument("dest", metavar="DEST", type=Path, help="fil eller mapp för kopian")
    p.set_defaults(handler=cmd_backup)


def cmd_init(args: argparse.Namespace) -> int:
    register = open_for_writing(args, create=True)
    print(f"Registret är klart: {register.display_name()}")
    return 0


def load_files(args: argparse.Namespace, files: list[Path]) -> int:
    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import load_project

    register = open_for_writing(args)
    with register.transaction() as session:
        results = [load_project(session, f, Actor.here("load", f.name)) for f in files]
    for r in results:
        verb = "skapat" if r.created else "uppdaterat"
        print(
            f"{r.project_code}: {verb} – {r.focus_areas} insatsområden, {r.indicators} "
            f"indikatorer, {r.values} värden ({r.values_changed} ändrade)"
        )
    print(f"Register: {register.display_name()}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ProjectFileError
    from hallbar_desktop.services.project_file import demo_files

    files = demo_files()
    if not files:
        raise ProjectFileError("Demodata saknas i installationen (db/demo/*.toml).")
    return load_files(args, files)


def cmd_load(args: argparse.Namespace) -> int:
    from hallbar_desktop.errors import ProjectFileError
    from hallbar_desktop.services.input_files import check_regular_file

    check_regular_file(args.file, ProjectFileError)  # before the lock: a FIFO would block with it held
    return load_files(args, [args.file])


def cmd_backup(args: argparse.Namespace) -> int:
    """A copy through SQLite's backup API, read without the write lock: it works while the
    window has the register open, and from a read-only share."""
    from hallbar_desktop.errors import RegisterError
    from hallbar_desktop.store.backup import backup_sqlite
    from hallbar_desktop.store.engine import resolve_location
    from hallbar_desktop.store.register import check_register_file

    location = resolve_location(getattr(args, "db", None))
    if location.path is None:
        raise RegisterError(
            "Säkerhetskopior med «hallbar backup» gäller registerfiler (SQLite). "
            "Ett register på en PostgreSQL-server säkerhetskopieras med serverns verktyg (pg_dump)."
        )
    check_register_file(location.path)
    dest = backup_sqlite(location.path, args.dest)
    print(f"Säkerhetskopia sparad: {dest}")
    return 0

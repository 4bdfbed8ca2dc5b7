"""Composition root of the window application: settings, register, migrations, QApplication."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hallbar-desktop", description="Hållbar Desktop")
    parser.add_argument("--db", metavar="PATH", help="registerfil eller postgresql://-adress")
    parser.add_argument("--demo", action="store_true",
                        help="öppna demoregistret med de två exempelprojekten")
    parser.add_argument("--lang", choices=("sv", "en"),
                        help="gränssnittets språk (sparas som inställning)")
    return parser.parse_args(argv)


def prepare_register(db: str | None, demo: bool):  # type: ignore[no-untyped-def]
    """Open the register (the demo register with --demo), loading the demo projects if missing."""
    from hallbar_desktop import paths
    from hallbar_desktop.store.register import open_register

    if demo and db is None:
        db = str(paths.demo_register_path())
    register = open_register(db)
    if demo:
        ensure_demo(register)
    return register


def ensure_demo(register) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from hallbar_desktop.services.actor import Actor
    from hallbar_desktop.services.project_file import demo_files, load_project, read_file
    from hallbar_desktop.store.models import Project

    with register.transaction() as session:
        have = set(session.scalars(select(Project.code)))
        for path in demo_files():
            code = read_file(path)["project"]["code"]
            if code not in have:
                load_project(session, Path(path), Actor.here("load", path.name))


def choose_register(args: argparse.Namespace, last: str) -> tuple[str | None, bool]:
    """Which register to open: --db, else --demo, else the last one opened, else the default."""
    if args.db or args.demo:
        return args.db, args.demo
    if last and Path(last).exists():
        return last, False
    return None, False


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hallbar_desktop import APP_NAME
    from hallbar_desktop.errors import USER_ERRORS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Hallbar")
    from PySide6.QtGui import QIcon

    from hallbar_desktop.paths import resources_dir
    from hallbar_desktop.ui import i18n
    from hallbar_desktop.ui.settings import LAST_REGISTER, Settings

    QApplication.setWindowIcon(QIcon(str(resources_dir() / "icons" / "hallbar.png")))
    settings = Settings()
    if args.lang:
        from hallbar_desktop.ui.settings import LANGUAGE

        settings.set(LANGUAGE, args.lang)
    i18n.install(settings.language)
    db, demo = choose_register(args, settings.get(LAST_REGISTER))
    try:
        register = prepare_register(db, demo)
    except USER_ERRORS as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if register.location.path is not None:
        settings.remember_register(register.location.path)
    from hallbar_desktop.ui.main_window import MainWindow

    window = MainWindow(register, settings)
    window.show()
    if os.environ.get("HALLBAR_STARTUP_PROBE"):
        from hallbar_desktop.ui import startup_probe

        startup_probe.install(window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

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


def choose_register(args: argparse.Namespace, last: str) -> tuple[str | None, bool]:
    """Which register to open: --db, else --demo, else the last one opened, else the default."""
    if args.db or args.demo:
        return args.db, args.demo
    if last and Path(last).exists():
        return last, False
    return None, False


#: The Qt-free modules the window needs before its first paint. The ORM is not among them: the
#: first frame is read with plain queries (``store.tables``) and the ORM loads after it paints.
CORE_MODULES = (
    "sqlalchemy.dialects.sqlite.pysqlite",
    "hallbar_desktop.store.register",
    "hallbar_desktop.services.catalog",
    "hallbar_desktop.services.entry",
    "hallbar_desktop.services.changes",
    "hallbar_desktop.services.operations",
    "hallbar_desktop.services.grid",
    "hallbar_desktop.services.formatting",
    "hallbar_desktop.services.views",
    "hallbar_desktop.services.scorecard",
    "hallbar_desktop.services.lookup",
)


def import_core() -> None:
    """Import the core before PySide6: PySide6's import hook reads the source of every module
    imported after it (for its ``__feature__`` switches), which for SQLAlchemy's hundreds of
    modules is a good part of the start-up time."""
    import importlib

    for name in CORE_MODULES:
        importlib.import_module(name)


def main(argv: Sequence[str] | None = None) -> int:
    import gc

    # The collector waits until the window is up: start-up builds some 150,000 objects (the
    # libraries' code), and collecting while they are made costs about 80 ms of the first second.
    # They live as long as the program, so they are then frozen out of its way (``memory``).
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    import gc

    args = parse_args(argv)
    import_core()
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
    from hallbar_desktop.store.backups import KEEP_ENV_VAR
    from hallbar_desktop.ui.settings import BACKUP_KEEP, apply_backup_setting

    if not os.environ.get(KEEP_ENV_VAR):  # the environment, where set, wins (an administrator's choice)
        apply_backup_setting(settings.get(BACKUP_KEEP))
    db, demo = choose_register(args, settings.get(LAST_REGISTER))
    from hallbar_desktop.ui.window.opening import prepare_register

    try:
        register = prepare_register(db, demo)
    except USER_ERRORS as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if register is None:  # the user was told why and chose not to go on
        return 1
    if register.location.path is not None:
        settings.remember_register(register.location.path)
    from hallbar_desktop.memory import keep_long_lived
    from hallbar_desktop.ui.main_window import MainWindow

    keep_long_lived(collect=False)  # the libraries and the open register, before any worker starts
    window = MainWindow(register, settings)
    window.show_first()
    window.keep_loaded(collect=False)  # a small register's catalogue and grid (not while one is read)
    gc.enable()
    if os.environ.get("HALLBAR_STARTUP_PROBE"):
        from hallbar_desktop.ui import startup_probe

        startup_probe.install(window)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

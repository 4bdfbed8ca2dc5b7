"""The ``hallbar`` command: the register from a terminal or a script, without Qt.

Every command opens the register, runs one transaction and prints. A mistake by the user is
one line on stderr and exit status 1, never a traceback, and nothing is written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import NoReturn

from hallbar_desktop import __version__

EXIT_USER_ERROR = 1

Handler = Callable[[argparse.Namespace], int]

#: Modules that add sub-commands; each has ``add_commands(subparsers)``.
COMMAND_MODULES = (
    "hallbar_desktop.cli.register_commands",
    "hallbar_desktop.cli.value_commands",
    "hallbar_desktop.cli.excel_commands",
    "hallbar_desktop.cli.chart_commands",
    "hallbar_desktop.cli.safety_commands",
    "hallbar_desktop.cli.meeting_commands",
    "hallbar_desktop.cli.report_commands",
    "hallbar_desktop.cli.plan_commands",
    "hallbar_desktop.cli.effect_commands",
    "hallbar_desktop.cli.portfolio_commands",
    "hallbar_desktop.cli.access_commands",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A mistake in the arguments is a user error like any other: one line, exit 1."""
        from hallbar_desktop.cli.common import fail

        fail(f"{message} (se «{self.prog} --help»)")
        raise SystemExit(EXIT_USER_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hallbar",
        description="Hållbar Desktop på kommandoraden: registret med projekt, insatsområden, "
        "indikatorer och kvartalsvärden.",
    )
    parser.add_argument("--version", action="version", version=f"hallbar {__version__}",
                        help="visa programmets version och avsluta")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="registerfil (SQLite) eller postgresql://-adress; annars HALLBAR_DB eller "
        "standardregistret i användarens datamapp",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="öppna registret bara för läsning (inget lås, inget skrivs); kommandon som ändrar "
        "registret vägras",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from hallbar_desktop.cli.swedish import swedish

    with swedish():
        parser = build_parser()
        args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return _run(handler, args)
    finally:
        from hallbar_desktop.cli.common import close_opened

        close_opened()


def _run(handler: Handler, args: argparse.Namespace) -> int:
    from hallbar_desktop.cli.common import fail

    try:
        return handler(args)
    except KeyboardInterrupt:
        return fail("avbrutet.")
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - translated below, bugs re-raised
        from hallbar_desktop.cli.common import user_message

        message = user_message(exc)
        if message is None:
            raise
        return fail(message)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

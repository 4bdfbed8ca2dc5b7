"""``backups`` and ``restore``: the automatic backups of a register, and going back to one.

(``backup DEST``, a copy to a place of the user's choosing, lives in ``register_commands``.)
Neither command opens the register before it must: the register may be the damaged file the
user is trying to get away from.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from hallbar_desktop.cli.common import print_json
from hallbar_desktop.errors import RegisterError


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backups", help="lista registrets automatiska säkerhetskopior")
    p.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    p.set_defaults(handler=cmd_backups)

    p = sub.add_parser(
        "restore", help="återställ registret från en säkerhetskopia (det nuvarande sparas först)"
    )
    p.add_argument("backup", metavar="BACKUP",
                   help="numret i «hallbar backups» (1 = nyaste) eller sökvägen till en kopia")
    p.set_defaults(handler=cmd_restore)


def _register_file(args: argparse.Namespace) -> Path:
    from hallbar_desktop.store.engine import resolve_location

    location = resolve_location(getattr(args, "db", None))
    if location.path is None:
        raise RegisterError(
            "Automatiska säkerhetskopior gäller registerfiler (SQLite). Ett register på en "
            "PostgreSQL-server säkerhetskopieras och återställs med serverns verktyg "
            "(pg_dump och pg_restore)."
        )
    return location.path


def cmd_backups(args: argparse.Namespace) -> int:
    from hallbar_desktop.store.backups import folder_for, list_backups, summarize

    register = _register_file(args)
    entries = list_backups(register)
    summaries = [summarize(e.path) for e in entries]
    if args.json:
        print_json([
            {
                "number": n,
                "path": str(e.path),
                "created": e.created.isoformat(),
                "reason": e.reason.value,
                "projects": list(s.projects),
                "values": s.values,
                "last_change": s.last_change.isoformat() if s.last_change else None,
                "problem": s.problem or None,
            }
            for n, (e, s) in enumerate(zip(entries, summaries, strict=True), start=1)
        ])
        return 0
    if not entries:
        print(f"Inga säkerhetskopior av {register} ännu. De görs automatiskt när registret öppnas "
              "första gången varje dag, före uppdateringar och före en återställning.")
        return 0
    print(f"Säkerhetskopior av {register} (i {folder_for(register)}), nyast först:")
    for n, (e, s) in enumerate(zip(entries, summaries, strict=True), start=1):
        print(f"{n:>3}  {e.local_time():%Y-%m-%d %H:%M}  {e.reason.label_sv():<30} {s.describe()}")
    print("Återställ med «hallbar restore NUMMER».")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from hallbar_desktop.cli.common import refuse_read_only
    from hallbar_desktop.store.backups import resolve_backup, restore

    refuse_read_only(args)
    register = _register_file(args)
    backup = resolve_backup(register, args.backup)
    result = restore(register, backup)
    print(f"Registret {register} är återställt från {backup.name}: {result.summary.describe()}.")
    if result.saved_current is not None:
        # The exact file, not a number in the listing: a backup with a later name (made while
        # the clock was ahead, or copied into the folder) would take the number's place.
        undo = ["hallbar"]
        if getattr(args, "db", None):
            undo += ["--db", str(register)]
        undo += ["restore", str(result.saved_current)]
        print(f"Det tidigare innehållet sparades i {result.saved_current}; "
              f"ångra med «{shlex.join(undo)}».")
    return 0

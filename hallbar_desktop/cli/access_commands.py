"""``access``: who may do what in a register shared on a PostgreSQL server.

``access list`` shows the roles (an administrator sees all of them, anyone else their own);
``access grant`` and ``access revoke`` are an administrator's. The server enforces the roles
(row-level security, migration 0006); these commands only manage them.
"""

from __future__ import annotations

import argparse

from hallbar_desktop.cli.common import open_for_reading, open_for_writing, print_json


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("access", help="behörigheter i ett register på en databasserver (roller per projekt)")
    access = p.add_subparsers(dest="access_command", metavar="KOMMANDO", required=True)

    q = access.add_parser("list", help="visa rollerna (administratören ser alla, andra sina egna)")
    q.add_argument("--project", metavar="PROJECT", help="bara det här projektet")
    q.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    q.set_defaults(handler=cmd_list)

    q = access.add_parser("grant", help="ge en databasanvändare en roll i ett projekt (administratör)")
    q.add_argument("user", metavar="USER", help="databasanvändarens namn (inloggningsrollen på servern)")
    q.add_argument("--project", metavar="PROJECT", required=True)
    q.add_argument("--role", required=True, choices=("leader", "steering", "reader"),
                   help="leader = projektledare (ändrar projektet), steering = styrgrupp (läser, "
                   "fastställer och låser upp kvartal), reader = läsare")
    q.set_defaults(handler=cmd_grant)

    q = access.add_parser("revoke", help="ta bort en databasanvändares roll i ett projekt (administratör)")
    q.add_argument("user", metavar="USER")
    q.add_argument("--project", metavar="PROJECT", required=True)
    q.set_defaults(handler=cmd_revoke)


def cmd_list(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import access

    register = open_for_reading(args)
    with register.reading() as session:
        rows = access.list_access(session, args.project)
        me = access.connected_user(session)
        admin = access.is_admin(session)
    if args.json:
        print_json({"user": me, "admin": admin,
                    "access": [{"user": r.user, "project": r.project, "role": r.role,
                                "granted_by": r.granted_by, "granted_at": r.granted_at.isoformat()}
                               for r in rows]})
        return 0
    print(f"Ansluten som {me}{' (administratör)' if admin else ''}.")
    if not rows:
        print("Inga roller.")
    for r in rows:
        print(f"{r.project}\t{r.user}\t{r.role_sv}")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import access
    from hallbar_desktop.services.actor import Actor

    register = open_for_writing(args)
    with register.transaction() as session:
        access.grant(session, args.user, args.project, args.role, Actor(access.connected_user(session), "cli"))
    print(f"{args.user} är nu {access.ROLES[args.role]} i {args.project}.")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from hallbar_desktop.services import access
    from hallbar_desktop.services.actor import Actor

    register = open_for_writing(args)
    with register.transaction() as session:
        access.revoke(session, args.user, args.project, Actor(access.connected_user(session), "cli"))
    print(f"{args.user} har inte längre någon roll i {args.project}.")
    return 0

"""Shared pieces of the CLI: opening the register, printing, turning errors into one line."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from typing import Any

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.register import Register, open_register


def fail(message: str) -> int:
    sys.stderr.write(f"hallbar: fel: {one_line(message)}\n")
    return 1


#: Characters a message shows as escapes: they would break the line, move the cursor, ring the
#: bell, colour or rewrite the terminal (C0 and C1 controls, ESC), or reorder what is shown.
_HIDDEN = {0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(text: str) -> str:
    """``text`` as one line that cannot drive a terminal: controls from the user's input (a
    newline, ESC, BEL …) are shown as escapes (``\\n``, ``\\x1b``) instead of acting."""
    import unicodedata

    out = []
    for ch in text:
        code = ord(ch)
        if code in _HIDDEN:
            out.append(_HIDDEN[code])
        elif unicodedata.category(ch) == "Cc" or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            escaped = repr(ch)[1:-1]  # '\n', '\x1b', '\u202e'
            out.append(escaped if escaped != ch else f"\\x{code:02x}")
        else:
            out.append(ch)
    return "".join(out)


#: Errors of the machine, not of the program, that may surface without a file name.
_ENVIRONMENT = frozenset({errno.ENOSPC, errno.EIO, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC),
                          errno.EROFS, errno.EACCES, errno.EPERM})


def user_message(exc: BaseException) -> str | None:
    """The one-line message for an error the user can act on; None for a bug."""
    from hallbar_desktop.store.register import RegisterMissing

    if isinstance(exc, RegisterMissing):
        return (f"{exc} Kontrollera sökvägen (--db eller HALLBAR_DB), eller skapa ett nytt register "
                "med «hallbar init».")
    if isinstance(exc, USER_ERRORS):
        return str(exc)
    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, OperationalError):
        text = str(exc.orig or exc).lower()
        if "locked" in text or "busy" in text:
            return ("registret används av ett annat program just nu (det är låst). "
                    "Försök igen om en stund; inget har sparats.")
        if "readonly" in text or "read-only" in text:
            return "registret är skrivskyddat; inget har sparats."
        if "disk" in text and "full" in text:
            return "disken är full; inget har sparats."
        return f"registret kunde inte användas ({str(exc.orig or exc).splitlines()[0]}); inget har sparats."
    if isinstance(exc, DBAPIError):
        return f"databasfel ({str(exc.orig or exc).splitlines()[0]}); inget har sparats."
    if isinstance(exc, OSError) and (exc.filename or exc.errno in _ENVIRONMENT):
        from hallbar_desktop.errors import os_reason

        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{os_reason(exc)}; inget har sparats."
    return None


def open_for_reading(args: argparse.Namespace) -> Register:
    """Open the register to read it: no write lock, so it works beside the window (or another
    writer) and on a read-only share. A register of an older schema is upgraded first by a
    writer's opening, unless ``--read-only`` was given."""
    from hallbar_desktop.store.register import RegisterNeedsUpgrade

    db = getattr(args, "db", None)
    try:
        return _opened(open_register(db, create=False, read_only=True))
    except RegisterNeedsUpgrade:
        if getattr(args, "read_only", False):
            raise
    return _opened(open_register(db, create=False))


def open_for_writing(args: argparse.Namespace, *, create: bool = False) -> Register:
    """Open the register to change it (its write lock held). Only ``init`` creates one: a
    mistyped path must not leave folders and an empty register behind."""
    refuse_read_only(args)
    return _opened(open_register(getattr(args, "db", None), create=create))


_OPENED: list[Register] = []


def _opened(register: Register) -> Register:
    _OPENED.append(register)
    return register


def close_opened() -> None:
    """Close what the command opened: its connections (a reader's WAL share, the file on a
    share that is to be unmounted) and its write lock go when the command ends, not when the
    interpreter gets round to it."""
    while _OPENED:
        _OPENED.pop().close()


def refuse_read_only(args: argparse.Namespace) -> None:
    if getattr(args, "read_only", False):
        from hallbar_desktop.errors import RegisterError

        raise RegisterError(
            f"«hallbar {args.command}» ändrar registret och kan inte köras med --read-only."
        )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")

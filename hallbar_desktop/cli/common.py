"""Shared pieces of the CLI: opening the register, printing, turning errors into one line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from hallbar_desktop.errors import USER_ERRORS
from hallbar_desktop.store.register import Register, open_register


def fail(message: str) -> int:
    sys.stderr.write(f"hallbar: fel: {message}\n")
    return 1


def user_message(exc: BaseException) -> str | None:
    """The one-line message for an error the user can act on; None for a bug."""
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
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror}."
    return None


def open_from(args: argparse.Namespace, *, create: bool = True) -> Register:
    return open_register(getattr(args, "db", None), create=create)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")

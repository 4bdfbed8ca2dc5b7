"""Who makes a change and from where, as the audit trail records it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, odd Windows setups)
        return "okänd"


@dataclass(frozen=True)
class Actor:
    user: str
    source: str  # "window", "cli", "import", "load"
    detail: str = ""  # e.g. the file an imported value came from

    @classmethod
    def here(cls, source: str, detail: str = "") -> Actor:
        return cls(current_user(), source, detail)

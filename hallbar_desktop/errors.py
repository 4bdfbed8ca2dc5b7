"""Errors a user can cause, each with a message a project leader understands.

Bugs are not caught; these are. The CLI prints ``message`` on one line and the window shows
it in a dialog or at the cell. ``DomainError`` from the domain rules counts as one too.
"""

from __future__ import annotations

from hallbar_desktop.domain.errors import DomainError


class HallbarError(Exception):
    """Base for every error caused by input, files or the register's state."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(HallbarError):
    """A project, focus area, indicator or value that the user named does not exist."""


class ValidationError(HallbarError):
    """Input that breaks a rule of the register (period, uniqueness, consistency)."""


class LockedQuarter(HallbarError):
    """The quarter has been approved by the steering group; its values are locked."""


class RegisterError(HallbarError):
    """The register file cannot be used: not a register, damaged, newer, locked."""


class ProjectFileError(HallbarError):
    """A project file (TOML) that cannot be loaded."""


def os_reason(exc: OSError) -> str:
    """Why a file could not be written or read, in words (a full disk said so plainly)."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disken är full"
    if exc.errno == errno.EFBIG:
        return "filen blir för stor för disken"
    return exc.strerror or str(exc)




class AccessDenied(HallbarError):
    """The database user's role does not allow the action (a register on a server); nothing
    was written."""


class Conflict(HallbarError):
    """Someone else changed the row after it was read here; the save was refused, and the
    message says who changed it and to what."""


USER_ERRORS: tuple[type[Exception], ...] = (HallbarError, DomainError)

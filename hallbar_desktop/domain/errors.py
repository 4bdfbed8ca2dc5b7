"""Errors from the domain rules, with messages a project leader understands."""

from __future__ import annotations


class DomainError(ValueError):
    """A value, quarter or setting that breaks a rule of the domain."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidValue(DomainError):
    """A value that cannot be read or does not fit the indicator."""


class InvalidQuarter(DomainError):
    """Text that is not a quarter, or a quarter out of range."""

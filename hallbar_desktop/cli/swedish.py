"""argparse in Swedish: its messages and help headings, for the ``hallbar`` command only.

argparse looks up every text it prints through ``gettext`` as it prints it (the module's ``_``
and ``ngettext``). While the command's parser is built and used these look up the Swedish
texts below instead; anything else that uses argparse in the same process (a test runner) is
left as it was.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

TEXTS = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets version och avsluta",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "okända argument: %s",
    "the following arguments are required: %s": "det här saknas: %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "kan inte anges tillsammans med %s",
    "ignored explicit argument %r": "tar inget värde (%r)",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde får anges",
    "expected at least one argument": "minst ett värde behövs",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan betyda flera flaggor: %(matches)s",
    "unexpected option string: %s": "oväntad flagga: %s",
    "invalid %(type)s value: %(value)r": "%(value)r är inget giltigt värde",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r finns inte (välj bland %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "can't open '%(filename)s': %(error)s": "kan inte öppna «%(filename)s»: %(error)s",
}

PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("%s värde behövs", "%s värden behövs"),
}


def _translate(text: str) -> str:
    return TEXTS.get(text, text)


def _translate_n(singular: str, plural: str, n: int) -> str:
    one, many = PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextmanager
def swedish() -> Iterator[None]:
    """argparse speaks Swedish inside the block (the command line is single-threaded)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = _translate_n  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]

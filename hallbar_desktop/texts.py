"""The words the core shows a person (its messages, the charts' titles and labels), in the
window's language.

The core is written in Swedish and knows nothing of Qt. The window installs a translator here
(``ui.i18n`` installs Qt's ``QCoreApplication.translate`` when the language is English), so the
core's texts are looked up in the same catalogue as the window's (resources/i18n/hallbar_en.ts).
Without a translator (Swedish, the command line, the tests of the core) a text is itself.

A text to translate is written ``translate("Context", "Svensk text {name}").format(name=...)``:
the literal is what pyside6-lupdate collects (see docs/DEVELOPING.md, Translations), the
placeholders are filled in after the lookup.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: list[Translator | None] = [None]


def install(translator: Translator | None) -> None:
    """Look the core's texts up with ``translator`` (context, Swedish text) → text; None: Swedish."""
    _translator[0] = translator


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (itself when no translator is installed)."""
    translator = _translator[0]
    return text if translator is None else translator(context, text)


def quarter_label(year: int, q: int) -> str:
    """A quarter as the person reads it: ``2022 kv 3`` (``Q3 2022`` in English)."""
    return translate("Labels", "{year} kv {q}").format(year=year, q=q)


def quarter_text(quarter: object) -> str:
    """A quarter (anything with ``year`` and ``q``) as the person reads it, in a message."""
    return quarter_label(quarter.year, quarter.q)  # type: ignore[attr-defined]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for the translation file where it is looked up later from a table."""
    del context
    return text


def swedish(_context: str, text: str) -> str:
    """The translator of a document that is Swedish whatever the window's language (the reports
    to the funder and the steering group)."""
    return text

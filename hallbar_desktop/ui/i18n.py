"""The interface language: Swedish in the source, English from ``resources/i18n/hallbar_en.qm``.

Strings in Qt code go through ``tr()``; the core's Swedish words the window shows (quarters,
kinds, periods, lights, roles) are translated the same way by ``ui.labels``. :func:`lang` says
which language is installed (texts worked out ahead are kept per language). Switching language
rebuilds the window, so every widget is created with the new translator in place.

Qt's own texts (the Yes/No/Cancel buttons, the file dialog's "Look in" and "File name") come from
Qt's translations, ``qtbase_<lang>.qm`` in PySide6's translations folder (PyInstaller's PySide6 hook
bundles them next to the Qt libraries). The core's messages and the charts' words go through
``hallbar_desktop.texts``, whose translator is set here to Qt's: one catalogue, one language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator

from hallbar_desktop import texts
from hallbar_desktop.paths import resources_dir

_state: dict[str, object] = {"lang": "sv", "translator": None, "qt": None}


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "i18n"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations may be: where Qt says, then next to PySide6's libraries
    (inside a PyInstaller bundle Qt's answer may point outside it)."""
    import PySide6

    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
    return dirs


def _load_qt(lang: str, app: QCoreApplication | None) -> QTranslator | None:
    """Qt's translation of its standard buttons and dialogs into ``lang`` (None: none found)."""
    translator = QTranslator(app)
    for folder in qt_translations_dirs():
        if translator.load(f"qtbase_{lang}", str(folder)):
            return translator
    return None


def install(lang: str) -> bool:
    """Make ``lang`` ("sv" or "en") the language of every window created from now on: this
    program's texts, Qt's standard buttons and dialogs, and the core's messages and charts."""
    app = QCoreApplication.instance()
    for key in ("translator", "qt"):
        old = _state[key]
        if app is not None and isinstance(old, QTranslator):
            app.removeTranslator(old)
        _state[key] = None
    _state["lang"] = "sv"
    texts.install(None)
    ok = True
    if lang != "sv":
        translator = QTranslator(app)
        if not translator.load(str(translations_dir() / f"hallbar_{lang}.qm")):
            ok, lang = False, "sv"  # Qt's own texts stay Swedish too
        else:
            if app is not None:
                app.installTranslator(translator)
            _state["translator"] = translator
            _state["lang"] = lang
            texts.install(QCoreApplication.translate)
    qt = _load_qt(lang, app) if lang != "en" else None  # Qt's own texts are English in the source
    if qt is not None and app is not None:
        app.installTranslator(qt)
        _state["qt"] = qt
    return ok


def lang() -> str:
    return str(_state["lang"])


def translate(context: str, text: str) -> str:
    """tr() for code outside a QObject (lupdate finds QCoreApplication.translate calls)."""
    return QCoreApplication.translate(context, text)


# Strings that other modules pass to tr() from a table (lupdate only sees literals): listed here
# so they are in the translation file with the context tr() looks them up in.
_TABLE_STRINGS = (
    QT_TRANSLATE_NOOP("ScorecardModel", "Kod"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Indikator"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Senaste värde"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Kvartal"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Mål"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Framsteg"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Status"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Trend"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Förändring sedan utgångsvärdet"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Efter projektslut"),
    QT_TRANSLATE_NOOP("ScorecardModel", "Senaste kommentar"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Nytt"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Ändrat"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Oförändrat"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Fel"),
)

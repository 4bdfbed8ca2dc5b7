"""The interface language: Swedish in the source, English from ``resources/i18n/hallbar_en.qm``.

Strings in Qt code go through ``tr()``; the core's Swedish words the window shows (quarters,
kinds, periods, lights, roles) are translated the same way by ``ui.labels``. :func:`lang` says
which language is installed (texts worked out ahead are kept per language). Switching language
rebuilds the window, so every widget is created with the new translator in place.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from hallbar_desktop.paths import resources_dir

_state: dict[str, object] = {"lang": "sv", "translator": None}


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "i18n"


def install(lang: str) -> bool:
    """Make ``lang`` ("sv" or "en") the language of every window created from now on."""
    app = QCoreApplication.instance()
    old = _state["translator"]
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
    _state["translator"] = None
    _state["lang"] = "sv"
    if lang == "sv":
        return True
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"hallbar_{lang}.qm")):
        return False
    if app is not None:
        app.installTranslator(translator)
    _state["translator"] = translator
    _state["lang"] = lang
    return True


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

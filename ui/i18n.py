"""Loading translations: the app's own .qm plus Qt's own strings (buttons of standard dialogs)."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def install_translations(app: QCoreApplication, language: str) -> None:
    """Switch the application's language ("nl" or "en"; English is the source language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                     QLocale.Country.Netherlands)
    QLocale.setDefault(locale)
    if language == "en":
        return
    own = QTranslator(app)
    with as_file(files("resources") / "translations" / f"terugkeer_{language}.qm") as path:
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)


def current_language() -> str:
    """The language installed last ("nl" or "en"), for texts that come in both from data files (consent.json)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"

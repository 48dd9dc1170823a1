"""Loading translations: the app's own .qm plus Qt's own strings (buttons and labels of Qt's standard dialogs).

Qt's Dutch comes from the `qtbase_nl.qm` that PySide6 ships (LGPL-3.0, like Qt; the installers keep it, see
packaging/qt_selection.py). Some of Qt's sources changed after that translation was made ("&Look in:" in the file
dialog), so the app ships `qtbase_extra_<language>.qm` for those; it is installed first and so asked last.
English is the source language, with counted messages written in the plural ("%n entries"); `numerus_en.qm` gives
their English singular ("1 entry").
"""

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
        _install_resource(app, "numerus_en.qm")
        return
    # Qt asks the translator installed last first: the app's own, then Qt's, then the supplement to Qt's.
    _install_resource(app, f"qtbase_extra_{language}.qm")
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_base)
    _install_resource(app, f"terugkeer_{language}.qm")


def _install_resource(app: QCoreApplication, name: str) -> None:
    translator = QTranslator(app)
    with as_file(files("resources") / "translations" / name) as path:
        if translator.load(str(path)):
            _install(app, translator)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def current_language() -> str:
    """The language installed last ("nl" or "en"), for texts that come in both from data files (consent.json)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"

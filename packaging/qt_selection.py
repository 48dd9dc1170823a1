"""What the installers carry (which parts of Qt, which resource files): read by packaging/terugkeer.spec and
checked by packaging/check_dist.py."""

from __future__ import annotations

from pathlib import PurePath

# The Qt modules ui/ imports (tests/packaging checks this against ui/), and the ones those load themselves.
# Every other PySide6 module is excluded from the build.
QT_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtDBus", "QtSvg"})
QT_LOADED_BY_USED: frozenset[str] = frozenset()  # e.g. QtSvg, were QtSvgWidgets used (its widget hands out QtSvg types)

# Qt plugins kept, per plugin folder (None: the whole folder). The X11 window plugin and its GL integrations,
# offscreen (self-test, CI) and minimal, Windows and macOS windows; printing (CUPS); JPEG/SVG/ICO images and SVG
# theme icons; the compose and IBus input methods (typing ë, é); the desktop portal theme (file dialogs); the
# modern Windows style. Wayland sessions run the app through XWayland. No TLS, no network plugins: no network use.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "xcbglintegrations": None,
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "printsupport": None,
    "imageformats": frozenset({"qjpeg", "qsvg", "qico"}),
    "iconengines": None,
    "styles": None,
}

# Qt's own translations: the Dutch ones (ui/i18n.py installs "qtbase" for Dutch; English is the source language).
KEEP_QT_TRANSLATIONS = frozenset({"qtbase_nl.qm", "qt_nl.qm"})

# Words in the names of Qt libraries that must never be in a build (large, and unused by the app).
FORBIDDEN_QT_WORDS = ("WebEngine", "Qml", "Quick", "3D", "Multimedia", "Charts", "DataVisualization", "Graphs",
                      "Designer", "Location", "Positioning", "Bluetooth", "Nfc", "Sensors", "SerialPort", "SerialBus",
                      "TextToSpeech", "WebView", "WebSockets", "WebChannel", "Scxml", "RemoteObjects",
                      "VirtualKeyboard", "Lottie", "CanvasPainter", "SpatialAudio", "HttpServer", "Labs", "FFmpeg",
                      "Help", "Sql", "ShaderTools", "Test", "Wayland", "EglFS", "EglFs")

SIZE_LIMIT_MB = 200


def is_forbidden_qt_file(name: str) -> bool:
    """True for a Qt library, module or framework (libQt6WebEngineCore.so.6, QtQml.abi3.so, Qt6Quick.dll, ...)
    that the build must not carry."""
    stem = name.split(".")[0].removeprefix("lib")
    return stem.startswith("Qt") and any(word in stem for word in FORBIDDEN_QT_WORDS)


def is_resource_file(relative: PurePath) -> bool:
    """True for a file under resources/ that the app reads at run time; false for sources (.ts translations, the
    package's own .py) and caches. The .qm files are built from the .ts by `make translations`."""
    return relative.suffix not in {".ts", ".py", ".pyc"} and "__pycache__" not in relative.parts

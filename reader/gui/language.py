"""The interface language: Reader's own translations and Qt's, and the locale for dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

LANGUAGES = ("en", "zh_CN", "zh_TW")
_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """zh_TW, zh_HK and other Traditional locales → zh_TW; other Chinese → zh_CN; else English."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalHanScript or locale.territory() in (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    return "zh_TW" if traditional else "zh_CN"


def resolve(choice: str) -> str:
    """A stored choice ("" follows the system) → one of LANGUAGES."""
    return choice if choice in LANGUAGES else system_language()


def install(language: str) -> None:
    """Load Reader's and Qt's own translations (standard buttons, file dialogs) for language."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    # here: an English launch needs neither Python type (PySide makes a class, and its enums, at its first touch)
    from PySide6.QtCore import QLibraryInfo, QTranslator

    for folder, name in (
        (str(resource_path("translations")), f"reader_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)

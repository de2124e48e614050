"""The interface language: English, or any translation in resources/translations.

The system's locale picks it unless the user chose one (View → Language), which is saved.
Qt's own translation (qtbase) comes along, so standard buttons (Yes, Cancel) match.
"""

from __future__ import annotations

import logging
import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cnngui import i18n
from cnngui.ui import settings as saved

SETTING = "appearance/language"
SYSTEM = "system"
CHOICE = saved.Saved(SETTING, SYSTEM)  # "system" or a language code
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive while installed


@cache
def _compiled() -> dict[str, object]:
    """code -> .qm path of every translation there is, built first from a newer `.ts` where
    lrelease is at hand (a source checkout); a frozen build ships the `.qm` files. Once a process:
    the menu, the saved choice and each new window ask again."""
    if not getattr(sys, "frozen", False):  # a frozen build has no sources to rebuild from, nor lrelease
        try:
            i18n.compile_all()
        except RuntimeError as exc:
            log.warning("translations not rebuilt: %s", exc)
    return {i18n.language_of(path): path for path in sorted(i18n.translations_dir().glob("cnngui_*.qm"))}


def available() -> dict[str, str]:
    """code -> the language's own name ("Deutsch"), English first."""
    names = {"en": "English"}
    for code in _compiled():
        name = QLocale(code).nativeLanguageName()
        names[code] = name[:1].upper() + name[1:] if name else code
    return names


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages (`ui_languages`, "de-DE" and the like) that cnngui speaks."""
    codes = available()
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in codes:
            return code
    return "en"


def saved_choice(settings: QSettings) -> str:
    """"system" or a language code, as View → Language left it."""
    value = saved.read(settings, CHOICE)
    return value if value == SYSTEM or value in available() else SYSTEM


def resolve(choice: str) -> str:
    return system_language() if choice == SYSTEM else choice


def startup_language(settings: QSettings) -> str:
    """The language to build the window in: `CNNGUI_LANGUAGE` (tests, screenshots) or the saved choice."""
    import os

    return os.environ.get("CNNGUI_LANGUAGE") or resolve(saved_choice(settings))


def _load(translator: QTranslator, path) -> bool:
    if translator.load(str(path)):
        return True
    log.warning("cannot load the translation %s", path)
    return False


def apply(code: str) -> str:
    """Translate the app into `code` (English for an unknown one) from now on; returns the code used.
    Widgets already built keep their text: the main window rebuilds itself. `i18n.language()` says
    which one is in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    compiled = _compiled()
    if code not in compiled or not _load(ours := QTranslator(), compiled[code]):
        i18n.install(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return i18n.language()
    # spin boxes and Qt's other number fields write and read numbers as the language does (2,5 in German)
    QLocale.setDefault(QLocale(code))
    qt = QTranslator()
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(lambda text: QCoreApplication.translate(i18n.CONTEXT, text), code)
    return code

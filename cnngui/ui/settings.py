"""Saved settings, each declared once as a `Saved` (key, default, parser) beside the code it belongs
to; this module reads and writes them, and `bind` ties one to its widget once (shown now, saved on
every change). A value edited by hand or damaged falls back to its default and its key is named in
`unreadable`, so the window can say once which settings were reset instead of stopping at launch or
hanging on "Loading PyTorch…".

The file carries a version (`meta/version`); `app_settings()` brings a file of an earlier release up to
this one's keys (`MIGRATIONS`) before anything reads it, so an update keeps every choice a user made.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from cnngui import resources
from cnngui.i18n import tr


@dataclass(frozen=True)
class Saved:
    key: str  # "train/epochs"
    default: object
    parse: Callable[[object], object] = str  # raises ValueError or TypeError for a value it can't use


def number(kind: type, minimum: float | None = None, maximum: float | None = None) -> Callable[[object], object]:
    """A parser for a finite number in a range (a saved `int` may come back as "3" or "3.0")."""

    def parse(raw) -> object:
        value = float(raw)
        if not math.isfinite(value) or (minimum is not None and value < minimum) or \
                (maximum is not None and value > maximum):
            raise ValueError(raw)
        return int(value) if kind is int else value

    return parse


def flag(raw) -> bool:
    """A saved yes/no (QSettings gives back "true" or "false" from an INI file)."""
    if isinstance(raw, bool):
        return raw
    if str(raw).lower() in ("true", "1"):
        return True
    if str(raw).lower() in ("false", "0"):
        return False
    raise ValueError(raw)


def one_of(choices) -> Callable[[object], str]:
    def parse(raw) -> str:
        if str(raw) not in choices:
            raise ValueError(raw)
        return str(raw)

    return parse


def read(settings: QSettings | None, saved: Saved, unreadable: list[str] | None = None, default=None):
    """The saved value, or the default (`default` if given, else the declared one) where there is none or
    it can't be used; such a key is added to `unreadable`."""
    fallback = saved.default if default is None else default
    raw = settings.value(saved.key) if settings is not None else None
    if raw is None:
        return fallback
    try:
        return saved.parse(raw)
    except (TypeError, ValueError, OverflowError):
        if unreadable is not None:
            unreadable.append(saved.key)
        return fallback


def write(settings: QSettings | None, saved: Saved, value) -> None:
    if settings is not None:
        settings.setValue(saved.key, value)
        settings.setValue(VERSION_KEY, VERSION)  # what this release writes is this release's format


def bind(settings: QSettings | None, saved: Saved, widget, unreadable: list[str] | None = None) -> None:
    """`widget` shows the saved value now and saves each change the user makes: the setting is read and
    written here alone. A check box (or checkable group), a spin box, a combo box (by its items' data)."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox

    value = read(settings, saved, unreadable)
    if isinstance(widget, (QAbstractButton, QGroupBox)):
        widget.setChecked(bool(value))
        widget.toggled.connect(lambda checked: write(settings, saved, bool(checked)))
    elif isinstance(widget, QAbstractSpinBox):
        widget.setValue(value)
        widget.valueChanged.connect(lambda number_: write(settings, saved, number_))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
        widget.currentIndexChanged.connect(lambda _: write(settings, saved, widget.currentData()))
    else:
        raise TypeError(f"no binding for {type(widget).__name__}")


# ---- versions --------------------------------------------------------------------------------------
VERSION_KEY = "meta/version"
VERSION = 2  # files written before versions were kept are version 1


# Release 1's keys and tabs, as a migration must name them (the current keys live in their `Saved`s).
R1_TAB, R1_TABS = "window/tab", ("network", "train", "evaluate", "draw", "explore", "convolution")
R1_RECIPE, R2_RECIPE = "train/preset", "train/recipe"


def _tab_index_to_key(settings: QSettings) -> None:
    """1 -> 2: the tab shown last is kept by its name, not its place (a lesson or a new tab moves places)."""
    raw = settings.value(R1_TAB)
    if raw is not None and str(raw).isdigit() and int(raw) < len(R1_TABS):
        settings.setValue(R1_TAB, R1_TABS[int(raw)])


def _preset_is_recipe(settings: QSettings) -> None:
    """1 -> 2: the Train tab's "Recipe" is saved under its own name."""
    if settings.contains(R1_RECIPE):
        if not settings.contains(R2_RECIPE):
            settings.setValue(R2_RECIPE, settings.value(R1_RECIPE))
        settings.remove(R1_RECIPE)


MIGRATIONS: dict[int, tuple[Callable[[QSettings], None], ...]] = {1: (_tab_index_to_key, _preset_is_recipe)}


def migrate(settings: QSettings) -> int:
    """Bring `settings` to VERSION; returns the version it had. A file with no keys at all is new: nothing
    to migrate. A version from a newer release is left alone (its keys are read where they still fit)."""
    if not settings.allKeys():
        return VERSION
    try:
        found = int(settings.value(VERSION_KEY, 1))
    except (TypeError, ValueError):
        found = 1
    version = found
    while version < VERSION:
        for step in MIGRATIONS.get(version, ()):
            step(settings)
        version += 1
    if found < VERSION:
        settings.setValue(VERSION_KEY, VERSION)
        settings.sync()
    return found


def unreadable_note(keys: list[str]) -> str:
    return tr("Some saved settings could not be read and were reset to their defaults: {keys}.").format(
        keys=", ".join(keys))


def user_data_dir() -> Path:
    """QStandardPaths' app data folder (`CNNGUI_DATA_DIR` overrides it, as tests do)."""
    from PySide6.QtCore import QStandardPaths

    if os.environ.get("CNNGUI_DATA_DIR"):
        return resources.data_dir()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else resources.data_dir()


def datasets_dir() -> Path:
    """Where Draw's "Add to my dataset…" keeps the user's image folders."""
    return user_data_dir() / "datasets"


def app_settings() -> QSettings:
    """One INI file in the user's data folder, the same on every platform, in this release's keys."""
    settings = QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    migrate(settings)
    return settings


# Folders the file dialogs remember, one per kind of file.
MODELS_FOLDER = Saved("paths/models", "")
LESSONS_FOLDER = Saved("paths/lessons", "")
IMAGES_FOLDER = Saved("paths/images", "")
NETWORKS_FOLDER = Saved("paths/networks", "")

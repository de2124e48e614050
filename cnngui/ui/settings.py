"""Saved settings, each declared once as a `Saved` (key, default, parser) beside the code it belongs
to; this module reads and writes them. A value edited by hand or damaged falls back to its default
and its key is named in `unreadable`, so the window can say once which settings were reset instead
of stopping at launch or hanging on "Loading PyTorch…".
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
    """One INI file in the user's data folder, the same on every platform."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


# Folders the file dialogs remember, one per kind of file.
MODELS_FOLDER = Saved("paths/models", "")
LESSONS_FOLDER = Saved("paths/lessons", "")
IMAGES_FOLDER = Saved("paths/images", "")
NETWORKS_FOLDER = Saved("paths/networks", "")

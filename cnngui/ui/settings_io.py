"""Reading saved settings that may have been edited by hand or damaged: a bad value falls back to its default.

Each value that can't be read is named in `unreadable`, so the window can say once which settings
were reset, instead of stopping at launch or hanging on "Loading PyTorch…".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings

from cnngui.i18n import tr


def read_number(settings: QSettings, key: str, kind: type, default, unreadable: list[str]):
    """`kind(value)` of a finite number, or `default` (and `key` noted) when the saved value isn't one."""
    raw = settings.value(key)
    if raw is None:
        return default
    try:
        value = float(raw)
        if not math.isfinite(value):
            raise ValueError
        return int(value) if kind is int else value
    except (TypeError, ValueError, OverflowError):
        unreadable.append(key)
        return default


def unreadable_note(keys: list[str]) -> str:
    return tr("Some saved settings could not be read and were reset to their defaults: {keys}.").format(
        keys=", ".join(keys))

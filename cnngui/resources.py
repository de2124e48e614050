"""Where bundled files live: a source checkout, an installed tree or a PyInstaller folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder; `CNNGUI_RESOURCES` overrides it."""
    override = os.environ.get("CNNGUI_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def bundled_mnist_dir() -> Path:
    return resources_dir() / "mnist"


def bundled_model_path() -> Path:
    return resources_dir() / "models" / "cnngui-mnist.pt"


def lessons_dir() -> Path:
    return resources_dir() / "lessons"


def docs_dir() -> Path:
    """The guides (docs/): beside the package in a checkout, inside a PyInstaller folder (the spec copies
    them), or missing from a plain wheel install."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def icon_path() -> Path:
    return resources_dir() / "icons" / "cnngui.png"


def _user_folder(override: str, xdg: str, unix: str, windows: str, mac: str) -> Path:
    """The per-user folder `override` names, else the platform's: XDG on Linux, `windows` (an environment
    variable) on Windows, ~/Library/`mac` on macOS."""
    if os.environ.get(override):
        return Path(os.environ[override])
    base = os.environ.get(xdg) or (Path.home() / unix)
    if sys.platform == "win32":
        base = os.environ.get(windows) or base
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / mac
    return Path(base) / "cnngui"


def cache_dir() -> Path:
    """Per-user cache for the decompressed dataset (`CNNGUI_CACHE_DIR` overrides it)."""
    return _user_folder("CNNGUI_CACHE_DIR", "XDG_CACHE_HOME", ".cache", "LOCALAPPDATA", "Caches")


def config_dir() -> Path:
    """Per-user settings that are secrets too (a class's join code): `CNNGUI_CONFIG_DIR` overrides it."""
    return _user_folder("CNNGUI_CONFIG_DIR", "XDG_CONFIG_HOME", ".config", "APPDATA", "Preferences")


def data_dir() -> Path:
    """Per-user data folder for autosaved models (`CNNGUI_DATA_DIR` overrides it)."""
    return _user_folder("CNNGUI_DATA_DIR", "XDG_DATA_HOME", ".local/share", "APPDATA", "Application Support")

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


def icon_path() -> Path:
    return resources_dir() / "icons" / "cnngui.png"


def cache_dir() -> Path:
    """Per-user cache for the decompressed dataset (`CNNGUI_CACHE_DIR` overrides it)."""
    override = os.environ.get("CNNGUI_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or base
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    return Path(base) / "cnngui"


def config_dir() -> Path:
    """Per-user settings that are secrets too (a class's join code): `CNNGUI_CONFIG_DIR` overrides it."""
    override = os.environ.get("CNNGUI_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or (Path.home() / ".config")
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or base
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    return Path(base) / "cnngui"


def data_dir() -> Path:
    """Per-user data folder for autosaved models (`CNNGUI_DATA_DIR` overrides it)."""
    override = os.environ.get("CNNGUI_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or (Path.home() / ".local" / "share")
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or base
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    return Path(base) / "cnngui"

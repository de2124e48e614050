"""Diagnostics go through `logging` (a module's `logging.getLogger(__name__)`), not print: a developer turns
them up with CNNGUI_LOG=DEBUG; a student sees warnings and errors on stderr, and the crash log stays apart."""

from __future__ import annotations

import logging
import os


def configure() -> None:
    """Once per process, by the app and the command line: warnings and worse to stderr, one line each."""
    level = os.environ.get("CNNGUI_LOG", "WARNING").upper()
    logging.basicConfig(level=getattr(logging, level, logging.WARNING), format="cnngui: %(levelname)s: %(message)s")

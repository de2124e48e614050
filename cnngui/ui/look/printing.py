"""Printing a report: Qt's own PDF writer lays out the report's HTML (no browser, no extra package)."""

from __future__ import annotations

import os
from pathlib import Path

from cnngui.core.atomic import atomic_path


def write_pdf(html: str, target: Path) -> None:
    """`html` as an A4 PDF at `target`, written atomically. Needs no screen (offscreen where there is none)."""
    from cnngui.selftest import has_display

    if not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts and layout need one
    with atomic_path(target) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle("cnngui report")
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer  # the file is finished when the writer goes

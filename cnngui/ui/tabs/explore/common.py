"""What Explore's panels share: the width of its right-hand column and its wrapped captions."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

RF_VIEW = 220  # the receptive-field picture, px at 100%; the column is a little wider
PATCH_VIEW = 72  # one top patch


class Caption(QLabel):
    """A wrapped caption in the scrolling column. QScrollArea lays its widget out without
    height-for-width, so a long caption (a German one, say) was squeezed into the picture above
    it: the caption asks for the height its text needs at its narrowest instead."""

    def setText(self, text: str) -> None:
        super().setText(text)
        narrowest = self.minimumWidth() or min(self.maximumWidth(), self.width())
        self.setMinimumHeight(self.heightForWidth(narrowest) if text else 0)

"""Explore's feature maps: every channel of the selected layer for the current input."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cnngui.i18n import tr
from cnngui.ui.look.appearance import text_style
from cnngui.ui.widgets.mosaic import MosaicView


class MapsPanel:
    """The "Feature maps" page of ExploreTab."""

    def _build_maps_page(self) -> QWidget:
        self.featureMapGrid = MosaicView("featureMapGrid")
        self.featureMapGrid.sig_unit_clicked.connect(self.select_unit)
        self.hoverLabel = QLabel(tr("Hover over a unit to read its value; click it, or choose it with the arrow "
                                    "keys, to see what it sees."), objectName="hoverLabel", wordWrap=True)
        text_style(self.hoverLabel, tone="muted")
        self.featureMapGrid.sig_unit_hovered.connect(lambda t: self.hoverLabel.setText(t or " "))
        self.mapsTitle = QLabel(objectName="mapsTitle", wordWrap=True)
        self.exampleButton = QPushButton(tr("Random test image"), objectName="exploreExampleButton")
        self.exampleButton.clicked.connect(self.state.show_random_test_image)
        maps_page = QWidget()
        maps_layout = QVBoxLayout(maps_page)
        title_row = QHBoxLayout()
        title_row.addWidget(self.mapsTitle, 1)
        title_row.addWidget(self.exampleButton)
        maps_layout.addLayout(title_row)
        maps_layout.addWidget(self.featureMapGrid, 1)
        maps_layout.addWidget(self.hoverLabel)
        return maps_page

    def _show_layer(self) -> None:
        if not self.maps:
            return
        info = self.infos[self.layer_index]
        values = self.maps[self.layer_index]
        classes = self.state.model_dataset
        labels = [tr("{layer} channel {channel}").format(layer=info.name, channel=c) for c in range(values.shape[0])] \
            if values.ndim == 3 else \
            [tr("{layer} unit {unit}").format(layer=info.name, unit=i)
             + (f" ({classes.class_name(i)})" if info.name == self.infos[-1].name else "")
             for i in range(values.shape[0])]
        self.featureMapGrid.set_tiles(values, labels)
        n = values.shape[0]
        kind = (tr("{count} channels of {h}x{w}").format(count=n, h=values.shape[1], w=values.shape[2])
                if values.ndim == 3 else tr("{count} units").format(count=n))
        self.mapsTitle.setText(tr("<b>{layer}</b> output for {source}: {kind}. Blue is negative, red positive; "
                                  "after a ReLU everything is ≥ 0.").format(layer=info.name, source=self.input_source,
                                                                            kind=kind))
        self.select_unit(*self.unit)

"""The Network tab's files: open and save a network as an architecture .json, and remember the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
)

from cnngui.core.network.architecture import PRESETS, load_architecture, save_architecture
from cnngui.errors import UserError
from cnngui.i18n import N_, tr
from cnngui.ui import settings as saved
from cnngui.ui.widgets.dialogs import ask_save_path, show_error

ARCH_FILTER = N_("Network files (*.json);;All files (*)")


PRESET_CHOICE = saved.Saved("network/preset", "seed", saved.one_of(PRESETS))


class NetworkFiles:
    """The Network tab's files: open and save a network as an architecture .json, and remember the folder."""

    def _choose_open(self) -> None:
        start = saved.read(self.settings, saved.NETWORKS_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a network"), start, tr(ARCH_FILTER))
        if path:
            self.open_architecture(path)

    def open_architecture(self, path: str | Path) -> bool:
        spec = self.state.dataset
        try:
            layers = load_architecture(path, spec.input_shape)
        except UserError as exc:
            show_error(self, tr("Cannot open this network"), str(exc))
            return False
        self._commit(layers, 0, Path(path).stem)
        self._remember(path)
        return True

    def _choose_save(self) -> None:
        start = Path(saved.read(self.settings, saved.NETWORKS_FOLDER))
        path, _ = ask_save_path(self, tr("Save the network"), start / "network.json", tr(ARCH_FILTER), ".json")
        if path:
            self.save_architecture(path)

    def save_architecture(self, path: str | Path) -> bool:
        try:
            save_architecture(self.layers, path, self.state.architecture_name)
        except UserError as exc:
            show_error(self, tr("Cannot save this network"), str(exc))
            return False
        self._remember(path)
        self.state.messages.status(tr("Saved the network to {file}").format(file=path))
        return True

    def _remember(self, path: str | Path) -> None:
        if self.settings is not None:
            saved.write(self.settings, saved.NETWORKS_FOLDER, str(Path(path).parent))

    def _restore(self) -> None:
        """The last preset chosen is selected in the combo (the network itself starts as the seed's)."""
        key = saved.read(self.settings, PRESET_CHOICE)
        self.networkPresetCombo.setCurrentIndex(max(0, self.networkPresetCombo.findData(key)))
        self.presetAbout.setText(tr(PRESETS[self.networkPresetCombo.currentData()].about))


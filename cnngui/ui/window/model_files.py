"""The window's model files: open (cnngui, Keras, ONNX; also dropped on the window), save, export as ONNX or code,
and the bundled model again. Every path goes through the one save flow and the core's checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from cnngui.i18n import tr
from cnngui.ui import settings as saved
from cnngui.ui.widgets.dialogs import CHECKPOINT_FILTER, SAVE_CHECKPOINT_FILTER, ask_save_path, show_error


class ModelFiles:
    """Open, save and export the app's model, as the File menu and drops ask."""

    def _open_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open model"), saved.read(self.settings, saved.MODELS_FOLDER),
                                              tr(CHECKPOINT_FILTER))
        if path:
            self.open_model(path)

    def open_model(self, path: str | Path) -> bool:
        from cnngui.core.model_files.checkpoint import load_checkpoint
        from cnngui.errors import UserError

        try:
            checkpoint = load_checkpoint(path)
            self.state.set_checkpoint(checkpoint, tr("loaded from {file}").format(file=Path(path).name))
        except UserError as exc:
            show_error(self, tr("Cannot open model"), str(exc))
            return False
        source = checkpoint.config.get("source")  # a Keras or ONNX model: what was changed on the way in
        opened = tr("Opened {file} ({source}); the file itself is unchanged.").format(file=Path(path).name,
                                                                                      source=source)
        notes = " ".join([opened, *checkpoint.config.get("notes", [])]) if source else ""
        self._model_file_done(path, notes or tr("Opened {file}").format(file=path))
        return True

    def _choose_export_onnx(self) -> None:
        folder = Path(saved.read(self.settings, saved.MODELS_FOLDER))
        path, _ = ask_save_path(self, tr("Export model as ONNX"), folder / "cnngui-model.onnx",
                                tr("ONNX models (*.onnx)"), ".onnx")
        if path:
            self.export_onnx(path)

    def export_onnx(self, path: str | Path) -> bool:
        """The current model (as Draw shows it, edits included) as ONNX; calibrated where its report is made."""
        from cnngui.core.model_files.onnx_model import export_onnx
        from cnngui.errors import UserError

        predictor = self.state.predictor
        if predictor is None:
            show_error(self, tr("Nothing to export"), tr("There is no model yet: train one or open one first."))
            return False
        temperature = predictor.calibration.temperature if predictor.calibration else 1.0
        try:
            export_onnx(predictor.checkpoint, path, temperature)
        except UserError as exc:
            show_error(self, tr("Cannot export the model"), str(exc))
            return False
        self._model_file_done(path, tr("Exported {file}: input 'image' (pixels 0..1), output 'probabilities'").format(
            file=path))
        return True

    def _choose_export_code(self) -> None:
        from cnngui.ui.tabs.network.code_view import CODE_FILTERS

        folder = Path(saved.read(self.settings, saved.NETWORKS_FOLDER) or Path.home())
        path, chosen = ask_save_path(self, tr("Export network as code"), folder / "network.py",
                                     ";;".join(tr(text) for text in CODE_FILTERS.values()), ".py")
        if path:
            language = next((key for key, text in CODE_FILTERS.items() if tr(text) == chosen), "pytorch")
            self.network_tab.codeView.save(path, language)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """A model file dropped anywhere opens as a model; a picture goes to Draw."""
        from cnngui.core.model_files.model_import import MODEL_SUFFIXES

        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls and self.state is not None:
            path = urls[0].toLocalFile()
            if Path(path).suffix.lower() in MODEL_SUFFIXES:
                self.open_model(path)
            else:
                self.draw_tab.open_image(path)
                self.show_tab("draw_tab")
            event.acceptProposedAction()

    def _save_model(self) -> None:
        folder = Path(saved.read(self.settings, saved.MODELS_FOLDER))
        path, _ = ask_save_path(self, tr("Save model as"), folder / "cnngui-model.pt", tr(SAVE_CHECKPOINT_FILTER),
                                ".pt")
        if path:
            self.save_model(path)

    def save_model(self, path: str | Path) -> bool:
        from cnngui.core.model_files.checkpoint import save_checkpoint
        from cnngui.errors import UserError

        if self.state is None or self.state.checkpoint is None:
            show_error(self, tr("Nothing to save"), tr("There is no model yet: train one or open one first."))
            return False
        try:
            save_checkpoint(self.state.checkpoint, path)
        except UserError as exc:
            show_error(self, tr("Cannot save model"), str(exc))
            return False
        self._model_file_done(path, tr("Saved {file}").format(file=path))
        return True

    def _model_file_done(self, path: str | Path, done: str) -> None:
        """Remember the folder for the next file dialog and say what happened ("Saved model.pt")."""
        saved.write(self.settings, saved.MODELS_FOLDER, str(Path(path).parent))
        self.statusBar().showMessage(done, 5000)

    def _use_bundled(self) -> None:
        from cnngui.errors import UserError

        try:
            self.state.load_bundled()
        except UserError as exc:
            show_error(self, tr("Bundled model unavailable"), str(exc))

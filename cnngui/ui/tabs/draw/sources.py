"""The Draw tab's picture sources: open, paste, drop, a random test image, and keeping a drawing in a dataset.
Pictures from files are decoded on a task's thread; every picture goes to the application state, which
puts it on the canvas of whichever view shows it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
)

from cnngui.core.data.preprocess import load_image, preprocess
from cnngui.i18n import N_, tr
from cnngui.ui import settings as saved
from cnngui.ui.widgets.canvas import qimage_to_array
from cnngui.ui.widgets.dialogs import show_error

IMAGE_FILTER = N_("Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp);;All files (*)")


def _decode_picture(task_state, picture: Path | np.ndarray) -> np.ndarray:
    """A file, or a pasted or dropped picture, as the canvas's picture: ink, light on dark, in 0…1 (runs on a
    task's thread: a large photo took 1.2-2 s to decode and frame, which froze the window)."""
    from cnngui.core.data.preprocess import fit_within
    from cnngui.ui.torch_threads import use_one_thread
    from cnngui.ui.widgets.canvas import RESOLUTION

    use_one_thread()
    image = load_image(picture) if isinstance(picture, Path) else picture
    # The canvas shows (and classifies) RESOLUTION pixels: shrink here, not on the GUI thread.
    return fit_within(preprocess(image).steps[0][1], RESOLUTION)


class PictureSources:
    """The Draw tab's picture sources: open, paste, drop, a random test image, and keeping a drawing in a dataset."""

    def _choose_image(self) -> None:
        start = saved.read(self.settings, saved.IMAGES_FOLDER)
        path, _ = QFileDialog.getOpenFileName(self, tr("Open an image of a digit"), start, tr(IMAGE_FILTER))
        if path:
            self.open_image(path)

    def open_image(self, path: str | Path):
        """Decode the file in the background (a 6000x6000 PNG took 1.4-2 s, frozen, on the GUI thread); the
        picture or a dialog follows. Returns the task, whose `sig_done` comes after either."""
        path = Path(path)
        self.state.messages.status(tr("Opening {file}…").format(file=path.name))
        return self._frame_in_background(path, tr("Image: {file}").format(file=path.name),
                                         lambda: saved.write(self.settings, saved.IMAGES_FOLDER, str(path.parent)))

    def _frame_in_background(self, picture: Path | np.ndarray, source: str, then=lambda: None):
        """The one way a picture from outside reaches the canvas: decoded and framed on a task's thread."""

        def framed(ink) -> None:
            self._set_picture(ink, source)
            then()

        return self.jobs.run("image", _decode_picture, picture, on_result=framed,
                             on_failed=lambda message: show_error(self, tr("Cannot use this file"), message))

    def add_to_dataset(self, dataset: str, class_name: str, writer: str, share: bool | None = None):
        """Save the drawing into datasets/<dataset>/<class>/<writer>/ (the path, or None after a dialog);
        `share`: mark the dataset shared with the class (True), no longer (False), or leave it as it is."""
        from cnngui.core.data.image_folder import MAX_FILES, images_in, save_drawing
        from cnngui.errors import UserError
        from cnngui.ui.settings import datasets_dir

        if self.canvas.is_empty():
            show_error(self, tr("Nothing to add"), tr("Draw {a_noun} first.").format(a_noun=self._a_noun))
            return None
        try:
            if not dataset:
                raise UserError(tr("Give the dataset a name."))
            path = save_drawing(datasets_dir() / dataset, class_name, writer, self.canvas.as_array())
        except UserError as exc:
            show_error(self, tr("Cannot add the drawing"), str(exc))
            return None
        klass = path.parent.parent  # <dataset>/<class>/<writer>/<file>
        self._last_dataset = klass.parent
        shared = self._share(klass.parent, path, share)
        self.state.messages.status(tr("Added to {dataset} / {name}: {count} drawings of it now.").format(
            dataset=dataset, name=klass.name, count=len(images_in(klass, [MAX_FILES]))) + shared)
        return path

    def _share(self, dataset: Path, drawing: Path, share: bool | None) -> str:
        """Send the drawing to the class where its dataset is shared (all of it, when it just became so);
        what the status bar adds to say so."""
        from cnngui.core.classroom import membership, sender
        from cnngui.core.classroom.drawings import is_shared, mark_shared, share_drawings, share_whole_dataset
        from cnngui.errors import UserError

        joined, was_shared = membership.current(), is_shared(dataset)
        if share is False and was_shared:
            mark_shared(dataset, False)
        if joined is None or not (share or (share is None and was_shared)):
            return ""
        outbox = sender.shared().outbox
        try:
            count = (share_drawings(outbox, joined, dataset, [drawing]) if was_shared
                     else share_whole_dataset(outbox, joined, dataset))
        except (OSError, UserError) as exc:  # a full disk; a dataset grown past what an image folder holds
            return " " + tr("Not sent to the class: {error}").format(error=exc)
        sender.shared().wake()
        return " " + tr("Sent to the class: {count} drawings.").format(count=count) if count > 1 else " " + tr(
            "Sent to the class.")

    def _choose_collect(self) -> None:
        from cnngui.ui.tabs.draw.collect import CollectDialog

        dialog = CollectDialog(self, self.settings, list(self.state.model_dataset.class_names))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_to_dataset(*dialog.choice(), share=dialog.shared()))
        dialog.open()  # window-modal, without a nested event loop

    def paste(self) -> bool:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            show_error(self, tr("Nothing to paste"),
                       tr("The clipboard holds no image. Copy a picture of {a_noun} first.").format(
                           a_noun=self._a_noun))
            return False
        if not self._fits(image, tr("Pasted image")):
            return False
        self._frame_in_background(qimage_to_array(image), tr("Pasted image"))
        return True

    def _fits(self, image, what: str) -> bool:
        """A pasted or dropped picture meets the limits a file does (preprocess.check_pixels)."""
        from cnngui.core.data.preprocess import check_pixels
        from cnngui.errors import ImageError

        try:
            check_pixels(image.width(), image.height(), what)
        except ImageError as exc:
            show_error(self, tr("Picture too large"), str(exc))
            return False
        return True

    def random_test_digit(self) -> None:
        self.state.show_random_test_image()

    def _set_picture(self, ink: np.ndarray, source: str, true_label: int | None = None) -> None:
        self.state.show_picture(ink, source, true_label)

    def _picture_changed(self) -> None:
        """The state has a new picture (from this tab or another): put it on the canvas."""
        self.true_label = self.state.true_label
        source = self.state.picture_source
        self.sourceLabel.setProperty("source", source)
        self.canvas.set_picture(self.state.picture)
        self.update_prediction()  # at once, so every view shows the new picture in the same turn
        truth = self.true_label
        truth_text = (" (" + tr("true: {name}").format(name=self.state.model_dataset.class_name(truth)) + ")"
                      if truth is not None else "")
        self.sourceLabel.setText(source + truth_text + tr(" — draw on it, or Clear to start again"))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and mime.urls()[0].isLocalFile():
            from cnngui.core.model_files.model_import import MODEL_SUFFIXES

            path = mime.urls()[0].toLocalFile()
            if Path(path).suffix.lower() in MODEL_SUFFIXES:
                self.state.messages.open_model(path)  # a model dropped here opens as a model
            else:
                self.open_image(path)
        elif mime.hasImage() and self._fits(mime.imageData(), tr("Dropped image")):
            self._frame_in_background(qimage_to_array(mime.imageData()), tr("Dropped image"))
        event.acceptProposedAction()


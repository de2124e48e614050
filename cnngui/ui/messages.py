"""What views tell the window, kept apart from the application state they show: a passing status
line, an error for a dialog, a request to bring a tab forward or to show or train on an image folder.
The window is the one listener; a view never reaches the window (or another view) itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Messages(QObject):
    sig_status = Signal(str)  # a passing message for the status bar
    sig_error = Signal(str, str)  # title, message: for a dialog
    sig_show_tab = Signal(str)  # bring this tab forward, by its attribute name ("draw_tab")
    sig_show_dataset = Signal(str)  # show this image folder in the dataset view ("": the user's datasets)
    sig_train_on_folder = Signal(str)  # make this image folder the dataset to train on
    sig_open_model = Signal(str)  # open this model file (a drop), as File → Open model does

    def status(self, text: str) -> None:
        self.sig_status.emit(text)

    def error(self, title: str, text: str) -> None:
        self.sig_error.emit(title, text)

    def show_tab(self, attribute: str) -> None:
        self.sig_show_tab.emit(attribute)

    def show_dataset(self, folder: str = "") -> None:
        self.sig_show_dataset.emit(str(folder))

    def train_on_folder(self, folder: str) -> None:
        self.sig_train_on_folder.emit(str(folder))

    def open_model(self, path: str) -> None:
        self.sig_open_model.emit(str(path))

"""The self-test's window check: build the main window and train a few batches in its worker."""

from __future__ import annotations

import time

from cnngui.i18n import tr


def gui_check(data) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from cnngui.core.data.loading import ImageData
    from cnngui.ui.main_window import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window()
    window.show()
    tab = window.train_tab
    small = ImageData(data.train_images[:512], data.train_labels[:512], data.test_images[:256], data.test_labels[:256])
    tab.data_provider = lambda: small
    tab.autosave_path = None
    tab.recipe.epochsSpin.setValue(1)
    tab.recipe.batchSizeSpin.setValue(64)
    tab.recipe.deviceCombo.setCurrentIndex(tab.recipe.deviceCombo.findData("cpu"))
    tab.start()
    deadline = time.monotonic() + 120
    while tab.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()
    batches = len(tab.curves.batch_loss)
    ok = not tab.running and batches == 8 and tab.curves.epochs
    import tempfile
    from pathlib import Path

    from cnngui.core.teaching.lessons import bundled_lessons, load_lesson
    from cnngui.ui.look import slides

    with tempfile.TemporaryDirectory() as folder:  # QtSvg and the lessons made it into the bundle
        svg = slides.save(tab.curves.loss_plot, Path(folder) / "loss.svg")
        if "<svg" not in svg.read_text():
            raise AssertionError("the loss curve did not export as SVG")
    lessons = [load_lesson(path).title for path in bundled_lessons()]
    if len(lessons) < 2:
        raise AssertionError(f"the bundled lessons are missing ({lessons})")
    from cnngui.ui.look import language

    german = language.apply("de") == "de" and tr("Start") == "Starten"  # the compiled translation is bundled
    language.apply("en")
    if not german:
        raise AssertionError("the German translation (resources/translations/cnngui_de.qm) did not load")
    window.confirm_close = lambda: True
    window.close()
    if window.explore_tab is not None:
        window.explore_tab.shutdown()
    from cnngui.ui.tasks import Task

    Task.shutdown_all()  # the window closed at once; its cancelled tasks end before the process does
    if not ok:
        raise AssertionError(f"the background worker trained {batches} of 8 batches")
    return (f"window built, {batches} batches trained in the background worker, the curve exported as SVG, "
            f"{len(lessons)} bundled lessons read, the German translation loaded")

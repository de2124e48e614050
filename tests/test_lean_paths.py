"""Work taken off the paths a student waits on (issue 31 item 6); the figures are in benchmarks/."""

import subprocess
import sys

import numpy as np


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_loading_mnist_and_saving_a_checkpoint_do_not_import_torchvision(tmp_path):
    out = _python(
        "import sys\n"
        "from cnngui.core.data.loading import load_mnist\n"
        "from cnngui.core.model_files.checkpoint import library_versions\n"
        "data = load_mnist()\n"
        "versions = library_versions()\n"
        "print(len(data.train_images), len(data.test_images), versions['torchvision'] != '', "
        "'torchvision' in sys.modules)")
    assert out == "60000 10000 True False"


def test_cnngui_keeps_numpys_blas_to_one_thread_unless_the_user_says_otherwise():
    assert _python("import cnngui, os; print(os.environ['OPENBLAS_NUM_THREADS'])") == "1"
    assert _python("import os; os.environ['OPENBLAS_NUM_THREADS'] = '2'; import cnngui; "
                   "print(os.environ['OPENBLAS_NUM_THREADS'])") == "2"


def test_the_diagrams_labels_are_drawn_once_not_on_every_new_picture(qtbot):
    from cnngui.core.network.architecture import SEED_CNN
    from cnngui.ui.widgets.diagram import DiagramView

    view = DiagramView()
    drawn = []
    original = view._paint_label
    view._paint_label = lambda *args: (drawn.append(1), original(*args))
    qtbot.addWidget(view)
    view.resize(600, 260)
    view.show()
    view.set_network(SEED_CNN, (1, 28, 28), 10)
    outputs = [np.random.rand(*shape).astype(np.float32) for shape in
               [(32, 26, 26), (32, 26, 26), (32, 13, 13), (64, 11, 11), (64, 11, 11), (64, 5, 5), (1600,), (64,),
                (64,), (10,)]]
    view.grab()
    first = len(drawn)  # (a paint while showing may have come first: the labels were drawn once either way)
    for _ in range(3):  # the pen moves: new maps, the same labels
        view.set_outputs(outputs, np.random.rand(28, 28))
        view.grab()
    assert first == 11 and len(drawn) == first  # 11 slabs' labels, once
    view.set_unit(3, 5, 5)  # a traced unit changes what the labels say
    view.grab()
    assert len(drawn) == 2 * first


def test_no_collection_walks_the_late_imports_while_a_training_loads_them(qtbot, monkeypatch):
    """A training's first optimizer imports PyTorch's compiler modules on its thread: the GUI thread's collector
    waits meanwhile (walking their young objects took 50-65 ms a collection), then freezes them and goes on.
    Nothing imports them ahead in the background (that met a student's first pen strokes: 100-165 ms events)."""
    import gc
    import sys
    import types

    from cnngui.ui import gc_guard

    gc_guard.install()
    monkeypatch.setattr(gc_guard, "_LATE_MODULES", ("a_module_being_imported",))
    module = types.ModuleType("a_module_being_imported")
    module.__spec__ = types.SimpleNamespace(_initializing=True)  # in sys.modules from the start of its import
    monkeypatch.setitem(sys.modules, "a_module_being_imported", module)
    frozen = []
    monkeypatch.setattr(gc_guard, "freeze_long_lived", lambda: frozen.append(gc.get_freeze_count()))
    gc_guard.expect_late_imports()
    assert gc_guard._guard.paused is not None
    counts = gc.get_count()
    gc_guard._guard.check()  # a check meanwhile collects nothing, freezes nothing
    assert gc.get_count()[0] >= counts[0] and not frozen and gc_guard._guard.paused is not None
    module.__spec__._initializing = False  # the import ends
    qtbot.waitUntil(lambda: gc_guard._guard.paused is None, timeout=30_000)  # the timer's check saw it
    assert len(frozen) == 1
    gc_guard.expect_late_imports()  # loaded: nothing to wait for
    assert gc_guard._guard.paused is None


def test_a_program_that_builds_the_window_and_ends_at_once_ends_cleanly(tmp_path):
    """An embedding program (cnngui.app.create_main_window, then exit) aborted while the late imports ran:
    "QThread: Destroyed while thread 'cnngui-late-imports' is still running"."""
    import os
    import subprocess
    import sys

    script = ("import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication(sys.argv)\n"
              "from cnngui.app import create_main_window\nwindow = create_main_window()\n"
              "print('built', window.objectName() or 'window')\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CNNGUI_CONFIG_DIR": str(tmp_path / "config"),
           "CNNGUI_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, env=env,
                          timeout=300)
    assert "QThread: Destroyed" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert "built" in done.stdout

"""Shared fixtures. Qt runs offscreen, and every test gets its own cache and data folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.setdefault("CNNGUI_LANGUAGE", "en")  # tests read English texts, whatever the machine's locale
os.environ.setdefault("CNNGUI_SPEED_PROBE", "off")  # tests train tiny runs: a 2 s probe each would dwarf them

import gzip
import hashlib
import struct
from pathlib import Path

import numpy as np
import pytest
import torch

from cnngui.core.devices import cpu_threads
from cnngui.i18n import compile_all, lrelease

DEFAULT_THREADS = cpu_threads()
if lrelease() is not None:  # a GPU machine that runs only the core's CUDA tests may lack PySide6
    compile_all()  # the .qm files the translated UI loads, built from resources/translations/*.ts


@pytest.fixture(autouse=True, scope="session")
def _no_thread_outlives_the_session():
    """A window a test left open may still be making its test report: end such work before Python exits,
    or Qt says "QThread: Destroyed while thread is still running"."""
    yield
    from cnngui.ui.tasks import Task

    Task.shutdown_all()


@pytest.fixture(autouse=True)
def _restore_torch_threads():
    """The app makes its GUI thread serial (cnngui.ui.torch_threads); tests that follow get all cores back."""
    yield
    torch.set_num_threads(DEFAULT_THREADS)


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that switched the UI to another language leaves it in English for the next."""
    yield
    from cnngui import i18n

    if i18n.language() != "en":
        from cnngui.ui.look import language

        language.apply("en")


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path_factory, tmp_path, monkeypatch):
    """The dataset cache is shared by the session (decompressing is slow); settings and autosaves are per test."""
    monkeypatch.setenv("CNNGUI_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("CNNGUI_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.setenv("CNNGUI_CONFIG_DIR", str(tmp_path / "userconfig"))


def synthetic_digits(count: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """`count` 28x28 uint8 digits drawn from pen strokes at random sizes, slants and widths."""
    from cnngui.core.data.preprocess import preprocess
    from cnngui.core.data.strokes import render_digit

    rng = np.random.default_rng(seed)
    images, labels = [], []
    for i in range(count):
        digit = i % 10
        img = render_digit(digit, size=56, width=float(rng.uniform(3, 7)), box=float(rng.uniform(0.5, 0.8)),
                           slant=float(rng.uniform(-0.2, 0.3)),
                           center=(float(rng.uniform(0.4, 0.6)), float(rng.uniform(0.4, 0.6))))
        images.append((preprocess(img).image28 * 255).round().astype(np.uint8))
        labels.append(digit)
    return torch.from_numpy(np.stack(images)), torch.tensor(labels, dtype=torch.long)


@pytest.fixture(scope="session")
def tiny_data():
    """A few hundred learnable digits (not MNIST), for training tests."""
    from cnngui.core.data.loading import ImageData

    train_x, train_y = synthetic_digits(400, seed=1)
    test_x, test_y = synthetic_digits(100, seed=2)
    return ImageData(train_x, train_y, test_x, test_y, source="synthetic")


def write_idx(path: Path, array: np.ndarray, compress: bool = True) -> bytes:
    """Write an IDX file (MNIST's format); returns the uncompressed bytes."""
    code = 0x08  # unsigned byte
    header = struct.pack(">HBB", 0, code, array.ndim) + b"".join(struct.pack(">I", d) for d in array.shape)
    raw = header + array.astype(np.uint8).tobytes()
    if compress:
        with gzip.open(path, "wb") as f:
            f.write(raw)
    else:
        path.write_bytes(raw)
    return raw


@pytest.fixture
def idx_folder(tmp_path, tiny_data):
    """A folder of four small MNIST-format files and the checksum table that matches them."""
    folder = tmp_path / "mnist"
    folder.mkdir()
    arrays = {
        "train-images-idx3-ubyte": tiny_data.train_images.numpy(),
        "train-labels-idx1-ubyte": tiny_data.train_labels.numpy(),
        "t10k-images-idx3-ubyte": tiny_data.test_images.numpy(),
        "t10k-labels-idx1-ubyte": tiny_data.test_labels.numpy(),
    }
    checksums = {}
    for name, array in arrays.items():
        raw = write_idx(folder / f"{name}.gz", array)
        checksums[name] = (hashlib.md5(raw).hexdigest(), len(raw))
    return folder, checksums


@pytest.fixture(scope="session")
def seed_checkpoint(tmp_path_factory, tiny_data):
    """A small trained checkpoint of the seed CNN (on the synthetic digits)."""
    from cnngui.core.model_files.checkpoint import from_trainer, save_checkpoint
    from cnngui.core.training.loop import Trainer
    from cnngui.core.training.recipes import TrainConfig

    trainer = Trainer(tiny_data, TrainConfig(epochs=2, batch_size=32, lr=2e-3, device="cpu", seed=3))
    trainer.run()
    path = tmp_path_factory.mktemp("ckpt") / "model.pt"
    save_checkpoint(from_trainer(trainer), path)
    return path


@pytest.fixture
def make_window(qtbot):
    """Build the full main window, shown, on a given tab; stops its workers afterwards."""
    from cnngui.ui.main_window import create_main_window

    made = []

    def make(tab: str | None = None, size=(1200, 800)):
        window = create_main_window()
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        if tab:
            window.mainTabs.setCurrentWidget(getattr(window, tab))
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    from cnngui.ui.tasks import Task

    for window in made:
        for tab in window.tabs:
            tab.shutdown()
    assert Task.shutdown_all(), "a background task did not end"

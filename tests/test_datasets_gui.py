"""Another dataset through the GUI: chosen in Train, trained, then named by its classes in Draw and Explore."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from cnngui.core.data.datasets import DATASETS, FASHION_MNIST


@pytest.fixture
def fashion_window(make_window, idx_folder, monkeypatch):
    folder, checksums = idx_folder  # small MNIST-format files the test made, checked like the real ones
    monkeypatch.setitem(DATASETS, "fashion-mnist", FASHION_MNIST.with_checksums(checksums))
    window = make_window("train_tab")
    window.train_tab.autosave_path = None
    return window, folder


def visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
            if w.isVisibleTo(widget) and w.text()]


def test_fashion_mnist_is_trained_and_named_everywhere(qtbot, fashion_window):
    window, folder = fashion_window
    train = window.train_tab
    train.data.datasetCombo.setCurrentIndex(train.data.datasetCombo.findData("fashion-mnist"))
    train.data.datasetCombo.activated.emit(train.data.datasetCombo.currentIndex())
    assert window.state.dataset.key == "fashion-mnist" and "choose the folder" in train.data.dataLabel.text()
    train.set_data_folder(str(folder))
    assert f"Fashion-MNIST in {folder}" == train.data.dataLabel.text()
    train.recipe.epochsSpin.setValue(1)
    train.recipe.batchSizeSpin.setValue(50)
    train.recipe.deviceCombo.setCurrentIndex(train.recipe.deviceCombo.findData("cpu"))
    train.start()
    qtbot.waitUntil(lambda: not train.running, timeout=60_000)
    assert window.state.checkpoint.dataset["name"] == "fashion-mnist"
    assert "Fashion-MNIST" in window.modelLabel.text()

    draw = window.draw_tab
    window.mainTabs.setCurrentWidget(draw)
    draw.update_prediction()
    assert draw.confidenceLabel.text() == "Draw an item of clothing"
    ticks = draw.probabilityChart.getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks][:2] == ["T-shir", "Trouse"]
    draw.random_test_digit()  # a Fashion-MNIST test image, from the chosen folder
    qtbot.waitUntil(lambda: draw.true_label is not None, timeout=20_000)
    assert draw.predictionLabel.text() in FASHION_MNIST.class_names
    assert "Fashion-MNIST test image" in draw.sourceLabel.text()
    assert "Fashion-MNIST" in draw.framingLabel.text() and "28 px" in draw.framingLabel.text()

    explore = window.explore_tab
    window.mainTabs.setCurrentWidget(explore)
    explore.explorerLayerList.setCurrentRow(explore.explorerLayerList.count() - 1)
    assert explore.featureMapGrid.labels[7].endswith("(Sneaker)")
    for tab in (draw, explore):
        words = " ".join(visible_texts(tab)).lower()
        assert "digit" not in words, [t for t in visible_texts(tab) if "digit" in t.lower()]


def test_a_checkpoint_of_another_dataset_needs_its_data_to_continue(qtbot, fashion_window, tmp_path, seed_checkpoint):
    from PySide6.QtWidgets import QMessageBox

    window, folder = fashion_window
    train = window.train_tab
    train.set_dataset("fashion-mnist", str(folder))
    train.resume_from(seed_checkpoint)  # an MNIST checkpoint
    assert not train.running
    texts = [b.text() for b in train.findChildren(QMessageBox)]
    assert any("was trained on MNIST: choose MNIST" in t for t in texts), texts

"""Saved settings: bound once to their widgets, versioned, and brought forward from an earlier release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox

from cnngui.ui import settings as saved
from cnngui.ui.settings import VERSION, VERSION_KEY, Saved, app_settings, migrate, user_data_dir

# What release 1 (before versions) wrote, key for key, as a user's session left it.
RELEASE_1 = {"window/tab": "3", "train/preset": "seed", "train/epochs": "7", "train/batch_size": "64",
             "train/dataset": "mnist", "view/zoom": "1.5", "view/theme": "dark", "draw/show_inside": "false",
             "draw/not_sure_percent": "5", "network/preset": "deep", "network/code_language": "keras",
             "paths/models": "/somewhere/models"}


def _write_release_1() -> None:
    user_data_dir().mkdir(parents=True, exist_ok=True)
    old = QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in RELEASE_1.items():
        old.setValue(key, value)
    old.sync()


def test_settings_saved_by_release_1_open_with_the_same_values(qtbot):
    from cnngui.app import create_main_window

    _write_release_1()
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.mainTabs.currentWidget() is window.draw_tab  # tab 3, now kept by its name
    recipe = window.train_tab.recipe
    assert recipe.presetCombo.currentData() == "seed" and recipe.epochsSpin.value() == 7
    assert recipe.batchSizeSpin.value() == 64
    assert window.draw_tab.findChild(QDoubleSpinBox, "notSureSpin").value() == 5.0
    assert not window.draw_tab.drawDiagram.isVisibleTo(window.draw_tab)  # "show inside" was off
    assert window.network_tab.networkPresetCombo.currentData() == "deep"
    assert window.network_tab.findChild(QComboBox, "codeLanguageCombo").currentData() == "keras"
    assert saved.read(window.settings, saved.MODELS_FOLDER) == "/somewhere/models"
    assert window.unreadable_settings == [] and window.train_tab.unreadable_settings == []
    settings = app_settings()
    assert int(settings.value(VERSION_KEY)) == VERSION and settings.value("train/recipe") == "seed"
    assert not settings.contains("train/preset") and settings.value("window/tab") == "draw"


def test_migrating_twice_changes_nothing_and_a_new_file_stays_empty(tmp_path):
    fresh = QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat)
    assert migrate(fresh) == VERSION and fresh.allKeys() == []
    old = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    for key, value in RELEASE_1.items():
        old.setValue(key, value)
    assert migrate(old) == 1
    once = {key: old.value(key) for key in old.allKeys()}
    assert migrate(old) == VERSION
    assert {key: old.value(key) for key in old.allKeys()} == once


@pytest.mark.parametrize("widget_kind", ["check", "spin", "combo"])
def test_a_bound_widget_shows_the_saved_value_and_saves_each_change(qtbot, tmp_path, widget_kind):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    if widget_kind == "check":
        setting, widget, value, change = Saved("t/check", True, saved.flag), QCheckBox(), False, \
            lambda w: w.setChecked(True)
    elif widget_kind == "spin":
        setting, widget, value, change = Saved("t/spin", 1.0, saved.number(float, 0, 10)), QDoubleSpinBox(), 2.5, \
            lambda w: w.setValue(7.0)
    else:
        widget = QComboBox()
        for key in ("a", "b", "c"):
            widget.addItem(key.upper(), key)
        setting, value, change = Saved("t/combo", "a", saved.one_of("abc")), "c", lambda w: w.setCurrentIndex(1)
    qtbot.addWidget(widget)
    settings.setValue(setting.key, value)
    saved.bind(settings, setting, widget)
    shown = widget.isChecked() if widget_kind == "check" else widget.value() if widget_kind == "spin" \
        else widget.currentData()
    assert shown == value
    change(widget)
    assert saved.read(settings, setting) == {"check": True, "spin": 7.0, "combo": "b"}[widget_kind]
    assert int(settings.value(VERSION_KEY)) == VERSION

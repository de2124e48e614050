"""The Train tab's recipe: the preset, the hyperparameters, the device, the seed and augmentation.

The controls are made from the hyperparameters' declarations (`core.training.recipes`), which also
give their ranges and how a saved value is read; `config()` is what the next training uses."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from cnngui.core.devices import list_devices
from cnngui.core.training.recipes import FORM, HYPERPARAMETERS, PRESET_DESCRIPTIONS, PRESETS, TrainConfig
from cnngui.i18n import tr
from cnngui.ui import settings as saved
from cnngui.ui.look.appearance import sized

# Saved as the form leaves them: each hyperparameter under train/<key>, parsed by its own rule.
FIELDS_SAVED = {h.key: saved.Saved(f"train/{h.key}", None, h.parse) for h in FORM}
RECIPE = saved.Saved("train/recipe", "fast", saved.one_of(PRESETS))
DEVICE = saved.Saved("train/device", "")


def number_box(h, name: str, decimals: int | None = None, step: float | None = None):
    """A spin box for hyperparameter `h`, with its declared range."""
    if h.kind is int:
        return QSpinBox(objectName=name, minimum=int(h.minimum), maximum=int(h.maximum),
                        alignment=Qt.AlignmentFlag.AlignRight)
    box = QDoubleSpinBox(objectName=name, decimals=decimals or 3, minimum=h.minimum, maximum=h.maximum,
                         alignment=Qt.AlignmentFlag.AlignRight)
    box.setSingleStep(step or 0.1)
    return box


class RecipeForm(QObject):
    """The recipe's controls; the tab lays them out in its form (`add_rows`)."""

    sig_device_changed = Signal(str)  # the device chosen to train on, by name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presetCombo = QComboBox(objectName="presetCombo")
        for name in ("fast", "seed", "bundled"):
            self.presetCombo.addItem(tr(PRESET_DESCRIPTIONS[name]), name)
        self.presetCombo.currentIndexChanged.connect(lambda: self.apply_preset(self.presetCombo.currentData()))
        hp = HYPERPARAMETERS
        self.epochsSpin = number_box(hp["epochs"], "epochsSpin")
        self.batchSizeSpin = number_box(hp["batch_size"], "batchSizeSpin")
        self.learningRateSpin = number_box(hp["lr"], "learningRateSpin", decimals=5, step=0.0005)
        self.optimizerCombo = QComboBox(objectName="optimizerCombo")
        names = {"adam": "Adam", "adamw": "AdamW", "sgd": tr("SGD (Nesterov momentum)")}
        for name in hp["optimizer"].choices:
            self.optimizerCombo.addItem(names[name], name)
        self.deviceCombo = QComboBox(objectName="deviceCombo")
        for combo in (self.presetCombo, self.optimizerCombo, self.deviceCombo):  # long entries must not widen the form
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
        self._fill_devices()
        self.deviceCombo.currentIndexChanged.connect(lambda: self.sig_device_changed.emit(self.device_name()))
        self.seedSpin = number_box(hp["seed"], "seedSpin")
        self.augmentCheck = QCheckBox(tr(hp["augment"].title), objectName="augmentCheck")
        self.labelSmoothingSpin = number_box(hp["label_smoothing"], "labelSmoothingSpin", decimals=2, step=0.05)
        self.labelSmoothingSpin.setToolTip(tr(
            "Label smoothing trains towards 90% sure instead of 100% (at 0.1), so the network doesn't grow "
            "overconfident. The loss the curves and the log show is the plain cross-entropy either way, the "
            "test loss's measure; 0 trains on that alone."))
        self.fields = {"epochs": self.epochsSpin, "batch_size": self.batchSizeSpin, "lr": self.learningRateSpin,
                       "optimizer": self.optimizerCombo, "label_smoothing": self.labelSmoothingSpin,
                       "seed": self.seedSpin, "augment": self.augmentCheck}
        self.learningRateSpin.setToolTip(tr("Adam's default is 0.001; the one-cycle presets use a higher peak rate."))
        self.batchSizeSpin.setToolTip(tr("Images per step. Larger batches run faster on a GPU."))
        self.apply_preset("fast")

    def add_rows(self, form: QFormLayout) -> None:
        hp = HYPERPARAMETERS
        form.addRow(tr("Recipe"), self.presetCombo)
        for key in ("epochs", "batch_size", "lr", "optimizer"):
            form.addRow(tr(hp[key].title), self.fields[key])
        form.addRow(tr("Device"), self.deviceCombo)
        # its words wrap rather than widen the labels' column, which would squeeze the combo boxes beside a lesson
        smoothing = QLabel(tr(hp["label_smoothing"].title), wordWrap=True)
        sized(smoothing, max_w=90)
        smoothing.setBuddy(self.labelSmoothingSpin)
        form.addRow(smoothing, self.labelSmoothingSpin)
        form.addRow(tr(hp["seed"].title), self.seedSpin)
        form.addRow(self.augmentCheck)  # the whole row: its text is long in some languages

    @property
    def controls(self) -> list[QWidget]:
        """Everything a running training locks."""
        return [self.presetCombo, *self.fields.values(), self.deviceCombo]

    def _fill_devices(self) -> None:
        model = self.deviceCombo.model()
        for info in list_devices():
            label = info.label if info.usable else tr("{device} — unavailable: {reason}").format(device=info.label,
                                                                                                 reason=info.reason)
            self.deviceCombo.addItem(label, info.id)
            if not info.usable and isinstance(model, QStandardItemModel):
                item = model.item(self.deviceCombo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(info.reason)
        usable = [i for i in range(self.deviceCombo.count()) if self._device_usable(i)]
        cuda = [i for i in usable if str(self.deviceCombo.itemData(i)).startswith("cuda")]
        self.deviceCombo.setCurrentIndex((cuda or usable)[0])

    def _device_usable(self, index: int) -> bool:
        model = self.deviceCombo.model()
        item = model.item(index) if isinstance(model, QStandardItemModel) else None
        return item is None or item.isEnabled()

    def apply_preset(self, name: str) -> None:
        cfg = PRESETS[name]
        for key in self.fields:
            self.set_value(key, getattr(cfg, key))

    def choose_preset(self, name: str) -> None:
        self.presetCombo.setCurrentIndex(self.presetCombo.findData(name))

    def reapply_preset(self) -> None:
        """The chosen preset's values again (after settings chosen for a small folder)."""
        self.apply_preset(self.presetCombo.currentData())

    def value(self, key: str):
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()

    def set_value(self, key: str, value) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setValue(value)

    def config(self) -> TrainConfig:
        base = self.preset()
        # what the form doesn't show (schedule, bf16, label smoothing...) comes from the preset
        return replace(base, **{key: self.value(key) for key in self.fields}, device=self.deviceCombo.currentData())

    def preset(self) -> TrainConfig:
        return PRESETS[self.presetCombo.currentData()]

    def device_name(self) -> str:
        """The chosen device as the status bar names it ("CPU (2 threads)", a GPU's name)."""
        info = next((d for d in list_devices() if d.id == self.deviceCombo.currentData()), None)
        return info.label if info is not None else self.deviceCombo.currentText()

    def restore(self, s: QSettings, bad: list[str]) -> bool:
        """The last run's settings; a value that can't be read keeps the recipe's and is named in `bad`.
        False if nothing was saved yet."""
        if s.value(RECIPE.key) is None:
            return False
        self.presetCombo.setCurrentIndex(max(0, self.presetCombo.findData(saved.read(s, RECIPE, bad))))
        for key in self.fields:
            self.set_value(key, saved.read(s, FIELDS_SAVED[key], bad, default=self.value(key)))
        index = self.deviceCombo.findData(saved.read(s, DEVICE))
        if index >= 0 and self._device_usable(index):
            self.deviceCombo.setCurrentIndex(index)
        return True

    def save(self, s: QSettings, with_fields: bool = True) -> None:
        """`with_fields` False: the hyperparameters were chosen for a small folder, not the user's to keep."""
        cfg = self.config()
        saved.write(s, RECIPE, self.presetCombo.currentData())
        if with_fields:
            for key in self.fields:
                saved.write(s, FIELDS_SAVED[key], getattr(cfg, key))
        saved.write(s, DEVICE, cfg.device)

"""The Network tab's layer editor: the selected layer's settings as a form made from its kind's declared
settings (core.network.layers), each change committed to the network as it is made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from cnngui.core.network.layers import SAME, Setting
from cnngui.i18n import tr


class LayerEditor:
    """The Network tab's layer editor: the selected layer's settings as a form made from its kind's declared"""

    def _selection_changed(self) -> None:
        index = self.selected()
        while self.layerForm.rowCount():
            self.layerForm.removeRow(0)
        self._editors = {}
        has = 0 <= index < len(self.rows)
        self.removeLayerButton.setEnabled(has and len(self.rows) > 1)
        self.moveUpButton.setEnabled(has and index > 0)
        self.moveDownButton.setEnabled(has and index < len(self.rows) - 1)
        if not has:
            self.layerBox.setTitle(tr("Selected layer"))
            self.layerHelp.setText(tr("Select a layer to change its settings."))
            self.layerProblem.setText("")
            return
        row = self.rows[index]
        self.layerBox.setTitle(f"{row.name}: {tr(row.kind.title) if row.kind else tr('unknown layer')}")
        self.layerHelp.setText(tr(row.kind.help) if row.kind else "")
        self.layerProblem.setText(f"✗ {row.problem}" if row.problem else "")
        if row.kind is None:
            return
        if not row.kind.settings:
            self.layerForm.addRow(QLabel(tr("This layer has no settings.")))
        for setting in row.kind.settings:
            editor = self._editor(setting, row.spec.get(setting.key, setting.default))
            editor.setObjectName(f"setting_{setting.key}")
            editor.setToolTip(tr(setting.help))
            self._connect_editor(editor, setting, index)
            self._editors[setting.key] = editor
            label = tr(setting.label)
            self.layerForm.addRow(label[:1].upper() + label[1:], editor)

    @staticmethod
    def _editor(setting: Setting, value) -> QWidget:
        """A spin box made from the setting's kind and range; a derived or "same" value sits just below its range."""
        if setting.kind == "float":
            editor = QDoubleSpinBox(minimum=setting.minimum, maximum=setting.maximum, decimals=2, singleStep=0.05)
            editor.setValue(float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0)
            return editor
        special = "same" if setting.kind == "int_or_same" else tr(setting.none_label)
        editor = QSpinBox(minimum=int(setting.minimum) - (1 if special else 0), maximum=int(setting.maximum))
        if special:
            editor.setSpecialValueText(special)
        if value is None or value == SAME or isinstance(value, bool) or not isinstance(value, int):
            editor.setValue(editor.minimum() if special and (value is None or value == SAME) else int(setting.minimum))
        else:
            editor.setValue(value)
        return editor

    def _connect_editor(self, editor: QWidget, setting: Setting, index: int) -> None:
        def changed(value) -> None:
            special = isinstance(editor, QSpinBox) and editor.specialValueText() and value == editor.minimum()
            if special:
                value = SAME if setting.kind == "int_or_same" else None
            self.set_setting(index, setting.key, value)

        editor.valueChanged.connect(changed)


"""The Network tab: build the network that Train trains, from presets or layer by layer.

Every row shows, live, its output shape, parameters and receptive field; a network that
can't work says why on the row that breaks it, and can't be trained until it is fixed. The
layer kinds, their settings and ranges all come from the registry in `cnngui.core.network.layers`;
the form for a layer's settings is made from it. The network lives in the application state.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cnngui.core.network.architecture import PRESETS
from cnngui.core.network.layers import KINDS, analyse, first_problem, settings_text, shape_text
from cnngui.i18n import N_, number, tr
from cnngui.ui import settings as saved
from cnngui.ui.app_state import EDITED, AppState
from cnngui.ui.look.appearance import color, sized, text_style
from cnngui.ui.tabs import LessonHooks
from cnngui.ui.tabs.base import Tab
from cnngui.ui.tabs.network.files import PRESET_CHOICE, NetworkFiles
from cnngui.ui.tabs.network.layer_editor import LayerEditor
from cnngui.ui.widgets.flow_layout import FlowLayout, group

COLUMNS = (N_("Layer"), N_("Settings"), N_("Output"), N_("Parameters"), N_("Each unit sees"))
SETTINGS_COLUMN = 1
PROBLEM_BG = QColor("#fde2e1")
PROBLEM_FG = QColor("#a4161a")




class NetworkTab(LayerEditor, NetworkFiles, Tab):
    def __init__(self, state: AppState, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(state, settings, parent)
        self.rows = []
        self._editors: dict[str, QWidget] = {}
        self._build()
        self.modelNetworkButton.setEnabled(state.checkpoint is not None)
        state.sig_architecture_changed.connect(self._refresh)
        state.sig_model_changed.connect(lambda: self.modelNetworkButton.setEnabled(state.checkpoint is not None))
        state.sig_dataset_changed.connect(self._refresh)
        self._restore()
        self._refresh()
        self.architectureTable.selectRow(0)

    # ---- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        top = self._build_preset_row()
        self._build_table()
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.presetAbout)
        left.addWidget(self.inputLabel)
        from cnngui.ui.tabs.network.code_view import CodeView

        self.codeView = CodeView(self.state, self.settings)
        self.networkViews = QTabWidget(objectName="networkViews")  # the network as a table, and as code
        self.networkViews.addTab(self.architectureTable, tr("Layers"))
        self.networkViews.addTab(self.codeView, tr("Code"))
        from cnngui.ui.widgets.diagram import NetworkDiagram

        self.diagram = NetworkDiagram(self.state, "network", "networkDiagram", slab_width=62)
        self.diagram.view.sig_unit_chosen.connect(lambda layer, y,
                                                  x: layer >= 0 and self.architectureTable.selectRow(layer))
        self.networkViews.addTab(self.diagram, tr("Diagram"))
        left.addWidget(self.networkViews, 1)
        left.addWidget(self.networkTotals)
        hint = QLabel(tr("The Train tab trains this network. After training, Draw and Explore show it "
                      "(Explore: every conv layer's filters, and what each unit sees)."))
        hint.setWordWrap(True)
        text_style(hint, tone="muted")
        right = QVBoxLayout()
        right.addWidget(self._build_layer_tools())
        right.addWidget(self._build_layer_box())
        right.addWidget(hint)
        right.addStretch(1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        sized(right_widget, min_w=270, max_w=340)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(right_widget)

    def _build_preset_row(self) -> FlowLayout:
        """Start from a preset; open and save networks."""
        self.networkPresetCombo = QComboBox(objectName="networkPresetCombo")
        for preset in PRESETS.values():
            self.networkPresetCombo.addItem(tr(preset.title), preset.key)
            self.networkPresetCombo.setItemData(self.networkPresetCombo.count() - 1, tr(preset.about),
                                                Qt.ItemDataRole.ToolTipRole)
        self.networkPresetCombo.setToolTip(tr("Start from a ready-made network; you can change every layer afterwards"))
        self.loadPresetButton = QPushButton(tr("Start from this"), objectName="loadPresetButton")
        self.loadPresetButton.clicked.connect(lambda: self.use_preset(self.networkPresetCombo.currentData()))
        self.modelNetworkButton = QPushButton(tr("The model's network"), objectName="modelNetworkButton")
        self.modelNetworkButton.setToolTip(tr("Edit the network of the model now in the app (trained here, or opened "
                                              "from a file: cnngui, Keras or ONNX)"))
        self.modelNetworkButton.clicked.connect(self.use_model_network)
        self.openArchitectureButton = QPushButton(tr("Open…"), objectName="openArchitectureButton")
        self.saveArchitectureButton = QPushButton(tr("Save as…"), objectName="saveArchitectureButton")
        self.openArchitectureButton.setToolTip(tr("Open a network saved as JSON"))
        self.saveArchitectureButton.setToolTip(tr("Save this network as JSON (cnngui train --arch FILE trains it)"))
        self.openArchitectureButton.clicked.connect(self._choose_open)
        self.saveArchitectureButton.clicked.connect(self._choose_save)
        top = FlowLayout()  # wraps beside a lesson at 1024 px rather than pushing the window wider
        top.addWidget(group(QLabel(tr("Start from")), self.networkPresetCombo, self.loadPresetButton))
        top.addWidget(self.modelNetworkButton)
        top.add_stretch()
        top.addWidget(self.openArchitectureButton)
        top.addWidget(self.saveArchitectureButton)
        self.presetAbout = QLabel(objectName="presetAbout", wordWrap=True)
        text_style(self.presetAbout, tone="muted")
        self.networkPresetCombo.currentIndexChanged.connect(
            lambda: self.presetAbout.setText(tr(PRESETS[self.networkPresetCombo.currentData()].about)))
        return top

    def _build_table(self) -> None:
        """The layers, one row each, with shapes, parameters and receptive fields."""
        self.inputLabel = QLabel(objectName="networkInputLabel", wordWrap=True)
        self.architectureTable = QTableWidget(0, len(COLUMNS), objectName="architectureTable")
        self.architectureTable.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])
        self.architectureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.architectureTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.architectureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.architectureTable.setWordWrap(True)
        self.architectureTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.architectureTable.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SETTINGS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.architectureTable.itemSelectionChanged.connect(self._selection_changed)
        self.networkTotals = QLabel(objectName="networkTotals", wordWrap=True)
        self.networkTotals.setTextFormat(Qt.TextFormat.RichText)

    def _build_layer_tools(self) -> QGroupBox:
        """Add, remove and move layers."""
        self.addLayerKindCombo = QComboBox(objectName="addLayerKindCombo")
        for kind in KINDS.values():
            self.addLayerKindCombo.addItem(tr(kind.title), kind.type)
            self.addLayerKindCombo.setItemData(self.addLayerKindCombo.count() - 1, tr(kind.help),
                                               Qt.ItemDataRole.ToolTipRole)
        self.addLayerButton = QPushButton(tr("Add below"), objectName="addLayerButton")
        self.addLayerButton.setToolTip(tr("Insert a layer of this kind below the selected one"))
        self.addLayerButton.clicked.connect(lambda: self.add_layer(self.addLayerKindCombo.currentData()))
        self.removeLayerButton = QPushButton(tr("Remove"), objectName="removeLayerButton")
        self.moveUpButton = QPushButton(tr("Move up"), objectName="moveUpButton")
        self.moveDownButton = QPushButton(tr("Move down"), objectName="moveDownButton")
        self.removeLayerButton.clicked.connect(self.remove_layer)
        self.moveUpButton.clicked.connect(lambda: self.move_layer(-1))
        self.moveDownButton.clicked.connect(lambda: self.move_layer(1))
        add_row = QHBoxLayout()
        add_row.addWidget(self.addLayerKindCombo, 1)
        add_row.addWidget(self.addLayerButton)
        move_row = QHBoxLayout()
        move_row.addWidget(self.moveUpButton)
        move_row.addWidget(self.moveDownButton)
        move_row.addWidget(self.removeLayerButton)
        layers_box = QGroupBox(tr("Layers"))
        layers_layout = QVBoxLayout(layers_box)
        layers_layout.addLayout(add_row)
        layers_layout.addLayout(move_row)
        return layers_box

    def _build_layer_box(self) -> QGroupBox:
        """The selected layer's settings, as a form made from its kind."""
        self.layerHelp = QLabel(objectName="layerHelp", wordWrap=True)
        self.layerProblem = QLabel(objectName="layerProblem", wordWrap=True)
        text_style(self.layerProblem, tone="bad")
        self.layerForm = QFormLayout()
        self.layerBox = QGroupBox(tr("Selected layer"), objectName="layerBox")
        box_layout = QVBoxLayout(self.layerBox)
        box_layout.addWidget(self.layerHelp)
        box_layout.addLayout(self.layerForm)
        box_layout.addWidget(self.layerProblem)
        return self.layerBox

    # ---- the network --------------------------------------------------------------------------
    @property
    def layers(self) -> list[dict]:
        return self.state.architecture

    def selected(self) -> int:
        rows = self.architectureTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _commit(self, layers: list[dict], select: int, name: str | None = None) -> None:
        """Every edit goes through the state, which the table (and Train) follow."""
        if name is None:
            name = self.state.architecture_name
            name = name if name.endswith(EDITED) or name == "custom network" else name + EDITED
        self.state.set_architecture(layers, name)
        self.architectureTable.selectRow(max(0, min(select, len(layers) - 1)))

    def use_preset(self, key: str) -> None:
        preset = PRESETS[key]
        self.networkPresetCombo.setCurrentIndex(self.networkPresetCombo.findData(key))
        self._commit([dict(layer) for layer in preset.layers], 0, preset.title)
        saved.write(self.settings, PRESET_CHOICE, key)

    def add_layer(self, kind_type: str) -> None:
        kind = KINDS[kind_type]
        spec = {"type": kind_type, **{s.key: s.default for s in kind.settings if s.default is not None}}
        at = self.selected() + 1 if self.selected() >= 0 else len(self.layers)
        layers = [dict(layer) for layer in self.layers]
        layers.insert(at, spec)
        self._commit(layers, at)

    def remove_layer(self) -> None:
        index = self.selected()
        if index < 0 or len(self.layers) <= 1:
            return
        layers = [dict(layer) for i, layer in enumerate(self.layers) if i != index]
        self._commit(layers, index)

    def move_layer(self, step: int) -> None:
        index = self.selected()
        target = index + step
        if index < 0 or not 0 <= target < len(self.layers):
            return
        layers = [dict(layer) for layer in self.layers]
        layers[index], layers[target] = layers[target], layers[index]
        self._commit(layers, target)

    def set_setting(self, index: int, key: str, value) -> None:
        layers = [dict(layer) for layer in self.layers]
        if value is None:
            layers[index].pop(key, None)
        else:
            layers[index][key] = value
        self._commit(layers, index)

    # ---- views --------------------------------------------------------------------------------
    def _refresh(self) -> None:
        spec = self.state.dataset
        self.rows = analyse(self.layers, spec.input_shape, spec.num_classes)
        c, h, w = spec.input_shape
        self.inputLabel.setText(tr("<b>Input</b>: {h}×{w} image, {c} channel ({title}) · "
                                "<b>Output</b>: {num_classes} classes").format(
                                    h=h, w=w, c=c, title=spec.title, num_classes=spec.num_classes))
        selected = self.selected()
        table = self.architectureTable
        table.blockSignals(True)
        # Sized to their contents once, after the fill: resizing after every item made an edit of a 20-layer
        # network cost 60 ms (benchmarks/diagram_rebuild.py)
        headers = (table.horizontalHeader(), table.verticalHeader())
        modes = [[h.sectionResizeMode(i) for i in range(h.count())] for h in headers[:1]]
        headers[0].setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        headers[1].setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            kind = row.kind
            settings = settings_text(kind, row.spec) if kind and not kind.settings_problem(row.spec) else ""
            if row.problem:  # said on the row that breaks the network
                settings = f"{settings}\n✗ {row.problem}".strip()
            cells = (
                f"{row.name}  ·  {tr(kind.title)}" if kind else row.name,
                settings,
                shape_text(row.output_shape) if row.output_shape else "—",
                number(row.params, ",") if row.output_shape else "—",
                self._field_text(row),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.problem:
                    item.setBackground(QBrush(PROBLEM_BG))
                    item.setForeground(QBrush(PROBLEM_FG))
                    item.setToolTip(row.problem)
                elif kind:
                    item.setToolTip(tr(kind.help))
                table.setItem(r, column, item)
        for column, mode in enumerate(modes[0]):
            headers[0].setSectionResizeMode(column, mode)
        headers[1].setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setUpdatesEnabled(True)
        table.blockSignals(False)
        if 0 <= selected < len(self.rows):
            table.selectRow(selected)
        self._show_totals()
        self._selection_changed()

    @staticmethod
    def _field_text(row) -> str:
        rf = row.receptive_field
        if rf is None:
            return "—"
        return tr("the whole image") if rf.whole_image else tr("{size}×{size} pixels").format(size=rf.size)

    def _show_totals(self) -> None:
        problem = first_problem(self.rows)
        total = sum(r.params for r in self.rows)
        convs = sum(1 for r in self.rows if r.kind and r.kind.has_filters)
        summary = tr("{layers} layers ({convs} conv) · <b>{params}</b> parameters").format(
            layers=len(self.rows), convs=convs, params=number(total, ","))
        if problem:
            self.networkTotals.setText(tr("{summary}<br><span style='color:{name}'>✗ This network can't "
                                       "be trained yet: {problem}</span>").format(
                                           summary=summary, name=color('bad').name(), problem=problem))
        else:
            self.networkTotals.setText(tr("{summary} · <span style='color:{name}'>✓ ready to train</span> "
                                       "(in the Train tab)").format(summary=summary, name=color('good').name()))

    # ---- what a lesson may do here -------------------------------------------------------------
    def lesson_hooks(self) -> LessonHooks:
        return LessonHooks(
            settings={"network": self._lesson_network, "unit": self.show_unit},
            locks={"network": [self.networkPresetCombo, self.loadPresetButton, self.modelNetworkButton,
                               self.architectureTable,
                               self.addLayerKindCombo]},
            parts={"presets": [self.networkPresetCombo, self.loadPresetButton, self.modelNetworkButton],
                   "network-files": [self.openArchitectureButton, self.saveArchitectureButton],
                   "layer-tools": [self.addLayerKindCombo, self.addLayerButton, self.removeLayerButton,
                                   self.moveUpButton, self.moveDownButton],
                   "layer-editor": [self.layerBox]})

    def use_model_network(self) -> bool:
        """The current model's network becomes the one edited here (and trained next, from scratch)."""
        checkpoint = self.state.checkpoint
        if checkpoint is None:
            return False
        self.state.set_architecture(checkpoint.arch, tr("the network of {model}").format(model=self.state.label))
        return True

    def show_unit(self, unit: tuple[str, int, int]) -> bool:
        """Trace unit (layer name, y, x) of the current model in the diagram (a lesson's `unit:`)."""
        from cnngui.core.network.layers import analyse

        name, y, x = unit
        checkpoint = self.state.checkpoint
        names = [row.name for row in analyse(checkpoint.arch, checkpoint.spec.input_shape)] if checkpoint else []
        if name not in names:
            self.state.messages.status(tr("The current model has no layer {name}.").format(name=name))
            return False
        self.networkViews.setCurrentWidget(self.diagram)
        self.state.select_unit(names.index(name), 0, y, x)
        return True

    def _lesson_network(self, value) -> None:
        """A preset's key, or an architecture file; a preset already in use is left as it is (with its edits)."""
        if isinstance(value, Path):
            self.open_architecture(value)
        elif self.state.architecture_name != PRESETS[value].title:
            self.use_preset(value)

"""Beat objects: schools, kindergartens, shops selling alcohol, CCTV cameras and the like, by kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector_desk.services import beat_objects as objects_service
from inspector_desk.services.base import ChangeSet
from inspector_desk.ui import labels
from inspector_desk.ui.context import ClientContext
from inspector_desk.ui.errors import show_error
from inspector_desk.ui.icons import icon
from inspector_desk.ui.pages import Page
from inspector_desk.ui.rows import Column, RowsModel, data_table, record_at

translate = QCoreApplication.translate


class BeatObjectsPage(Page):
    def __init__(self, ctx: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objects_page")
        self._ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.model = RowsModel(
            [
                Column(
                    lambda: translate("BeatObjectsPage", "Kind"),
                    lambda o: labels.label(labels.object_kinds(), o.kind),
                ),
                Column(lambda: translate("BeatObjectsPage", "Name"), lambda o: o.name),
                Column(lambda: translate("BeatObjectsPage", "Address"), lambda o: o.address),
                Column(
                    lambda: translate("BeatObjectsPage", "Notes"),
                    lambda o: (o.notes or "").replace("\n", " "),
                ),
            ],
            row_id=lambda o: o.id,
        )
        self.view = data_table(self.model, name="objects_table")
        self.view.activated.connect(lambda _i: self.edit_object())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._buttons())
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.setObjectName("object_add_button")
        self.add_button.clicked.connect(self.add_object)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("object_edit_button")
        self.edit_button.clicked.connect(self.edit_object)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.kind)
        top.addWidget(self.edit_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Beat objects"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for code, text in labels.object_kinds().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.setAccessibleName(self.tr("Kind of object"))
        self.kind.blockSignals(False)
        self.add_button.setText(self.tr("Add object…"))
        self.add_button.setToolTip(self.tr("Register a school, shop, camera or other place on the beat"))
        self.edit_button.setText(self.tr("Correct…"))
        self.edit_button.setToolTip(self.tr("Correct the selected object"))
        self._buttons()
        self.model.retranslate()

    def load(self) -> None:
        actor, kind = self._ctx.actor, self.kind.currentData()
        self._ctx.run(
            self,
            lambda db: objects_service.list_beat_objects(db, actor, kind=kind),
            success=self._show,
            failure=lambda e: show_error(self, e),
            key=f"objects-{id(self)}",
        )

    def on_changes(self, changes: ChangeSet, initiator: object = None) -> None:
        if self._activated and "beat_objects" in changes.kinds:
            self.load()

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self._buttons()

    def _buttons(self) -> None:
        self.edit_button.setEnabled(record_at(self.view, self.view.currentIndex()) is not None)
        self.add_button.setEnabled(self._ctx.home_beat is not None)

    def add_object(self) -> Any:
        from inspector_desk.ui.beat_object_editor import add_object

        return add_object(self._ctx, self, self.kind.currentData())

    def edit_object(self) -> Any:
        from inspector_desk.ui.beat_object_editor import edit_object

        obj = record_at(self.view, self.view.currentIndex())
        return None if obj is None else edit_object(self._ctx, obj, self)

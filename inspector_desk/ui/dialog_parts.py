"""Pieces the sign-in dialogs share (sign-in, first sign-in on a new laptop, HQ sign-in, restore from
HQ): the app's logo and heading, the login and password fields, message lines, and the error line
and background runner of a dialog that works off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspector_desk.ui.icons import icon
from inspector_desk.ui.operations import OperationRunner


def ok_cancel(
    dialog: QDialog,
    submit: Callable[[], None],
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """OK or ``ok`` (``submit``: the dialog decides when to close) and Cancel (reject)."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stack(
    dialog: QDialog,
    *items: QWidget | QLayout,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
) -> None:
    """The dialog's widgets and layouts one under another."""
    layout = QVBoxLayout(dialog)
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)


def app_header() -> tuple[QLabel, QLabel]:
    """The app's logo and an empty heading, both centred."""
    logo = QLabel()
    logo.setPixmap(icon("app").pixmap(56, 56))
    logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    heading = QLabel()
    heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
    return logo, heading


def hq_address_field(url: str, name: str) -> QLineEdit:
    field = QLineEdit(url)
    field.setObjectName(name)
    field.setPlaceholderText("https://hq.example.kz")
    return field


def credential_fields(login: str, login_name: str, password_name: str) -> tuple[QLineEdit, QLineEdit]:
    """The login field (filled with ``login``) and a masked password field."""
    login_field = QLineEdit(login)
    login_field.setObjectName(login_name)
    password = QLineEdit()
    password.setObjectName(password_name)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    return login_field, password


def message_label(name: str, style: str, *, visible: bool = False) -> QLabel:
    """A word-wrapped line for a warning or an error, hidden until there is something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setVisible(visible)
    return label


def captioned_form(*fields: QWidget) -> tuple[list[QLabel], QFormLayout]:
    """A form with a caption (its buddy set, its text given on retranslate) in front of each field."""
    captions = [QLabel() for _ in fields]
    form = QFormLayout()
    for caption, field in zip(captions, fields, strict=True):
        caption.setBuddy(field)
        form.addRow(caption, field)
    return captions, form


class WorkingDialog(QDialog):
    """A dialog whose work runs on its own ``_runner``; failures are said in ``error``. Closing the
    dialog stops the runner."""

    error: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = OperationRunner(None, max_threads=1, parent=self)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        self._runner.shutdown()
        super().done(result)

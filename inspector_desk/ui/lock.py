"""Locking the client: after the idle time from the settings (or on request) the workspace is replaced by
an unlock screen; open dialogs are hidden, not closed, so a half-typed visit or edit is still there
after the password is given again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inspector_desk.ui.forms import ERROR_STYLE
from inspector_desk.ui.icons import icon
from inspector_desk.ui.operations import OperationRunner
from inspector_desk.ui.password_dialog import lockout_text

Verify = Callable[[str], bool]
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` when no key, mouse or touch input reached the application for ``minutes``.

    It listens with an event filter on the application, which every event of every object passes
    through (each one a call from C++ into Python, taking the GIL). So once it has seen input it stops
    listening for a short pause (a tenth of the idle time, at most ``PAUSE_MS``) and restarts the idle
    count: input during the pause is not seen, so the lock may come up to one pause early — never
    late."""

    idle = Signal()
    PAUSE_MS = 5_000

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._idle)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._listen)
        self._listening = False
        self.set_minutes(minutes)
        self._listen()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        self._pause.setInterval(min(self.PAUSE_MS, ms // 10))
        self._timer.start()

    def poke(self) -> None:
        self._timer.start()

    def _listen(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._listening:
            app.installEventFilter(self)
            self._listening = True

    def _idle(self) -> None:
        self._listen()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)  # allowed inside eventFilter (Qt's documentation)
            self._listening = False
            self._pause.start()
        return False


class LockScreen(QWidget):
    """Asks for the password of the signed-in user; checks it off the GUI thread (key derivation)."""

    unlocked = Signal()
    refused = Signal()  # a wrong password was given (the main window writes it to the audit log)

    def __init__(self, verify: Verify, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self._verify = verify
        self._runner = OperationRunner(None, max_threads=1, parent=self)
        self.hidden_dialogs: list[QDialog] = []
        self.logo = QLabel()
        self.logo.setPixmap(icon("lock").pixmap(48, 48))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.who = QLabel(user_name)
        self.who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.submit)
        self.button = QPushButton()
        self.button.setObjectName("unlock_button")
        self.button.clicked.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.logo, self.title, self.who, self.password, self.button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Inspector Desk is locked"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.button.setText(self.tr("Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        password, verify = self.password.text(), self._verify
        if not password:
            return
        self.button.setEnabled(False)
        self._runner.run(self, lambda _db: verify(password), success=self._checked, failure=self._refused)

    def _refused(self, error: BaseException) -> None:
        """The check itself was refused: the unlock lockout (until when, in words) or a failure."""
        self._checked(False)
        locked = lockout_text(error)
        if locked is not None:
            self.error.setWordWrap(True)
            self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.error.setFixedWidth(420)
            self.error.setText(locked)
            self.error.setMinimumHeight(self.error.heightForWidth(420))

    def _checked(self, ok: bool) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        if ok:
            self.error.hide()
            self.unlocked.emit()
        else:
            self.error.setText(self.tr("Wrong password."))
            self.error.show()
            self.password.setFocus()
            self.refused.emit()

"""The garbage collector and a long-running desktop client.

The start imports Qt, SQLAlchemy and the services: about a million objects that live as long as the
process. CPython's full (generation 2) collection walks every one of them, holding the GIL: every
thread waits, the GUI thread too, and the window stalls (bench/ui.py measured a 250 ms stall while
scrolling the residents list, all of it one full collection started by a worker). So:

* ``pause_collector()`` before the start's imports: no collection runs while they build those
  objects (nothing of them is garbage);
* ``settle_heap()`` once the main window is built: those objects move to the permanent generation
  (``gc.freeze``), which collections skip;
* from then on the GUI thread collects, never a worker: automatic collection stays off (any thread
  that allocates would otherwise run it, holding the GIL while the window waits) and a timer on the
  GUI thread collects the young generations when they are due, and the old one only once the user
  has been idle for a moment, or when far too much is pending (the pattern calibre uses).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_frozen = False
_collector: _GuiCollector | None = None

TICK_MS = 500
IDLE_TICKS_FOR_FULL = 4  # ~2 s without the young generation filling up: the user is idle
FULL_ANYWAY = 20  # old generation this far past its threshold: collect even while busy


class _GuiCollector(QObject):
    """Collects on the GUI thread's timer: young generations when due, the old one when idle."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._quiet = 0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        threshold0, threshold1, threshold2 = gc.get_threshold()
        young, middle, old = gc.get_count()
        self._quiet = self._quiet + 1 if young < threshold0 else 0
        if old > threshold2 and (self._quiet >= IDLE_TICKS_FOR_FULL or old > FULL_ANYWAY * threshold2):
            gc.collect(2)
        elif middle > threshold1:
            gc.collect(1)
        elif young > threshold0:
            gc.collect(0)


def pause_collector() -> None:
    """No garbage collection until ``settle_heap()`` (the start only builds long-lived objects)."""
    gc.disable()


def resume_collector() -> None:
    """Collect again (the start took another way: the login window, a restore from HQ)."""
    gc.enable()


def settle_heap() -> None:
    """Freeze what the start built (once per process) and let the collector run again."""
    global _frozen, _collector
    if not _frozen:
        _frozen = True
        gc.freeze()
    app = QCoreApplication.instance()
    if app is None:
        gc.enable()
        return
    if _collector is None:
        _collector = _GuiCollector(app)
    gc.disable()

"""The garbage collector and a long-running desktop client.

The start imports Qt, SQLAlchemy and the services: about a million objects that live as long as the
process. CPython's full (generation 2) collection walks every one of them, holding the GIL: every
thread waits, the GUI thread too, and the window stalls (bench/ui.py measured a 250 ms stall while
scrolling the residents list, all of it one full collection started by a worker). So:

* ``pause_collector()`` before the start's imports: no collection runs while they build those
  objects (nothing of them is garbage);
* ``settle_heap()`` once the main window is built: those objects move to the permanent generation
  (``gc.freeze``), which collections skip, and collecting resumes for what the session creates.
"""

from __future__ import annotations

import gc

_frozen = False


def pause_collector() -> None:
    """No garbage collection until ``settle_heap()`` (the start only builds long-lived objects)."""
    gc.disable()


def resume_collector() -> None:
    """Collect again (the start took another way: the login window, a restore from HQ)."""
    gc.enable()


def settle_heap() -> None:
    """Freeze what the start built (once per process) and let the collector run again."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()
    gc.enable()

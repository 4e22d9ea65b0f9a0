"""At the start, offer the drafts a crash or a kill left behind (resident cards and "New resident"):
the card then shows its draft with Restore and Discard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from inspector_desk.services.drafts import list_drafts

translate = QCoreApplication.translate
RESIDENT = "resident:"
NEW_RESIDENT = "new-resident"


def offer_kept_drafts(window: Any) -> None:
    """Look for drafts of the signed-in user (in a worker) and offer to open the first one."""
    ctx = window.ctx
    actor = ctx.actor

    def offer(drafts: list[Any]) -> None:
        keys = [d.form_key for d in drafts if d.form_key.startswith(RESIDENT) or d.form_key == NEW_RESIDENT]
        if not keys:
            return
        answer = QMessageBox.question(
            window,
            translate("KeptDrafts", "Unsaved changes"),
            translate("KeptDrafts", "Changes you had not saved were kept from last time. Open them now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if keys[0].startswith(RESIDENT):
            window.open_resident(keys[0][len(RESIDENT) :])
        else:
            window.show_page("residents")
            window.residents_page.new_resident()

    ctx.run(window, lambda db: list_drafts(db, actor), success=offer, key="kept-drafts")

"""Appeals: registering one (refused without a subject, the typed text kept), its deadline in working days,
and answering it."""

from __future__ import annotations

from typing import Any

from inspector_desk.services.appeals import appeals_by_deadline
from inspector_desk.ui.appeals import NewAppealDialog
from tests.ui.conftest import TODAY


def test_register_and_answer_an_appeal(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    window.show_page("appeals")
    page = window.pages["appeals"]
    dialog = NewAppealDialog(window.ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.applicant_name, "Mukanova Saule")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.showing("subject"))
    assert dialog.applicant_name.text() == "Mukanova Saule"
    qtbot.keyClicks(dialog.subject, "Noise at night from the bar")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # type: ignore[attr-defined]
    row = page.model.record(0)  # type: ignore[attr-defined]
    assert row.subject == "Noise at night from the bar"
    assert row.working_days_left is not None

    window.open_appeal(row.id)
    appeal = window.appeal_page
    qtbot.waitUntil(lambda: appeal.view_data is not None)
    assert "Deadline" in appeal.details.text()
    qtbot.keyClicks(appeal.answer, "The bar's hours were checked; a warning was issued.")
    appeal.answer_button.click()
    qtbot.waitUntil(lambda: appeal.view_data is not None and appeal.view_data.answered_on is not None)
    open_rows = appeals_by_deadline(db, world.inspector, on=TODAY).rows
    assert open_rows == []

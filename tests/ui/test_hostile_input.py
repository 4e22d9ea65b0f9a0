"""Hostile text typed (and pasted) into the client's forms: the resident form, visit notes, a DV case's
review, an appeal's subject. Accepted text is saved exactly and shown back as text, never as markup;
refused text gets the rule next to its field and the typed text stays; nothing breaks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from inspector_desk.services.addresses import AddressInput, HouseholdInput, create_address, create_household
from inspector_desk.services.appeals import appeals_by_deadline
from inspector_desk.services.dv_cases import CaseInput, case_timeline, open_case
from inspector_desk.services.residents import list_residents, resident_card
from inspector_desk.services.visits import visits_of_resident
from inspector_desk.ui.appeals import NewAppealDialog
from tests.ui.conftest import TODAY, add_resident, drain, new_resident_dialog

HTML = "<b>bold</b><img src='file:///etc/passwd'><a href='http://x'>link</a>"
SQL = "'; DROP TABLE residents;--"


def _markup_labels(root: Any) -> list[str]:
    """Labels showing text with markup in it that would render it as markup."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_resident_form_saves_hostile_notes_exactly_and_refuses_what_is_not_text(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    dialog = new_resident_dialog(qtbot, window, "<b>Abenov</b>", "Marat")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors.showing("last_name"))
    error = dialog.form.errors.label("last_name")
    assert error.text() == "Use letters, spaces, hyphens and apostrophes only"
    assert dialog.form.last_name.text() == "<b>Abenov</b>"  # kept for correcting

    dialog.form.last_name.clear()
    qtbot.keyClicks(dialog.form.last_name, "Abenov")
    dialog.form.notes.setPlainText("pasted\x00nul")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.form.errors.showing("notes"))
    assert "control characters" in dialog.form.errors.label("notes").text()
    dialog.form.notes.setPlainText("x" * 100_000)
    dialog.save()
    qtbot.waitUntil(
        lambda: dialog.form.errors.label("notes").text() == "The text is too long: at most 4000 characters"
    )
    assert list_residents(db, world.inspector, on=TODAY).rows == []

    dialog.form.notes.clear()
    qtbot.keyClicks(dialog.form.notes, HTML + " " + SQL)
    dialog.form.notes.insertPlainText("\nҚазақ 😀")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rid = dialog.created_id
    assert resident_card(db, world.inspector, rid, on=TODAY).resident.notes == f"{HTML} {SQL}\nҚазақ 😀"

    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    assert card.form.notes.toPlainText() == f"{HTML} {SQL}\nҚазақ 😀"
    assert _markup_labels(window) == []


def test_markup_in_an_address_is_shown_as_text_on_the_card(
    qtbot: Any, window: Any, db: Any, world: Any
) -> None:
    address = create_address(db, world.inspector, AddressInput(beat_id=world.beat_id, street=HTML, house="1"))
    household = create_household(
        db, world.inspector, HouseholdInput(address_id=address.record.id, apartment="<i>5")
    )
    rid = add_resident(db, world.inspector, world.beat_id, "Omarov", "Ali", household_id=household.record.id)
    window.open_resident(rid)
    card = window.card_page
    qtbot.waitUntil(lambda: card.card is not None)
    shown = [label for label in window.findChildren(QLabel) if "<b>bold</b>" in label.text()]
    assert shown
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    assert _markup_labels(window) == []


def test_visit_notes_take_hostile_text(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    rid = add_resident(db, world.inspector, world.beat_id, "Tulegenov", "Askar", serial=71)
    dialog = window.log_visit(resident_id=rid)
    dialog.notes.setPlainText("\u202eevil")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.showing("notes"))
    assert "direction" in dialog.errors.label("notes").text()
    dialog.notes.clear()
    qtbot.keyClicks(dialog.notes, HTML)
    dialog.notes.insertPlainText(" " + SQL + " 😀")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    drain(qtbot, window)
    (visit,) = visits_of_resident(db, world.inspector, rid).rows
    assert visit.notes == f"{HTML} {SQL} 😀"
    assert _markup_labels(window) == []


def test_dv_review_notes_take_hostile_text(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    victim = add_resident(db, world.inspector, world.beat_id, "Sadykova", "Aliya", serial=72)
    offender = add_resident(db, world.inspector, world.beat_id, "Sadykov", "Nurlan", serial=73)
    case_id = open_case(
        db, world.inspector, CaseInput(victim_id=victim, offender_id=offender, opened_on=TODAY), today=TODAY
    ).record.id
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.case is not None)
    form = page.record_review()
    assert form is not None
    qtbot.addWidget(form)
    notes = form.widgets["notes"]
    assert isinstance(notes, QPlainTextEdit)
    qtbot.keyClicks(notes, f"{HTML} {SQL} ")  # typed; what a keyboard cannot type is pasted
    notes.insertPlainText("Қазақ 😀\r\nline two")
    form.save()
    qtbot.waitUntil(lambda: not form.isVisible())
    drain(qtbot, window)
    reviews = [e for e in case_timeline(db, world.inspector, case_id) if e.kind == "review"]
    assert len(reviews) == 1
    view_notes = page.case.reviews[0].notes if page.case is not None and page.case.reviews else None
    qtbot.waitUntil(lambda: page.case is not None and len(page.case.reviews) == 1)
    assert page.case.reviews[0].notes.startswith(HTML)
    assert view_notes is None or view_notes.startswith(HTML)
    assert "line two" in page.case.reviews[0].notes
    assert _markup_labels(window) == []


def test_appeal_subject_takes_hostile_text(qtbot: Any, window: Any, db: Any, world: Any) -> None:
    page = window.pages["appeals"]
    dialog = NewAppealDialog(window.ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.applicant_name, "Citizen <script>")
    dialog.subject.setText("subject \x1b[2J")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.showing("subject"))
    assert "control characters" in dialog.errors.label("subject").text()
    assert dialog.subject.text() == "subject \x1b[2J"
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, HTML + " " + SQL)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (row,) = appeals_by_deadline(db, world.inspector, on=TODAY).rows
    assert row.subject == f"{HTML} {SQL}"
    window.open_appeal(row.id)
    appeal = window.appeal_page
    qtbot.waitUntil(lambda: appeal.view_data is not None)
    assert appeal.title.text() == f"{HTML} {SQL}"
    assert appeal.title.textFormat() == Qt.TextFormat.PlainText
    assert "Citizen <script>" in appeal.details.text()
    assert _markup_labels(window) == []

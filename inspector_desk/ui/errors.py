"""How the client tells a person that something went wrong: a user's mistake (ValidationError) in words
next to the field, a refusal or a vanished record in a short message, anything unexpected once in a
dialog that says what to do, with the details in a rotating log file in the user's log folder.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_desk.domain.errors import NotFound, PermissionDenied, ValidationError

log = logging.getLogger("inspector_desk.ui")

_log_file: Path | None = None


def setup_logging(directory: Path | None = None) -> Path:
    """Log to ``inspector_desk.log`` (1 MB x 5) in the user's log folder, or in ``directory``."""
    global _log_file
    if directory is None:
        from platformdirs import user_log_path

        directory = user_log_path("InspectorDesk", "Inspector Desk")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "inspector_desk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "_inspector_desk", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler._inspector_desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _log_file = path
    return path


def log_file() -> Path | None:
    return _log_file


translate = QCoreApplication.translate


# Messages for the services' stable rule keys; a rule not listed falls back to the service's words.
def rule_message(rule: str) -> str | None:
    messages = {
        "required": translate("Errors", "This field is required"),
        "login.wrong_password": translate("Errors", "The password is wrong."),
        "login.unknown_account": translate("Errors", "There is no such account on this laptop."),
        "login.keyfile": translate("Errors", "The key file of this laptop's database is missing or damaged."),
        "max_length": translate("Errors", "The text is too long"),
        "control_character": translate(
            "Errors", "The text may not contain control characters (such as NUL or ESC)"
        ),
        "bidi_control": translate(
            "Errors", "The text may not contain invisible text-direction override characters"
        ),
        "invalid_character": translate("Errors", "The text contains an invalid character"),
        "choice": translate("Errors", "Choose a value from the list"),
        "range": translate("Errors", "The value is out of the allowed range"),
        "iin.format": translate("Errors", "IIN must be 12 digits"),
        "iin.century": translate("Errors", "IIN digit 7 (century and sex) must be from 1 to 6"),
        "iin.birth_date": translate("Errors", "IIN digits 1–6 must be a real birth date (YYMMDD)"),
        "iin.unissued": translate("Errors", "This IIN can never be issued"),
        "iin.check_digit": translate("Errors", "IIN check digit does not match: check the number"),
        "iin.unique": translate("Errors", "This IIN is already registered to another resident"),
        "iin.mismatch": translate("Errors", "This does not agree with the IIN"),
        "name.characters": translate("Errors", "Use letters, spaces, hyphens and apostrophes only"),
        "not_future": translate("Errors", "The date may not be in the future"),
        "in_future": translate("Errors", "The date may not be in the future"),
        "visit.in_future": translate("Errors", "The visit time may not be in the future"),
        "visit.topic_required": translate("Errors", "A preventive talk needs a topic"),
        "visit.subject_required": translate("Errors", "Name the resident or the household visited"),
        "visit.household_mismatch": translate("Errors", "The resident does not live in this household"),
        "phone.format": translate("Errors", "Not a valid phone number"),
        "phone.invalid": translate("Errors", "Not a valid phone number"),
        "max_count": translate("Errors", "Too many entries"),
        "dv.victim_is_offender": translate("Errors", "The offender cannot be the victim"),
        "risk.override_lower": translate("Errors", "The level may only be raised, never lowered"),
        "risk.override_reason": translate("Errors", "Give the reason for raising the level"),
        "risk.override_reason_required": translate("Errors", "Give the reason for raising the level"),
        "risk.invalid_answer": translate("Errors", "Choose one of the answer options"),
        "risk.unknown_option": translate("Errors", "Choose one of the answer options"),
        "risk.unknown_question": translate("Errors", "The questionnaire has changed: reopen the case"),
        "risk.unknown_level": translate("Errors", "Choose a value from the list"),
        "address.duplicate": translate("Errors", "This address is already registered"),
        "household.duplicate": translate("Errors", "This household is already registered at the address"),
        "household.not_found": translate("Errors", "This household does not exist or was voided"),
        "household.other_beat": translate("Errors", "The household must be on the resident's beat"),
        "object.other_beat": translate("Errors", "The address must be on the object's beat"),
        "resident.not_found": translate("Errors", "This resident does not exist or was voided"),
        "user.not_found": translate("Errors", "This user does not exist"),
        "visit.other_beat": translate("Errors", "The visit must be on your beat"),
        "appeal.answered": translate("Errors", "The appeal has already been answered"),
        "appeal.answered_before_received": translate(
            "Errors", "The answer cannot be dated before the appeal was received"
        ),
        "appeal.extension_before_deadline": translate(
            "Errors", "The new deadline must be later than the current one"
        ),
        "appeal.extension_limit": translate(
            "Errors", "The deadline may be extended to at most two months after receipt"
        ),
        "appeal.extension_reason": translate("Errors", "Give the reason for the extension"),
        "calendar.out_of_range": translate(
            "Errors", "The date is outside the years the holiday calendar covers"
        ),
        "date_order": translate("Errors", "The end date is before the start date"),
        "date_range": translate("Errors", "The end date is before the start date"),
        "max_range": translate("Errors", "The period may be at most two years"),
        "unknown": translate("Errors", "Not found: choose again from the list"),
        "max_items": translate("Errors", "Too many entries"),
        "unique": translate("Errors", "This value is already used"),
        "dv.access_exists": translate("Errors", "This person already has access to the case"),
        "dv.access_owner": translate("Errors", "The owner of the case already has access"),
        "dv.access_role": translate("Errors", "Access can be granted to inspectors and supervisors only"),
        "dv.case_closed": translate("Errors", "The case is closed"),
        "dv.child_duplicate": translate("Errors", "This child is already listed"),
        "dv.closure_pending": translate("Errors", "Closure is already awaiting approval"),
        "dv.no_closure_request": translate("Errors", "No closure request awaits a decision"),
        "dv.owner_not_inspector": translate("Errors", "A case can be owned by an inspector only"),
        "dv.owner_self": translate("Errors", "The case already belongs to this inspector"),
        "dv.status": translate("Errors", "This status cannot be set here"),
        "measure.already_ended": translate("Errors", "The measure has already ended"),
        "measure.already_expired": translate("Errors", "The measure has already expired"),
        "measure.end_before_start": translate("Errors", "The end date is before the start date"),
        "measure.protective_order_term": translate("Errors", "A protective order runs for 30 days"),
        "measure.special_requirements_term": translate(
            "Errors", "Special requirements run for 3 to 12 months: check the end date"
        ),
        "measure.unknown_kind": translate("Errors", "Choose a value from the list"),
        "registry.already_ended": translate("Errors", "This registry entry has already ended"),
        "registry.duplicate": translate("Errors", "The resident is already on the registry in this category"),
        "feedback.rating_range": translate("Errors", "The value is out of the allowed range"),
    }
    return messages.get(rule)


def validation_text(error: ValidationError) -> str:
    """The message shown next to the field, in the current language."""
    limit = re.search(r"\d+", error.message) if error.rule == "max_length" else None
    if limit is not None:
        return translate("Errors", "The text is too long: at most %1 characters").replace("%1", limit.group())
    known = rule_message(error.rule)
    if known is not None:
        return known
    if error.rule.startswith("phone"):
        return translate("Errors", "Not a valid phone number")
    if error.rule.startswith("risk") and "reason" in error.rule:
        return translate("Errors", "Give the reason for raising the level")
    if error.rule.startswith("risk") and ("lower" in error.rule or "raise" in error.rule):
        return translate("Errors", "The level may only be raised, never lowered")
    return error.message


def describe(error: BaseException) -> str:
    """An expected failure in words (refusal, vanished record, bad value)."""
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, PermissionDenied):
        return translate(
            "Errors", "You may not do this: the record is outside your beat, or your role does not allow it."
        )
    if isinstance(error, NotFound):
        return translate("Errors", "This record no longer exists: it was voided or moved out of your beat.")
    return str(error)


def is_expected(error: BaseException) -> bool:
    return isinstance(error, ValidationError | PermissionDenied | NotFound)


def show_error(parent: QWidget | None, error: BaseException, *, context: str = "") -> None:
    """The default failure handler of operations: expected errors in a short message, the rest once."""
    if is_expected(error):
        QMessageBox.warning(parent, translate("Errors", "Not done"), describe(error))
        return
    report_unexpected(parent, error, context=context)


def report_unexpected(parent: QWidget | None, error: BaseException, *, context: str = "") -> None:
    log.error(
        "unexpected error%s:\n%s",
        f" in {context}" if context else "",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    where = str(_log_file) if _log_file else translate("Errors", "the application's log folder")
    text = translate(
        "Errors",
        "Something went wrong and this action was not completed. Nothing you saved before was lost.\n\n"
        "Try again. If it happens again, tell your administrator and give them the log file:\n{path}",
    ).format(path=where)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Errors", "Unexpected error"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()


def install_excepthook() -> None:
    """Unhandled exceptions on the GUI thread: logged and shown once, the application keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report_unexpected(None, value.with_traceback(tb), context="event loop")

    sys.excepthook = hook

"""Changing the password on the laptop: the current password is checked through the unlock lockout
(a wrong one counts like a wrong unlock), the new one against the policy, then the same data key is
re-wrapped (the database is not re-encrypted) and the change is written to the audit log (event
``password_change``, outcome ok or failed), which sync sends to HQ.

The password at HQ is not changed here: HQ has no endpoint for a user to change their own password
(an administrator resets it: ``python -m inspector_desk.hq admin reset-password``), so the laptop's
password and the HQ sign-in password can differ after this; the dialog says the laptop's password
is what unlocks Inspector Desk.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from inspector_desk.domain.errors import ValidationError
from inspector_desk.security.keyfile import KdfParams, WrongPasswordError, change_password
from inspector_desk.security.lockout import UnlockGuard, UnlockRefused
from inspector_desk.services.accounts import list_users
from inspector_desk.services.audit import FAILED, PASSWORD_CHANGE, record_event
from inspector_desk.services.base import Actor
from inspector_desk.store.db import Database


def change_local_password(
    db_path: str | os.PathLike[str],
    db: Database,
    actor: Actor,
    current: str,
    new: str,
    *,
    params: KdfParams | None = None,
) -> None:
    """Re-wrap the key of ``db_path`` under ``new``; ValidationError (field ``current_password``
    or ``new_password``) or UnlockRefused when it may not."""
    path = Path(db_path)
    login = next((u.login for u in list_users(db) if u.id == actor.user_id), None)
    guard = UnlockGuard(path)
    guard.check()
    try:
        change_password(path, current, new, params, login=login)
    except WrongPasswordError:
        state = guard.record_failure()
        record_event(db, actor, PASSWORD_CHANGE, FAILED, detail={"reason": "wrong_current_password"})
        refusal = guard._refusal(state, guard.clock())
        if refusal is not None:
            raise refusal from None
        raise ValidationError(
            "current_password", "password.wrong_current", "the current password is wrong"
        ) from None
    except UnlockRefused:
        raise
    except ValidationError as exc:
        record_event(db, actor, PASSWORD_CHANGE, FAILED, detail={"reason": exc.rule})
        raise
    record_event(db, actor, PASSWORD_CHANGE)


def password_changer(
    db_path: str | os.PathLike[str], db: Database, actor: Actor
) -> Callable[[str, str], None]:
    """``change(current, new)`` for the client's "Change password" dialog."""
    return lambda current, new: change_local_password(db_path, db, actor, current, new)

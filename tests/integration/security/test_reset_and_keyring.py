"""An admin's password reset at HQ wipes the laptop at its next contact and it is set up again from
HQ; and a machine without a keyring: a clear message, the password-only path, nothing in a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from security_hq import provision_laptop, residents_at_hq
from sqlalchemy import select
from sync_support import PASSWORD, Org

from inspector_desk.app import unlock
from inspector_desk.domain.errors import ValidationError
from inspector_desk.hq import admin
from inspector_desk.security.keyfile import keyfile_path
from inspector_desk.security.lockout import counter_path
from inspector_desk.store.models import Resident
from inspector_desk.sync.credentials import NO_KEYRING, CredentialStore
from inspector_desk.sync.engine import engine_for
from inspector_desk.sync.errors import PasswordResetError, RevokedError, UnauthorizedError

NEW_PASSWORD = "Fresh-Start-2027"


def test_admin_reset_wipes_the_laptop_at_next_contact_then_it_is_set_up_again(
    org: Org, tmp_path: Path
) -> None:
    path = tmp_path / "laptop" / "beat.db"
    db = provision_laptop(path, org.hq, org.a)
    engine = engine_for(db, org.hq.base_url)  # a restarted application: the token from the keyring
    assert engine.sync_once().pages >= 1  # signed in, the refresh token in the keyring
    residents_at_hq(org, "Dauletova")

    admin.reset_password(org.hq.db, org.a, NEW_PASSWORD)

    # The next contact (a restart: no access token in memory, only the refresh token).
    engine.transport._access = None
    with pytest.raises(PasswordResetError) as caught:
        engine.sync_once()
    assert isinstance(caught.value, RevokedError)
    assert caught.value.wiped
    assert "password was reset at HQ" in caught.value.message
    assert engine.wiped
    for gone in (path, keyfile_path(path), counter_path(path), Path(f"{path}-wal")):
        assert not gone.exists(), gone
    assert engine.transport.credentials.load() is None  # the session is gone too

    # The old password no longer signs in at HQ; the new one sets the laptop up again from HQ.
    with pytest.raises(UnauthorizedError):
        provision_laptop(tmp_path / "laptop2" / "beat.db", org.hq, org.a, PASSWORD)
    db = provision_laptop(path, org.hq, org.a, NEW_PASSWORD)
    with db.read() as s:
        assert "Dauletova" in set(s.scalars(select(Resident.last_name)))
    db.close()
    with pytest.raises(ValidationError):
        unlock(path, org.a, PASSWORD)
    db, _actor = unlock(path, org.a, NEW_PASSWORD)
    db.close()


@pytest.fixture
def no_keyring() -> Iterator[object]:
    previous = keyring.get_keyring()
    backend = fail.Keyring()  # type: ignore[no-untyped-call]
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_without_a_keyring_the_app_says_so_and_works_with_the_password_only(
    org: Org, tmp_path: Path, no_keyring: object
) -> None:
    store = CredentialStore("https://hq.example#dev")
    assert not store.persistent
    assert store.warning == NO_KEYRING
    assert "no password store (keyring)" in NO_KEYRING
    assert "Nothing is written to a file" in NO_KEYRING

    path = tmp_path / "laptop" / "beat.db"
    db = provision_laptop(path, org.hq, org.a)  # first sign-in and sync work without a keyring
    engine = engine_for(db, org.hq.base_url)
    assert engine.transport.credentials.warning == NO_KEYRING
    engine.sign_in(org.a, PASSWORD)
    token = engine.transport.credentials.load()
    assert token
    residents_at_hq(org, "Serikova")
    engine.sync_once()
    engine.transport.close()
    db.close()

    # Offline unlock needs nothing but the password.
    db, _actor = unlock(path, org.a, PASSWORD)
    with db.read() as s:
        assert "Serikova" in set(s.scalars(select(Resident.last_name)))
    db.close()
    # The refresh token was kept in memory only: no file anywhere under the laptop's folder or
    # HQ's data folder holds it, and a restarted application must sign in again.
    for file in [*tmp_path.rglob("*"), *org.hq.settings.data_dir.rglob("*")]:
        if file.is_file():
            assert token.encode() not in file.read_bytes(), file
    restarted = CredentialStore(engine.transport.credentials.account)
    assert restarted.load() is None

"""Where the refresh token lives: the OS keyring (service "InspectorDesk") through ``keyring``.

Fallback, documented for users and admins: when the machine has no usable keyring backend
(a bare Linux session without Secret Service, for instance), the token is kept **only in memory**
for this session and never written to a file; the user signs in again after a restart.
``CredentialStore.warning`` then holds the sentence the login screen shows.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "InspectorDesk"
log = logging.getLogger(__name__)

NO_KEYRING = (
    "This computer has no password store (keyring) that Inspector Desk can use: you stay signed in "
    "only until the application closes, then you sign in again. Nothing is written to a file."
)


def _usable(backend: KeyringBackend) -> bool:
    # The "fail" and "null" backends have a priority below 1 and store nothing.
    try:
        return float(backend.priority) >= 1
    except Exception:
        return False


class CredentialStore:
    """The refresh token of one account on one HQ (``account`` names it in the keyring)."""

    def __init__(self, account: str, *, backend: KeyringBackend | None = None) -> None:
        self.account = account
        self._backend = backend
        self._memory: str | None = None
        self.persistent = _usable(self.backend)
        self.warning: str | None = None if self.persistent else NO_KEYRING

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _fall_back(self, exc: Exception) -> None:
        log.warning("keyring unusable, keeping the session in memory only: %s", exc)
        self.persistent = False
        self.warning = NO_KEYRING

    def save(self, refresh_token: str) -> None:
        self._memory = refresh_token
        if not self.persistent:
            return
        try:
            self.backend.set_password(SERVICE, self.account, refresh_token)
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)

    def load(self) -> str | None:
        if self._memory is not None or not self.persistent:
            return self._memory
        try:
            self._memory = self.backend.get_password(SERVICE, self.account)
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)
        return self._memory

    def clear(self) -> None:
        self._memory = None
        if not self.persistent:
            return
        try:
            self.backend.delete_password(SERVICE, self.account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already clear
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)

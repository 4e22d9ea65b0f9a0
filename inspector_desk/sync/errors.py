"""What can stop a sync, as exception types carrying words a user understands (``message``) and
a stable ``code`` for the UI to branch on. Every one is a ``SyncError``."""

from __future__ import annotations


class SyncError(Exception):
    """A sync did not complete. ``message`` is for the user; the outbox is always kept."""

    code = "sync_failed"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail  # technical detail for the log, never shown as the headline


class OfflineError(SyncError):
    """HQ cannot be reached (no network, HQ down, timeout)."""

    code = "offline"


class UpgradeRequiredError(SyncError):
    """HQ no longer accepts this version of the application; nothing was sent or applied."""

    code = "upgrade_required"

    def __init__(self, message: str, *, min_version: int | None = None, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.min_version = min_version


class RevokedError(SyncError):
    """The account or this laptop was revoked at HQ: the local data is wiped."""

    code = "revoked"

    def __init__(self, message: str, *, wiped: bool = False, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.wiped = wiped


class UnauthorizedError(SyncError):
    """The session is over (wrong password, expired or reused refresh token): sign in again."""

    code = "unauthorized"


class ServerError(SyncError):
    """HQ failed to handle a request (5xx); trying again later usually helps."""

    code = "server_error"


class RequestRejected(SyncError):
    """HQ refused a request as invalid or forbidden (4xx other than the above)."""

    code = "rejected"

    def __init__(self, message: str, *, status: int, error: str, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.status = status
        self.error = error


class SyncCancelled(SyncError):
    """The user (or shutdown) cancelled the sync; what was applied so far is kept."""

    code = "cancelled"


class SyncBusy(SyncError):
    """Another sync of this laptop is running."""

    code = "busy"


class UntrustedCertificateError(OfflineError):
    """HQ's TLS certificate is not trusted (unknown CA, wrong name, expired): nothing was sent."""

    code = "certificate"


class InsecureConnectionError(SyncError):
    """HQ's address is plain http to another computer: refused before anything is sent."""

    code = "insecure"


class PasswordResetError(RevokedError):
    """An administrator reset the password at HQ: the laptop is wiped and set up again from HQ."""

    code = "password_reset"

"""How the client trusts HQ: certificates are always verified (never ``verify=False``), against the
public CA bundle by default or against a custom CA bundle (a PEM file with the organisation's CA)
given in the settings ("HQ CA bundle") or in the environment variable ``INSPECTOR_DESK_CA_BUNDLE``
(the setting wins).

Plain ``http://`` is accepted only to this computer (127.0.0.1, ::1, localhost): HQ on the same
machine for a demo or a test. To any other host it is refused with a message saying to use
``https://``, because the refresh token, the password at first sign-in and DV case data would cross
the network readable by anyone on the path. A lab without TLS can set
``INSPECTOR_DESK_ALLOW_PLAIN_HTTP=1``; the README says not to in production.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from urllib.parse import urlparse

ENV_CA_BUNDLE = "INSPECTOR_DESK_CA_BUNDLE"
ENV_ALLOW_PLAIN_HTTP = "INSPECTOR_DESK_ALLOW_PLAIN_HTTP"


class TlsSetupError(ValueError):
    """The configured CA bundle cannot be used; the message says which file and why."""


# The "HQ CA bundle" setting, set by the client at start and when the settings change, so every
# Transport made without an explicit ``verify`` (sync.engine.engine_for) uses it.
_configured: str | None = None


def set_ca_bundle(path: str | None) -> None:
    """Make ``path`` (the setting; empty or None: not set) the process's HQ CA bundle."""
    global _configured
    _configured = (path or "").strip() or None


def ca_bundle(setting: str | None = None) -> str | None:
    """The CA bundle in force: the given or configured setting, else the environment variable,
    else None (the public CAs)."""
    value = (setting or "").strip() or _configured or os.environ.get(ENV_CA_BUNDLE, "").strip()
    return value or None


def verify_for(setting: str | None = None) -> ssl.SSLContext | bool:
    """What to give httpx as ``verify=``: True (the public CA bundle) or a context trusting the
    custom CA bundle. Raises ``TlsSetupError`` when that file is missing or not PEM certificates."""
    bundle = ca_bundle(setting)
    if bundle is None:
        return True
    if not os.path.isfile(bundle):
        raise TlsSetupError(f"the HQ CA bundle {bundle} does not exist")
    try:
        return ssl.create_default_context(cafile=bundle)
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise TlsSetupError(f"the HQ CA bundle {bundle} is not a PEM file of certificates: {exc}") from exc


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plain_http_refusal(url: str) -> str | None:
    """None when ``url`` may be used; else why not, in words."""
    parsed = urlparse(url)
    if parsed.scheme != "http" or is_loopback(parsed.hostname):
        return None
    if os.environ.get(ENV_ALLOW_PLAIN_HTTP, "") == "1":
        return None
    return (
        f"HQ's address {parsed.scheme}://{parsed.netloc} is not encrypted: use https:// "
        "(plain http is allowed only to this computer)."
    )


def is_untrusted_certificate(exc: BaseException) -> bool:
    """Whether a connection failure was the certificate check (somewhere in its causes)."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False

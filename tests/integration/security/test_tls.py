"""HQ over TLS with a certificate from a test CA (trustme): trusted through the configured CA bundle
(setting or environment), refused in words without it, and plain http only to this computer."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from security_hq import TlsHqServer
from sync_support import PASSWORD, make_org

from inspector_desk.security.tls import ENV_CA_BUNDLE, TlsSetupError, verify_for
from inspector_desk.store.db import open_database
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import SyncEngine
from inspector_desk.sync.errors import InsecureConnectionError, OfflineError, UntrustedCertificateError
from inspector_desk.sync.transport import Transport

TEST_KEY = bytes(range(32))


@contextlib.contextmanager
def laptop(tmp_path: Path, template_db: Path, url: str, verify: object = None) -> Iterator[SyncEngine]:
    """A laptop's sync engine for ``url`` (``verify``: None takes the CA bundle of the environment)."""
    path = tmp_path / f"lap-{uuid.uuid4().hex[:6]}.db"
    shutil.copyfile(template_db, path)
    device = f"dev-{uuid.uuid4().hex[:12]}"
    transport = Transport(url, device, CredentialStore(f"{url}#{device}"), verify=verify)  # type: ignore[arg-type]
    engine = SyncEngine(open_database(path, TEST_KEY), transport)
    try:
        yield engine
    finally:
        transport.close()
        engine.db.close()


def test_with_the_ca_bundle_configured_the_sync_works(
    tls_hq: TlsHqServer, tmp_path: Path, template_db: Path
) -> None:
    org = make_org(tls_hq, tmp_path, template_db)
    with laptop(tmp_path, template_db, tls_hq.base_url, verify_for(str(tls_hq.ca_file))) as lap:
        assert lap.sign_in(org.a, PASSWORD).login == org.a
        assert lap.sync_once().snapshot


def test_the_environment_variable_names_the_ca_bundle_too(
    tls_hq: TlsHqServer, tmp_path: Path, template_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = make_org(tls_hq, tmp_path, template_db)
    monkeypatch.setenv(ENV_CA_BUNDLE, str(tls_hq.ca_file))
    with laptop(tmp_path, template_db, tls_hq.base_url) as lap:  # verify=None: from the environment
        assert lap.sign_in(org.a, PASSWORD).login == org.a


def test_without_the_ca_the_client_refuses_and_says_the_certificate_is_not_trusted(
    tls_hq: TlsHqServer, tmp_path: Path, template_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = make_org(tls_hq, tmp_path, template_db)
    monkeypatch.delenv(ENV_CA_BUNDLE, raising=False)
    with (
        laptop(tmp_path, template_db, tls_hq.base_url) as lap,
        pytest.raises(UntrustedCertificateError) as caught,
    ):
        lap.sign_in(org.a, PASSWORD)
    assert "certificate is not trusted" in caught.value.message
    assert "HQ CA bundle" in caught.value.message
    assert isinstance(caught.value, OfflineError)  # the outbox waits, as when offline
    # httpx itself agrees: the public CAs do not know the test CA.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{tls_hq.base_url}/v1/health")


def test_a_missing_or_broken_ca_bundle_is_named(tmp_path: Path) -> None:
    with pytest.raises(TlsSetupError, match="does not exist"):
        verify_for(str(tmp_path / "nope.pem"))
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    with pytest.raises(TlsSetupError, match="not a PEM file"):
        verify_for(str(broken))


@pytest.mark.parametrize("url", ["http://10.20.30.40:8765", "http://hq.police.example"])
def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(
    url: str, tmp_path: Path, template_db: Path
) -> None:
    with (
        laptop(tmp_path, template_db, url) as lap,
        pytest.raises(InsecureConnectionError, match="use https://"),
    ):
        lap.sign_in("anyone", "Anything-at-all-1")

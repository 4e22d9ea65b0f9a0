"""The security tests' HQ over TLS and the laptop set-up they share (imported by conftest.py and the
tests; the plain-HTTP HQ and organisation come from tests/integration/sync/sync_support.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import trustme
import uvicorn
from sync_support import PASSWORD, HqServer, Org, add_resident

from inspector_desk.recovery import recover_from_hq
from inspector_desk.security.keyfile import FAST_TEST_KDF
from inspector_desk.store.db import Database


class TlsHqServer(HqServer):
    """HQ served over https://127.0.0.1 with a certificate from ``ca`` (a trustme test CA)."""

    def __init__(self, url: str, folder: Path, ca: trustme.CA) -> None:
        super().__init__("postgresql", url, folder)
        self.ca_file = folder / "test-ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.cert_file, self.key_file = folder / "hq-cert.pem", folder / "hq-key.pem"
        cert.cert_chain_pems[0].write_to_path(str(self.cert_file))
        cert.private_key_pem.write_to_path(str(self.key_file))
        self.base_url = f"https://127.0.0.1:{self.port}"

    def start(self) -> None:
        original = uvicorn.Config

        def with_tls(*args: Any, **kwargs: Any) -> uvicorn.Config:
            tls = {"ssl_certfile": str(self.cert_file), "ssl_keyfile": str(self.key_file)}
            return original(*args, **{**kwargs, **tls})

        uvicorn.Config = with_tls  # type: ignore[misc,assignment]
        try:
            super().start()
        finally:
            uvicorn.Config = original  # type: ignore[misc]


def residents_at_hq(org: Org, *last_names: str) -> None:
    """A colleague's laptop on beat A registers these residents and sends them to HQ."""
    other = org.laptop(org.a)
    for last_name in last_names:
        add_resident(other, org.beat_a, last_name)
    other.sync()


def provision_laptop(path: Path, hq: HqServer, login: str, password: str = PASSWORD) -> Database:
    """A laptop set up the way the application does it: a new key file wrapped by the password,
    sign-in at HQ and a first sync (the recovery path from nothing)."""
    result = recover_from_hq(path, hq.base_url, login, password, kdf=FAST_TEST_KDF)
    assert result.moved == []
    return result.db

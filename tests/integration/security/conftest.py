"""Fixtures of the security tests: a real HQ over HTTP on PostgreSQL (the sync tests' server and
organisation, from tests/integration/sync/sync_support.py), the same HQ over TLS with a certificate
issued by a test CA (trustme), and a laptop store provisioned from HQ with a key file."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
import trustme

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from security_hq import TlsHqServer
from sync_support import HqServer


@pytest.fixture(scope="session")
def hq_server(
    tmp_path_factory: pytest.TempPathFactory, make_pg_database: Callable[[str], str]
) -> Iterator[HqServer]:
    folder = tmp_path_factory.mktemp("security-hq")
    server = HqServer("postgresql", make_pg_database(f"inspector_security_test_{os.getpid()}"), folder)
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def tls_hq(
    tmp_path_factory: pytest.TempPathFactory, make_pg_database: Callable[[str], str]
) -> Iterator[TlsHqServer]:
    folder = tmp_path_factory.mktemp("security-tls-hq")
    server = TlsHqServer(make_pg_database(f"inspector_tls_test_{os.getpid()}"), folder, trustme.CA())
    server.start()
    yield server
    server.close()


def _sync_conftest() -> ModuleType:
    sync_tests = Path(__file__).resolve().parent.parent / "sync"
    spec = importlib.util.spec_from_file_location("sync_conftest_for_security", sync_tests / "conftest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The sync tests' organisation fixture (a fresh unit, beats and accounts per test), on this HQ.
org = _sync_conftest().org

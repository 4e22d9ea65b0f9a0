"""Fixtures of the sync tests: HQ on SQLite and on PostgreSQL (every test runs on both), and a
fresh organisation with laptops per test."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sync_support import HqServer, Org, make_org


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def hq_server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    make_pg_database: Callable[[str], str],
) -> Iterator[HqServer]:
    folder = tmp_path_factory.mktemp(f"sync-hq-{request.param}")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'hq.db'}"
    else:
        url = make_pg_database(f"inspector_sync_test_{os.getpid()}")
    server = HqServer(request.param, url, folder)
    server.start()
    yield server
    server.close()


@pytest.fixture
def org(hq_server: HqServer, tmp_path: Path, template_db: Path) -> Iterator[Org]:
    result = make_org(hq_server, tmp_path, template_db)
    yield result
    for lap in result.laptops:
        with contextlib.suppress(Exception):
            lap.close()

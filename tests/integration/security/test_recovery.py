"""A tampered store on a laptop signed in at a real HQ: detected on unlock, reported in words, moved
aside (nothing deleted) and replaced by a fresh store restored from HQ over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_hq import provision_laptop, residents_at_hq
from sqlalchemy import select
from sync_support import PASSWORD, Org

from inspector_desk.app import unlock
from inspector_desk.recovery import recover_from_hq
from inspector_desk.security.keyfile import FAST_TEST_KDF
from inspector_desk.store.db import DatabaseDamagedError, checkpoint
from inspector_desk.store.models import Resident
from inspector_desk.sync.errors import OfflineError


def names(db: object) -> set[str]:
    with db.read() as s:  # type: ignore[attr-defined]
        return set(s.scalars(select(Resident.last_name)))


def test_damaged_store_is_moved_aside_and_restored_from_hq(org: Org, tmp_path: Path) -> None:
    residents_at_hq(org, "Abenova", "Bekova")
    path = tmp_path / "laptop" / "beat.db"
    db = provision_laptop(path, org.hq, org.a)
    assert names(db) == {"Abenova", "Bekova"}
    checkpoint(db)
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as fh:  # someone flips bytes in the middle of the file
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef")
    damaged = path.read_bytes()

    with pytest.raises(DatabaseDamagedError, match="damaged or was altered"):
        unlock(path, org.a, PASSWORD)

    # HQ unreachable: the recovery refuses before touching anything.
    with pytest.raises(OfflineError):
        recover_from_hq(path, "http://127.0.0.1:9", org.a, PASSWORD, kdf=FAST_TEST_KDF)
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob("*.restoring*"))

    result = recover_from_hq(path, org.hq.base_url, org.a, PASSWORD, kdf=FAST_TEST_KDF)
    try:
        assert result.report.snapshot
        assert names(result.db) == {"Abenova", "Bekova"}
    finally:
        result.db.close()
    kept = {p.name.split(".damaged-")[0]: p for p in result.moved}
    assert set(kept) >= {"beat.db", "beat.db.key", "beat.db.unlock"}
    assert kept["beat.db"].read_bytes() == damaged  # moved, not changed, not deleted
    # The restored store is the laptop's store now: it unlocks with the password as usual.
    db, actor = unlock(path, org.a, PASSWORD)
    try:
        assert actor.beat_ids == {org.beat_a}
        assert names(db) == {"Abenova", "Bekova"}
    finally:
        db.close()

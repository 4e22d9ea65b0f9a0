"""Helpers of the security tests: a real encrypted store with its key file (fast Argon2 cost, so
dozens of unlocks stay quick) and a signed-in inspector who can register residents."""

from __future__ import annotations

from pathlib import Path

from inspector_desk.security.keyfile import FAST_TEST_KDF, provision_key
from inspector_desk.services.accounts import create_beat, create_unit, create_user
from inspector_desk.services.base import Role
from inspector_desk.store.db import open_database

PASSWORD = "Correct-Horse-9"
LOGIN = "aseke"


def make_store(folder: Path, name: str = "beat.db") -> Path:
    """A provisioned, migrated store with one inspector (``LOGIN``) on beat ALM-01."""
    path = folder / name
    key = provision_key(path, PASSWORD, FAST_TEST_KDF)
    db = open_database(path, key)
    try:
        unit = create_unit(db, "Almaly district police")
        beat = create_beat(db, "ALM-01", "Beat 1", unit)
        create_user(db, LOGIN, "Asel Nurlanovna", Role.INSPECTOR, unit_id=unit, beat_ids=[beat])
    finally:
        db.close()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` by name, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}

"""The local store: SQLCipher keying, migrations to head matching the models, refusal of a
wrong key and of a newer schema, and the audit log's append-only guarantee."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from inspector_desk.store.db import (
    NewerSchemaError,
    WrongKeyError,
    is_plaintext_sqlite,
    open_database,
)
from inspector_desk.store.migrate import head_revision
from inspector_desk.store.models import AuditEntry, Base
from inspector_desk.store.schema_extras import include_object

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def test_new_database_is_encrypted_and_migrated_to_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db", KEY)
    info = db.info()
    db.close()
    assert info.encrypted
    assert info.cipher_version is not None
    assert info.cipher_version.startswith("4.")
    assert info.schema_revision == head_revision()
    assert not is_plaintext_sqlite(tmp_path / "a.db")


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db", KEY)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    db.close()
    assert diff == []


def test_wrong_key_is_refused_and_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path, KEY)
    with db.write() as s:
        s.execute(text("INSERT INTO sync_state(key, value) VALUES ('probe', 'kept')"))
    db.close()
    before = path.read_bytes()
    with pytest.raises(WrongKeyError, match="key is wrong"):
        open_database(path, OTHER_KEY)
    assert path.read_bytes() == before
    db = open_database(path, KEY)
    with db.read() as s:
        assert s.execute(text("SELECT value FROM sync_state WHERE key='probe'")).scalar() == "kept"
    db.close()


def test_a_plain_sqlite_file_is_not_opened_as_encrypted(tmp_path: Path) -> None:
    # Plain SQLite here on purpose: a file that is not ours must be refused, not overwritten.
    plain = open_database(tmp_path / "plain.db", None)
    plain.close()
    with pytest.raises(WrongKeyError):
        open_database(tmp_path / "plain.db", KEY)


def test_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path, KEY)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(path, KEY)


def test_audit_log_is_append_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db", KEY)
    with db.write() as s:
        s.add(AuditEntry(action="login", user_id="u1"))
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), db.write() as s:
        s.execute(text("UPDATE audit_log SET action = 'nothing'"))
    with pytest.raises((IntegrityError, DatabaseError), match="append-only"), db.write() as s:
        s.execute(text("DELETE FROM audit_log"))
    with db.read() as s:
        assert s.execute(text("SELECT action FROM audit_log")).scalars().all() == ["login"]
    # Sync may mark an entry as sent: that one column may change.
    with db.write() as s:
        s.execute(text("UPDATE audit_log SET synced = 1"))
    db.close()


def test_copy_of_file_without_key_reveals_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = open_database(path, KEY)
    with db.write() as s:
        s.execute(
            text("INSERT INTO sync_state(key, value) VALUES ('secret', 'Жанар Сәрсенова 900101400123')")
        )
    db.close()
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    for f in tmp_path.iterdir():
        data = f.read_bytes()
        assert "Сәрсенова".encode() not in data
        assert b"900101400123" not in data

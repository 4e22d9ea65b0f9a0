"""Alembic, run from inside the application: every open brings the store to the newest schema.

Opening a store that is already at the newest schema skips Alembic entirely (loading its script
directory costs a noticeable part of a cold start): the stored revision is compared with
``HEAD_REVISION``, the head this code knows (a test keeps the two equal)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision under migrations/versions; update it with every new migration.
HEAD_REVISION = "0004_drafts"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the file, read with one query (None for a new or odd file)."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if has_table is None:
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        conn.rollback()
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade_to_head(engine: Engine) -> None:
    """Migrate to head; refuse a file whose revision this release does not know (a downgrade)."""
    if _stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    from inspector_desk.store.db import NewerSchemaError

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    with engine.begin() as conn:
        rev = current_revision(conn)
        if rev is not None:
            try:
                script.get_revision(rev)
            except Exception as exc:
                raise NewerSchemaError(
                    f"this database was written by a newer version of Inspector Desk "
                    f"(schema {rev}); install that version or newer to open it"
                ) from exc
        if rev == script.get_current_head():
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

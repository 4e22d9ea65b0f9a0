"""Alembic, run from inside the application: every open brings the store to the newest schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    """Migrate to head; refuse a file whose revision this release does not know (a downgrade)."""
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

"""Schema objects SQLAlchemy's metadata does not describe: the residents' full-text index
(FTS5, trigram: substring matching on the folded search text) and the triggers that keep it in
step with ``residents`` and keep the audit log append-only. Migrations create them from here.
"""

from __future__ import annotations

from typing import Any

FTS_TABLE = "resident_fts"

CREATE_STATEMENTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_text, tokenize = 'trigram')",
    # The index holds only live residents: a voided one is emptied from it.
    f"""CREATE TRIGGER residents_fts_insert AFTER INSERT ON residents BEGIN
        INSERT INTO resident_search_map(resident_id, beat_id) VALUES (NEW.id, NEW.beat_id);
        INSERT INTO {FTS_TABLE}(rowid, search_text)
            SELECT fts_rowid, CASE WHEN NEW.deleted THEN '' ELSE NEW.search_text END
            FROM resident_search_map WHERE resident_id = NEW.id;
    END""",
    """CREATE TRIGGER residents_search_beat AFTER UPDATE OF beat_id ON residents
    WHEN OLD.beat_id IS NOT NEW.beat_id BEGIN
        UPDATE resident_search_map SET beat_id = NEW.beat_id WHERE resident_id = NEW.id;
    END""",
    f"""CREATE TRIGGER residents_fts_update AFTER UPDATE OF search_text, deleted ON residents
    WHEN OLD.search_text IS NOT NEW.search_text OR OLD.deleted IS NOT NEW.deleted BEGIN
        UPDATE {FTS_TABLE} SET search_text = CASE WHEN NEW.deleted THEN '' ELSE NEW.search_text END
            WHERE rowid = (SELECT fts_rowid FROM resident_search_map WHERE resident_id = NEW.id);
    END""",
    # Rows are purged only when they leave the laptop's scope (sync's eviction).
    f"""CREATE TRIGGER residents_fts_delete AFTER DELETE ON residents BEGIN
        DELETE FROM {FTS_TABLE}
            WHERE rowid = (SELECT fts_rowid FROM resident_search_map WHERE resident_id = OLD.id);
        DELETE FROM resident_search_map WHERE resident_id = OLD.id;
    END""",
    """CREATE TRIGGER audit_log_no_update
    BEFORE UPDATE OF id, at, user_id, device_id, action, entity, entity_id, beat_id, changes, outcome
    ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN (SELECT value FROM sync_state WHERE key = 'wipe_in_progress') IS NOT '1' BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END""",
)

DROP_STATEMENTS: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS residents_fts_delete",
    "DROP TRIGGER IF EXISTS residents_fts_update",
    "DROP TRIGGER IF EXISTS residents_search_beat",
    "DROP TRIGGER IF EXISTS residents_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Keep FTS5's own shadow tables out of Alembic's comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))

"""On PostgreSQL, two write transactions at once: the change-log number is handed out in one
serialised step, so a row that commits late can never be passed over by a reader's cursor."""

from __future__ import annotations

import threading
import time
import uuid

from inspector_desk.hq.db import HqDatabase, Writer, migrate
from inspector_desk.hq.models import Record
from inspector_desk.hq.pull import pull
from inspector_desk.hq.scope import Caller


def _write(writer: Writer, beat: str, rid: str) -> int:
    seq = writer.log("change", entity="residents", entity_id=rid, beat_id=beat)
    writer.session.add(
        Record(
            entity="residents",
            id=rid,
            beat_id=beat,
            fields={"beat_id": beat},
            stamps={},
            field_revs={},
            field_devices={},
            rev=seq,
            deleted=False,
        )
    )
    return seq


def test_late_commit_is_never_skipped_by_a_cursor(pg_url: str) -> None:
    migrate(pg_url)
    db = HqDatabase(pg_url)
    beat = f"beat-{uuid.uuid4().hex[:8]}"
    reader = Caller("u", "inspector", None, "d", frozenset({beat}))
    start = pull(db, reader, None, 100).cursor
    first, second = f"r1-{beat}", f"r2-{beat}"
    t1_holds_seq, release_t1, t2_done = threading.Event(), threading.Event(), threading.Event()
    seqs: dict[str, int] = {}

    def slow() -> None:
        with db.write() as writer:
            seqs[first] = _write(writer, beat, first)
            t1_holds_seq.set()
            assert release_t1.wait(20)

    def fast() -> None:
        with db.write() as writer:
            seqs[second] = _write(writer, beat, second)
        t2_done.set()

    t1 = threading.Thread(target=slow)
    t1.start()
    assert t1_holds_seq.wait(10)
    t2 = threading.Thread(target=fast)
    t2.start()
    time.sleep(0.5)
    # T2 cannot take a number (let alone commit one) while T1 holds its uncommitted number.
    assert not t2_done.is_set()
    assert second not in seqs
    during = pull(db, reader, start, 100)
    assert during.items == []
    assert during.cursor == start or int(during.cursor) < seqs[first]
    release_t1.set()
    t1.join(10)
    t2.join(10)
    assert t2_done.is_set()
    assert seqs[first] < seqs[second]
    after = pull(db, reader, during.cursor, 100)
    assert [item.id for item in after.items] == [first, second]  # type: ignore[union-attr]
    db.dispose()

"""A lost laptop's files: no plaintext of a known resident anywhere (database, WAL, shared memory,
journal, key file, lockout record), and a wrong password or key changes nothing in the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from security_support import LOGIN, PASSWORD, make_store, snapshot

from inspector_desk.app import unlock
from inspector_desk.domain.errors import ValidationError
from inspector_desk.domain.iin import Sex, make_iin
from inspector_desk.security.keyfile import read_keyfile
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import WrongKeyError, checkpoint, open_database

LAST, FIRST, MIDDLE = "Сейткалиева", "Жанаргуль", "Zhanarovna"
IIN = make_iin(date(1987, 5, 14), Sex.FEMALE, 4321)
NOTES = "Lives with Qwertyuiop Brotherton"


def needles() -> dict[str, bytes]:
    out: dict[str, bytes] = {"iin": IIN.encode("ascii")}
    for label, text in (("last", LAST), ("first", FIRST), ("middle", MIDDLE), ("notes", "Qwertyuiop")):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            out[f"{label}/{encoding}"] = text.encode(encoding)
        out[f"{label}/casefold"] = text.casefold().encode("utf-8")  # search columns keep folded text
    # The IIN as UTF-16 too, and the name as the search index would fold it.
    out["iin/utf-16-le"] = IIN.encode("utf-16-le")
    return out


def leaks(folder: Path) -> list[str]:
    found = []
    for name, data in snapshot(folder).items():
        for label, needle in needles().items():
            if needle in data:
                found.append(f"{label} in {name}")
    return found


@pytest.mark.parametrize("fold_wal", [False, True], ids=["in-wal", "checkpointed"])
def test_no_plaintext_of_a_known_resident_in_any_file(tmp_path: Path, fold_wal: bool) -> None:
    path = make_store(tmp_path)
    db, actor = unlock(path, LOGIN, PASSWORD)
    try:
        register_resident(
            db,
            actor,
            ResidentInput(
                beat_id=next(iter(actor.beat_ids)),
                last_name=LAST,
                first_name=FIRST,
                middle_name=MIDDLE,
                iin=IIN,
                notes=NOTES,
            ),
        )
        if fold_wal:
            checkpoint(db)
        files = set(snapshot(tmp_path))
        # The store is open and written: its WAL and shared memory exist and are scanned too.
        assert {"beat.db", "beat.db.key", "beat.db.unlock"} <= files
        assert fold_wal or "beat.db-wal" in files
        assert leaks(tmp_path) == []
    finally:
        db.close()
    assert leaks(tmp_path) == []
    # The scan itself can find things: the same resident in a plain SQLite copy is found.
    plain = tmp_path / "plain"
    plain.mkdir()
    with (plain / "copy.db").open("wb") as fh:
        fh.write(f"{LAST} {FIRST} {IIN}".encode() + "x".encode("utf-16-le"))
    assert {"last/utf-8 in copy.db", "iin in copy.db"} <= set(leaks(plain))


def test_a_wrong_password_fails_clearly_and_changes_nothing_in_the_store(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    store_files = ("beat.db", "beat.db-wal", "beat.db-shm", "beat.db-journal")
    before = snapshot(tmp_path)
    wrap_before = {k: v for k, v in read_keyfile(path).items() if k != "guard"}
    with pytest.raises(ValidationError) as caught:
        unlock(path, LOGIN, "Wrong-Horse-1")
    assert caught.value.field == "password"
    assert caught.value.rule == "login.wrong_password"
    assert "password is wrong" in caught.value.message
    after = snapshot(tmp_path)
    assert {n: after.get(n) for n in store_files} == {n: before.get(n) for n in store_files}
    # The wrapped key is untouched; only the lockout's record of the attempt was written.
    assert {k: v for k, v in read_keyfile(path).items() if k != "guard"} == wrap_before


def test_a_wrong_key_leaves_the_file_byte_for_byte_as_it_was(tmp_path: Path) -> None:
    path = make_store(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(WrongKeyError, match="left as it is"):
        open_database(path, bytes(32))
    assert snapshot(tmp_path) == before

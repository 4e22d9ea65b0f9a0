"""Is the database file still what this laptop wrote? SQLCipher 4 gives every 4 KiB page an
HMAC-SHA512 (under a key derived from the data key), and checks it whenever the page is read: an
altered page can never be read as data. This module adds the checks that find damage early.

On unlock (cheap, ~5 ms whatever the size; ``quick_check``)
    the file is a whole number of pages; page 1 and a spread of pages (the first and last 32 and 256
    evenly spaced between) pass their HMAC. With the schema read of ``open_database`` this finds a
    replaced file, a truncated or extended one, and damage at its start or end at once; a few
    altered bytes in the middle are found with a probability of about 300 / number of pages.

After sign-in, in the background (~7 ms of CPU per MB; ``full_check``)
    ``PRAGMA cipher_integrity_check`` verifies every page. If it finds damage it leaves a marker
    beside the database (``<db>.damage``): the next unlock refuses with the damage report (and the
    app offers the clean re-sync from HQ, recovery.py) instead of opening the store again.

The full check is not run on every unlock because it grows with the file: 1.1 s of CPU for the
150 MB store of a 20,000-resident unit (bench/security.py), several seconds for a supervisor's unit.

Python's check must agree with SQLCipher's: if page 1, which SQLCipher itself has just verified,
does not pass here (other cipher settings), the sampled check is skipped rather than guessed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from pathlib import Path

from inspector_desk.security.keyfile import keyfile_path
from inspector_desk.security.lockout import counter_path
from inspector_desk.store.db import Database, damaged_error

log = logging.getLogger(__name__)

PAGE_SIZE = 4096
SALT_BYTES = 16
IV_BYTES = 16
HMAC_BYTES = 64
RESERVE = IV_BYTES + HMAC_BYTES
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITER = 2
EDGE_PAGES = 32
SPREAD_PAGES = 256
MARKER_SUFFIX = ".damage"


def marker_path(db_path: str | os.PathLike[str]) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + MARKER_SUFFIX)


def store_files(db_path: str | os.PathLike[str]) -> list[Path]:
    """The store and every file that belongs to it: WAL, shared memory, journal, key file, lockout
    record and damage marker (what a wipe deletes and a recovery moves aside)."""
    path = Path(db_path)
    return [
        path,
        *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")),
        keyfile_path(path),
        counter_path(path),
        marker_path(path),
    ]


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", key, bytes(b ^ HMAC_SALT_MASK for b in salt), FAST_KDF_ITER, len(key)
    )


def _page_ok(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    offset = SALT_BYTES if pgno == 1 else 0
    size = PAGE_SIZE - offset - RESERVE
    signed = page[offset : offset + size + IV_BYTES]
    stored = page[offset + size + IV_BYTES : offset + size + RESERVE]
    mac = hmac.new(hmac_key, signed + pgno.to_bytes(4, "little"), hashlib.sha512).digest()
    return len(page) == PAGE_SIZE and hmac.compare_digest(mac, stored)


def sample_pages(count: int) -> list[int]:
    """Page numbers the quick check reads: the edges and an even spread."""
    if count <= 2 * EDGE_PAGES + SPREAD_PAGES:
        return list(range(1, count + 1))
    edges = set(range(1, EDGE_PAGES + 1)) | set(range(count - EDGE_PAGES + 1, count + 1))
    step = count / (SPREAD_PAGES + 1)
    return sorted(edges | {int(step * (i + 1)) for i in range(SPREAD_PAGES)})


def quick_check(db_path: str | os.PathLike[str], key: bytes) -> list[str]:
    """Problems found by the quick check of the encrypted file at ``db_path`` ([]: none)."""
    path = Path(db_path)
    size = path.stat().st_size
    if size == 0:
        return []  # an empty file is judged by open_database (missing or empty)
    problems = []
    if size % PAGE_SIZE:
        problems.append(f"the file ends in the middle of a page ({size} bytes)")
    with path.open("rb") as fh:
        first = fh.read(PAGE_SIZE)
        hmac_key = _hmac_key(key, first[:SALT_BYTES])
        if not _page_ok(first, 1, hmac_key):
            log.warning("page check skipped: page 1 does not verify with SQLCipher 4 default settings")
            return problems
        for pgno in sample_pages(size // PAGE_SIZE):
            fh.seek((pgno - 1) * PAGE_SIZE)
            if not _page_ok(fh.read(PAGE_SIZE), pgno, hmac_key):
                problems.append(f"page {pgno} fails its HMAC check")
    return problems


def full_check(db: Database) -> list[str]:
    """Every page's HMAC, by SQLCipher (``PRAGMA cipher_integrity_check``); [] when all pass."""
    with db.engine.connect() as conn:
        return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]


def check_in_background(db: Database) -> list[str]:
    """The full check, for a worker after sign-in: damage is also written as the marker the next
    unlock refuses on."""
    problems = full_check(db)
    if problems:
        marker_path(db.path).write_text("\n".join(problems[:20]) + "\n", encoding="utf-8")
    return problems


def damage_report(db_path: str | os.PathLike[str]) -> str | None:
    """The marker's first line when an earlier full check found damage, else None."""
    try:
        lines = marker_path(db_path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return lines[0] if lines else "an earlier check found damage"


def ensure_intact(db_path: str | os.PathLike[str], key: bytes) -> None:
    """Before the store is opened on unlock: ``DatabaseDamagedError`` when an earlier full check
    left its marker or the quick check finds a bad page (the file is not touched)."""
    path = Path(db_path)
    report = damage_report(path)
    if report is None and path.exists():
        problems = quick_check(path, key)
        report = problems[0] if problems else None
    if report is not None:
        raise damaged_error(path, report)

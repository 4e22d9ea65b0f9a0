"""The page checks: the quick check on unlock agrees with SQLCipher page by page, finds damage in the
pages it samples, and the background full check finds damage anywhere and makes the next unlock
refuse (until the store is restored)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from security_support import LOGIN, PASSWORD, make_store

from inspector_desk.app import unlock
from inspector_desk.recovery import move_aside
from inspector_desk.security.integrity import (
    PAGE_SIZE,
    check_in_background,
    full_check,
    marker_path,
    quick_check,
    sample_pages,
)
from inspector_desk.security.keyfile import unlock_key
from inspector_desk.services.residents import ResidentInput, register_resident
from inspector_desk.store.db import DatabaseDamagedError, checkpoint


@pytest.fixture(scope="module")
def grown_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of more pages than the quick check reads (built once, copied per test)."""
    path = make_store(tmp_path_factory.mktemp("grown"))
    db, actor = unlock(path, LOGIN, PASSWORD)
    beat = next(iter(actor.beat_ids))
    for i in range(500):
        register_resident(
            db,
            actor,
            ResidentInput(beat_id=beat, last_name="Abenov", first_name="Arman", notes="n" * 1900 + str(i)),
        )
    checkpoint(db)
    db.close()
    return path


@pytest.fixture
def grown(grown_template: Path, tmp_path: Path) -> tuple[Path, bytes, int]:
    """A copy of the grown store for one test: its path, its key and its number of pages."""
    for source in grown_template.parent.iterdir():
        shutil.copyfile(source, tmp_path / source.name)
    path = tmp_path / grown_template.name
    return path, unlock_key(path, PASSWORD), path.stat().st_size // PAGE_SIZE


def flip(path: Path, pgno: int) -> None:
    with path.open("r+b") as fh:
        fh.seek((pgno - 1) * PAGE_SIZE + 1000)
        fh.write(b"\xff\x00\xff\x00")


def test_the_quick_check_agrees_with_sqlcipher_and_finds_sampled_pages(
    grown: tuple[Path, bytes, int],
) -> None:
    path, key, pages = grown
    sampled = sample_pages(pages)
    assert pages > len(sampled) > 300  # a real sample, not every page
    assert quick_check(path, key) == []
    flip(path, sampled[len(sampled) // 2])
    problems = quick_check(path, key)
    assert problems == [f"page {sampled[len(sampled) // 2]} fails its HMAC check"]
    with pytest.raises(DatabaseDamagedError, match="fails its HMAC check"):
        unlock(path, LOGIN, PASSWORD)


def test_damage_the_quick_check_misses_is_found_in_the_background_and_refused_next_time(
    grown: tuple[Path, bytes, int],
) -> None:
    path, key, pages = grown
    sampled = set(sample_pages(pages))
    unsampled = next(p for p in range(pages // 2, pages) if p not in sampled)
    flip(path, unsampled)
    assert quick_check(path, key) == []
    db, _actor = unlock(path, LOGIN, PASSWORD)  # opens: the damaged page was not read yet
    try:
        problems = check_in_background(db)
        assert problems
        assert f"page {unsampled}" in problems[0]
        assert full_check(db) == problems
    finally:
        db.close()
    assert marker_path(path).exists()
    with pytest.raises(DatabaseDamagedError, match=f"page {unsampled}"):
        unlock(path, LOGIN, PASSWORD)
    moved = move_aside(path)  # what the restore from HQ does first: the marker goes aside too
    assert any(p.name.startswith("beat.db.damage.damaged-") for p in moved)
    assert not marker_path(path).exists()

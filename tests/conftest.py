"""Shared fixtures: a fresh encrypted store per test (copied from a migrated template), a unit
with two beats, and the actors who work them."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Widgets are tested on the screen most of the ministry's laptops have: 1366 x 768, offscreen.
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('offscreen_laptop.json')}"
)

from inspector_desk.services.accounts import actor_for, create_beat, create_unit, create_user
from inspector_desk.services.base import Actor, Role
from inspector_desk.store.db import Database, checkpoint, open_database

TEST_KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def _automatic_collection() -> Iterator[None]:
    """A main window hands garbage collection to its GUI timer (ui/heap.py); between tests, where no
    event loop runs, the interpreter collects on its own again."""
    yield
    if not gc.isenabled():
        gc.enable()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(path, TEST_KEY)
    checkpoint(db)
    db.close()
    return path


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "beat.db"
    shutil.copyfile(template_db, path)
    database = open_database(path, TEST_KEY)
    yield database
    database.close()


@dataclass(frozen=True)
class World:
    """A unit with two beats: inspector A works beat 1, inspector B beat 2, one supervisor."""

    unit_id: str
    beat_id: str
    other_beat_id: str
    inspector: Actor
    other_inspector: Actor
    supervisor: Actor
    admin: Actor


@pytest.fixture
def world(db: Database) -> World:
    unit = create_unit(db, "Almaly district police")
    beat1 = create_beat(db, "ALM-01", "Beat 1", unit)
    beat2 = create_beat(db, "ALM-02", "Beat 2", unit)
    insp = create_user(db, "aseke", "Asel Nurlanovna", Role.INSPECTOR, unit_id=unit, beat_ids=[beat1])
    other = create_user(db, "boris", "Boris Ivanov", Role.INSPECTOR, unit_id=unit, beat_ids=[beat2])
    sup = create_user(db, "chief", "Dana Serikova", Role.SUPERVISOR, unit_id=unit)
    adm = create_user(db, "admin", "HQ Admin", Role.ADMIN)
    return World(
        unit_id=unit,
        beat_id=beat1,
        other_beat_id=beat2,
        inspector=actor_for(db, insp, device_id="laptop-a"),
        other_inspector=actor_for(db, other, device_id="laptop-b"),
        supervisor=actor_for(db, sup, device_id="laptop-s"),
        admin=actor_for(db, adm, device_id="hq"),
    )

"""The PyInstaller bundle, built once per session by ``installer/build.py`` into a temporary folder
(as CI builds it from a fresh clone), then started as a laptop would start it: the self-test passes
with no Python of the checkout involved, the bundle stays within 250 MB, the archive holds it whole,
a missing part makes the self-test fail in words, and the bundle migrates an older database and
refuses a newer one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector_desk.store.migrate import head_revision

from .conftest import (
    FUTURE,
    ROOT,
    assert_self_test_passed,
    make_store,
    resident_names,
    run_app,
    stored_revision,
    summary_args,
)

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(1800)]

MAX_BUNDLE_BYTES = 250 * 1024 * 1024


@dataclass(frozen=True)
class Bundle:
    folder: Path
    exe: Path
    archive: Path


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    """Built by installer/build.py into a temporary folder; INSPECTOR_DESK_TEST_DIST=DIR reuses a dist
    folder that build.py made before (a developer's shortcut: CI always builds)."""
    reuse = os.environ.get("INSPECTOR_DESK_TEST_DIST")
    if reuse:
        dist = Path(reuse)
        yield Bundle(dist / "inspector-desk", _exe(dist / "inspector-desk"), _archive(dist))
        return
    out = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    build = [sys.executable, str(ROOT / "installer" / "build.py")]
    result = subprocess.run(
        [*build, "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\nbundle built in {time.perf_counter() - started:.0f} s: {figures}")
    folder = Path(str(figures["bundle"]))
    yield Bundle(folder, _exe(folder), Path(str(figures["archive"])))
    shutil.rmtree(out, ignore_errors=True)


def _exe(folder: Path) -> Path:
    return folder / ("inspector-desk.exe" if sys.platform == "win32" else "inspector-desk")


def _archive(dist: Path) -> Path:
    archives = sorted(dist.glob("inspector-desk-*.tar.gz"))
    return archives[-1] if archives else dist / "no-archive-was-built.tar.gz"


def test_the_bundle_passes_its_self_test(bundle: Bundle, tmp_path: Path) -> None:
    result = run_app(["--self-test"], exe=bundle.exe, env={"HOME": str(tmp_path)})
    assert_self_test_passed(result)
    assert "(bundle, Python 3.11" in result.stdout
    assert "'Сегодня'" in result.stdout


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_the_bundle_is_within_250_mb_and_carries_only_what_the_client_needs(bundle: Bundle) -> None:
    assert folder_size(bundle.folder) <= MAX_BUNDLE_BYTES
    internal = bundle.folder / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    for needed in (
        "resources/i18n/inspector_desk_ru.qm",
        "resources/i18n/inspector_desk_kk.qm",
        "resources/fonts/DejaVuSans.ttf",
        "resources/policy/risk_questionnaire.json",
        "resources/icons/app.svg",
        "inspector_desk/store/migrations/env.py",
        "inspector_desk/hq/migrations/env.py",
        f"inspector_desk/store/migrations/versions/{head_revision()}.py",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    ):
        assert needed in names, needed
    assert not [n for n in names if n.endswith(".ts")]  # sources of the catalogues stay out
    unwanted = (
        "QtWebEngine",
        "Qt6Quick",
        "Qt6Qml",
        "Qt63D",
        "Qt6Multimedia",
        "libqgtk3",
        "libqwayland",
        "psycopg",
    )
    assert not [n for n in names if any(u in n for u in unwanted)]


def test_the_archive_holds_the_bundle_and_its_desktop_entry(bundle: Bundle) -> None:
    assert bundle.archive.name.endswith(".tar.gz")
    with tarfile.open(bundle.archive) as tf:
        members = {m.name: m for m in tf.getmembers()}
    exe = members["inspector-desk/inspector-desk"]
    assert exe.mode & 0o111
    for name in ("inspector-desk.desktop", "inspector-desk.png", "install.sh", "_internal/base_library.zip"):
        assert f"inspector-desk/{name}" in members
    assert len([m for m in members if m.startswith("inspector-desk/_internal/")]) == len(
        list((bundle.folder / "_internal").rglob("*"))
    )


def test_a_missing_part_fails_the_self_test_in_words(bundle: Bundle, tmp_path: Path) -> None:
    fonts = bundle.folder / "_internal" / "resources" / "fonts"
    hidden = fonts.with_name("fonts-hidden")
    fonts.rename(hidden)
    try:
        result = run_app(["--self-test"], exe=bundle.exe, env={"HOME": str(tmp_path)})
    finally:
        hidden.rename(fonts)
    assert result.returncode == 1
    assert "ok main window shown" in result.stdout
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1
    assert failed[0].startswith("FAILED report: ")
    assert "DejaVuSans" in failed[0]
    assert "self-test passed" not in result.stdout


def test_the_bundle_migrates_an_older_database(bundle: Bundle, older_store: Path) -> None:
    result = run_app(summary_args(older_store), exe=bundle.exe)
    assert result.returncode == 0, result.stderr
    assert "Signed in as Asel Nurlanovna (inspector)" in result.stdout
    assert stored_revision(older_store) == head_revision()
    assert resident_names(older_store) == ["Абенов"]


def test_the_bundle_refuses_a_newer_database_in_words(bundle: Bundle, newer_store: Path) -> None:
    result = run_app(summary_args(newer_store), exe=bundle.exe)
    assert result.returncode == 2
    assert "written by a newer version of Inspector Desk" in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_revision(newer_store) == FUTURE


def test_the_bundle_builds_and_opens_a_demo_beat(bundle: Bundle, tmp_path: Path) -> None:
    """The demo builder's worker processes start as the frozen executable itself."""
    path = tmp_path / "demo" / "demo.db"
    result = run_app(["--demo", "--db", str(path), "--residents", "300", "--summary"], exe=bundle.exe)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Building the demo beat (300 residents)" in result.stdout
    assert "Signed in as" in result.stdout
    assert "visits due or overdue" in result.stdout


def test_install_sh_installs_upgrades_in_place_and_uninstalls_keeping_user_data(
    bundle: Bundle, tmp_path: Path
) -> None:
    root, home = tmp_path / "root", tmp_path / "home"
    user_db = home / ".local" / "share" / "InspectorDesk" / "laptop.db"
    make_store(user_db)
    data_before = user_db.read_bytes()
    env = {"DESTDIR": str(root), "HOME": str(home)}

    def install(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(bundle.folder / "install.sh"), *args],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=300,
        )

    first = install()
    assert first.returncode == 0, first.stderr
    installed = root / "opt" / "inspector-desk"
    assert f"installed in {installed}" in first.stdout
    assert (root / "usr/share/applications/inspector-desk.desktop").is_file()
    assert (root / "usr/share/icons/hicolor/256x256/apps/inspector-desk.png").is_file()
    assert_self_test_passed(run_app(["--self-test"], exe=installed / "inspector-desk", env=env))

    stale = installed / "_internal" / "left-by-the-old-version.so"
    stale.write_bytes(b"old")
    upgrade = install()
    assert upgrade.returncode == 0, upgrade.stderr
    assert not stale.exists()  # the program folder is replaced whole
    assert run_app(["--version"], exe=installed / "inspector-desk").returncode == 0

    removed = install("--uninstall")
    assert removed.returncode == 0
    assert not installed.exists()
    assert not (root / "usr/share/applications/inspector-desk.desktop").exists()
    assert user_db.read_bytes() == data_before  # the user's data was never touched

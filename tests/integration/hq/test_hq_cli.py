"""The admin command line as an administrator runs it: a subprocess on an SQLite data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inspector_desk.hq", "--data-dir", str(folder), "admin", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_admin_cli_builds_an_organisation(tmp_path: Path) -> None:
    assert run(tmp_path, "create-unit", "Almaly").returncode == 0
    assert run(tmp_path, "create-beat", "AL-1", "Beat 1", "--unit", "Almaly").returncode == 0
    weak = run(
        tmp_path, "create-user", "ivan", "--full-name", "Ivan", "--role", "inspector", "--password", "short"
    )
    assert weak.returncode == 2
    assert "at least 10 characters" in weak.stderr
    ok = run(
        tmp_path,
        "create-user",
        "ivan",
        "--full-name",
        "Ivan",
        "--role",
        "inspector",
        "--password",
        "Str0ng-Passw0rd",
    )
    assert ok.returncode == 0, ok.stderr
    assert run(tmp_path, "assign-beat", "ivan", "AL-1").returncode == 0
    listing = json.loads(run(tmp_path, "list").stdout)
    assert [u["login"] for u in listing["users"]] == ["ivan"]
    assert len(listing["users"][0]["beats"]) == 1
    assert (tmp_path / "hq.db").exists()
    assert (tmp_path / "hq-secret.key").stat().st_mode & 0o077 == 0
    assert run(tmp_path, "revoke-user", "nobody").returncode == 2

"""HQ settings, declared once with their defaults: command-line arguments over environment
variables over defaults. The token secret is generated once and kept in the data folder."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATABASE_URL = "INSPECTOR_HQ_DATABASE_URL"
ENV_SECRET = "INSPECTOR_HQ_SECRET"
ENV_DATA_DIR = "INSPECTOR_HQ_DATA_DIR"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
ACCESS_TTL_S = 15 * 60
REFRESH_TTL_S = 30 * 24 * 3600
MAX_BODY_BYTES = 8 * 1024 * 1024
LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 30
# Worker threads per HQ process for blocking work (database, password hashing). The work holds
# the GIL for most of its time, so more threads buy no throughput: under a burst (a shift start)
# 40 of them (the default) only took turns, and a push group waited for the GIL behind them.
WORKER_THREADS = 8


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    secret: str
    data_dir: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    access_ttl_s: int = ACCESS_TTL_S
    refresh_ttl_s: int = REFRESH_TTL_S
    max_body_bytes: int = MAX_BODY_BYTES
    worker_threads: int = WORKER_THREADS


def default_data_dir() -> Path:
    """``./hq-data`` when it exists (a demo folder), else the platform's user data folder."""
    local = Path.cwd() / "hq-data"
    if local.is_dir():
        return local
    return Path(platformdirs.user_data_dir("inspector-desk-hq", appauthor=False))


def load_secret(data_dir: Path) -> str:
    """The token-signing secret: from the environment, or generated once into the data folder."""
    env = os.environ.get(ENV_SECRET)
    if env:
        if len(env) < 32:
            raise SystemExit(f"{ENV_SECRET} must be at least 32 characters")
        return env
    path = data_dir / "hq-secret.key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(48)
    # Created with owner-only permissions from the start: no window where others can read it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


def load_settings(
    database_url: str | None = None,
    data_dir: str | Path | None = None,
    host: str | None = None,
    port: int | None = None,
) -> Settings:
    folder = Path(data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir())
    url = database_url or os.environ.get(ENV_DATABASE_URL)
    if not url:
        folder.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{folder / 'hq.db'}"
    return Settings(
        database_url=url,
        secret=load_secret(folder),
        data_dir=folder,
        host=host or DEFAULT_HOST,
        port=port or DEFAULT_PORT,
    )

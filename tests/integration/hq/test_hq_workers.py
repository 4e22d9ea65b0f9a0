"""``python -m inspector_desk.hq serve --workers N`` on PostgreSQL: N worker processes, each with its own
socket on one port; every one of them answers, a worker that dies is replaced, SIGTERM stops them all
and frees the port, and a port already taken is refused."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started, that are still running (multiprocessing's "spawn" starts a
    resource tracker too: only those running the HQ worker are counted)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except FileNotFoundError:
                continue
            if b"resource_tracker" not in cmdline:
                found.add(int(child))
    return found


def _wait(check: object, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except (httpx.HTTPError, OSError):
            pass
        time.sleep(0.2)
    raise AssertionError("the HQ workers did not get there in time")


@pytest.fixture
def served(pg_url: str, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "inspector_desk.hq", "--database-url", pg_url, "--data-dir", str(tmp_path)]
    server = subprocess.Popen([*cmd, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                              env=env, cwd=ROOT)  # fmt: skip
    try:
        yield server, port
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(30)


def _health(port: int) -> bool:
    # A fresh connection each time: the kernel picks the worker per connection.
    with httpx.Client(timeout=5) as client:
        return bool(client.get(f"http://127.0.0.1:{port}/v1/health").json()["status"] == "ok")


def test_two_workers_answer_a_dead_one_is_replaced_and_sigterm_stops_all(
    served: tuple[subprocess.Popen[bytes], int],
) -> None:
    server, port = served
    _wait(lambda: len(_children(server.pid)) == 2 and all(_health(port) for _ in range(20)))
    first = _children(server.pid)

    victim = min(first)
    os.kill(victim, signal.SIGKILL)
    _wait(lambda: victim not in _children(server.pid) and len(_children(server.pid)) == 2)
    _wait(lambda: all(_health(port) for _ in range(20)))
    assert _children(server.pid) - first, "a new worker took the dead one's place"

    workers = _children(server.pid)
    server.send_signal(signal.SIGTERM)
    assert server.wait(60) == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or b"(Z)" in Path(f"/proc/{pid}/stat").read_bytes()
    with socket.socket() as s:  # the port is free again
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def test_a_port_already_taken_is_refused(pg_url: str, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "inspector_desk.hq", "--database-url", pg_url, "--data-dir", str(tmp_path),
             "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
            env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert out.returncode == 2
    assert f"cannot serve on 127.0.0.1:{port}" in out.stderr
    assert "in use" in out.stderr.lower()
    assert "Traceback" not in out.stderr

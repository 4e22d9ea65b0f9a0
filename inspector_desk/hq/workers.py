"""Several HQ worker processes on one port, each with its own listening socket (SO_REUSEPORT):
the kernel spreads new connections evenly over the workers.

With one socket shared by all workers (uvicorn's ``--workers``), the first worker to wake
accepts every connection waiting; at a shift start, hundreds of laptops connecting at once land
mostly on one worker while the other idles. Where SO_REUSEPORT is missing, uvicorn's own
supervisor is used.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import sys
import time
from multiprocessing.process import BaseProcess
from types import FrameType

APP = "inspector_desk.hq.app:app_from_env"
YOUNG_S = 10.0  # a worker that dies this soon after its start is restarted after a pause
RESTART_PAUSE_S = 1.0
log = logging.getLogger("inspector_desk.hq")


def reuse_port_supported() -> bool:
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def _listen(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(host: str, port: int) -> None:
    import uvicorn

    sock = _listen(host, port, reuse_port=True)
    config = uvicorn.Config(APP, factory=True, host=host, port=port)
    uvicorn.Server(config).run(sockets=[sock])


def serve_workers(host: str, port: int, workers: int) -> int:
    """Run ``workers`` processes serving ``app_from_env`` until SIGINT or SIGTERM; a worker that
    dies is started again. The environment must hold the settings (see ``__main__``)."""
    # A port already served (by another HQ, with or without SO_REUSEPORT) is refused here, as
    # one bind would be: sharing it with a stranger would split the laptops between two HQs.
    try:
        _listen(host, port, reuse_port=False).close()
    except OSError as exc:
        print(f"error: cannot serve on {host}:{port}: {exc.strerror or exc} (is another HQ running?)",
              file=sys.stderr)  # fmt: skip
        return 2
    context = multiprocessing.get_context("spawn")
    stopping = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    processes: list[tuple[BaseProcess, float]] = []

    def start() -> tuple[BaseProcess, float]:
        process = context.Process(target=_worker, args=(host, port), daemon=False)
        process.start()
        return process, time.monotonic()

    try:
        processes = [start() for _ in range(workers)]
        while not stopping:
            time.sleep(0.2)
            for index, (process, started) in enumerate(processes):
                if process.is_alive() or stopping:
                    continue
                log.warning("HQ worker %s exited (code %s): starting another", process.pid, process.exitcode)
                if time.monotonic() - started < YOUNG_S:
                    time.sleep(RESTART_PAUSE_S)  # dying at once again and again: not in a tight loop
                processes[index] = start()
    finally:
        for process, _ in processes:
            if process.is_alive():
                process.terminate()  # uvicorn shuts down gracefully on SIGTERM
        for process, _ in processes:
            process.join(30)
            if process.is_alive():
                process.kill()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0

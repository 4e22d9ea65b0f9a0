"""Bundle benchmark: the PyInstaller bundle's size (target ≤ 250 MB unpacked), its archive's size, and its
start to the main window (target ≤ 3 s, median of 5 starts). Run: ``.venv/bin/python bench/bundle.py``
(builds dist/inspector-desk with installer/build.py when it is not there; ``--build`` rebuilds it).

A start is ``inspector-desk --self-test`` with QT_QPA_PLATFORM=offscreen, timed from the moment the
process is spawned to the moment its "ok main window shown" line arrives: the bootloader, Python, the
imports, a fresh encrypted database with every migration, three records through the services and the
main window shown with its Today page loaded. The caches are warm (the runs follow each other); a real
sign-in adds the unlock of the key with the production Argon2id cost, measured here separately
(``unlock_s``). The machine's load average is printed with the figures, and the CPU time the process had
used when its window appeared (``window_cpu_s``, Linux): on a machine busy with other work the wall
time grows with the load, the CPU time much less. The last line printed is a
JSON object with every figure and whether each target was met.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector_desk.security.keyfile import provision_key, unlock_key

ROOT = Path(__file__).resolve().parent.parent

TARGETS = {"bundle_mb": 250.0, "window_s": 3.0}
WINDOW_LINE = "ok main window shown"
MB = 1024 * 1024


def folder_mb(folder: Path) -> float:
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return round(size / MB, 1)


def build(dist: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist)], check=True)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) the process has used so far (Linux; None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_start(exe: Path) -> tuple[float, float, float | None]:
    """Seconds from spawn to the main window, to the end of the self-test (exit 0), and the CPU
    seconds the process had used when its window was shown (what a busy machine does not inflate)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=exe.parent,
    )
    window, cpu = None, None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(WINDOW_LINE) and window is None:
            window = time.perf_counter() - started
            cpu = cpu_seconds(proc.pid)
    code = proc.wait()
    total = time.perf_counter() - started
    if code != 0 or window is None:
        raise SystemExit(f"the self-test of {exe} failed (exit {code})")
    return window, total, cpu


def unlock_seconds() -> float:
    """One unlock of a key wrapped with the production Argon2id parameters."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "laptop.db"
        provision_key(path, "Bench-Password-2026!")
        started = time.perf_counter()
        unlock_key(path, "Bench-Password-2026!")
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle is (dist/)")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    bundle = args.dist / "inspector-desk"
    exe = bundle / ("inspector-desk.exe" if sys.platform == "win32" else "inspector-desk")
    if args.build or not exe.exists():
        build(args.dist)
    archives = sorted(args.dist.glob("inspector-desk-*.tar.gz")) + sorted(
        args.dist.glob("inspector-desk-*.zip")
    )
    figures: dict[str, Any] = {"load_before": [round(x, 2) for x in os.getloadavg()]}
    figures["bundle_mb"] = folder_mb(bundle)
    figures["archive_mb"] = round(archives[-1].stat().st_size / MB, 1) if archives else None
    print(f"bundle   {bundle}: {figures['bundle_mb']} MB unpacked")
    if archives:
        print(f"archive  {archives[-1].name}: {figures['archive_mb']} MB")

    windows, totals, cpus = [], [], []
    for run in range(1, args.runs + 1):
        window, total, cpu = one_start(exe)
        windows.append(window)
        totals.append(total)
        if cpu is not None:
            cpus.append(cpu)
        used = f" ({cpu:.2f} s of CPU)" if cpu is not None else ""
        print(
            f"start {run}: main window shown after {window:.2f} s{used}, self-test done after {total:.2f} s"
        )
    figures["window_s"] = round(statistics.median(windows), 2)
    figures["window_cpu_s"] = round(statistics.median(cpus), 2) if cpus else None
    figures["window_runs_s"] = [round(w, 2) for w in windows]
    figures["self_test_s"] = round(statistics.median(totals), 2)
    figures["unlock_s"] = round(unlock_seconds(), 2)
    figures["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(
        f"main window (median of {args.runs}): {figures['window_s']} s;"
        f" whole self-test {figures['self_test_s']} s"
    )
    if cpus:
        print(
            f"CPU used by then (median): {figures['window_cpu_s']} s (about the wall time on an idle machine)"
        )
    print(f"unlock with the production Argon2id cost: {figures['unlock_s']} s (added to a real sign-in)")
    print(f"load average before {figures['load_before']}, after {figures['load_after']}")
    met = {key: figures[key] <= limit for key, limit in TARGETS.items()}
    print(json.dumps({"targets": TARGETS, "figures": figures, "met": met, "ok": all(met.values())}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

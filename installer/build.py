"""Builds the Inspector Desk bundle: ``python installer/build.py [--dist DIR] [--work DIR] [--no-archive]``.

1. compiles the translations (.ts -> .qm) and draws the icons if they are missing;
2. runs PyInstaller on installer/inspector_desk.spec: a one-folder bundle ``DIST/inspector-desk/``;
3. on Linux adds the .desktop entry, its icon and install.sh beside the executable;
4. packs ``DIST/inspector-desk-<version>-<platform>.tar.gz`` (``.zip`` on Windows);
5. prints the bundle's unpacked size and the archive's size, and last a JSON object with both.

Run it with the project's interpreter (the one with the ``installer`` extras: PyInstaller).
On Windows, compile installer/inspector_desk.iss with Inno Setup afterwards for the setup program.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "inspector_desk.spec"
NAME = "inspector-desk"
MAX_BUNDLE_MB = 250
MB = 1024 * 1024


def tree_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (links not followed), as an unpacked bundle takes."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    machine = os.uname().machine if hasattr(os, "uname") else os.environ.get("PROCESSOR_ARCHITECTURE", "")
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{machine.lower() or 'x86_64'}"


def compile_translations() -> None:
    subprocess.run([sys.executable, "-m", "inspector_desk.ui.i18n", "build"], cwd=ROOT, check=True)


def draw_icons() -> None:
    sys.path.insert(0, str(HERE))
    try:
        from make_icons import make_icons  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(HERE))
    for path in make_icons():
        print(f"drew {path.relative_to(ROOT)}")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    bundle = dist / NAME
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller finished but {bundle} is not there")
    return bundle


def add_linux_files(bundle: Path) -> None:
    """The desktop entry, the icon and the installer script go beside the executable."""
    for name in ("inspector-desk.desktop", "inspector-desk.png", "install.sh"):
        shutil.copy2(HERE / "linux" / name, bundle / name)


def write_archive(bundle: Path, dist: Path) -> Path:
    stem = f"{NAME}-{version('inspector-desk')}-{platform_tag()}"
    if sys.platform == "win32":
        archive = dist / f"{stem}.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(NAME) / path.relative_to(bundle))
        return archive
    archive = dist / f"{stem}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
        tf.add(bundle, arcname=NAME)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    parser.add_argument("--no-archive", action="store_true", help="only the bundle folder")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.perf_counter()
    compile_translations()
    draw_icons()
    bundle = run_pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        add_linux_files(bundle)
    build_seconds = time.perf_counter() - started
    size = tree_size(bundle)
    print(
        f"bundle   {bundle}  {size / MB:.1f} MB unpacked (limit {MAX_BUNDLE_MB} MB),"
        f" built in {build_seconds:.0f} s"
    )
    figures: dict[str, object] = {
        "bundle": str(bundle),
        "bundle_mb": round(size / MB, 1),
        "build_s": round(build_seconds, 1),
    }
    if not args.no_archive:
        archive = write_archive(bundle, dist)
        print(f"archive  {archive}  {archive.stat().st_size / MB:.1f} MB")
        figures |= {"archive": str(archive), "archive_mb": round(archive.stat().st_size / MB, 1)}
    print(json.dumps(figures))
    if size > MAX_BUNDLE_MB * MB:
        print(f"the bundle is larger than {MAX_BUNDLE_MB} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

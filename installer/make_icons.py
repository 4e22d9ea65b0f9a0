"""Draws the application icon from resources/icons/app.svg: a PNG for Linux (installer/linux/) and a
multi-size .ico for Windows (installer/icons/), both committed; `installer/build.py` runs this when one
is missing. Run: ``python installer/make_icons.py``."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
PNG = HERE / "linux" / "inspector-desk.png"
ICO = HERE / "icons" / "inspector-desk.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication(sys.argv[:1])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size / 24  # the drawing touches its 24-unit box: keep a hairline clear
    renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG-compressed image per size (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def make_icons(force: bool = False) -> list[Path]:
    made = []
    if force or not PNG.exists():
        PNG.parent.mkdir(parents=True, exist_ok=True)
        PNG.write_bytes(render_png(256))
        made.append(PNG)
    if force or not ICO.exists():
        ICO.parent.mkdir(parents=True, exist_ok=True)
        ICO.write_bytes(ico_bytes({size: render_png(size) for size in ICO_SIZES}))
        made.append(ICO)
    return made


if __name__ == "__main__":
    for path in make_icons(force="--force" in sys.argv):
        print(f"wrote {path.relative_to(ROOT)}")

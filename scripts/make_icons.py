"""Render resources/icons/newsbrief.svg to the PNG sizes, .ico and .icns the desktops want (run by hand)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_bytes(renderer: QSvgRenderer, size: int) -> bytes:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    renderer.render(p)
    p.end()
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(ba)


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for QImage text/paint
    r = QSvgRenderer(str(ICONS / "newsbrief.svg"))
    pngs = {s: png_bytes(r, s) for s in SIZES}
    for s, data in pngs.items():
        (ICONS / f"newsbrief-{s}.png").write_bytes(data)
    # Windows .ico (PNG-compressed entries, sizes up to 256).
    ico_sizes = [s for s in SIZES if s <= 256]
    header = struct.pack("<HHH", 0, 1, len(ico_sizes))
    offset = 6 + 16 * len(ico_sizes)
    entries, blobs = b"", b""
    for s in ico_sizes:
        d = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(d), offset + len(blobs))
        blobs += d
    (ICONS / "newsbrief.ico").write_bytes(header + entries + blobs)
    # macOS .icns (PNG entries).
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(t + struct.pack(">I", len(pngs[s]) + 8) + pngs[s] for s, t in types.items())
    (ICONS / "newsbrief.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
    print("wrote", ", ".join(p.name for p in sorted(ICONS.iterdir())))


if __name__ == "__main__":
    main()

"""Render resources/reader.svg to the PNG sizes desktops look for. Run after editing the SVG:
python tools/make_icons.py"""

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def main() -> None:
    QGuiApplication([])
    renderer = QSvgRenderer(str(RESOURCES / "reader.svg"))
    (RESOURCES / "icons").mkdir(exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(RESOURCES / "icons" / f"reader-{size}.png"))


if __name__ == "__main__":
    main()

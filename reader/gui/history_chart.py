"""A term's history: one bar per document along the documents' dates, its height the term's
occurrences per 10,000 characters (documents of different lengths compare), its count on top.
Drawn with QPainter: no charting library for one small chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.core.library.concordance import Point

MARGIN = 8
LABEL_HEIGHT = 34


class HistoryChart(QWidget):
    documentClicked = Signal(str)  # the path of the document whose bar was clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.query = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def set_points(self, query: str, points: list[Point]) -> None:
        self.query = query
        self.points = points
        self.update()

    def _bars(self) -> list[tuple[QRectF, Point]]:
        if not self.points:
            return []
        top = MARGIN + self.fontMetrics().height() + 4
        area = QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - LABEL_HEIGHT)
        slot = area.width() / len(self.points)
        highest = max(p.per_10k for p in self.points) or 1.0
        bars = []
        for i, point in enumerate(self.points):
            h = area.height() * point.per_10k / highest
            if point.count:
                h = max(h, 2.0)  # one occurrence in a long novel is still there to see
            x = area.left() + i * slot + slot * 0.15
            bars.append((QRectF(x, area.bottom() - h, slot * 0.7, h), point))
        return bars

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setPen(palette.text().color())
        metrics = self.fontMetrics()
        title = (
            self.tr("「{query}」 per 10,000 characters, by document date").format(query=self.query)
            if self.query
            else ""
        )
        painter.drawText(MARGIN, MARGIN + metrics.ascent(), title)
        bars = self._bars()
        if not bars:
            return
        axis = bars[0][0].bottom() if bars else self.height() - LABEL_HEIGHT
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(MARGIN, round(axis), self.width() - MARGIN, round(axis))
        shown_year = ""
        for rect, point in bars:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.text().color())
            if point.count:
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - metrics.height(), rect.width() + 20, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    str(point.count),
                )
            date = point.entry.shown_date
            label = date[:4] if date[:4] != shown_year else ""
            shown_year = date[:4] or shown_year
            if label:
                painter.drawText(
                    QRectF(rect.center().x() - 30, axis + 2, 60, LABEL_HEIGHT),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    label,
                )

    def point_at(self, x: float) -> Point | None:
        for rect, point in self._bars():
            if rect.left() - 2 <= x <= rect.right() + 2:
                return point
        return None

    def mouseMoveEvent(self, event) -> None:
        point = self.point_at(event.position().x())
        self.setToolTip(
            f"{point.entry.title}\n{point.entry.shown_date}: {point.count} ({point.per_10k:.1f} per 10,000)"
            if point
            else ""
        )

    def mousePressEvent(self, event) -> None:
        point = self.point_at(event.position().x())
        if point is not None:
            self.documentClicked.emit(point.entry.path)

"""A term's history: one bar per year of the documents' dates, its height and the figure on top
the term's occurrences per 10,000 characters of that year's documents (reader.core.library.
history: years holding more or longer documents compare). Drawn with QPainter: no charting
library for one small chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader.core.library.concordance import Point
from reader.core.library.history import Year, by_year
from reader.core.plural import plural

MARGIN = 8
LABEL_HEIGHT = 34


class HistoryChart(QWidget):
    documentClicked = Signal(str)  # the first document using the term in the year clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.points: list[Point] = []
        self.years: list[Year] = []
        self.query = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(600, 190)

    def set_points(self, query: str, points: list[Point]) -> None:
        self.query = query
        self.points = points
        self.years = by_year(points)
        self.update()

    def bars(self) -> list[tuple[QRectF, Year]]:
        if not self.years:
            return []
        # below the title's line, a line of room for the tallest bar's figure (drawn over the
        # bar: it ran into the title)
        top = MARGIN + 2 * self.fontMetrics().height() + 4
        area = QRectF(MARGIN, top, self.width() - 2 * MARGIN, self.height() - top - LABEL_HEIGHT)
        slot = area.width() / len(self.years)
        highest = max(y.per_10k for y in self.years) or 1.0
        bars = []
        for i, year in enumerate(self.years):
            h = area.height() * year.per_10k / highest
            if year.count:
                h = max(h, 2.0)  # one occurrence in a year of long reports is still there to see
            x = area.left() + i * slot + slot * 0.15
            bars.append((QRectF(x, area.bottom() - h, slot * 0.7, h), year))
        return bars

    @staticmethod
    def figure(year: Year) -> str:
        """The figure over a bar: its height, occurrences per 10,000 characters."""
        return f"{year.per_10k:.2f}" if year.per_10k < 1 else f"{year.per_10k:.1f}"

    def paintEvent(self, event) -> None:
        with QPainter(self) as painter:  # ended here, not when the frame goes (status_line)
            self._paint(painter)

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setPen(palette.text().color())
        metrics = self.fontMetrics()
        title = self.tr("「{query}」 per 10,000 characters, by year").format(query=self.query) if self.query else ""
        painter.drawText(MARGIN, MARGIN + metrics.ascent(), title)
        bars = self.bars()
        if not bars:
            return
        axis = bars[0][0].bottom()
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(MARGIN, round(axis), self.width() - MARGIN, round(axis))
        for rect, year in bars:
            painter.fillRect(rect, palette.highlight())
            painter.setPen(palette.text().color())
            if year.count:
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - metrics.height(), rect.width() + 20, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    self.figure(year),
                )
            painter.drawText(
                QRectF(rect.center().x() - 30, axis + 2, 60, LABEL_HEIGHT),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                year.year or "?",
            )

    def year_at(self, x: float) -> Year | None:
        for rect, year in self.bars():
            if rect.left() - 2 <= x <= rect.right() + 2:
                return year
        return None

    def mouseMoveEvent(self, event) -> None:
        year = self.year_at(event.position().x())
        self.setToolTip(
            plural(
                len(year.points),
                self.tr("{year}: {count} in {used} of 1 document, {rate} per 10,000 characters"),
                self.tr("{year}: {count} in {used} of {documents} documents, {rate} per 10,000 characters"),
            ).format(
                year=year.year or "?",
                count=year.count,
                used=year.documents_using,
                documents=len(year.points),
                rate=self.figure(year),
            )
            if year
            else ""
        )

    def mousePressEvent(self, event) -> None:
        year = self.year_at(event.position().x())
        if year is not None:
            first = next((p for p in year.points if p.count), year.points[0])
            self.documentClicked.emit(first.entry.path)

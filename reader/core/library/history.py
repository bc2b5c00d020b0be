"""A term's history by year: the documents of one year taken together, the term's occurrences
per 10,000 of their characters. A year of one long report and a year of three short notices
compare, and the figure is the one a reader comparing years wants (not a sum of per-document
rates, nor a raw count that grows with how much of a year the library holds)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.library.concordance import Point


@dataclass(frozen=True)
class Year:
    year: str
    """YYYY of the documents' dates ('' for documents without one)."""
    points: tuple[Point, ...]
    """The year's documents, in date order."""

    @property
    def count(self) -> int:
        return sum(p.count for p in self.points)

    @property
    def chars(self) -> int:
        return sum(p.entry.chars for p in self.points)

    @property
    def per_10k(self) -> float:
        """Occurrences per 10,000 characters of the year's documents."""
        return self.count * 10000 / self.chars if self.chars else 0.0

    @property
    def documents_using(self) -> int:
        return sum(1 for p in self.points if p.count)


def by_year(points: list[Point]) -> list[Year]:
    """The history's documents grouped by the year of their dates, years in order."""
    years: dict[str, list[Point]] = {}
    for point in points:
        years.setdefault(point.entry.shown_date[:4], []).append(point)
    return [Year(year, tuple(found)) for year, found in sorted(years.items())]

"""A comparison on screen: the older version (A) in one pane, the newer (B) beside it, the
changes coloured in both, the Changes panel listing them; choosing one shows it on both sides.

The comparison is made by reader.core.compare in the analysis worker process (a job of
reader.core.analysis, on the words the worker cut or kept in the cache): the window's
interpreter is never held by it, and the window paints once it has the changes and terms."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QFileDialog

from reader.core import analysis
from reader.core.atomic import atomic_write
from reader.core.compare.colours import CHANGE_COLOURS, CHANGE_INK, PUNCTUATION_LINE, STRUCK
from reader.core.compare.model import Change, ChangeKind, PairStatus, SectionPair, marks
from reader.core.patterns import compiled
from reader.gui.background import Background
from reader.gui.compare_dock import CompareDock
from reader.gui.compare_shown import change_shown, figure_shown
from reader.gui.file_dialogs import roomy
from reader.gui.fold import Fold
from reader.gui.highlight_layers import BREAK, painted_runs
from reader.gui.turns import in_turns
from reader.models.change_model import kind_label

LAYER = "changes"


def change_format(kind: ChangeKind) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if kind is ChangeKind.PUNCTUATION:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(PUNCTUATION_LINE))
        return fmt
    fmt.setBackground(QColor(CHANGE_COLOURS[kind]))
    fmt.setForeground(QColor(CHANGE_INK))
    fmt.setFontStrikeOut(kind in STRUCK)
    return fmt


class Comparing(QObject):
    def __init__(self, a, b, dock: CompareDock, runner: Background, parent=None) -> None:
        super().__init__(parent)
        self.a, self.b = a, b
        self.dock = dock
        self.runner = runner
        self.changes: list[Change] = []
        self.terms = None
        self.pairs: list[SectionPair] = []
        self.folding = False  # the sections both versions share are folded away
        self.stopped = False
        dock.changeChosen.connect(self.show_change)
        dock.noteRequested.connect(self.note)
        dock.termChosen.connect(self.find_term)
        dock.exportRequested.connect(self.export)
        for reading in (a, b):
            reading.scriptChanged.connect(self._script_changed)

    def readings(self) -> tuple:
        return self.a, self.b

    def start(self) -> None:
        self.label_versions()
        self.dock.summary.setText(self.tr("Comparing {a} with {b}…").format(a=self.a.tab_title(), b=self.b.tab_title()))
        self.dock.model.set_changes([])
        self.dock.terms.clear()
        self.dock.show()
        self.dock.raise_()
        self.runner.analyse(analysis.make_comparison, self._job_args(), self._done, self._failed)

    def _job_args(self) -> tuple:
        """Both documents as the worker's jobs take them, and the reader's words."""
        return self.a.session.analysis_ref(), self.b.session.analysis_ref(), self.a.session.user_words.words

    def _done(self, result) -> None:
        if self.stopped or self.a.closed or self.b.closed:
            return
        self.changes, self.terms, self.pairs = result.changes, result.terms, result.pairs
        self.dock.model.shown = partial(change_shown, self.a, self.b)
        self.dock.model.set_changes(self.changes)
        self.dock.show_figures(result.figures, partial(figure_shown, self.a, self.b))
        self._summarise()
        self.dock.list.setFocus()
        # the term table is the worker's next job: the changes are on screen meanwhile
        self.runner.analyse(analysis.make_comparison_terms, self._job_args(), self._terms_done, self._failed)
        # each page coloured in a turn of its own (a report's 700 changes took the window
        # 55–160 ms in one go): the window answers in between. Timers, not posted calls: two
        # zero-time single shots ran back to back in one pass of the posted events
        in_turns([lambda: self._paint_side("a"), lambda: self._paint_side("b", then_fold=self.folding)], self)

    def _summarise(self) -> None:
        counts = self.dock.model.counts()
        parts = [f"{kind_label(kind)} {count}" for kind, count in counts.items() if count]
        between = self.tr(", ")  # the interface's own list comma (新增 247，删除 193)
        self.dock.summary.setText(
            self.tr("{a} → {b}: {counts}").format(
                a=self.a.tab_title(), b=self.b.tab_title(), counts=between.join(parts) or self.tr("no changes")
            )
        )

    def _script_changed(self, _script) -> None:
        """The Changes panel says its changes, figures and terms as the pages now show them
        (they stayed in the script the comparison was made in: 第三条 立法应当… beside pages in 繁體)."""
        if self.stopped or not self.changes or self.a.closed or self.b.closed:
            return
        self._summarise()
        self.dock.model.relabel()
        self.dock.relabel_figures(partial(figure_shown, self.a, self.b))
        if self.terms is not None:
            self.dock.show_terms(self.terms, self._term_shown)

    def _paint_side(self, side: str, then_fold: bool = False) -> None:
        if self.stopped or self.a.closed or self.b.closed:
            return
        reading = self.a if side == "a" else self.b
        formats = {kind: change_format(kind) for kind in ChangeKind}  # one a kind, not one a change
        text = reading.session.text
        ranges = [
            (start, end, formats[m.kind])
            for m in marks(self.changes, side)
            for start, end in painted_runs(text, m.start, m.end)
        ]
        reading.view.set_layer(LAYER, ranges)
        if then_fold:
            in_turns([lambda: self.stopped or self.fold_unchanged(True)], self)

    def _terms_done(self, terms) -> None:
        if self.stopped or self.a.closed or self.b.closed:
            return
        self.terms = terms
        # the term list in a turn of its own: the window answers in between (none once the
        # dock is gone: a window closed meanwhile)
        in_turns([lambda: self.stopped or self.dock.show_terms(self.terms, self._term_shown)], self.dock)

    def _failed(self, exc: BaseException) -> None:
        if not self.stopped:
            self.dock.summary.setText(self.tr("The comparison failed: {error}").format(error=exc))

    def label_versions(self) -> None:
        """Each pane's tab names its version (the date the document names for itself, else its
        file's year or name): two versions of one law share their title."""
        from reader.core.compare.versions import version_of

        for reading in self.readings():
            reading.set_version(version_of(reading.session.text, str(reading.path or "")))

    def counterpart(self, reading, offset: int) -> int | None:
        """Where an offset of one page stands in the other: the same place of the paired
        section (proportionally into it), for scrolling both pages together."""
        if reading not in self.readings() or not self.pairs:
            return None
        side = "a" if reading is self.a else "b"
        best = None
        for pair in self.pairs:
            here = pair.a_range if side == "a" else pair.b_range
            if here[0] <= offset and (best is None or here[0] >= best[0][0]):
                best = (here, pair.b_range if side == "a" else pair.a_range)
        if best is None:
            return 0
        (start, end), (there_start, there_end) = best
        fraction = min(1.0, (offset - start) / max(1, end - start))
        return there_start + int(fraction * (there_end - there_start))

    def export_labels(self) -> dict[str, str]:
        """Every word an export writes, in the interface's language (reader.core.compare.paint.LABELS)."""
        return {
            "changes": self.tr("Changes"),
            "no_changes": self.tr("No changes."),
            "kind": self.tr("Kind"),
            "section_a": self.tr("Section in A"),
            "section_b": self.tr("Section in B"),
            "terms": self.tr("Terms"),
            "term": self.tr("Term"),
            "words": self.tr("Words"),
            "terms_new": self.tr("New in B"),
            "terms_dropped": self.tr("Dropped from A"),
            "terms_changed": self.tr("More or fewer in B"),
            "none": self.tr("None."),
            "figures": self.tr("Figures"),
            "subject": self.tr("Subject"),
            "no_figures": self.tr("No figure changed."),
            "texts": self.tr("Texts"),
            "characters": self.tr("characters"),
            "sections": self.tr("Sections"),
            "old_text": self.tr("Before"),
            "new_text": self.tr("After"),
            "renumbered": kind_label(ChangeKind.RENUMBERED),
            **{kind.value: kind_label(kind) for kind in ChangeKind},
            # a section's status: moved, added and removed read as the changes of those kinds
            "same": self.tr("same"),
            "changed": self.tr("changed"),
        }

    def fold_unchanged(self, on: bool) -> None:
        """Fold the sections both versions share on both pages (each run of them behind one
        marker line), or show everything again."""
        self.folding = on
        for side, reading in (("a", self.a), ("b", self.b)):
            reading.view.folds.set(self.unchanged_folds(side, reading.session.text) if on else [])

    def unchanged_folds(self, side: str, text: str) -> list[Fold]:
        """The runs of unchanged sections of one side (the preamble, the title with it, stays)."""
        ranges = sorted(
            (p.a_range if side == "a" else p.b_range)
            for p in self.pairs
            # a renumbered section is not folded away: its number is a change a reader needs
            if p.status is PairStatus.SAME and not p.renumbered and (p.a if side == "a" else p.b).kind != "preamble"
        )
        runs: list[list[int]] = []  # [start, end, sections]
        for start, end in ranges:
            if end <= start:
                continue
            if runs and not text[runs[-1][1] : start].strip():  # the next section: one run
                runs[-1][1] = max(runs[-1][1], end)
                runs[-1][2] += 1
            else:
                runs.append([start, end, 1])
        return [Fold(start, end, self._fold_label(count)) for start, end, count in runs]

    def _fold_label(self, count: int) -> str:
        if count == 1:
            return self.tr("⋯ 1 unchanged section ⋯")
        return self.tr("⋯ {count} unchanged sections ⋯").format(count=count)

    def show_change(self, change: Change) -> None:
        """Both pages to the change: each side's range, or the point where it would stand."""
        for reading, span in ((self.a, change.a), (self.b, change.b)):
            # a change over paragraphs is not selected: Qt paints a selection's paragraph ends
            # as boxes, on the blank lines between them too; the caret at its start, its text
            # flashed (as it is coloured: painted_runs) and its colour left to be seen
            across = compiled(BREAK).search(reading.session.text, span.start, span.end) is not None
            reading.jump(span.start, span.start if across else span.end)
            reading.view.flash(span.start, max(span.end, span.start + 1))

    def step(self, step: int) -> None:
        """Compare ▸ Next Change (F8) / Previous Change (Shift+F8), from the page or the list."""
        if not self.dock.step(step):
            last = self.tr("That was the last change.") if step > 0 else self.tr("That was the first change.")
            self.b.status(last if self.changes else self.tr("The two versions have no changes."))

    def note(self, change: Change) -> None:
        """A highlight on the change (in B; in A for words B dropped) whose note quotes both."""
        reading, span = (self.a, change.a) if change.kind is ChangeKind.REMOVED else (self.b, change.b)
        if span.end <= span.start or reading.session.read_only:
            return
        quote = self.tr("{kind}: “{old}” → “{new}”").format(
            kind=kind_label(change.kind), old=change.a.text, new=change.b.text
        )
        annotation = reading.session.new_annotation(span.start, span.end, colour="yellow", note=quote)
        reading.controller.push(None, annotation, self.tr("Note this change"))
        reading.status(self.tr("The change is noted."), 3000)

    def _term_shown(self, term) -> str:
        reading, occurrences = (self.b, term.occurrences_b) if term.occurrences_b else (self.a, term.occurrences_a)
        return reading.shown_view().slice(*occurrences[0]) if occurrences else term.term

    def find_term(self, term) -> None:
        """Every occurrence of the term, in both pages (the find bar of each)."""
        for reading, occurrences in ((self.a, term.occurrences_a), (self.b, term.occurrences_b)):
            if occurrences:
                reading.finder.open(reading.shown_view().slice(*occurrences[0]))

    def export(self) -> None:
        if not self.pairs:
            return  # nothing to export until the comparison is made (the terms may still come:
            # the export job makes them itself then)
        stem = f"{Path(self.a.path or 'a').stem}-{Path(self.b.path or 'b').stem}"
        with roomy(self.dock):
            path, chosen = QFileDialog.getSaveFileName(
                self.dock,
                self.tr("Export Comparison"),
                str(Path.home() / f"{stem}.html"),
                self.tr("Web page (*.html);;Markdown (*.md);;JSON (*.json);;Word old | new table (*.docx)"),
            )
        if not path:
            return
        fmt = {".md": "md", ".json": "json", ".docx": "docx"}.get(Path(path).suffix.lower(), "html")
        titles = (self.a.tab_title(), self.b.tab_title())
        self.b.status(self.tr("Exporting the comparison…"), 0)

        def write(text: str | bytes) -> None:
            try:
                atomic_write(Path(path), text, shared=True)
            except OSError as exc:
                failed(exc)
                return
            self.b.status(self.tr("Saved {path}").format(path=path), 5000)

        def failed(exc: BaseException) -> None:
            error = getattr(exc, "strerror", None) or exc
            self.b.status(self.tr("Could not save {path}: {error}").format(path=path, error=error), 6000)

        # rendered where the comparison was made (the worker keeps it): a law's page of both
        # texts with every change marked is built in Python, away from the window
        args = (*self._job_args(), fmt, self.terms, titles, self.export_labels())
        self.runner.analyse(analysis.render_comparison, args, write, failed)

    def stop(self) -> None:
        """The comparison ends (a side closed, or Compare ▸ Close): the colours go."""
        self.stopped = True
        self.dock.model.shown = None
        for reading in self.readings():
            if not reading.closed:
                reading.view.set_layer(LAYER, [])
                reading.view.folds.set([])
                reading.set_version("")
        self.dock.hide()

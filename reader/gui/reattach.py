"""What the window says about a document's annotation file when it opens (kept aside,
read-only, records that could not be read, notes found on a moved copy), the question
"attach these notes?", and File ▸ Reattach Notes…: nothing is ever dropped in silence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.annotations.store import StoreError
from reader.core.plural import plural
from reader.core.session import Session
from reader.gui.message_bar import MessageBar
from reader.models.plain_text import escaped

if TYPE_CHECKING:
    from reader.core.annotations.came_in import CameIn, SyncNews
    from reader.core.annotations.store_info import StoreInfo


class ReattachController(QObject):
    """Gets its parent widget, message bar and session passed in, so a test can hand it fakes."""

    attached = Signal(int)  # how many annotations came in

    def __init__(self, parent_widget, messages: MessageBar) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.messages = messages
        self.session: Session | None = None
        self.beside: Session | None = None
        """The document this one was opened to be compared with: its notes are not offered here."""

    def compared_with(self, other: Session) -> None:
        """This document was opened to be set beside `other` (Compare ▸ With…): the reader is
        not asked to attach `other`'s notes here, its text being the one compared with. Other
        notes are still offered, and `other`'s are asked about when this document is opened on
        its own later (and listed under File ▸ Reattach Notes… meanwhile)."""
        self.beside = other

    def _belongs_beside(self, info: StoreInfo) -> bool:
        """A store of the document compared with: its own file, or its text's notes from
        another computer (the same text: merged into its store as it opened)."""
        other = self.beside
        if other is None:
            return False
        return info.path == other.store.path or info.content_hash == other.store.content_hash

    def announce(self, session: Session) -> None:
        """Say once what happened to the document's annotation file as it opened."""
        self.session = session
        result = session.load_result
        if result.status == "corrupt":
            self.messages.show_message(
                self.tr(
                    "The annotation file was damaged ({reason}). It was kept aside as {backup}; Reader starts with no highlights for this document."
                ).format(reason=result.message, backup=result.backup),
                error=True,
            )
        elif result.status == "newer":
            self.messages.show_message(
                self.tr(
                    "The annotations of this document were saved by a newer version of Reader. They are shown read-only and the file is left untouched."
                )
            )
        elif result.status == "attached":
            self.messages.show_message(
                self.tr("This document's notes were found on a copy it was moved from ({source}) and attached.").format(
                    source=result.message
                )
            )
        if session.read_only and result.status != "newer":
            self.messages.show_message(
                self.tr(
                    "Notes are shown read-only: {reason}. Nothing you change here can be saved until the folder can be written."
                ).format(reason=session.store.read_only_reason),
                error=True,
            )
        if result.came_in:  # said when something came in, not on every open
            self._say_came_in(result.came_in)
        self._say_unreadable(result.unmerged)
        if session.quarantined:
            self.messages.show_message(
                self.tr("{count} annotation records could not be read. They are kept unchanged in {file}.").format(
                    count=len(session.quarantined), file=session.store.path
                ),
                error=True,
            )
        checks = sum(1 for a in session.annotations if a.needs_check)
        if checks:
            self.messages.show_message(
                plural(
                    checks,
                    self.tr(
                        "The text has changed: a highlight was moved and is marked “moved, please check” in the annotation panel."
                    ),
                    self.tr(
                        "The text has changed: {count} highlights were moved and are marked “moved, please check” in the annotation panel."
                    ),
                ).format(count=checks)
            )
        if result.candidates:
            # asked once the window has painted the document, not in the middle of opening it
            # (and once the caller has said what it was opened for: compared_with)
            QTimer.singleShot(0, self, lambda: self._offer(session, result.candidates))

    def announce_sync(self, news: SyncNews) -> None:
        """Say what a sync tool's copies, dropped beside the store while the document is open,
        brought in (and which could not be read)."""
        if news.came_in:
            self._say_came_in(news.came_in)
        self._say_unreadable(news.unreadable)

    def _say_came_in(self, came: CameIn) -> None:
        self.messages.show_message(
            self.tr(
                "Notes from another computer were merged in from {files}: {added} added, {changed} changed, {deleted} deleted."
            ).format(
                files=", ".join(p.name for p in came.files),
                added=came.added,
                changed=came.changed,
                deleted=came.deleted,
            )
        )

    def _say_unreadable(self, files: list[Path]) -> None:
        from reader.core.annotations.copy_problem import copy_problem  # with such a copy only

        for path in files:
            reason = copy_problem(path)
            if reason == "newer":
                said = self.tr(
                    "{file}: a copy left by a sync tool was saved by a newer version of Reader. Nothing was merged from it; it is kept as it is."
                )
            else:
                said = self.tr(
                    "{file}: a copy left by a sync tool could not be read ({reason}). Nothing was merged from it; it is kept as it is."
                )
            self.messages.show_message(said.format(file=path.name, reason=reason), error=True)

    def _offer(self, session: Session, candidates: list[StoreInfo]) -> None:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        if session is not self.session:
            return
        info = next((i for i in candidates if not self._belongs_beside(i)), None)
        if info is None:
            return
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Attach notes?"),
            escaped(  # the title and place come from the store: text, never markup
                plural(
                    info.count,
                    self.tr(
                        "This note was made on {title} at another place ({path}), on a text {percent}% like this one. Attach it to this document?"
                    ),
                    self.tr(
                        "These {count} notes were made on {title} at another place ({path}), on a text {percent}% like this one. Attach them to this document?"
                    ),
                ).format(
                    count=info.count,
                    title=info.title,
                    path=info.document_path or "?",
                    percent=round(100 * info.similarity),
                )
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.attach(info.path)

    def attach(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        if self.session is None:
            return False
        try:
            count = self.session.attach(path)
        except StoreError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot attach notes"), escaped(str(exc)))
            return False
        self.attached.emit(count)
        return True

    def dialog(self) -> None:
        """File ▸ Reattach Notes…: stores whose documents cannot be found, to attach one here."""
        from PySide6.QtWidgets import QMessageBox  # its type and enums: when a box is first shown

        if self.session is None:
            return
        from reader.core.annotations.store_info import orphaned_stores, similar_stores  # not a launch's

        store = self.session.store
        stores = orphaned_stores(store.folder)
        # and the notes of similar texts, though their documents are still there: an offer
        # the reader declined (or never saw, the document having notes of its own since) stays here
        listed = {i.path for i in stores} | set(self.session.load_result.merged)  # merged: not lost
        stores += [i for i in similar_stores(store.folder, store.fingerprint, store.path) if i.path not in listed]
        if not stores:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Reattach Notes"),
                self.tr("Every annotation file belongs to a document that is still where it was."),
            )
            return
        from reader.gui.reattach_dialog import ReattachDialog  # its widgets' types: when first asked for

        chooser = ReattachDialog(stores, self.parent_widget)
        if chooser.exec() and chooser.chosen() is not None:
            self.attach(chooser.chosen().path)

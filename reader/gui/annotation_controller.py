"""Changes to annotations go through here: one QUndoStack, saving at once then at most every 100 ms,
merging with other instances, and telling the user when a save fails."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.annotations.store import StoreError
from reader.core.data_folder import make_inside
from reader.core.session import Session

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation

SAVE_DELAY_MS = 100
RETRY_MS = 5000


class AnnotationCommand(QUndoCommand):
    def __init__(
        self, controller: AnnotationController, before: Annotation | None, after: Annotation | None, text: str
    ):
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.controller.apply(self.before, self.after)

    def undo(self) -> None:
        self.controller.apply(self.after, self.before)


class AnnotationController(QObject):
    changed = Signal()
    saveFailed = Signal(str)
    saved = Signal()
    syncNews = Signal(object)  # SyncNews: what a sync tool's copies brought while the document is open

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS, timeout=self.save)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS, timeout=self.save)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._disk_changed)
        self._watcher.directoryChanged.connect(self._disk_changed)
        self.last_error = ""

    def set_session(self, session: Session | None) -> None:
        self.undo_stack.clear()
        self.session = session
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        if session is not None:
            folder = session.store.path.parent
            try:  # watched even before the first save: another instance may write first
                make_inside(folder)  # never a data folder moved away while Reader runs
            except OSError:
                pass
            if folder.is_dir():
                self._watcher.addPath(str(folder))
            if session.store.path.exists():
                self._watcher.addPath(str(session.store.path))
            if session.dirty:  # notes attached while opening: written at once
                self._timer.start()
        self.changed.emit()

    def took_in(self, _count: int = 0) -> None:
        """The session gained annotations from elsewhere (notes reattached): save and show."""
        self._timer.start()
        self.changed.emit()

    # -- changes -----------------------------------------------------------------------------
    def push(self, before: Annotation | None, after: Annotation | None, text: str) -> None:
        if self.session is None or self.session.read_only:
            return
        self.undo_stack.push(AnnotationCommand(self, before, after, text))

    def push_many(self, changes, text: str) -> None:
        self.undo_stack.beginMacro(text)
        for before, after in changes:
            self.push(before, after, text)
        self.undo_stack.endMacro()

    def apply(self, before: Annotation | None, after: Annotation | None) -> None:
        self.session.apply(before, after)
        self.changed.emit()
        if self._timer.isActive():
            return  # a save is due within SAVE_DELAY_MS: this change goes with it
        # the first change after a quiet spell is written at once (a save costs what the
        # debounced one would, ~15 ms: benchmarks/highlight_on_disk.py), so a highlight is on
        # disk when its key press returns; the changes of the next SAVE_DELAY_MS (a burst:
        # an import, holding a key down) are written together when the timer fires
        self.save()
        self._timer.start()

    # -- saving ------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return bool(self.session and self.session.dirty)

    def save(self) -> bool:
        self._timer.stop()
        if self.session is None or not self.session.dirty or self.session.read_only:
            return True
        try:
            merged = self.session.save()
        except StoreError as exc:
            self.last_error = str(exc)
            self.saveFailed.emit(self.last_error)
            self._retry.start()
            return False
        self.last_error = ""
        self._watch_file()
        self.saved.emit()
        if merged:
            self.changed.emit()
        return True

    def _watch_file(self) -> None:
        path = str(self.session.store.path)
        if path not in self._watcher.files() and self.session.store.path.exists():
            self._watcher.addPath(path)

    def _disk_changed(self, _path: str = "") -> None:
        if self.session is None:
            return
        self._watch_file()  # an atomic rename replaces the file the watcher was following
        if self.session.reload_from_disk():
            self.changed.emit()
        news, self.session.sync_news = self.session.sync_news, None
        if news is not None and (news.came_in or news.unreadable):
            self.syncNews.emit(news)
        if self.session.dirty:  # a sync tool's copy came in: merged, and removed by the save
            self._timer.start()

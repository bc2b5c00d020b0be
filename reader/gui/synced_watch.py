"""Files of the data folder a sync tool brings while the window is open, taken in when they
land (they were taken only at the next change of that file): your words (a conflict copy, or
words.txt replaced by the other computer's), the library's list while the Library window is
open (the same), and a document's reading progress (a conflict copy). Each said once; nothing
this computer holds is lost (every merge is the core's: reader.core.removals' rule for the
lists, reader.core.progress's for the progress). The notes watch their own store
(reader.gui.annotation_controller); the Vocabulary panel reads its file at every change of the
folder (reader.gui.vocabulary_dock)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from reader.core.annotations.sync_copies import copies_of
from reader.core.atomic import file_signature
from reader.core.library.place import members_file
from reader.core.progress import progress_path
from reader.core.session import annotations_folder

SETTLE_MS = 300
"""A look waits this long after the last change seen: a sync tool writes a file in steps."""


class SyncedWatch(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        data_dir = Path(window.data_dir)
        self.members = members_file(data_dir)
        self._members_seen = file_signature(self.members)
        self._said: set[Path] = set()
        """Copies said already (one that cannot be read stays: said once)."""
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.look)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _folder: self._soon.start())
        # the folders, not the files: a file is replaced whole at every write (atomic_write)
        folders = [data_dir, self.members.parent, annotations_folder(data_dir)]
        self.watcher.addPaths([str(f) for f in folders if f.is_dir()])

    def look(self) -> None:
        """What landed since the last look, taken in and said."""
        self._words()
        self._library()
        self._progress()

    def _new_copies(self, path: Path) -> list[Path]:
        copies = copies_of(path)
        new = [c for c in copies if c not in self._said]
        self._said.update(new)
        return new

    def _words(self) -> None:
        window = self.window_
        words = window.user_words
        changed = words.reload()  # the copies are written, and removed, with the next change
        came = self._new_copies(words.path)
        if changed:
            for reading in window.readings():
                reading.rebuild_words()
        if came:
            text = self.tr("Your words (Treat as One Word) from another computer were taken in from {files}.")
            window.messages.show_message(text.format(files=", ".join(p.name for p in came)))
        elif changed:
            window.messages.show_message(
                self.tr("Your words (Treat as One Word) were changed elsewhere (another computer) and taken in.")
            )

    def _library(self) -> None:
        library = getattr(self.window_, "library_window", None)
        seen, self._members_seen = self._members_seen, file_signature(self.members)
        if library is None or (seen == self._members_seen and not copies_of(self.members)):
            return
        library.take_in_members()

    def _progress(self) -> None:
        tracker = self.window_.progress
        for reading in self.window_.readings():
            if not reading.closed and self._new_copies(progress_path(reading.session.store.path)):
                tracker.save(reading)


def synced_watch_of(window) -> SyncedWatch:
    """The main window's watch, made when first asked for (after the first document's paint)."""
    watch = getattr(window, "synced_watch", None)
    if watch is None:
        watch = window.synced_watch = SyncedWatch(window)
    return watch

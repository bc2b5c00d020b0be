"""The library's watched folders in the window (reader.core.library.watching): looked over in
the worker at launch and whenever a QFileSystemWatcher sees one change (a second after the
last change, so a copy of many files is one look), their new and changed files added in the
worker by the Library window's indexer (which shows its progress) or, while that window is
not open, by an indexer of this watch's own."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal

from reader.core.library import watching
from reader.gui.library_indexer import LibraryIndexer

SETTLE_MS = 1000
"""A look over the folders waits this long after the last change seen."""


class FolderWatch(QObject):
    scanned = Signal(object)
    """A watching.Scan, as each look over the folders ends."""
    indexed = Signal(list)
    """The Added of the files this watch added itself (the Library window closed)."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.data_dir = Path(window.data_dir)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self.rescan)
        self.indexer = LibraryIndexer(window.background, self.data_dir, self)
        self.indexer.finished.connect(self.indexed)
        self.last: watching.Scan | None = None
        self._scanning = False
        self._again = False
        self._refused: dict[str, float] = {}
        """Files that could not be read, by the time they had then: not tried again unchanged."""

    def folders(self) -> list[str]:
        return watching.watched_folders(self.data_dir)

    def watch(self, folder: str) -> None:
        watching.watch(self.data_dir, folder)
        self.rescan()

    def unwatch(self, folder: str) -> None:
        watching.unwatch(self.data_dir, folder)
        self.rescan()

    def _changed(self, _path: str) -> None:
        self._soon.start()

    def rescan(self) -> None:
        """Look over the folders in the worker (once at a time: a change meanwhile looks again)."""
        if self._scanning:
            self._again = True
            return
        folders = self.folders()
        self._scanning = True
        self.window_.background.analyse(watching.scan_job, (str(self.data_dir), folders), self._scanned, self._failed)

    def _failed(self, _exc: BaseException) -> None:
        self._finish()

    def _scanned(self, scan: watching.Scan) -> None:
        self.last = scan
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        wanted = set(scan.paths)
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))
        changed = [p for p in scan.changed if self._refused.get(p) != _mtime(p)]
        if changed:
            self._index(changed)
        self.scanned.emit(scan)
        self._finish()

    def _finish(self) -> None:
        self._scanning = False
        if self._again:
            self._again = False
            self.rescan()

    def _index(self, files: list[str]) -> None:
        library = getattr(self.window_, "library_window", None)
        indexer = library.indexer if library is not None else self.indexer
        indexer.finished.connect(self._remember_refused, Qt.ConnectionType.SingleShotConnection)
        indexer.add(files)

    def _remember_refused(self, results: list) -> None:
        for result in results:
            if result.status == "failed":
                self._refused[str(result.path)] = _mtime(str(result.path))


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return -1.0


def folder_watch_of(window) -> FolderWatch:
    """The main window's folder watch, made when first asked for."""
    watch = getattr(window, "folder_watch", None)
    if watch is None:
        watch = window.folder_watch = FolderWatch(window)
    return watch


def start_watching(window) -> None:
    """At launch: the watched folders (if any) looked over, and watched from then on."""
    if watching.watched_file(window.data_dir).exists() and watching.watched_folders(window.data_dir):
        folder_watch_of(window).rescan()

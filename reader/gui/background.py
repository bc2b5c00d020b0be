"""Slow work (jieba, converting a whole book, indexing) on a worker thread; its result comes
back to the GUI thread through a queued signal, so the window never waits."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

BACKGROUND_CHARS = 200_000  # a longer document converts and indexes off the GUI thread


class Background(QObject):
    _done = Signal(object, object)
    _failed = Signal(object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._done.connect(lambda callback, result: callback(result))
        self._failed.connect(lambda on_error, exc: on_error(exc))

    def run(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def target() -> None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, not lost
                try:
                    self._failed.emit(failed or _reraise, exc)
                except RuntimeError:
                    pass
                return
            try:
                self._done.emit(done, result)
            except RuntimeError:  # the window closed while the work ran
                pass

        threading.Thread(target=target, daemon=True).start()


def _reraise(exc: BaseException) -> None:
    raise exc

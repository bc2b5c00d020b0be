import pytest
from PySide6.QtWidgets import QApplication

from reader.app import open_settings
from reader.core.resources import notice_path
from reader.gui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, data_dir):
    def make(path=None):
        window = MainWindow(open_settings(data_dir), data_dir)
        qtbot.addWidget(window)
        assert window.open_path(path or notice_path())
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # window shortcuts only reach the active window
        window.view.setFocus()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def words(window, qtbot):
    """Wait for jieba's word boundaries (loaded in the background)."""
    window.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=20000)
    return window.view.words


def answer_dialog(qtbot, callback):
    """Run callback(dialog) on the next modal dialog, from the event loop that dialog starts."""
    from PySide6.QtCore import QTimer

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the active window, as on a desktop
        try:
            callback(dialog)
        except BaseException:
            dialog.reject()  # never leave a modal dialog waiting: the test fails instead of hanging
            raise

    QTimer.singleShot(0, poll)


def type_text(widget, text: str) -> None:
    """Type as a Chinese input method does: the composed text arrives as one commit
    (QTest's key clicks only know Latin keys)."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

"""Before a tab or the window closes: notes that cannot be saved are never dropped unasked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def may_close(controller, parent: QWidget) -> bool:
    """True when it is fine to go on: the annotations are saved now, or the reader chose to
    discard them after a failed save; False when the reader cancels."""
    while controller.dirty and not controller.save():
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("Unsaved", "Annotations not saved"),
            QCoreApplication.translate(
                "Unsaved",
                "Your latest highlights and notes could not be saved:\n{error}\n\nTry again, or quit and lose them?",
            ).format(error=controller.last_error),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Retry,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer == QMessageBox.StandardButton.Cancel:
            return False
    return True

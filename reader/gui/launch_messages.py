"""What the window says above the text as it opens, about what the reader's machine and data
folder gave it: no font for Chinese, the reader's words or settings from another computer (a
sync tool's copies: reader.gui.synced_files) or not all usable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from reader.core.annotations.sync_copies import copies_of
from reader.gui.fonts import has_chinese_font, missing_font_message

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


def say_at_launch(window: MainWindow) -> None:
    """Said as the window is made; the settings once what the launch reads is read."""
    if not has_chinese_font():
        window.messages.show_message(missing_font_message(), error=True)
    if window.user_words.merged or window.user_words.damaged:
        from reader.gui import synced_files

        synced_files.say_words_file(window)
    QTimer.singleShot(0, window, lambda: say_settings_reset(window))


def say_settings_reset(window: MainWindow) -> None:
    settings = window.settings
    if copies_of(Path(settings.fileName())):  # another computer's settings, by a sync tool
        from reader.gui import synced_files

        synced_files.say_settings_copies(window)
    if settings.check_all():
        window.messages.show_message(
            QCoreApplication.translate(
                "MainWindow", "Some settings in {file} could not be used and were reset to their defaults: {keys}."
            ).format(file=settings.fileName(), keys="; ".join(settings.problems))
        )

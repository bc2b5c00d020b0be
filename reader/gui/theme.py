"""Light, sepia and dark palettes for the whole window, or the system's own light/dark choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "sepia", "dark")
FOCUS_FRAME = """
QTreeView:focus, QListView:focus, QTextEdit:focus, QLineEdit:focus { border: 2px solid palette(highlight); }
QTreeView, QListView, QTextEdit { border: 2px solid transparent; }
"""  # the window's style sheet: the pane with the keyboard focus is framed

# (window, base, alternate base, text, muted text, button, highlight, highlighted text, link)
_COLOURS = {
    "light": ("#efefef", "#ffffff", "#f5f5f5", "#1f1f1f", "#7a7a7a", "#e8e8e8", "#2f6fc4", "#ffffff", "#1a5fb4"),
    "sepia": ("#eadfc8", "#f6efdf", "#efe5cf", "#3b2f1e", "#8a7a60", "#e2d5ba", "#9c6b30", "#fffaf0", "#7b4a12"),
    "dark": ("#242424", "#1b1b1b", "#262626", "#e2e2e2", "#8f8f8f", "#303030", "#3f7fd0", "#ffffff", "#8ab4f8"),
}


def resolve(theme: str) -> str:
    """ "system" → light or dark, as the desktop's colour scheme says."""
    if theme in _COLOURS:
        return theme
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette_for(theme: str) -> QPalette:
    window, base, alternate, text, muted, button, highlight, highlighted, link = (
        QColor(c) for c in _COLOURS[resolve(theme)]
    )
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base),
        (R.AlternateBase, alternate),
        (R.Text, text),
        (R.Button, button),
        (R.ButtonText, text),
        (R.ToolTipBase, base),
        (R.ToolTipText, text),
        (R.Highlight, highlight),
        (R.HighlightedText, highlighted),
        (R.Link, link),
        (R.PlaceholderText, muted),
        (R.BrightText, QColor("#ff5555")),
        (R.Mid, muted),
        (R.Dark, muted.darker(150)),
        (R.Light, base.lighter(110)),
    ):
        p.setColor(role, colour)
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return p


def is_dark(theme: str) -> bool:
    return resolve(theme) == "dark"


def apply(theme: str) -> None:
    app = QGuiApplication.instance()
    app.setPalette(palette_for(theme))


def on_desktop_scheme(changed) -> None:
    """Call changed() when the desktop switches between light and dark (Qt 6.5 and later)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: changed())

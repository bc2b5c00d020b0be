"""Qt widgets that present the core; they hold no document logic of their own."""

import PySide6.QtCore  # noqa: F401 - loads PySide's import hook, which the next line makes cheaper

from reader.gui.pyside_imports import cheaper_feature_check

cheaper_feature_check()  # before the window's modules are imported (reader.gui.pyside_imports)

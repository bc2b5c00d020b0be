"""PySide6's import hook, made cheaper (reader.gui.pyside_imports): same answers, no source kept."""

import linecache
import sys

import reader.gui  # noqa: F401 - installs the check


def test_modules_imported_later_are_judged_alike_and_their_source_is_not_kept(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("# 研讀: no Qt\nVALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    exec("import uses_qt_here, plain_here", {})  # an import statement: the hook sees those
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # uses PySide: features may apply
    assert feature.pyside_feature_dict["plain_here"] == -1  # ignored
    assert not any(str(tmp_path) in name for name in linecache.cache)

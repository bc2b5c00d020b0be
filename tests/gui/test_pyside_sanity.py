import sys

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive():
    """PySide6 6.12.0 on Python 3.11 decrements None's count on every void method call until
    the interpreter aborts ("deallocating None"). The dependency range excludes it; this
    catches a version that brings it back."""
    doc = QTextDocument("甲\n乙\n丙")
    cursor = QTextCursor(doc)
    fmt = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.setPosition(1)
        cursor.mergeBlockFormat(fmt)
        fmt.setTextIndent(0)
    assert sys.getrefcount(None) >= before - 50

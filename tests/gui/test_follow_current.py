"""The window follows the reading the reader is in (reader.gui.follow_current)."""

from reader.gui.language import install


def test_caret_moves_the_tree(window, qtbot):
    pos = window.session.text.index("聚焦到中國式現代化")
    window.view.select_original(pos, pos)
    node = window.outline_model.node(window.outline_tree.currentIndex())
    assert node is window.session.outline.sections[3]  # the tree stays folded as the reader left it
    window.outline_tree.expandAll()
    window.view.select_original(pos + 1, pos + 1)
    node = window.outline_model.node(window.outline_tree.currentIndex())
    assert node.kind == "item" and window.session.text[node.start : node.end].startswith("聚焦到中國式現代化")
    assert window.status_line.section.text().startswith("《通知》強調，要把握")  # as the page shows it


def test_read_only_notes_are_said_in_the_title_in_the_readers_language(make_window, monkeypatch):
    """The title's words are the window's (its context in the translations)."""
    import reader.core.annotations.store as store

    monkeypatch.setattr(store, "_may_write", lambda _path: False)
    install("zh_CN")
    try:
        window = make_window()
        assert window.session.read_only
        assert window.windowTitle().endswith("（标注只读） — Reader 研讀")
    finally:
        install("en")

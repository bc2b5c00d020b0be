"""The section tree's model obeys Qt's model rules (QAbstractItemModelTester, through
pytest-qt's qtmodeltester: a violation fails the test instead of aborting the run) on real
documents, in every script, as sections are read."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.core.scripts import Script
from reader.core.session import Session
from reader.models.outline_model import TOP_BATCH, OutlineModel, read_icon, unread_icon
from tests.models.conftest import DOCUMENTS, document_path


@pytest.mark.parametrize("name", DOCUMENTS)
def test_outline_model_is_a_valid_model(qtmodeltester, data_dir, name):
    session = Session.open(document_path(name), data_dir)
    model = OutlineModel(session.outline)
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        model.set_view(session.view(script))
        qtmodeltester.check(model)
    first = model.node(model.index(0, 0))
    model.set_read({(first.start, first.end)})
    qtmodeltester.check(model)


def test_labels_follow_the_script(data_dir):
    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    row = next(r for r in range(model.rowCount()) if "學習領會" in str(model.data(model.index(r, 0))))
    model.set_view(session.view(Script.SIMPLIFIED))
    assert "学习领会" in model.data(model.index(row, 0))


def test_labels_show_the_pages_punctuation_in_every_script(data_dir):
    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    row = next(
        r for r in range(model.rowCount()) if "學習宣傳貫徹黨的二十大精神對於" in str(model.data(model.index(r, 0)))
    )
    assert model.data(model.index(row, 0)).startswith("《通知》指出，學習")  # the source has 指出,學習
    model.set_view(session.view(Script.SIMPLIFIED))
    assert model.data(model.index(row, 0)).startswith("《通知》指出，学习")
    model.set_clean_punctuation(False)  # the reader turned the page's cleaning off: the source's comma
    assert model.data(model.index(row, 0)).startswith("《通知》指出,学习")


def test_a_preview_labels_each_section_whole_through_its_conversion(data_dir):
    # a book converting in the worker: its page on screen is previewed (char by char), and
    # its tree with the same conversion, each label whole in the new script
    from reader.core.scripts import convert_with_map

    session = Session.open(document_path("law-civil-code.txt"), data_dir)
    model = OutlineModel(session.outline)
    model.set_view(session.view(Script.ORIGINAL))
    labels = [model.data(model.index(r, 0)) for r in range(1, 4)]
    assert labels == ["第一编 总则", "第二编 物权", "第三编 合同"]
    model.preview(lambda piece: convert_with_map(piece, "s2tw", Script.TRADITIONAL, by_words=False).text)
    assert [model.data(model.index(r, 0)) for r in range(1, 4)] == ["第一編 總則", "第二編 物權", "第三編 合同"]
    model.preview(lambda piece: piece + "！")  # a conversion that changes the length: the label as it was
    assert [model.data(model.index(r, 0)) for r in range(1, 4)] == labels
    model.set_view(session.view(Script.TRADITIONAL))  # the real view: the preview is over
    assert model.data(model.index(1, 0)) == "第一編 總則"
    model.set_view(session.view(Script.ORIGINAL))
    assert model.data(model.index(1, 0)) == "第一编 总则"


def test_the_tree_is_told_of_changed_labels_before_the_paint_asked_for(data_dir, qtbot):
    # a repaint of the whole tree after a relabel cost 16–20 ms on a book: the tree hears only
    # of the rows it shows whose label changed, once the turn that changed them is over. It
    # hears before the paint the page asked for, so that both change script in one paint (told
    # after it, the tree showed the old script a frame longer than the page).
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    order: list = []

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                order.append("page painted")
            return False

    paints = Paints()
    page.installEventFilter(paints)
    model.dataChanged.connect(lambda first, last, _roles: order.append((first.row(), last.row())))
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]  # the tree shows every row
    row = next(r for r, label in enumerate(shown) if "學習領會" in label)
    page.update()  # the page changed script: its paint is asked for
    model.set_view(session.view(Script.SIMPLIFIED))
    model.set_view(session.view(Script.TRADITIONAL))
    model.set_view(session.view(Script.SIMPLIFIED))
    assert "学习领会" in model.data(model.index(row, 0))  # the labels at once
    assert order == []
    qtbot.waitUntil(lambda: len(order) > 1)
    qtbot.wait(50)
    changed = [r for r in range(model.rowCount()) if model.data(model.index(r, 0)) != shown[r]]
    assert row in changed and len(changed) < len(shown)  # 文档信息 and the like read the same
    assert order == [*((r, r) for r in changed), "page painted"]
    order.clear()
    model.set_view(session.view(Script.SIMPLIFIED))  # again: nothing the tree shows changes
    qtbot.wait(50)
    assert order == []


def test_the_trees_first_layout_asks_each_row_once(data_dir, qtbot):
    """A tree's first layout asks for every row's index (720 chapters of the 5 M book at
    launch, through Python each time): index() does not ask rowCount() again for each row
    through hasIndex, and rows out of range or of another column are still no index."""
    from PySide6.QtWidgets import QTreeView

    book = data_dir / "book.txt"
    book.write_text(
        (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:300_000],
        encoding="utf-8",
    )
    session = Session.open(book, data_dir)
    model = OutlineModel(session.outline)
    rows = model.rowCount()
    asked = []
    real = model.rowCount
    model.rowCount = lambda *a: asked.append(1) or real(*a)
    indexes = [model.index(row, 0) for row in range(rows)]
    assert asked == [] and [model.node(i) for i in indexes] == session.outline.root.children
    assert not model.index(rows, 0).isValid() and not model.index(-1, 0).isValid()
    assert not model.index(0, 1).isValid()
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(model)
    tree.setCurrentIndex(indexes[-1])
    assert tree.currentIndex() == indexes[-1]


def test_a_paint_of_the_tree_runs_no_python(qtbot, data_dir):
    # Qt asked a model kept in Python ~1,000 times a paint of the tree (data() for seven roles
    # a row, parent(), flags() …), each call taking the interpreter's lock again: any other
    # Python thread of the window's made the paint wait (issue 32: stalls). The rows' roles
    # are kept in C++, read there by Qt's own delegate, folds and the current row included.
    import sys

    from PySide6.QtWidgets import QTreeView

    session = Session.open(document_path("law-civil-code.txt"), data_dir)
    model = OutlineModel(session.outline)
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setUniformRowHeights(True)
    tree.setModel(model)
    tree.resize(300, 600)
    tree.show()
    qtbot.waitExposed(tree)
    tree.expand(model.index(1, 0))
    tree.setCurrentIndex(model.index(0, 0, model.index(1, 0)))
    qtbot.wait(20)
    assert model.rowCount(model.index(1, 0)) > 0 and tree.isExpanded(model.index(1, 0))
    tree.viewport().repaint()  # (PySide makes Python enum types the first time Qt's are used)
    calls = []
    sys.setprofile(lambda frame, event, _arg: event == "call" and calls.append(frame.f_code.co_qualname))
    try:
        tree.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert calls == []


def test_a_nodes_children_become_items_when_the_tree_opens_it(qtbot, data_dir):
    # a book has 36,000 nodes: only those the tree shows are made items, each row showing
    # whether it can be opened; a node asked for by the caret (index_of) has its parents' made
    from PySide6.QtWidgets import QTreeView

    session = Session.open(document_path("law-civil-code.txt"), data_dir)
    model = OutlineModel(session.outline)
    book = model.index(1, 0)
    node = model.node(book)
    assert node.children and model.hasChildren(book) and model.rowCount(book) == 0
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(model)
    tree.show()
    qtbot.waitExposed(tree)
    tree.expand(book)
    qtbot.waitUntil(lambda: model.rowCount(book) > 0)
    assert model.rowCount(book) == len(node.children)
    assert [model.node(model.index(r, 0, book)) for r in range(model.rowCount(book))] == node.children
    deep = max(session.outline.root.walk(), key=lambda n: len(session.outline.path_at(n.start)))
    index = model.index_of(deep)
    assert model.node(index) is deep and model.index_of(deep) == index
    assert model.data(index) == model.label(deep)


def test_top_level_rows_become_items_a_batch_at_a_time(qtbot, qtmodeltester, data_dir):
    # a long text without headings has thousands of top-level rows: made all at once they held
    # the window's thread 52 ms (360 ms with their sentences at a first build). A batch is made
    # at once, the rest a batch a turn (the tree's scroll bar whole a few turns later) or
    # as the tree scrolls; the caret's row (index_of) with the rows above it at once.
    from PySide6.QtWidgets import QTreeView

    corpus = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in corpus.splitlines() if len(line.strip()) >= 40][:1200]
    book = data_dir / "paragraphs.txt"
    book.write_text("\n\n".join(paragraphs * 2), encoding="utf-8")
    session = Session.open(book, data_dir)
    top = session.outline.root.children
    assert len(top) == 2400 and {node.kind for node in top} == {"paragraph"}
    model = OutlineModel(session.outline)
    assert model.rowCount() == TOP_BATCH and model.canFetchMore(QModelIndex())
    assert [model.node(model.index(r, 0)) for r in range(TOP_BATCH)] == top[:TOP_BATCH]
    index = model.index_of(top[1234])  # the caret's section: its rows made, up to the end of its batch
    assert model.node(index) is top[1234] and index.row() == 1234 and model.data(index) == model.label(top[1234])
    assert model.rowCount() == 1300
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setUniformRowHeights(True)
    tree.setModel(model)
    tree.show()
    qtbot.waitUntil(lambda: model.rowCount() == len(top))  # the rest, a batch a turn
    assert not model.canFetchMore(QModelIndex())
    last = model.index(len(top) - 1, 0)
    assert model.node(last) is top[-1] and model.index_of(top[-1]) == last
    assert model.data(last) == model.label(top[-1])
    tree.scrollToBottom()
    assert tree.verticalScrollBar().value() == tree.verticalScrollBar().maximum() > 0
    fresh = OutlineModel(session.outline)
    qtmodeltester.check(fresh)  # fetchMore on the top level obeys Qt's rules
    assert fresh.rowCount() > TOP_BATCH


def test_roles_the_tree_shows_and_none_for_the_rest(data_dir):
    session = Session.open(document_path("notice"), data_dir)
    model = OutlineModel(session.outline)
    header = model.index(0, 0)
    assert model.node(header).kind == "header"
    assert model.data(header) == "Document information"
    row = next(r for r in range(model.rowCount()) if model.node(model.index(r, 0)).kind == "paragraph")
    index = model.index(row, 0)
    node = model.node(index)
    label = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == f"Paragraph {label}"
    assert f"Paragraph: {label}" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.DecorationRole).cacheKey() == unread_icon().cacheKey()
    model.set_read({(node.start, node.end)})
    assert model.data(index, Qt.ItemDataRole.DecorationRole).cacheKey() == read_icon().cacheKey()
    assert "Read" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole):
        assert model.data(index, role) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(index) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def _rows(model: OutlineModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.mark.parametrize("name", ["notice", "web page", "word file"])
def test_an_editors_credit_is_no_row_of_the_tree(data_dir, tmp_path, name):
    """The credit closing a page (（責編：皮博、黃瑾） under the notice, （责任编辑：王敏） under a
    court's web page, the same as a Word file's last paragraph) is no section: the tree has
    no row for it, and the caret in it (Ctrl+End) is shown on the row before it."""
    body = "某地召开会议\n\n2023-05-01 来源：新华网\n\n一、总体要求\n\n会议指出，要加强工作。\n\n二、主要任务\n\n会议强调，要推进改革。"
    if name == "notice":
        path = document_path("notice")
    elif name == "web page":
        path = tmp_path / "page.html"
        parts = "".join(f"<p>{line}</p>" for line in body.split("\n\n")[1:])
        path.write_text(f"<html><body><h1>某地召开会议</h1>{parts}<p>（责任编辑：王敏）</p></body></html>", "utf-8")
    else:
        import docx

        made = docx.Document()
        for line in body.split("\n\n"):
            made.add_paragraph(line)
        made.add_paragraph("（责任编辑：王敏）")
        path = tmp_path / "page.docx"
        made.save(path)
    session = Session.open(path, data_dir)
    credit = session.outline.root.children[-1]
    assert credit.kind == "credit"
    model = OutlineModel(session.outline)
    rows = _rows(model)
    assert not any("编辑" in row or "責編" in row for row in rows)
    shown = model.index_of(session.outline.path_at(len(session.text))[0])
    assert shown.row() == model.rowCount() - 1 and model.node(shown) is session.outline.root.children[-2]

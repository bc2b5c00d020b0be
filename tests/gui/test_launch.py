"""What the window's thread does around the window's first paint at launch (reader.app.run shows
the window, then opens the launch's files just after its first paint: open_at_launch)."""

import json
from pathlib import Path

from reader.app import open_at_launch, open_settings
from reader.core.annotations import store as store_module
from reader.core.annotations.model import Annotation
from reader.core.annotations.store import AnnotationStore, StoreState
from reader.core.resources import notice_path
from reader.core.session import annotations_folder
from reader.gui.main_window import MainWindow


def _used_folder_without_fingerprints(data_dir, tmp_path, n: int = 30) -> None:
    """Stores of earlier documents, each with a note, none with a fingerprint (as an older
    Reader, or another tool, wrote them)."""
    folder = annotations_folder(data_dir)
    for i in range(n):
        text = f"第{i}篇。" + "天下大勢，分久必合，合久必分。" * (i + 1)
        path = tmp_path / f"earlier-{i}.txt"
        path.write_text(text, encoding="utf-8")
        store = AnnotationStore(folder, path, f"hash-{i}", f"earlier {i}", text)
        store.save(StoreState([Annotation.on_text(text, 0, 2)]))
        raw = json.loads(store.path.read_text(encoding="utf-8"))
        raw["document"]["fingerprint"] = []
        store.path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_stores_without_fingerprints_cost_no_fingerprint_before_the_window_shows(
    qtbot, data_dir, tmp_path, monkeypatch
):
    _used_folder_without_fingerprints(data_dir, tmp_path)
    made = []
    real = store_module.fingerprint
    monkeypatch.setattr(store_module, "fingerprint", lambda text, *a: made.append(len(text)) or real(text, *a))
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    assert window.open_path(notice_path())  # nothing stored for it: every store is looked at
    assert window.current is not None and window.current.session.load_result.status == "new"
    assert made == []  # no stored file has a fingerprint to compare with
    window.show()
    qtbot.waitExposed(window)


def test_a_store_with_a_fingerprint_is_still_compared(data_dir, tmp_path, monkeypatch):
    """The other side: where a store can be compared, the fingerprint is made and an edited
    copy of a moved document still finds its notes."""
    folder = annotations_folder(data_dir)
    text = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:4000]
    gone = tmp_path / "moved-away.txt"
    store = AnnotationStore(folder, gone, "old-hash", "old", text)
    store.save(StoreState([Annotation.on_text(text, 0, 2)]))
    made = []
    real = store_module.fingerprint
    monkeypatch.setattr(store_module, "fingerprint", lambda t, *a: made.append(len(t)) or real(t, *a))
    edited = text + "後漢桓帝時。"
    found = AnnotationStore(folder, tmp_path / "here.txt", "new-hash", "new", edited)
    assert made and found.path == store.path and found.attached_from is not None


def test_a_launch_open_is_read_in_a_thread_and_says_so_meanwhile(qtbot, data_dir):
    """The launch's files are read in a thread after the window's first paint: open_at_launch
    returns at once, the status bar says "Opening…" until they are in, then is cleared."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.launching = True
    open_at_launch(window, window.settings, str(notice_path()), None)
    assert window.current is None  # not read on the window's thread
    assert window.statusBar().currentMessage() == "Opening…"
    qtbot.waitUntil(lambda: not window.launching, timeout=20000)
    assert window.current is not None and window.current.path == notice_path().resolve()
    assert window.statusBar().currentMessage() != "Opening…"

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


def test_a_launch_open_says_it_is_opening_while_the_window_cannot_answer(qtbot, data_dir):
    """The launch's files open on the window's thread after its first paint; a big book takes
    seconds, so the status bar says so, drawn before the open starts, and is cleared after."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = []
    real = window.open_path

    def open_path(path, *args, **kwargs):
        seen.append(window.statusBar().currentMessage())
        return real(path, *args, **kwargs)

    window.open_path = open_path
    window.launching = True
    open_at_launch(window, window.settings, str(notice_path()), None)
    assert seen and seen[0] == "Opening…"
    assert window.current is not None and not window.launching
    assert window.statusBar().currentMessage() != "Opening…"

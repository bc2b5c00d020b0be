"""OpenCC's dictionaries are kept in the window only while an open document may still be
previewed in a script it has no view of (10 MB of Python objects with both directions)."""

import gc

import pytest

from reader.core import scripts
from reader.core.scripts import Script, ScriptViews


@pytest.fixture(autouse=True)
def no_documents_kept_before():
    scripts._previewed.clear()  # documents other tests left open in this process


def loaded() -> int:
    return scripts._opencc.cache_info().currsize


def test_converters_go_once_every_document_kept_for_has_its_views(notice_text):
    notice = ScriptViews(notice_text)  # Traditional: its Simplified view is the one to make
    novel = ScriptViews("宝玉听了，便笑道：“这个妹妹我曾见过的。”" * 20)  # Simplified
    scripts.keep_converters(notice)
    scripts.keep_converters(novel)
    notice.get(Script.SIMPLIFIED)
    assert loaded() >= 1
    assert notice.unmade() is False and novel.unmade() is True
    assert scripts.release_converters() is False  # the novel may still be previewed in 繁體
    assert loaded() >= 1
    novel.get(Script.TRADITIONAL)
    assert scripts.release_converters() is True
    assert loaded() == 0
    # a document closed (its views gone) holds nothing
    other = ScriptViews("黛玉道：“你又来了。”" * 5)
    scripts.keep_converters(other)
    other.get(Script.ORIGINAL)
    del other
    gc.collect()
    assert scripts.release_converters() is True


def test_a_variant_chosen_after_has_its_view_to_make():
    views = ScriptViews("宝玉听了，便笑道。" * 5)
    views.get(Script.TRADITIONAL)
    assert views.unmade() is False
    views.set_variant("s2hk")
    assert views.unmade() is True


def test_converting_loads_them_again_after_release():
    views = ScriptViews("宝玉听了，便笑道。")
    scripts.keep_converters(views)
    views.get(Script.TRADITIONAL)
    assert scripts.release_converters() is True
    assert scripts.convert("笑道", "s2tw") == "笑道"
    assert scripts.convert("这个", "s2tw") == "這個"
    assert loaded() >= 1

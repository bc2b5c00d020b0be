from reader.core.session import Session
from reader.core.user_words import UserWords, fingerprint, simplified_form, user_words_path


def test_words_round_trip(tmp_path):
    path = user_words_path(tmp_path)
    words = UserWords.load(path)
    assert words.words == frozenset() and not path.exists()
    empty = words.version
    assert words.add("潇湘馆") is True
    assert words.add("人类命运共同体") is True
    assert words.add("潇湘馆") is False  # there already: nothing written
    assert words.version != empty
    again = UserWords.load(path)
    assert again.words == {"潇湘馆", "人类命运共同体"}
    assert again.version == words.version == fingerprint(["人类命运共同体", "潇湘馆"])
    assert again.remove("潇湘馆") is True and again.remove("潇湘馆") is False
    assert UserWords.load(path).words == {"人类命运共同体"}
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines == ["人类命运共同体"]


def test_implausible_words_are_refused(tmp_path):
    words = UserWords.load(tmp_path / "words.txt")
    for word in ("", "馆", "  ", "两个\n词", "两 个", "——", "。，", "字" * 40):
        assert words.add(word) is False, word
    assert words.words == frozenset()
    assert not (tmp_path / "words.txt").exists()


def test_a_damaged_file_reads_what_it_can_and_is_kept_aside(tmp_path):
    path = tmp_path / "words.txt"
    good = "潇湘馆\n# a comment\n\n  大观园  \n".encode()
    path.write_bytes(good + b"\xff\xfe\x00\x01 broken\n" + "两 个\n".encode() + ("长" * 50).encode() + b"\n")
    words = UserWords.load(path)  # never raises
    assert words.words == {"潇湘馆", "大观园"}
    assert words.add("怡红院") is True
    assert UserWords.load(path).words == {"潇湘馆", "大观园", "怡红院"}
    assert (tmp_path / "words.txt.damaged").read_bytes().startswith(good)  # what was unreadable is not lost


def test_missing_or_unreadable_file_is_no_words(tmp_path):
    assert UserWords.load(tmp_path / "nowhere" / "words.txt").words == frozenset()
    (tmp_path / "folder").mkdir()
    assert UserWords.load(tmp_path / "folder").words == frozenset()


def test_words_are_kept_simplified(tmp_path):
    words = UserWords.load(tmp_path / "words.txt")
    assert words.add("瀟湘館") is True  # marked in the 繁體 view
    assert words.words == {"潇湘馆"}
    assert "瀟湘館" in words and "潇湘馆" in words
    assert words.add("潇湘馆") is False  # the same word
    # tw2s also rewrites Simplified 么 and 著: a Simplified word is kept as it is
    assert simplified_form("什么") == "什么" and simplified_form("显著") == "显著"
    assert simplified_form("說著") == "说着"


def test_two_windows_adding_words_keep_both(tmp_path):
    path = tmp_path / "words.txt"
    first, second = UserWords.load(path), UserWords.load(path)  # two windows, read before either adds
    assert first.add("潇湘馆") is True
    assert second.add("大观园") is True  # re-reads the file (under the lock) before writing
    assert UserWords.load(path).words == second.words == {"潇湘馆", "大观园"}
    assert first.reload() is True and first.words == {"潇湘馆", "大观园"}
    assert first.reload() is False


def test_session_marks_a_selection_as_one_word(notice_copy, tmp_path):
    session = Session.open(notice_copy, tmp_path / "data")
    text = session.text
    start = text.index("偉大變革")
    end = start + len("偉大變革")
    session.words = session.build_words()
    assert session.words.word_at(start) != (start, end)  # jieba: 偉大 + 變革
    assert not session.treated_as_one_word(start, end)
    assert session.treat_as_one_word(start, end) is True
    assert session.user_words.words == {"伟大变革"}  # the Simplified view's text
    assert session.treated_as_one_word(start, end) and session.words_stale
    session.words = session.build_words()
    assert not session.words_stale
    assert all(session.words.word_at(i) == (i, i + 4) for i in range(len(text)) if text.startswith("偉大變革", i))
    terms, _sections = session.build_key_terms()
    assert terms  # key terms are built with the words too (counted in test_keyterms)
    # every open document shares the words, and a new session reads them from the data folder
    assert Session.open(notice_copy, tmp_path / "data").user_words.words == {"伟大变革"}
    assert session.treat_as_one_word(start, end, one=False) is True
    assert session.user_words.words == frozenset()


def test_a_word_from_the_simplified_view_is_kept_exactly(tmp_path):
    path = tmp_path / "words.txt"
    words = UserWords.load(path)
    # 捱 is Simplified too, though t2s would write 挨: the view's own text is what must match
    assert words.add("捱打", simplified=True) is True
    assert words.words == UserWords.load(path).words == {"捱打"}
    assert words.remove("捱打", simplified=True) is True


def test_another_computers_words_left_as_a_conflict_copy_are_kept(tmp_path):
    """Each computer marked a word while apart; Syncthing kept the other's words.txt as a
    conflict copy. It was never read: the other computer's word was not a word here."""
    path = tmp_path / "words.txt"
    UserWords.load(path).add("潇湘馆")
    copy = tmp_path / "words.sync-conflict-20261205-123456-ABCDEFG.txt"
    copy.write_text("# Reader\n怡红院\n", encoding="utf-8")
    words = UserWords.load(path)
    assert words.words == {"潇湘馆", "怡红院"} and words.merged == [copy]
    assert words.add("大观园") is True
    assert not copy.exists()
    assert UserWords.load(path).words == {"潇湘馆", "怡红院", "大观园"}


def test_a_file_damaged_twice_keeps_both_damaged_versions(tmp_path):
    """The second damaged file was written over: words.txt.damaged was there already."""
    path = tmp_path / "words.txt"
    for n, word in enumerate(("潇湘馆", "怡红院")):
        path.write_bytes(f"{word}\n".encode() + bytes([0xFF, 0xFE, n]) + b"\n")
        UserWords.load(path).add("大观园")
    kept = sorted(p.read_bytes() for p in tmp_path.glob("words.txt*.damaged"))
    assert kept == sorted(["潇湘馆\n".encode() + b"\xff\xfe\x00\n", "怡红院\n".encode() + b"\xff\xfe\x01\n"])


COPY = "words.sync-conflict-20261205-123456-ABCDEFG.txt"


def test_a_word_removed_here_is_not_brought_back_by_the_other_computer_s_copy(tmp_path):
    """The list was the union of both computers' words: a word removed here came back from
    the other computer's copy, made before the removal (its words.txt as an older Reader
    writes it: no times)."""
    path = tmp_path / "words.txt"
    words = UserWords.load(path)
    words.add("潇湘馆")
    words.add("怡红院")
    (tmp_path / COPY).write_text("# Reader\n潇湘馆\n怡红院\n", encoding="utf-8")  # their list, before the removal
    assert words.remove("潇湘馆") is True
    assert not (tmp_path / COPY).exists()
    assert UserWords.load(path).words == {"怡红院"}
    (tmp_path / COPY).write_text("# Reader\n潇湘馆\n怡红院\n大观园\n", encoding="utf-8")  # again, one added
    assert UserWords.load(path).words == {"怡红院", "大观园"}


def test_a_word_added_on_the_other_computer_after_the_removal_comes_back(tmp_path):
    path = tmp_path / "words.txt"
    words = UserWords.load(path)
    words.add("潇湘馆")
    words.remove("潇湘馆")
    removed_at = float(next(line.split()[1] for line in path.read_text().splitlines() if line.startswith("#-")))
    (tmp_path / COPY).write_text(f"潇湘馆\n#+ {removed_at + 60} 潇湘馆\n", encoding="utf-8")
    assert UserWords.load(path).words == {"潇湘馆"}
    (tmp_path / COPY).write_text(f"潇湘馆\n#+ {removed_at - 60} 潇湘馆\n", encoding="utf-8")
    assert UserWords.load(path).words == frozenset()


def test_a_words_file_without_times_reads_as_before_and_a_line_typed_in_is_a_word(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# Reader: words\n潇湘馆\n怡红院\n", encoding="utf-8")  # an older Reader's file
    assert UserWords.load(path).words == {"潇湘馆", "怡红院"}
    words = UserWords.load(path)
    words.remove("怡红院")
    # typed back in by hand below the removal: the file lists it, so it is a word
    path.write_text(path.read_text(encoding="utf-8").replace("潇湘馆\n", "潇湘馆\n怡红院\n", 1), encoding="utf-8")
    assert UserWords.load(path).words == {"潇湘馆", "怡红院"}


def test_a_damaged_time_line_is_kept_aside_and_the_words_kept(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("潇湘馆\n#+ soon 潇湘馆\n", encoding="utf-8")
    words = UserWords.load(path)
    assert words.words == {"潇湘馆"} and words.damaged
    words.add("怡红院")
    assert (tmp_path / "words.txt.damaged").read_text(encoding="utf-8") == "潇湘馆\n#+ soon 潇湘馆\n"
    assert UserWords.load(path).words == {"潇湘馆", "怡红院"}


def test_removals_older_than_a_year_are_forgotten_when_the_file_is_written(tmp_path):
    import time

    from reader.core.removals import KEPT_SECONDS

    path = tmp_path / "words.txt"
    long_ago, lately = time.time() - KEPT_SECONDS - 86400, time.time() - 86400
    path.write_text(f"潇湘馆\n#- {long_ago} 旧词\n#- {lately} 新词\n", encoding="utf-8")
    UserWords.load(path).add("怡红院")
    text = path.read_text(encoding="utf-8")
    assert "旧词" not in text and "新词" in text

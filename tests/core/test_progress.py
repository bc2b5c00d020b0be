import pytest

from reader.core.progress import (
    MIN_SECONDS,
    READING_RATE,
    ReadingProgress,
    load_progress,
    save_progress,
    seconds_needed,
)

SECTIONS = [(0, 12), (12, 1000), (1000, 1010)]


def test_a_short_section_needs_the_minimum_time():
    assert seconds_needed(10) == MIN_SECONDS
    assert seconds_needed(800) == 800 / READING_RATE


def test_a_section_read_on_screen():
    p = ReadingProgress(list(SECTIONS))
    assert p.observe(0, 60, 1) == []
    assert p.observe(0, 60, 1) == [(0, 12)]  # 12 characters: the 2-second minimum
    assert (12, 1000) not in p.read  # only 48 of its 988 characters were on screen
    assert p.share_read == pytest.approx(12 / 1010)


def test_glimpses_do_not_count():
    p = ReadingProgress(list(SECTIONS))
    for _ in range(100):
        p.observe(900, 1200, 1)  # the long section's last tenth
    assert (12, 1000) not in p.read
    assert (1000, 1010) in p.read


def test_a_long_section_filling_the_screen_reads_at_the_reading_rate():
    p = ReadingProgress(list(SECTIONS))
    needed = seconds_needed(988)
    for _ in range(int(needed)):
        p.observe(300, 600, 1)
    assert (12, 1000) not in p.read
    p.observe(300, 600, 1)
    assert (12, 1000) in p.read


def test_reset_and_round_trip(tmp_path):
    p = ReadingProgress(list(SECTIONS))
    p.observe(0, 12, 5)
    store = tmp_path / "doc-123.json"
    save_progress(store, p)
    assert (tmp_path / "doc-123.progress.json").exists()
    back = load_progress(store, SECTIONS)
    assert back.read == {(0, 12)} and back.dwell[(0, 12)] == 5
    # sections that changed are dropped, not misapplied
    assert load_progress(store, [(0, 13)]).read == set()
    p.reset()
    assert p.read == set() and p.share_read == 0


def test_damaged_progress_starts_afresh(tmp_path):
    store = tmp_path / "doc.json"
    (tmp_path / "doc.progress.json").write_text("{oops", encoding="utf-8")
    assert load_progress(store, SECTIONS).read == set()

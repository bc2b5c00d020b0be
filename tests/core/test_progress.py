import pytest

from reader.core.progress import (
    MIN_SECONDS,
    READING_RATE,
    ReadingProgress,
    load_progress,
    save_progress,
    seconds_needed,
    share_through,
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


def test_nested_sections_count_each_character_once():
    """A chapter's heading holds its paragraphs' range: the paragraphs read and not yet the
    heading is the chapter's text read, not half of it (each counted once, not twice)."""
    chapter, paragraphs, other = (0, 1000), [(10, 500), (500, 1000)], (1000, 2000)
    progress = ReadingProgress([chapter, *paragraphs, other])
    assert progress.share_read == 0.0
    progress.read.update(paragraphs)
    assert progress.share_read == pytest.approx(990 / 2000)
    progress.read.add(chapter)
    assert progress.share_read == pytest.approx(0.5)
    progress.read.add(other)
    assert progress.share_read == 1.0


@pytest.mark.parametrize(
    "pos, length, end_shown, share",
    [(0, 1000, False, 0), (999, 1000, False, 99), (1000, 1000, False, 100), (5, 1000, True, 100), (0, 0, False, 100)],
)
def test_the_place_in_per_cent_reaches_100_only_at_the_end(pos, length, end_shown, share):
    assert share_through(pos, length, end_shown) == share


def test_a_page_at_the_end_fills_the_screen_with_the_last_section_though_blank_lines_follow_it():
    """The text's trailing blank lines are on the last page, in no section: a long last
    chapter on screen to the end still counts its seconds (old: never, at the end)."""
    progress = ReadingProgress([(0, 1000), (1000, 3000)])  # the text is 3,002 characters
    for _ in range(int(seconds_needed(2000))):
        progress.observe(2600, 3002, 1.0)
    assert progress.read == {(1000, 3000)}

from hypothesis import given
from hypothesis import strategies as st

from reader.core.balance import Soft, balanced_lines, break_pads, line_breaks, ragged_lines, tied, wrap

TITLE = "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知"
# jieba's words of the title (cut on its Simplified view): 全国总工会/印发/关于/认真/学习/宣传/贯彻/党/的/二十大/精神/的/通知
WORDS = ["全國總工會", "印發", "關於", "認真", "學習", "宣傳", "貫徹", "黨", "的", "二十大", "精神", "的", "通知"]
SUBTITLE_WORDS = "組織 動員 億萬 職工 為 實現 黨 的 二十大 確定 的 各項 任務 而 團結 奮斗".split()


_word = st.text(alphabet="的學習宣傳貫徹精神通知", min_size=1, max_size=5)


def _ends(words):
    ends, pos = set(), 0
    for w in words:
        pos += len(w)
        ends.add(pos)
    return ends


def _lengths(starts, n):
    bounds = [0, *starts, n]
    return [b - a for a, b in zip(bounds, bounds[1:])]


def _laid_out(text, advances, lines, width):
    """The starts a greedy wrap gives with the pads in, in the block the page narrows to."""
    padding = break_pads(text, advances, lines.starts, width)
    padded = [a + padding.pads.get(i, 0.0) for i, a in enumerate(advances)]
    return wrap(padded, line_breaks(text), width, padding.indent)


def test_the_words_spell_the_titles():
    assert "".join(WORDS) == TITLE
    assert "".join(SUBTITLE_WORDS) == "組織動員億萬職工為實現黨的二十大確定的各項任務而團結奮斗"


def test_lines_no_single_width_gives_are_chosen_and_the_pads_make_the_wrap_break_there():
    subtitle = "".join(SUBTITLE_WORDS)
    advances = [20.0] * len(subtitle)
    ends = _ends(SUBTITLE_WORDS)
    # no width's greedy wrap gives 9/10/9 on word ends (at 10 characters: 實｜現)
    assert wrap(advances, line_breaks(subtitle), 201.0) == [10, 20]
    lines = balanced_lines(subtitle, advances, ends, 260.0)  # 13 characters: 13/13/2 greedily
    assert _lengths(lines.starts, len(subtitle)) == [9, 10, 9]
    assert lines.width == 200.0
    assert _laid_out(subtitle, advances, lines, lines.width + 1) == lines.starts


def test_a_greedy_wrap_breaks_inside_a_word_and_the_balanced_one_does_not():
    advances = [20.0] * len(TITLE)
    ends = _ends(WORDS)
    width = 320.0  # 16 characters: the greedy wrap cuts 貫｜徹
    assert any(s not in ends for s in wrap(advances, line_breaks(TITLE), width))
    lines = balanced_lines(TITLE, advances, ends, width)
    assert lines.starts and all(s in ends for s in lines.starts)
    assert _lengths(lines.starts, len(TITLE)) == [13, 14]  # the most even of the breaks on words


def test_no_line_of_one_character():
    text = "關於深化改革的意見斗"
    advances = [20.0] * len(text)
    lines = balanced_lines(text, advances, set(range(1, len(text))), 180.0)
    assert min(_lengths(lines.starts, len(text))) >= 2


def test_a_title_that_fits_is_left_alone():
    assert balanced_lines("一" * 10, [20.0] * 10, set(range(1, 10)), 400.0) is None


def test_a_word_wider_than_the_page_is_broken_inside_it_evenly_and_only_it():
    # 中華人民共和國 does not fit in 5 characters: the wrap gives 中華人民共|和國
    lines = balanced_lines("中華人民共和國", [20.0] * 7, {7}, 101.0)
    assert _lengths(lines.starts, 7) == [4, 3]
    # the words beside it still end lines: 高举 / 中国特色社会主义 / 伟大旗帜 at 6 characters;
    # the long word breaks between the words of two it is made of (中国|特色), not 中国特|色
    text, ends = "高举中国特色社会主义伟大旗帜", {2, 10, 14}
    lines = balanced_lines(text, [28.0] * 14, ends, 169.0)
    assert _lengths(lines.starts, 14) == [4, 6, 4]  # 高举中国|特色社会主义|伟大旗帜


def test_a_page_too_narrow_for_the_words_takes_more_lines_not_broken_words():
    # 5 characters a line: the wrap's 3 lines split two words; one word a line takes 5
    words = ["二十大", "工會法", "黨組織", "委員會", "代表團"]
    text = "".join(words)
    assert len(wrap([28.0] * 15, line_breaks(text), 140.0)) + 1 == 3
    lines = balanced_lines(text, [28.0] * 15, _ends(words), 141.0)
    assert lines.starts == [3, 6, 9, 12]


def test_a_word_of_one_character_stands_alone_only_where_it_joins_no_neighbour():
    # 4 characters a line: 而 fits neither after 各項任務 nor before 團結奮斗 (the wrap would
    # split 確定的各|項任務而 instead). Alone between two lines, the spacing that ends its line
    # put it 23 px left of the others on a 170 px page: a word of four is broken between two
    # of its own instead (而團結|奮斗)
    words = ["確定", "的", "各項任務", "而", "團結奮斗"]
    text = "".join(words)
    lines = balanced_lines(text, [22.0] * len(text), _ends(words), 96.0)
    assert _lengths(lines.starts, len(text)) == [3, 4, 3, 2]
    assert balanced_lines(text, [22.0] * len(text), _ends(words), 118.0).starts == [3, 8]  # 確定的|各項任務而|團結奮斗
    # words of two: 而 stands alone, where its line is ended by a pixel of spacing
    words = ["任務", "而", "團結"]
    lines = balanced_lines("任務而團結", [22.0] * 5, _ends(words), 48.0)
    assert _lengths(lines.starts, 5) == [2, 1, 2]


def test_a_lone_character_between_lines_is_not_spaced_off_centre():
    # 傳傳傳 / 傳 / 傳傳傳 at 3 characters a line: the middle line's spacing (29.5 px after its
    # one glyph) would put it 15 px left of the others: the page's own wrap, centred, instead
    words = ["傳傳傳", "傳", "傳傳傳"]
    assert balanced_lines("".join(words), [27.5] * 7, _ends(words), 84.0) is None


def test_the_space_a_line_ends_with_hangs():
    text = "第一章 總則與附則"
    advances = [20.0 if not ch.isspace() else 8.0 for ch in text]
    lines = balanced_lines(text, advances, {3, 4, 6, 7, 9}, 120.0)
    assert lines.starts == [4] and lines.width == 100.0  # 第一章␠ / 總則與附則, the space not counted
    padding = break_pads(text, advances, lines.starts, 101.0)
    assert set(padding.pads) <= {2}  # after 章, not after the space


def test_a_line_never_starts_with_closing_punctuation():
    breaks = line_breaks("學習，貫徹「精神」")
    assert not breaks[2] and not breaks[6] and not breaks[8]


def test_a_line_never_starts_with_a_breadcrumbs_or_a_brackets_greater_than_sign():
    # a breadcrumb's >> binds to the site before it; <…> stands for 〈…〉 in a law's dateline
    crumbs = "中國共產黨新聞網>>中國工會新聞"
    breaks = line_breaks(crumbs)
    assert not breaks[8] and not breaks[9] and breaks[10]
    law = "关于修改<立法法>的决定"
    assert not line_breaks(law)[8] and not line_breaks("首页＞新闻")[2]
    lines = balanced_lines(crumbs, [13.0] * len(crumbs), set(range(1, len(crumbs))), 120.0)
    assert all(crumbs[s] != ">" for s in lines.starts)


def _wrapped(text, advances, lines) -> list[int]:
    """What Qt's wrap makes of the lines at their width, with their spacing after a space (it
    hangs with the space, and leaves no room for the next line's first piece)."""
    padded = [a + lines.pads.get(i, 0.0) for i, a in enumerate(advances)]
    return wrap(padded, line_breaks(text), lines.width, text=text)


def test_a_dateline_is_set_ragged_between_its_runs_with_no_spacing_between_characters():
    # 2000年3月15日 第九届全国人民代表大会第三次会议通过 at 106 px: the date kept whole on its
    # own line (the space after it hangs), the rest in lines Qt's wrap gives at that width
    text = "2000\u200d年3\u200d月\u200d15\u200d日 第九届全国人民代表大会第三次会议通过"
    advances = [0.0 if ch == "\u200d" else 8.4 if ch.isdigit() else 4.0 if ch == " " else 15.0 for ch in text]
    date = Soft(0, text.index("日") + 1, (text.index("3"),))
    lines = ragged_lines(text, advances, set(range(1, len(text))), [date], 106.0)
    assert lines.starts[0] == text.index("第")
    assert _wrapped(text, advances, lines) == lines.starts
    assert set(lines.pads) <= {text.index(" ")}  # spacing only after the space, where it hangs
    # too narrow for the date: it breaks between its year and its month
    lines = ragged_lines(text, advances, set(range(1, len(text))), [date], 80.0)
    assert lines.starts[:2] == [text.index("3"), text.index("第")]
    assert _wrapped(text, advances, lines) == lines.starts


def test_a_space_ends_a_line_early_rather_than_a_word_broken():
    # 2015年3月15日 第十二届全国人民代表大会 at 8 characters a line: 2015年3月15日 第 / 十二届…
    # broke 第十二届 (the wrap at the width that holds 8 characters); the space ends the date's line
    words = ["2015年3月15日", " ", "第十二届", "全国人民", "代表大会"]
    text = "".join(words)
    advances = [8.4 if ch.isdigit() else 4.0 if ch == " " else 16.0 for ch in text]
    lines = ragged_lines(text, advances, _ends(words), [Soft(0, 10, (5,))], 133.0)
    assert lines.starts[0] == text.index("第") and all(s in _ends(words) for s in lines.starts)
    assert _wrapped(text, advances, lines) == lines.starts


@given(st.lists(_word, min_size=2, max_size=14), st.integers(60, 400), st.sampled_from([14.0, 20.0, 27.5]))
def test_ragged_lines_are_what_the_wrap_gives_at_their_width(words, width, size):
    text = " ".join(words) if size == 20.0 else "".join(words)  # words spaced apart, or not
    advances = [size / 4 if ch == " " else size for ch in text]
    lines = ragged_lines(text, advances, _ends(text.split(" ")), [], float(width))
    if lines is not None:
        assert lines.width <= width
        assert all(text[k] == " " for k in lines.pads)
        assert _wrapped(text, advances, lines) == lines.starts
        # and a little wider or narrower too: Qt's measure may differ from this one by rounding
        for off in (-0.2, 0.2):
            assert (
                wrap(
                    [a + lines.pads.get(i, 0.0) for i, a in enumerate(advances)],
                    line_breaks(text),
                    lines.width + off,
                    text=text,
                )
                == lines.starts
            )


@given(st.lists(_word, min_size=2, max_size=14), st.integers(60, 400), st.sampled_from([14.0, 20.0, 27.5]))
def test_the_chosen_lines_end_on_words_fit_and_are_what_the_wrap_gives(words, width, size):
    text = "".join(words)
    advances = [size] * len(text)
    ends = _ends(words)
    lines = balanced_lines(text, advances, ends, float(width))
    if lines is None:
        return
    lengths = _lengths(lines.starts, len(text))
    holds = int((width - 1.0) // size)
    allowed = _allowed_ends(words, holds)
    halves = _allowed_ends(words, holds, halves=True)
    assert lines.width + 1 <= width and lines.width == max(lengths) * size
    fewest = _fewest_lines(len(text), allowed, holds)
    fewest_halved = _fewest_lines(len(text), halves, holds)
    if fewest is not None:
        assert set(lines.starts) <= allowed  # word ends, or inside a word the page cannot hold
        # one more where that breaks a word the page cannot hold between its words of two
        assert min(lengths) >= 2 and len(lengths) - fewest in (0, 1)
    # a word the page cannot hold breaks at its likely words' ends (an even place from its
    # start) unless another place saves two lines or more: so one line more than the fewest may be chosen
    elif fewest_halved is not None:  # a word of four or more broken between two of its own
        assert set(lines.starts) <= halves
        assert min(lengths) >= 2 and len(lengths) - fewest_halved in (0, 1)
    else:  # no lines of 2 or more on words: a word of one may stand alone
        assert set(lines.starts) <= allowed
        assert len(lengths) - _fewest_lines(len(text), allowed, holds, shortest=1) in (0, 1)
    for block in (lines.width + 1, lines.width + 2.5, float(width)):  # whatever the margins leave
        if block <= width:
            assert _laid_out(text, advances, lines, block) == lines.starts


def _allowed_ends(words, holds: int, halves: bool = False) -> set[int]:
    out, pos = set(), 0
    for w in words:
        if len(w) > holds:
            out.update(range(pos + 1, pos + len(w)))
        elif halves and len(w) >= 4:
            out.update(range(pos + 2, pos + len(w) - 1))
        pos += len(w)
        out.add(pos)
    return out


def _fewest_lines(n: int, allowed: set[int], holds: int, shortest: int = 2) -> int | None:
    """The fewest lines of `shortest` to `holds` characters, each ending at an allowed place."""
    fewest = {0: 0}
    for end in range(1, n + 1):
        if end in allowed or end == n:
            counts = [fewest[a] + 1 for a in range(max(0, end - holds), end - shortest + 1) if a in fewest]
            if counts:
                fewest[end] = min(counts)
    return fewest.get(n)


def test_a_glyph_reaching_past_its_advance_at_a_lines_end_is_counted():
    text = "可要求食品銷售者或者生產者十倍賠償"
    advances = [28.0] * len(text)
    ends = {3, 5, 8, 10, 13, 15, 17}
    plain = balanced_lines(text, advances, ends, 400.0)
    overhangs = [0.0] * len(text)
    overhangs[-1] = 2.0  # 償
    reaching = balanced_lines(text, advances, ends, 400.0, overhangs=overhangs)
    assert reaching.starts == plain.starts and reaching.width == plain.width + 2.0


def test_a_glyph_reaching_past_its_advance_at_the_next_lines_start_is_counted():
    """Qt counts the first glyph of the next line's reach on the line before where the next
    line begins a format of its own (a balanced title's spacing starts there)."""
    text = "可要求食品銷售者或者生產者十倍"
    advances = [28.0] * len(text)
    ends = {3, 5, 8, 10, 13, 15, 16}
    plain = balanced_lines(text, advances, ends, 400.0)
    assert plain.starts == [8] and plain.width == 8 * 28.0  # two lines of 8, the first as long as any
    overhangs = [0.0] * len(text)
    overhangs[8] = 3.0  # 或, the second line's first glyph
    reaching = balanced_lines(text, advances, ends, 400.0, overhangs=overhangs)
    assert reaching.starts == plain.starts and reaching.width == plain.width + 3.0


def test_the_first_line_stays_centred_and_a_full_line_needs_no_pad():
    subtitle = "".join(SUBTITLE_WORDS)
    advances = [26.0] * len(subtitle)
    lines = balanced_lines(subtitle, advances, _ends(SUBTITLE_WORDS), 400.0)
    assert _lengths(lines.starts, len(subtitle)) == [13, 15]  # 14/14 would split 二十大
    block = lines.width + 1
    padding = break_pads(subtitle, advances, lines.starts, block)
    pad = padding.pads[12]
    assert padding.indent == pad > 0
    # Qt centres a line in what its indent leaves: the glyphs' centre is the block's
    left = padding.indent + (block - padding.indent - (13 * 26 + pad)) / 2
    assert abs(left + 13 * 26 / 2 - block / 2) < 1e-9
    three = balanced_lines(subtitle, advances, _ends(SUBTITLE_WORDS), 300.0)
    assert _lengths(three.starts, len(subtitle)) == [9, 10, 9]
    padding = break_pads(subtitle, advances, three.starts, three.width + 1)
    assert 19 not in padding.pads  # the longest line is full: 各 does not fit after it


def test_of_lines_as_even_a_short_one_goes_first_where_its_spacing_moves_nothing():
    # word ends at 12, 14, 26, 39: 12/14/13/13 and 14/12/13/13 are as even (678 either way);
    # in the second, the short line in the middle would need 22 px of spacing (11 px off centre)
    text = "的" * 52
    advances = [20.0] * 52
    lines = balanced_lines(text, advances, {12, 14, 26, 39, 52}, 300.0)
    assert _lengths(lines.starts, 52) == [12, 14, 13, 13]
    padding = break_pads(text, advances, lines.starts, lines.width + 1)
    assert all(pad <= 3 for at, pad in padding.pads.items() if at >= 12)  # the middle lines barely


def _glyph_centres(text, advances, starts, block):
    """Each line's glyphs' centre as Qt centres the line in the block: the line's width with
    the spacing in (and the first line in what its indent leaves)."""
    padding = break_pads(text, advances, starts, block)
    padded = [a + padding.pads.get(i, 0.0) for i, a in enumerate(advances)]
    bounds = [0, *starts, len(text)]
    centres = []
    for a, b in zip(bounds, bounds[1:]):
        indent = padding.indent if a == 0 else 0.0
        left = indent + (block - indent - sum(padded[a:b])) / 2
        ink = sum(padded[a : b - 1]) + advances[b - 1]  # the last glyph, not the spacing after it
        centres.append(left + ink / 2)
    return centres


def test_every_line_of_a_title_stays_centred_with_the_spacing_that_ends_it():
    # 甲甲甲甲甲 / 乙乙乙 / 丙丙丙丙丙: the middle line needs 21 px to end (old: all after 乙,
    # its glyphs 10.5 px left of the others)
    words = ["甲甲甲甲甲", "乙乙乙", "丙丙丙丙丙"]
    text = "".join(words)
    advances = [20.0] * len(text)
    lines = balanced_lines(text, advances, _ends(words), 110.0)
    assert _lengths(lines.starts, len(text)) == [5, 3, 5]
    block = lines.width + 1
    assert all(abs(c - block / 2) <= 0.5 for c in _glyph_centres(text, advances, lines.starts, block))
    assert _laid_out(text, advances, lines, block) == lines.starts


@given(st.lists(_word, min_size=2, max_size=14), st.integers(60, 400), st.sampled_from([14.0, 20.0, 27.5]))
def test_each_line_is_centred_on_its_glyphs(words, width, size):
    text = "".join(words)
    advances = [size] * len(text)
    lines = balanced_lines(text, advances, _ends(words), float(width))
    if lines is None:
        return
    block = lines.width + 1
    assert all(abs(c - block / 2) <= 1 for c in _glyph_centres(text, advances, lines.starts, block))


def test_a_line_may_break_beside_an_ideograph_of_the_supplementary_planes():
    """Qt breaks a line between any two ideographs (UAX #14 ID): between 𠀀 (Extension B), 𪚥 and
    𰻝 (Extension G) too, which the balance took for letters that hold together."""
    assert line_breaks("中𠀀𪚥𰻝文")[1:5] == [True, True, True, True]


def test_a_words_first_character_is_not_left_alone_after_a_space():
    # the 2023 立法法's second dateline in a 133 px pane: 2015年3月15日 第 / 十二届全国人民代 / …
    # (fewer lines than ending the date's line at its space, as many words broken)
    words = ["2015年3月15日", " ", "第十二届", "全国人民代表大会", "第三次", "会议", "《", "关于", "修改"]
    text = "".join(words)
    advances = [8.4 if ch.isdigit() else 4.0 if ch == " " else 16.0 for ch in text]
    lines = ragged_lines(text, advances, _ends(words), [Soft(0, 10, (5,))], 133.0)
    assert lines.starts[0] == text.index("第")
    assert _wrapped(text, advances, lines) == lines.starts


def test_a_character_wider_than_every_narrower_wrap_ends_the_search():
    # 傳四四 at 83 px, 27.5 px a character: the wrap at 27 px sets one a line, each wider than
    # the limit, and the next limit was that width less half a pixel again: it never ended
    import signal

    def stuck(*args):
        raise AssertionError("ragged_lines did not return")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(5)
    try:
        lines = ragged_lines("傳四四", [27.5] * 3, {1, 3}, [], 83.0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert lines is not None and lines.starts == [2]


def test_a_dateline_takes_one_more_line_rather_than_break_a_word():
    # 监察法's dateline at 210-300 px: one width's wrap gave 2018年3月20日 第十三届全国 /
    # 人民代表大会第一次会议通过 (全国人民代表大会 broken, a broken word counted half a line);
    # the space ends the date's line and every line ends where a word ends, in three lines
    words = ["2018年3月20日", " ", "第十三届", "全国人民代表大会", "第一次", "会议", "通过"]
    text = "".join(words)
    advances = [8.4 if ch.isdigit() else 4.0 if ch == " " else 16.0 for ch in text]
    for width in range(210, 301, 10):
        lines = ragged_lines(text, advances, _ends(words), [Soft(0, 10, (5,))], float(width))
        assert set(lines.starts) <= _ends(words) and len(lines.starts) == 2, width
        assert _wrapped(text, advances, lines) == lines.starts


def test_a_centred_lines_words_are_tied_where_a_line_holds_them():
    """balance.tied: inside each word a line holds; a word no line holds between the words of
    two characters it is most likely made of; a word joined to what no line may break from it
    (新聞網>>) and too wide for a line left as it was."""
    text = "第十届全国人民代表大会常务委员会"
    ends = {3, 11, 16}  # 第十届 | 全国人民代表大会 | 常务委员会
    advances = [10.0] * len(text)
    assert tied(text, advances, ends, 100.0) == {0, 1, *range(3, 10), *range(11, 15)}
    # 80 px: 全国人民代表大会 (80 px) still fits; 70 px: it breaks at 全国|人民|代表|大会 only
    assert tied(text, advances, ends, 70.0) == {0, 1, 3, 5, 7, 9, *range(11, 15)}
    crumb = "新聞網>>中國"
    ends = {3, 5, 7}
    assert {0, 1} <= tied(crumb, [10.0] * 7, ends, 60.0)  # 新聞網>> is 50 px
    assert not {0, 1} & tied(crumb, [10.0] * 7, ends, 40.0)

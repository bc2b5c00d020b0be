from reader.core.balance import balanced_width, line_breaks, wrap

TITLE = "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知"
# jieba's words of the title (cut on its Simplified view): 全国总工会/印发/关于/认真/学习/宣传/贯彻/党/的/二十大/精神/的/通知
WORDS = ["全國總工會", "印發", "關於", "認真", "學習", "宣傳", "貫徹", "黨", "的", "二十大", "精神", "的", "通知"]


def _ends(words):
    ends, pos = set(), 0
    for w in words:
        pos += len(w)
        ends.add(pos)
    return ends


def test_the_words_spell_the_title():
    assert "".join(WORDS) == TITLE


def test_a_greedy_wrap_breaks_inside_a_word_and_the_balanced_one_does_not():
    advances = [20.0] * len(TITLE)
    breaks = line_breaks(TITLE)
    ends = _ends(WORDS)
    width = 320.0  # 16 characters: the greedy wrap cuts 貫｜徹
    assert any(s not in ends for s in wrap(advances, breaks, width))
    balanced = balanced_width(advances, breaks, ends, width)
    starts = wrap(advances, breaks, balanced)
    assert starts and all(s in ends for s in starts)
    bounds = [0, *starts, len(TITLE)]
    lengths = [b - a for a, b in zip(bounds, bounds[1:])]
    assert len(lengths) == 2 and max(lengths) - min(lengths) <= 4


def test_no_line_of_one_character():
    text = "關於深化改革的意見斗"
    advances = [20.0] * len(text)
    balanced = balanced_width(advances, line_breaks(text), set(range(1, len(text))), 180.0)
    bounds = [0, *wrap(advances, line_breaks(text), balanced), len(text)]
    assert min(b - a for a, b in zip(bounds, bounds[1:])) >= 2


def test_a_title_that_fits_is_left_alone():
    assert balanced_width([20.0] * 10, line_breaks("一" * 10), set(range(1, 10)), 400.0) is None


def test_a_line_never_starts_with_closing_punctuation():
    breaks = line_breaks("學習，貫徹「精神」")
    assert not breaks[2] and not breaks[6] and not breaks[8]

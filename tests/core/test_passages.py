"""What W, N, H and Ctrl+D take from the text where the caret stands on blanks."""

from reader.core.passages import passage, word_at_caret

# two paragraphs from two sources (a mainland regulation, a classical text), a blank line
# between them as plain-text files and web pages have it, the second indented
TEXT = "第二条 本条例所称国土绿化，是指植树造林。\n\n\u3000\u3000楚庄王杀陈夏征舒，春秋贬其文。\n"


def characters(pos: int) -> tuple[int, int]:
    return pos, pos + 1  # the words before jieba has cut them: a character each


def test_a_passage_loses_the_blanks_at_its_ends_and_a_blank_one_is_none():
    end = TEXT.index("。") + 1
    assert passage(TEXT, 4, end + 2) == (4, end)  # a drag past the line's end took its break
    assert passage(TEXT, end, end + 2) is None  # nothing but the break and the blank line
    assert passage(TEXT, end + 1, end + 4) is None  # the blank line and the indent


def test_the_word_at_a_caret_on_blanks_is_the_one_before_it_on_its_line_or_after_it():
    line_end = TEXT.index("\n")
    assert TEXT[slice(*word_at_caret(TEXT, 5, characters))] == "条"  # on a character: that one
    assert TEXT[slice(*word_at_caret(TEXT, line_end, characters))] == "林"  # past the line's end: not 。
    assert TEXT[slice(*word_at_caret(TEXT, line_end - 1, characters))] == "。"  # on the full stop: it
    assert word_at_caret(TEXT, line_end + 1, characters) is None  # the blank line between
    indent = line_end + 2
    assert TEXT[slice(*word_at_caret(TEXT, indent, characters))] == "楚"  # before the indent
    assert word_at_caret(TEXT, len(TEXT), characters) is None  # after the last line's break


def test_a_word_that_ends_in_a_line_break_is_taken_without_it():
    line_end = TEXT.index("\n")
    assert word_at_caret(TEXT, line_end - 1, lambda pos: (pos, pos + 3)) == (line_end - 1, line_end)
    assert word_at_caret("「好」\n", 3, characters) == (1, 2)  # the word inside the closing quote
    assert word_at_caret("……\n", 2, characters) == (1, 2)  # a line of nothing else: its last mark

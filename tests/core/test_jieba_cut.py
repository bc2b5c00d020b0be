"""reader.core.jieba_cut cuts exactly as jieba's Tokenizer.cut does: on the corpus, on a
novel, and on random mixes of Chinese, letters, digits, spaces and punctuation; from the table
made from jieba's Tokenizer and from the one read back from its file (reader.core.cut_table)."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import cut_table as cut_table_module
from reader.core.jieba_cut import cut_ends
from reader.core.words import cut_table, tokenizer

CORPUS = Path(__file__).parents[1] / "corpus"
TEXTS = [
    "hongloumeng.txt",
    "law-civil-code.txt",
    "law-constitution.md",
    "report-20th-congress-2022-gb18030.txt",
    "mengzi-gutenberg-big5.txt",
    "parallel/cuv-simplified.txt",
    "compare/law-company-2023.md",
]


def jiebas_own(text: str, offset: int = 0) -> list[int]:
    ends, pos = [], offset
    for word in tokenizer().cut(text, HMM=True):
        pos += len(word)
        ends.append(pos)
    return ends


def read(name: str) -> str:
    raw = (CORPUS / name).read_bytes()
    for encoding in ("utf-8", "gb18030", "big5"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


@pytest.mark.parametrize("name", TEXTS)
def test_the_corpus_is_cut_to_jiebas_own_words(name):
    text = read(name)[:150_000]
    assert list(cut_ends(text, cut_table())) == jiebas_own(text)


def test_an_offset_moves_every_end():
    text = read("law-constitution.md")[:5_000]
    assert list(cut_ends(text, cut_table(), 1_000)) == jiebas_own(text, 1_000)


def test_a_word_the_dictionary_forces_apart_is_split_as_jieba_splits_it():
    # resources/userdict.txt gives 里拉 frequency 0: jieba's HMM must never join it
    text = "他从里拉出一个箱子，里拉琴放在桌上。比里拉长"
    assert list(cut_ends(text, cut_table())) == jiebas_own(text)


PIECES = st.sampled_from(
    list(
        "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感"
    )
    + ["宝玉", "林黛玉", "贾雨村", "中国特色社会主义", "里拉", "abc", "A1", "3.14", "50%", "C++", "x-y", "_"]
    + [" ", "\n", "\r\n", "\t", "，", "。", "“", "”", "《", "》", "．", "——", "\u3000", "😀", "㐀", "鿖"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=60).map("".join))
def test_random_mixes_are_cut_to_jiebas_own_words(text):
    assert list(cut_ends(text, cut_table())) == jiebas_own(text)


def test_a_text_repeated_is_cut_as_jieba_cuts_it_each_time():
    # runs seen before come from memory: the second copy's ends are the first's, moved on
    text = read("law-constitution.md")[:3_000]
    assert list(cut_ends(text * 3, cut_table())) == jiebas_own(text * 3)


def test_the_table_read_back_from_its_file_is_the_one_made_from_jiebas_tokenizer(tmp_path):
    made = cut_table_module.load(tokenizer, tmp_path)
    assert cut_table_module.table_path(tmp_path).exists()

    def no_tokenizer():
        raise AssertionError("the table was made again instead of read")

    read = cut_table_module.load(no_tokenizer, tmp_path)
    assert read == made == cut_table_module.made_from(tokenizer())
    text = read_text_sample()
    assert list(cut_ends(text, read)) == jiebas_own(text)


def read_text_sample() -> str:
    return read("hongloumeng.txt")[:20_000] + read("law-civil-code.txt")[:20_000]


@pytest.mark.parametrize(
    "damage", [b"", b"not marshal", ["a"], {"a": "not a weight"}, {1: -1.0}, "cut short", "of another format"]
)
def test_a_damaged_table_file_is_made_again(tmp_path, damage):
    import marshal

    path = cut_table_module.table_path(tmp_path)
    head = marshal.dumps((cut_table_module.FORMAT, 2, -12.5))
    if damage == "cut short":
        damage = head + marshal.dumps({"a": -1.0})
    elif damage == "of another format":
        damage = marshal.dumps((cut_table_module.FORMAT - 1, 2, -12.5)) + marshal.dumps({"a": -1.0}) * 2
    elif not isinstance(damage, bytes):
        damage = head + marshal.dumps(damage) * 2
    path.write_bytes(damage)
    path.chmod(0o600)
    table = cut_table_module.load(tokenizer, tmp_path)
    assert table == cut_table_module.made_from(tokenizer())
    assert cut_table_module.load(lambda: None, tmp_path) == table  # written again, whole


def test_a_table_file_others_could_write_is_not_read(tmp_path):
    path = cut_table_module.table_path(tmp_path)
    cut_table_module.load(tokenizer, tmp_path)
    path.chmod(0o666)
    made = []

    def counting():
        made.append(1)
        return tokenizer()

    cut_table_module.load(counting, tmp_path)
    assert made == [1]


def test_a_table_of_an_earlier_version_is_removed_when_the_new_one_is_written(tmp_path):
    path = cut_table_module.table_path(tmp_path)
    older = path.with_name(cut_table_module._stem(path) + "0123456789abcdef.marshal")
    other = tmp_path / "jieba.cache"
    older.write_bytes(b"old")
    other.write_bytes(b"jieba's own")
    cut_table_module.load(tokenizer, tmp_path)
    assert path.exists() and not older.exists() and other.exists()

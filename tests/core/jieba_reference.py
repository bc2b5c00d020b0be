"""jieba's own cut (its Python Tokenizer, with Reader's dictionary words): the reference the
compiled cut (reader.core.words.jieba_ends, jieba-rs) is measured against."""

import logging
from functools import lru_cache

from reader.core.resources import resource_path


@lru_cache(maxsize=1)
def tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    made = jieba.Tokenizer()
    made.initialize()
    made.load_userdict(str(resource_path("userdict.txt")))
    return made


def jiebas_own(text: str, offset: int = 0) -> list[int]:
    """The end of every word of jieba's Tokenizer.cut(text, HMM=True), plus offset."""
    ends, pos = [], offset
    for word in tokenizer().cut(text, HMM=True):
        pos += len(word)
        ends.append(pos)
    return ends

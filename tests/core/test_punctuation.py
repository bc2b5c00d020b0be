from reader.core.punctuation import clean_punctuation


def test_marks_beside_chinese_become_full_width():
    assert clean_punctuation("《通知》指出,學習") == "《通知》指出，學習"
    assert clean_punctuation("來源:《工人日報》") == "來源：《工人日報》"
    assert clean_punctuation("(以下簡稱《通知》),要求") == "（以下簡稱《通知》），要求"
    assert clean_punctuation("真的嗎?好!") == "真的嗎？好！"


def test_latin_and_numbers_keep_theirs():
    assert clean_punctuation("14:04") == "14:04"
    assert clean_punctuation("2022年11月02日14:04") == "2022年11月02日14:04"
    assert clean_punctuation("Hello, world (test)!") == "Hello, world (test)!"
    assert clean_punctuation("函數f(x)很好") == "函數f(x)很好"


def test_length_and_positions_are_kept(notice_text):
    cleaned = clean_punctuation(notice_text)
    assert len(cleaned) == len(notice_text)
    assert all(a == b or b in "，：；（）！？" for a, b in zip(notice_text, cleaned))
    assert "14:04" in cleaned and "指出，" in cleaned and "來源：" in cleaned

import codecs
import hashlib
from pathlib import Path

import pytest

from reader.core import document
from reader.core.document import DocumentError, decode_bytes, load_document

SIMPLIFIED = (
    "全国总工会印发关于认真学习宣传贯彻党的二十大精神的通知。组织动员亿万职工为实现党的二十大确定的各项任务而团结奋斗。"
)
TRADITIONAL = (
    "全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知。組織動員億萬職工為實現黨的二十大確定的各項任務而團結奮斗。"
)


@pytest.mark.parametrize(
    "text, data, encoding",
    [
        (TRADITIONAL, TRADITIONAL.encode("utf-8"), "utf-8"),
        (TRADITIONAL, codecs.BOM_UTF8 + TRADITIONAL.encode("utf-8"), "utf-8-sig"),
        (TRADITIONAL, TRADITIONAL.encode("utf-16"), "utf-16"),
        (TRADITIONAL, codecs.BOM_UTF16_BE + TRADITIONAL.encode("utf-16-be"), "utf-16"),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("gb18030"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030-simplified", "gb18030-traditional", "big5"],
)
def test_each_encoding_decodes(tmp_path, text, data, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    doc = load_document(path)
    assert doc.text == text
    assert doc.encoding == encoding


def test_the_notice_decodes_in_every_encoding_it_fits(tmp_path, notice_text):
    for encoding in ("utf-8", "gb18030", "utf-16"):
        path = tmp_path / f"notice-{encoding}.txt"
        path.write_bytes(notice_text.encode(encoding))
        assert load_document(path).text == notice_text


def test_newlines_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一行\r\n第二行\r第三行\n".encode())
    assert load_document(path).text == "第一行\n第二行\n第三行\n"


def test_content_hash_ignores_newline_style(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes("甲\r\n乙".encode())
    b.write_bytes("甲\n乙".encode())
    assert load_document(a).content_hash == load_document(b).content_hash


def _reason(path) -> str:
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert str(path) in str(info.value)  # the message names the file
    assert info.value.code in ("missing", "folder", "too_large", "permission", "binary", "undecodable", "empty")
    return info.value.reason


def test_missing_file(tmp_path):
    assert _reason(tmp_path / "nowhere.txt") == "file not found"


def test_folder(tmp_path):
    assert "folder" in _reason(tmp_path)


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in _reason(path)


def test_undecodable_file(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\xff\xfe\xfd" * 3 + b"\x81\x20\xfe\x7f" * 5)
    assert "not decodable" in _reason(path) or "not valid" in _reason(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\n  \n")
    assert "empty" in _reason(path)


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(document, "MAX_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_text("字" * 2000, encoding="utf-8")
    assert "too large" in _reason(path)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("秘密", encoding="utf-8")
    # as the file system says it (chmod does not stop root, who runs CI)
    monkeypatch.setattr(
        type(path), "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
    )
    assert "permission" in _reason(path)


def test_decode_bytes_prefers_the_encoding_that_reads_as_chinese():
    text, encoding = decode_bytes(TRADITIONAL.encode("big5"))
    assert encoding == "big5" and text == TRADITIONAL


def test_only_regular_files_open(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError) as info:  # would block for ever on a read
        load_document(fifo)
    assert info.value.code == "special"
    with pytest.raises(DocumentError) as info:  # would read without end
        load_document("/dev/zero")
    assert info.value.code == "special"


def test_utf8_behind_a_utf16_bom_is_read_as_utf8(tmp_path):
    import codecs

    path = tmp_path / "mislabelled.txt"
    text = "全國總工會關於學習宣傳貫徹黨的二十大精神的通知\n各省、自治區、直轄市總工會：\n"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-8"))
    assert load_document(path).text == text
    real = tmp_path / "real-utf16.txt"
    real.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert load_document(real).text == text


_NOVEL = "第一回　風雪山神廟\n\n" + "林沖道：「那行！」兩個便往草料場來，看那雪正下得緊。\n" * 400


def test_a_gb18030_file_cut_in_its_last_character_opens_with_it_marked(tmp_path):
    data = _NOVEL.encode("gb18030")[:-2]  # the newline and half of the last character (。)
    path = tmp_path / "novel.txt"
    path.write_bytes(data)
    doc = load_document(path)
    assert doc.encoding == "gb18030" and doc.damaged == 1
    assert doc.text.startswith("第一回") and doc.text.endswith("\ufffd")


def test_a_long_big5_file_with_a_few_bad_bytes_opens_with_them_counted(tmp_path):
    data = bytearray(_NOVEL.encode("big5"))
    for at in (1001, 9001, 20001):  # a lead byte with an impossible trail byte in three places
        data[at : at + 2] = b"\xa4\x7f"
    path = tmp_path / "novel-big5.txt"
    path.write_bytes(bytes(data).replace(b"\n", b"\r\n"))
    doc = load_document(path)
    assert doc.encoding == "big5" and 1 <= doc.damaged <= 6
    assert "\r" not in doc.text and doc.text.count("\ufffd") == doc.damaged
    assert doc.text.startswith("第一回　風雪山神廟\n\n林沖道")


def test_a_mostly_undecodable_file_is_still_refused(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes("第一回".encode("gb18030") + b"\x81\x20\xfe\x7f\xff" * 400)
    assert "not decodable" in _reason(path)


@pytest.mark.parametrize(
    "data",
    [
        "第一回　甄士隱夢幻識通靈\n　　此開卷第一回也。\n".encode(),
        "第一回\r\n　　此開卷第一回也。\r\n".encode(),  # line breaks normalised
        codecs.BOM_UTF8 + "第一回\n此開卷第一回也。\n".encode(),
        codecs.BOM_UTF16_LE + "第一回\n此開卷第一回也。\n".encode(),  # UTF-8 behind a UTF-16 mark
        "第一回\n此開卷第一回也。\n".encode("utf-16"),
        "第一回\n此开卷第一回也。\n".encode("gb18030"),
        "第一回\r此開卷第一回也。\r\n\n又一回。".encode(),  # old Mac line breaks and Windows ones
        ("第一回\n此開卷第一回也。" * 40).encode() + b"\xff",  # damaged: cut in its last character
    ],
    ids=["utf-8", "crlf", "utf-8-bom", "utf-8-behind-utf-16-bom", "utf-16", "gb18030", "cr-and-crlf", "damaged"],
)
def test_the_content_hash_is_the_texts_whatever_the_file(tmp_path, data):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    document = load_document(path)
    assert document.content_hash == hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    assert document.source_hash == hashlib.sha256(data).hexdigest()


def test_a_utf8_book_is_hashed_once(tmp_path, monkeypatch):
    """A UTF-8 file of line feeds, read as it is: its bytes are its text's UTF-8, so its content
    hash is its source hash, not a second SHA-256 of the text encoded again."""
    data = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_bytes().replace(b"\r\n", b"\n")
    path = tmp_path / "book.txt"
    path.write_bytes(data)
    hashed = []
    real = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda b=b"": hashed.append(len(b)) or real(b))
    document = load_document(path)
    assert hashed == [len(data)]
    assert document.content_hash == document.source_hash == real(data).hexdigest()

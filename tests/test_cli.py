import json
import subprocess
import sys

import opencc
import pytest

from reader import __version__
from reader.cli import main


def run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, timeout=120, **kwargs
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Reader {__version__}"


def test_outline_of_the_bundled_notice(capsys):
    assert main(["outline"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "header: 全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知 [0, 108)"
    assert "  title: 全國總工會印發關於認真學習宣傳貫徹黨的二十大精神的通知 [18, 45)" in lines
    assert sum(1 for line in lines if line.strip().startswith("item: 聚焦到")) == 6
    assert lines[-1] == "credit: (責編:皮博、黃瑾) [1998, 2008)"


def test_outline_of_a_bad_path_fails_clearly(tmp_path):
    result = run("outline", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "missing.txt: file not found" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("script, config", [("simplified", "t2s"), ("traditional", None), ("original", None)])
def test_convert_matches_opencc(capsys, notice_text, script, config):
    assert main(["convert", "--script", script]) == 0
    expected = opencc.OpenCC(config).convert(notice_text) if config else notice_text
    assert capsys.readouterr().out == expected


def test_export_and_import_headless(tmp_path, notice_copy, data_dir, capsys):
    from reader.core.session import Session

    s = Session.open(notice_copy, data_dir)
    start = s.text.index("工匠精神")
    s.apply(None, s.new_annotation(start, start + 4, note="筆記"))
    s.save()
    out = tmp_path / "notes.json"
    assert main(["export", str(notice_copy), "--format", "json", "--script", "simplified", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["first"]["items"][0]["target"]["selector"][0]["exact"] == "工匠精神"
    assert main(["export", str(notice_copy), "--format", "md"]) == 0
    assert "> 工匠精神" in capsys.readouterr().out
    # into a fresh data folder for the same text: the import restores it
    other = tmp_path / "other-data"
    result = run("import", str(notice_copy), str(out), env={"READER_DATA_DIR": str(other), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 1, updated 0, unchanged 0, orphaned 0"
    assert [a.note for a in Session.open(notice_copy, other).annotations] == ["筆記"]


def test_import_of_a_bad_file_says_why(tmp_path, notice_copy):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run("import", str(notice_copy), str(bad), env={"READER_DATA_DIR": str(tmp_path / "d"), "PATH": ""})
    assert result.returncode == 1 and "not JSON" in result.stderr

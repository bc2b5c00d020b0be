import shutil
import subprocess

import pytest

from reader import desktop_install
from reader.cli import main
from reader.core.formats import MIME_TYPES


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_and_uninstall_exactly(xdg, capsys):
    (xdg / "applications").mkdir(parents=True)
    other = xdg / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert main(["--install-desktop"]) == 0
    installed = [line.split(" ", 1)[1] for line in capsys.readouterr().out.splitlines()]
    entry = xdg / "applications" / "reader.desktop"
    assert str(entry) in installed
    assert (xdg / "icons/hicolor/48x48/apps/reader.png").exists()
    assert (xdg / "icons/hicolor/scalable/apps/reader.svg").exists()
    text = entry.read_text(encoding="utf-8")
    mime = next(line for line in text.splitlines() if line.startswith("MimeType="))
    assert set(mime[len("MimeType=") :].rstrip(";").split(";")) == set(MIME_TYPES)
    assert "application/pdf" in MIME_TYPES and "application/epub+zip" in MIME_TYPES
    assert "Exec=" in text and text.split("Exec=")[1].split("\n")[0].endswith(" %F")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    assert main(["--uninstall-desktop"]) == 0
    assert not entry.exists() and not (xdg / "icons/hicolor/48x48/apps/reader.png").exists()
    assert other.exists()  # only what the install wrote is removed
    assert main(["--uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_the_shipped_desktop_file_validates():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate is not installed")
    path = desktop_install.resource_path("reader.desktop")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_icons_at_the_usual_sizes():
    icons = desktop_install.resource_path("icons")
    assert {p.name for p in icons.glob("*.png")} >= {f"reader-{s}.png" for s in (16, 32, 48, 64, 128, 256)}


def test_the_shipped_desktop_file_lists_every_format_reader_opens():
    text = desktop_install.resource_path("reader.desktop").read_text(encoding="utf-8")
    mime = next(line for line in text.splitlines() if line.startswith("MimeType="))
    assert mime == "MimeType=" + "".join(f"{m};" for m in MIME_TYPES)

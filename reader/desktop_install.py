"""`reader --install-desktop`: a launcher and icons under the user's XDG data folder, so Reader
appears in the desktop's menu and in "Open with" for the files Reader reads (text, Markdown,
web pages, Word, PDF, EPUB: the MIME types of reader.core.formats); `--uninstall-desktop`
removes exactly the files the install wrote (they are listed in a manifest beside them)."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from reader.core.formats import MIME_TYPES
from reader.core.resources import resource_path

MANIFEST = "reader-desktop-install.json"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> list[str]:
    """How the desktop should start this Reader: the frozen app, the `reader` script, or
    this Python with -m reader."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == "reader" and script.exists():
        return [str(script.resolve())]
    found = shutil.which("reader")
    if found:
        return [found]
    return [sys.executable, "-m", "reader"]


def _desktop_entry(command: list[str]) -> str:
    text = resource_path("reader.desktop").read_text(encoding="utf-8")
    # %F: several files chosen in a file manager come in one launch, each a tab of one Reader
    exec_line = " ".join(shlex.quote(part) for part in command) + " %F"
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        elif line.startswith("MimeType="):  # always the formats this Reader opens
            line = "MimeType=" + "".join(f"{m};" for m in MIME_TYPES)
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(command: list[str] | None = None) -> list[Path]:
    home = data_home()
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    write(home / "applications" / "reader.desktop", _desktop_entry(command or launcher_command()).encode("utf-8"))
    write(home / "icons" / "hicolor" / "scalable" / "apps" / "reader.svg", resource_path("reader.svg").read_bytes())
    icons = resource_path("icons")
    for png in sorted(icons.glob("reader-*.png")):
        size = png.stem.split("-")[1]
        write(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reader.png", png.read_bytes())
    manifest = home / MANIFEST
    manifest.write_text(json.dumps([str(p) for p in written], indent=2), encoding="utf-8")
    _refresh(home)
    return written


def uninstall() -> list[Path]:
    home = data_home()
    manifest = home / MANIFEST
    if not manifest.exists():
        return []
    removed = []
    for name in json.loads(manifest.read_text(encoding="utf-8")):
        path = Path(name)
        if path.is_file():
            path.unlink()
            removed.append(path)
    manifest.unlink()
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Let the desktop notice at once, where its cache tools are installed."""
    for command in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, check=False)

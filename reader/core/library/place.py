"""Where the library keeps its files in a data folder: known without importing the catalogue
(and sqlite3), so a document opened where there is no library yet looks no further."""

from __future__ import annotations

from pathlib import Path

FOLDER = "library"


def members_file(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER / "members.json"


def database_file(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER / "catalogue.sqlite"

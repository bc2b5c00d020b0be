"""Paths of the files shipped in the package (resources/ is installed as reader.resources)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _folder() -> Path:
    try:
        return Path(str(resources.files("reader.resources")))
    except ModuleNotFoundError:
        # a stand-alone bundle keeps the files beside the package; a bare checkout at its top
        here = Path(__file__).resolve().parent.parent
        for candidate in (here / "resources", here.parent / "resources"):
            if (candidate / "notice.txt").exists():
                return candidate
        raise


def resource_path(name: str) -> Path:
    return _folder() / name


def notice_path() -> Path:
    return resource_path("notice.txt")

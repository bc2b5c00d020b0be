"""Paths of the files shipped in the package (resources/ is installed as reader.resources)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(resources.files("reader.resources").joinpath(name)))


def notice_path() -> Path:
    return resource_path("notice.txt")

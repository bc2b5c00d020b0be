"""Every setting Reader keeps, typed, in one place.

`Settings` is the QSettings of the data folder (an INI file, so READER_DATA_DIR really holds
everything Reader writes) with a typed accessor for each key: no module but these
(settings_export, settings_reading: the export dialog's and Preferences' keys) spells a key.
QSettings' INI format hands back strings for what it stored as bools and ints, and a one-item
list as a plain string; the accessors here turn them back. Every value is checked, type and
range, as it is read: a hand-edited one that does not parse or is out of range (zoom=10000, an
unknown script variant or interface language, a recent list of 100,000,000 entries) falls back
to its default, the key is removed, and `problems` says which, for the window to tell."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QLocale

from reader.core.identity import settings_group
from reader.core.script_names import DEFAULT_VARIANT, TRADITIONAL_VARIANTS, Script
from reader.gui.settings_held import HeldSettings

RECENT_MAX = 10
ZOOM_RANGE = (-6, 12)
"""Zoom steps as the view allows them (DocumentView.zoom)."""


class Recent(NamedTuple):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """A document in File ▸ Open Recent: its path and the title the menu shows."""

    path: str
    title: str


class TabsState(
    NamedTuple
):  # a NamedTuple, not a frozen dataclass: made at launch, 2-3 M instructions fewer (issue 32)
    """The open tabs of each pane (file paths, in tab order), whether the second pane shows,
    and the document the reader was in."""

    panes: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    split: bool = False
    current: str = ""


def default_variant() -> str:
    """Hong Kong forms for a reader in Hong Kong, Taiwan forms elsewhere."""
    return "s2hk" if QLocale.system().name() in ("zh_HK", "zh_MO") else DEFAULT_VARIANT


def text_value(raw) -> str:
    """A setting that is one string (QSettings makes "a, b" a list: not one)."""
    if not isinstance(raw, str):
        raise TypeError(type(raw).__name__)
    return raw


def path_value(raw) -> str:
    """A setting that is a file path: text a path can be (no NUL, not longer than a path can be)."""
    text = text_value(raw)
    if "\0" in text or len(text) > 4096:
        raise ValueError("not a path")
    return text


def _strings(raw) -> list[str]:
    if not raw:
        return []
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


class Settings(HeldSettings):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self.problems: list[str] = []
        """Settings found unusable and reset ("view/zoom = 10000"), in the order found."""

    def _reset(self, key: str, raw) -> None:
        """A stored value that cannot be used: noted once, and removed so its default stands."""
        note = f"{key} = {str(raw)[:60]}"
        if note not in self.problems:
            self.problems.append(note)
        self.remove(key)

    def checked(self, key: str, default, parse, valid=lambda _value: True):
        """The value at key, parsed and valid, else default (and the key reset). Public for the
        modules that keep a group of keys of their own (settings_export, settings_reading)."""
        raw = self.value(key)
        if raw is None:
            return default
        try:
            value = parse(raw)
        except (TypeError, ValueError, OverflowError):
            value = None
        if value is None or not valid(value):
            self._reset(key, raw)
            return default
        return value

    def checked_bool(self, key: str, default: bool | None) -> bool | None:
        return self.checked(
            key, default, lambda raw: {"true": True, "1": True, "false": False, "0": False}.get(str(raw).lower())
        )

    def check_all(self) -> list[str]:
        """Read every setting once, so that all the unusable ones are in `problems` at launch."""
        from reader.gui.settings_export import export_values  # here, not at the top: they import this module
        from reader.gui.settings_reading import reading_prefs

        for read in (
            lambda: self.language,
            lambda: self.zoom,
            lambda: self.sync_scrolling,
            lambda: self.pinyin_zhuyin,
            lambda: self.pinyin_tone_colours,
            lambda: self.hover_lookup,
            lambda: reading_prefs(self),
            lambda: self.variant,
            self.recent,
            lambda: self.tabs,
            lambda: export_values(self),
            self.shortcuts,
        ):
            read()
        return self.problems

    # -- the interface -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "" follows the system; otherwise a locale name such as "zh_CN"."""
        from reader.gui.language import LANGUAGES

        return self.checked("ui/language", "", text_value, lambda choice: choice in ("", *LANGUAGES))

    @language.setter
    def language(self, choice: str) -> None:
        self.setValue("ui/language", choice)

    def shortcuts(self) -> dict[str, str]:
        """The reader's own shortcuts: action name → portable key text (several joined by ", ")."""
        self.beginGroup("shortcuts")
        overrides = {key: self.value(key) for key in self.childKeys()}
        self.endGroup()
        # a list is what QSettings makes of "Ctrl+A, Ctrl+B": the several keys, joined again
        return {
            key: ", ".join(str(k).strip() for k in keys) if isinstance(keys, list) else keys
            for key, keys in overrides.items()
            if isinstance(keys, (str, list))
        }

    def set_shortcut(self, name: str, keys: str) -> None:
        self.setValue(f"shortcuts/{name}", keys)

    def reset_shortcuts(self) -> None:
        self.remove("shortcuts")

    # -- the window --------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.setValue("window/state", value)

    @property
    def later_docks(self) -> list[str]:
        """The docks made when first asked for (reader.gui.panels) that showed when the window
        closed: the next window makes them at once, where the layout (window_state) puts them."""
        value = self.value("window/later_docks")
        values = value if isinstance(value, list) else [value]  # INI reads one name back as a string
        return [v for v in values if isinstance(v, str) and v]

    @later_docks.setter
    def later_docks(self, names: list[str]) -> None:
        self.setValue("window/later_docks", names)

    @property
    def zoom(self) -> int:
        return self.checked("view/zoom", 0, int, lambda steps: ZOOM_RANGE[0] <= steps <= ZOOM_RANGE[1])

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.setValue("view/zoom", steps)

    @property
    def sync_scrolling(self) -> bool:
        return self.checked_bool("view/sync_scrolling", False)

    @sync_scrolling.setter
    def sync_scrolling(self, on: bool) -> None:
        self.setValue("view/sync_scrolling", on)

    # View ▸ Pinyin ▸ Zhuyin, Tone Colours (reader.gui.ruby_style); Edit ▸ Look Up on Hover
    @property
    def pinyin_zhuyin(self) -> bool:
        return self.checked_bool("view/pinyin_zhuyin", False)

    @pinyin_zhuyin.setter
    def pinyin_zhuyin(self, on: bool) -> None:
        self.setValue("view/pinyin_zhuyin", on)

    @property
    def pinyin_tone_colours(self) -> bool:
        return self.checked_bool("view/pinyin_tone_colours", False)

    @pinyin_tone_colours.setter
    def pinyin_tone_colours(self, on: bool) -> None:
        self.setValue("view/pinyin_tone_colours", on)

    @property
    def hover_lookup(self) -> bool:
        return self.checked_bool("view/hover_lookup", False)

    @hover_lookup.setter
    def hover_lookup(self, on: bool) -> None:
        self.setValue("view/hover_lookup", on)

    # -- scripts -----------------------------------------------------------------------------
    @property
    def variant(self) -> str:
        """The Traditional forms a Simplified original is shown in (an OpenCC config)."""
        return self.checked("script/variant", default_variant(), text_value, lambda v: v in TRADITIONAL_VARIANTS)

    @variant.setter
    def variant(self, config: str) -> None:
        self.setValue("script/variant", config)

    # -- documents ---------------------------------------------------------------------------
    def document_script(self, key: str) -> Script:
        """The script a document was last shown in (`key`: its identity, reader.core.identity)."""
        return self.checked(f"{settings_group(key)}/script", Script.ORIGINAL, lambda raw: Script(text_value(raw)))

    def set_document_script(self, key: str, script: Script) -> None:
        self.setValue(f"{settings_group(key)}/script", script.value)

    def document_position(self, key: str) -> int:
        """Where the caret was in a document, as an original offset."""
        return self.checked(f"{settings_group(key)}/position", 0, int, lambda pos: 0 <= pos < 2**31)

    def set_document_position(self, key: str, pos: int) -> None:
        self.setValue(f"{settings_group(key)}/position", pos)

    def adopt_document(self, key: str, former: str) -> None:
        """A document's settings kept under another name (before 0.10 the settings named a
        moved document by its new path, not by its identity): moved to its identity, unless
        it has settings of its own already."""
        if key == former or self.childKeys_of(settings_group(key)):
            return
        for name in self.childKeys_of(settings_group(former)):
            self.setValue(f"{settings_group(key)}/{name}", self.value(f"{settings_group(former)}/{name}"))
        self.remove(settings_group(former))

    def childKeys_of(self, group: str) -> list[str]:
        self.beginGroup(group)
        try:
            return self.childKeys()
        finally:
            self.endGroup()

    @property
    def last_path(self) -> Path | None:
        last = self.checked("last/path", "", path_value)
        return Path(last) if last else None

    @last_path.setter
    def last_path(self, path: Path) -> None:
        self.setValue("last/path", str(path))

    def recent(self) -> list[Recent]:
        """The documents opened last, newest first (File ▸ Open Recent)."""
        count = self.beginReadArray("recent")
        out = []
        for i in range(min(count, RECENT_MAX)):  # a hand-edited size=100000000 reads ten
            self.setArrayIndex(i)
            path, title = self.value("path", ""), self.value("title", "")
            if path and isinstance(path, str):
                out.append(Recent(path, (title if isinstance(title, str) else "") or Path(path).name))
        self.endArray()
        if count > RECENT_MAX and "recent/size" not in " ".join(self.problems):
            self.problems.append(f"recent/size = {count}")
        if not count:  # before 0.9 the list was one value of "path\ttitle" strings
            for entry in _strings(self.value("recent")):
                path, _, title = entry.partition("\t")
                out.append(Recent(path, title or Path(path).name))
        return out

    def remember_recent(self, path: Path | str, title: str) -> None:
        entries = [Recent(str(path), title), *(r for r in self.recent() if r.path != str(path))][:RECENT_MAX]
        self.remove("recent")
        # the keys QSettings' arrays are kept under (recent/1/path …, recent/size), spelled
        # whole: a change held while the data folder is gone is kept by its whole key
        for i, entry in enumerate(entries, 1):
            self.setValue(f"recent/{i}/path", entry.path)
            self.setValue(f"recent/{i}/title", entry.title)
        self.setValue("recent/size", len(entries))

    @property
    def tabs(self) -> TabsState:
        panes = tuple(
            self.checked(f"tabs/pane{n}", (), lambda raw: tuple(map(path_value, _strings(raw)))) for n in (0, 1)
        )
        return TabsState(panes, self.checked_bool("tabs/split", False), self.checked("tabs/current", "", path_value))

    @tabs.setter
    def tabs(self, state: TabsState) -> None:
        # an empty list is stored as an empty string: a pane without tabs reads back as ()
        self.setValue("tabs/pane0", list(state.panes[0]))
        self.setValue("tabs/pane1", list(state.panes[1]))
        self.setValue("tabs/split", state.split)
        if state.current:
            self.setValue("tabs/current", state.current)

    # -- a sync tool's copies of this file (reader.gui.settings_copies) ----------------------
    @property
    def copies_taken(self) -> list[str]:
        """The names of the conflict copies of this file taken in already (each is taken once)."""
        return self.checked("sync/copies_taken", [], lambda raw: [path_value(n) for n in _strings(raw)])

    @copies_taken.setter
    def copies_taken(self, names: list[str]) -> None:
        self.setValue("sync/copies_taken", names)

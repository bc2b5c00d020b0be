"""Every setting Reader keeps, typed, in one place.

`Settings` is the QSettings of the data folder (an INI file, so READER_DATA_DIR really holds
everything Reader writes) with a typed accessor for each key: no other module spells a key.
QSettings' INI format hands back strings for what it stored as bools and ints, and a one-item
list as a plain string; the accessors here turn them back. Every value is checked, type and
range, as it is read: a hand-edited one that does not parse or is out of range (zoom=10000, an
unknown script variant or interface language, a recent list of 100,000,000 entries) falls back
to its default, the key is removed, and `problems` says which, for the window to tell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QSettings

from reader.core.identity import settings_group
from reader.core.script_names import DEFAULT_VARIANT, TRADITIONAL_VARIANTS, Script

if TYPE_CHECKING:
    from reader.gui.export_choice import ExportChoice

RECENT_MAX = 10
ZOOM_RANGE = (-6, 12)
"""Zoom steps as the view allows them (DocumentView.zoom)."""


@dataclass(frozen=True)
class Recent:
    """A document in File ▸ Open Recent: its path and the title the menu shows."""

    path: str
    title: str


@dataclass(frozen=True)
class TabsState:
    """The open tabs of each pane (file paths, in tab order), whether the second pane shows,
    and the document the reader was in."""

    panes: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    split: bool = False
    current: str = ""


def default_variant() -> str:
    """Hong Kong forms for a reader in Hong Kong, Taiwan forms elsewhere."""
    return "s2hk" if QLocale.system().name() in ("zh_HK", "zh_MO") else DEFAULT_VARIANT


def _text(raw) -> str:
    """A setting that is one string (QSettings makes "a, b" a list: not one)."""
    if not isinstance(raw, str):
        raise TypeError(type(raw).__name__)
    return raw


def _path(raw) -> str:
    """A setting that is a file path: text a path can be (no NUL, not longer than a path can be)."""
    text = _text(raw)
    if "\0" in text or len(text) > 4096:
        raise ValueError("not a path")
    return text


def _strings(raw) -> list[str]:
    if not raw:
        return []
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


def _handout_style(name: str) -> bool:
    """A hand-out style Reader has (the exporters load when first used, not at launch)."""
    from reader.core.export.handout_styles import HANDOUT_STYLES

    return name in (style.name for style in HANDOUT_STYLES)


_REMOVED = object()


class Settings(QSettings):
    def __init__(self, path: Path | str) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)
        self.problems: list[str] = []
        """Settings found unusable and reset ("view/zoom = 10000"), in the order found."""
        self.held: dict[str, object] = {}
        """Changes made while the data folder is gone (reader.core.data_folder), in order:
        kept out of QSettings, whose write would make the folder again at its old path (it
        makes the folders a settings file needs, at any change and when it is destroyed);
        written by write_held once the folder is back. A removed key holds _REMOVED."""
        self.when_held: Callable[[], None] | None = None
        """Told when a change is held (the window says the folder is gone)."""

    def _folder_gone(self) -> bool:
        from reader.core.data_folder import gone, holding

        folder = holding(Path(self.fileName()))
        return folder is not None and gone(folder)

    def setValue(self, key: str, value) -> None:  # noqa: N802 (QSettings' name)
        if self.held or self._folder_gone():
            self.held.pop(key, None)  # a later change goes after the earlier ones
            self.held[key] = value
            self._told()
            return
        super().setValue(key, value)

    def remove(self, key: str) -> None:
        if self.held or self._folder_gone():
            for name in [k for k in self.held if k == key or k.startswith(key + "/")]:
                del self.held[name]
            self.held[key] = _REMOVED
            self._told()
            return
        super().remove(key)

    def _told(self) -> None:
        if self.when_held is not None:
            self.when_held()

    def value(self, key: str, default=None, type=None):  # noqa: A002 (QSettings' name)
        if self.held:
            found = self._held_value(key)
            if found is not None:
                return None if found is _REMOVED else found
        return super().value(key, default) if type is None else super().value(key, default, type)

    def _held_value(self, key: str):
        for name in reversed(self.held):
            if name == key:
                return self.held[name]
            if self.held[name] is _REMOVED and key.startswith(name + "/"):
                return _REMOVED
        return None

    def sync(self) -> None:
        if not self.held:  # nothing is in QSettings unwritten while the folder is gone
            super().sync()

    def write_held(self) -> None:
        """Write the changes kept while the data folder was gone, once it is back."""
        if not self.held or self._folder_gone():
            return
        held, self.held = self.held, {}
        for key, value in held.items():
            if value is _REMOVED:
                super().remove(key)
            else:
                super().setValue(key, value)
        super().sync()

    def _reset(self, key: str, raw) -> None:
        """A stored value that cannot be used: noted once, and removed so its default stands."""
        note = f"{key} = {str(raw)[:60]}"
        if note not in self.problems:
            self.problems.append(note)
        self.remove(key)

    def _checked(self, key: str, default, parse, valid=lambda _value: True):
        """The value at key, parsed and valid, else default (and the key reset)."""
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

    def _checked_bool(self, key: str, default: bool | None) -> bool | None:
        return self._checked(
            key, default, lambda raw: {"true": True, "1": True, "false": False, "0": False}.get(str(raw).lower())
        )

    def check_all(self) -> list[str]:
        """Read every setting once, so that all the unusable ones are in `problems` at launch."""
        for read in (
            lambda: self.language,
            lambda: self.zoom,
            lambda: self.sync_scrolling,
            lambda: self.pinyin_zhuyin,
            lambda: self.pinyin_tone_colours,
            lambda: self.hover_lookup,
            self.reading_prefs,
            lambda: self.variant,
            self.recent,
            lambda: self.tabs,
            self._export_values,
            self.shortcuts,
        ):
            read()
        return self.problems

    # -- the interface -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "" follows the system; otherwise a locale name such as "zh_CN"."""
        from reader.gui.language import LANGUAGES

        return self._checked("ui/language", "", _text, lambda choice: choice in ("", *LANGUAGES))

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
        return self._checked("view/zoom", 0, int, lambda steps: ZOOM_RANGE[0] <= steps <= ZOOM_RANGE[1])

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.setValue("view/zoom", steps)

    @property
    def sync_scrolling(self) -> bool:
        return self._checked_bool("view/sync_scrolling", False)

    @sync_scrolling.setter
    def sync_scrolling(self, on: bool) -> None:
        self.setValue("view/sync_scrolling", on)

    # View ▸ Pinyin ▸ Zhuyin, Tone Colours (reader.gui.ruby_style); Edit ▸ Look Up on Hover
    @property
    def pinyin_zhuyin(self) -> bool:
        return self._checked_bool("view/pinyin_zhuyin", False)

    @pinyin_zhuyin.setter
    def pinyin_zhuyin(self, on: bool) -> None:
        self.setValue("view/pinyin_zhuyin", on)

    @property
    def pinyin_tone_colours(self) -> bool:
        return self._checked_bool("view/pinyin_tone_colours", False)

    @pinyin_tone_colours.setter
    def pinyin_tone_colours(self, on: bool) -> None:
        self.setValue("view/pinyin_tone_colours", on)

    @property
    def hover_lookup(self) -> bool:
        return self._checked_bool("view/hover_lookup", False)

    @hover_lookup.setter
    def hover_lookup(self, on: bool) -> None:
        self.setValue("view/hover_lookup", on)

    def reading_prefs(self):
        """The reading comfort chosen in Preferences (a ReadingPrefs)."""
        from reader.gui.reading_prefs import RANGES, ReadingPrefs
        from reader.gui.theme import THEMES

        values = {}
        for f in fields(ReadingPrefs):
            key = f"reading/{f.name}"
            if f.type in ("bool", bool):
                values[f.name] = self._checked_bool(key, f.default)
                continue
            low, high = RANGES.get(f.name, (None, None))
            kind = type(f.default)

            def parse(raw, kind=kind):
                # a number as this process stored it, or as text from the file; never a list
                return kind(raw if isinstance(raw, (int, float)) and kind is not str else _text(raw))

            def valid(value, name=f.name, low=low, high=high) -> bool:
                if name == "theme":
                    return value in THEMES
                return low is None or low <= value <= high  # NaN is in no range

            values[f.name] = self._checked(key, f.default, parse, valid)
        return ReadingPrefs(**values)

    def set_reading_prefs(self, prefs) -> None:
        for key, value in asdict(prefs).items():
            self.setValue(f"reading/{key}", value)

    # -- scripts -----------------------------------------------------------------------------
    @property
    def variant(self) -> str:
        """The Traditional forms a Simplified original is shown in (an OpenCC config)."""
        return self._checked("script/variant", default_variant(), _text, lambda v: v in TRADITIONAL_VARIANTS)

    @variant.setter
    def variant(self, config: str) -> None:
        self.setValue("script/variant", config)

    # -- documents ---------------------------------------------------------------------------
    def document_script(self, key: str) -> Script:
        """The script a document was last shown in (`key`: its identity, reader.core.identity)."""
        return self._checked(f"{settings_group(key)}/script", Script.ORIGINAL, lambda raw: Script(_text(raw)))

    def set_document_script(self, key: str, script: Script) -> None:
        self.setValue(f"{settings_group(key)}/script", script.value)

    def document_position(self, key: str) -> int:
        """Where the caret was in a document, as an original offset."""
        return self._checked(f"{settings_group(key)}/position", 0, int, lambda pos: 0 <= pos < 2**31)

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
        last = self._checked("last/path", "", _path)
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
        panes = tuple(self._checked(f"tabs/pane{n}", (), lambda raw: tuple(map(_path, _strings(raw)))) for n in (0, 1))
        return TabsState(panes, self._checked_bool("tabs/split", False), self._checked("tabs/current", "", _path))

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
        return self._checked("sync/copies_taken", [], lambda raw: [_path(n) for n in _strings(raw)])

    @copies_taken.setter
    def copies_taken(self, names: list[str]) -> None:
        self.setValue("sync/copies_taken", names)

    # -- the export dialog -------------------------------------------------------------------
    @property
    def export_choice(self) -> ExportChoice:
        from reader.gui.export_choice import ExportChoice  # with the export dialog, not at launch

        return ExportChoice(**self._export_values())

    def _export_values(self) -> dict:
        """The export choices stored and usable, by ExportChoice's field (those missing or reset
        take its defaults): check_all reads them without making one."""
        read = {
            "format": self._checked("export/format", None, _text),
            "script": self._checked("export/script", None, _text, lambda s: s in ("", *Script)),
            "scope": self._checked("export/scope", None, _text),
            # one string, not a list: QSettings' INI files give a one-item list back as a plain string
            "colours": self._checked("export/colours", None, lambda raw: tuple(n for n in _text(raw).split(",") if n)),
            "whole_text": self._checked_bool("export/whole_text", None),
            "folder": self._checked("export/folder", None, _path),
            "style": self._checked("export/style", None, _text, _handout_style),
            "summary": self._checked_bool("export/summary", None),
        }
        return {name: value for name, value in read.items() if value is not None}

    @export_choice.setter
    def export_choice(self, choice: ExportChoice) -> None:
        for key, value in asdict(choice).items():
            if key == "colours":
                if value is None:  # every colour: nothing to store
                    self.remove("export/colours")
                    continue
                value = ",".join(value)
            self.setValue(f"export/{key}", value)

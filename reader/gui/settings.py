"""Every setting Reader keeps, typed, in one place.

`Settings` is the QSettings of the data folder (an INI file, so READER_DATA_DIR really holds
everything Reader writes) with a typed accessor for each key: no other module spells a key.
QSettings' INI format hands back strings for what it stored as bools and ints, and a one-item
list as a plain string; the accessors here turn them back, and a hand-edited value that does not
parse falls back to its default rather than failing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from reader.core.scripts import DEFAULT_VARIANT, Script

RECENT_MAX = 10


@dataclass(frozen=True)
class Recent:
    path: str
    title: str


@dataclass(frozen=True)
class TabsState:
    """The open tabs of each pane (file paths, in tab order), whether the second pane shows,
    and the document the reader was in."""

    panes: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    split: bool = False
    current: str = ""


@dataclass(frozen=True)
class ExportChoice:
    """What the export dialog was last set to."""

    format: str = "docx"  # a hand-out to pass on, the first time
    script: str = ""  # "" : the script on screen
    scope: str = "all"
    colours: tuple[str, ...] | None = None  # None: every colour, and the notes without one
    whole_text: bool = False
    folder: str = field(default_factory=lambda: str(Path.home()))
    style: str = "study"  # a Word hand-out's look (core/export/handout_styles.py)
    summary: bool = False  # a Word hand-out opens with a table of highlights per section and colour


def default_variant() -> str:
    """Hong Kong forms for a reader in Hong Kong, Taiwan forms elsewhere."""
    return "s2hk" if QLocale.system().name() in ("zh_HK", "zh_MO") else DEFAULT_VARIANT


def _bool(raw, default: bool) -> bool:
    if raw is None:
        return default
    return str(raw).lower() in ("true", "1")


def _int(raw, default: int) -> int:
    try:
        return int(raw)
    except (TypeError, ValueError):
        return default


def _strings(raw) -> list[str]:
    if not raw:
        return []
    return [raw] if isinstance(raw, str) else [str(v) for v in raw]


class Settings(QSettings):
    def __init__(self, path: Path | str) -> None:
        super().__init__(str(path), QSettings.Format.IniFormat)

    # -- the interface -----------------------------------------------------------------------
    @property
    def language(self) -> str:
        """ "" follows the system; otherwise a locale name such as "zh_CN"."""
        return str(self.value("ui/language", ""))

    @language.setter
    def language(self, choice: str) -> None:
        self.setValue("ui/language", choice)

    def shortcuts(self) -> dict[str, str]:
        """The reader's own shortcuts: action name → portable key text (several joined by ", ")."""
        self.beginGroup("shortcuts")
        overrides = {key: str(self.value(key)) for key in self.childKeys()}
        self.endGroup()
        return overrides

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
    def zoom(self) -> int:
        return _int(self.value("view/zoom"), 0)

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self.setValue("view/zoom", steps)

    @property
    def sync_scrolling(self) -> bool:
        return _bool(self.value("view/sync_scrolling"), False)

    @sync_scrolling.setter
    def sync_scrolling(self, on: bool) -> None:
        self.setValue("view/sync_scrolling", on)

    def reading_prefs(self):
        """The reading comfort chosen in Preferences (a ReadingPrefs)."""
        from reader.gui.preferences import ReadingPrefs
        from reader.gui.theme import THEMES

        values = {}
        for f in fields(ReadingPrefs):
            raw = self.value(f"reading/{f.name}")
            if raw is None:
                continue
            try:
                values[f.name] = _bool(raw, f.default) if f.type in ("bool", bool) else type(f.default)(raw)
            except (TypeError, ValueError):
                continue  # a hand-edited value that does not parse keeps its default
        prefs = ReadingPrefs(**values)
        return prefs if prefs.theme in THEMES else replace(prefs, theme="system")

    def set_reading_prefs(self, prefs) -> None:
        for key, value in asdict(prefs).items():
            self.setValue(f"reading/{key}", value)

    # -- scripts -----------------------------------------------------------------------------
    @property
    def variant(self) -> str:
        """The Traditional forms a Simplified original is shown in (an OpenCC config)."""
        return str(self.value("script/variant", default_variant()))

    @variant.setter
    def variant(self, config: str) -> None:
        self.setValue("script/variant", config)

    # -- documents ---------------------------------------------------------------------------
    def document_script(self, key: str) -> Script:
        """The script a document was last shown in (`key`: its store key)."""
        try:
            return Script(str(self.value(f"documents/{key}/script", Script.ORIGINAL.value)))
        except ValueError:
            return Script.ORIGINAL

    def set_document_script(self, key: str, script: Script) -> None:
        self.setValue(f"documents/{key}/script", script.value)

    def document_position(self, key: str) -> int:
        """Where the caret was in a document, as an original offset."""
        return max(0, _int(self.value(f"documents/{key}/position"), 0))

    def set_document_position(self, key: str, pos: int) -> None:
        self.setValue(f"documents/{key}/position", pos)

    @property
    def last_path(self) -> Path | None:
        last = self.value("last/path")
        return Path(str(last)) if last else None

    @last_path.setter
    def last_path(self, path: Path) -> None:
        self.setValue("last/path", str(path))

    def recent(self) -> list[Recent]:
        """The documents opened last, newest first (File ▸ Open Recent)."""
        count = self.beginReadArray("recent")
        out = []
        for i in range(count):
            self.setArrayIndex(i)
            path = str(self.value("path", ""))
            if path:
                out.append(Recent(path, str(self.value("title", "")) or Path(path).name))
        self.endArray()
        if not count:  # before 0.9 the list was one value of "path\ttitle" strings
            for entry in _strings(self.value("recent")):
                path, _, title = entry.partition("\t")
                out.append(Recent(path, title or Path(path).name))
        return out

    def remember_recent(self, path: Path | str, title: str) -> None:
        entries = [Recent(str(path), title), *(r for r in self.recent() if r.path != str(path))][:RECENT_MAX]
        self.remove("recent")
        self.beginWriteArray("recent", len(entries))
        for i, entry in enumerate(entries):
            self.setArrayIndex(i)
            self.setValue("path", entry.path)
            self.setValue("title", entry.title)
        self.endArray()

    @property
    def tabs(self) -> TabsState:
        panes = (tuple(_strings(self.value("tabs/pane0"))), tuple(_strings(self.value("tabs/pane1"))))
        return TabsState(panes, _bool(self.value("tabs/split"), False), str(self.value("tabs/current", "")))

    @tabs.setter
    def tabs(self, state: TabsState) -> None:
        # an empty list is stored as an empty string: a pane without tabs reads back as ()
        self.setValue("tabs/pane0", list(state.panes[0]))
        self.setValue("tabs/pane1", list(state.panes[1]))
        self.setValue("tabs/split", state.split)
        if state.current:
            self.setValue("tabs/current", state.current)

    # -- the export dialog -------------------------------------------------------------------
    @property
    def export_choice(self) -> ExportChoice:
        default = ExportChoice()
        colours = self.value("export/colours")
        return ExportChoice(
            format=str(self.value("export/format", default.format)),
            script=str(self.value("export/script", default.script) or ""),
            scope=str(self.value("export/scope", default.scope)),
            # one string, not a list: QSettings' INI files give a one-item list back as a plain string
            colours=None if colours is None else tuple(n for n in str(colours).split(",") if n),
            whole_text=_bool(self.value("export/whole_text"), default.whole_text),
            folder=str(self.value("export/folder", default.folder)),
            style=str(self.value("export/style", default.style)),
            summary=_bool(self.value("export/summary"), default.summary),
        )

    @export_choice.setter
    def export_choice(self, choice: ExportChoice) -> None:
        for key, value in asdict(choice).items():
            if key == "colours":
                if value is None:  # every colour: nothing to store
                    self.remove("export/colours")
                    continue
                value = ",".join(value)
            self.setValue(f"export/{key}", value)

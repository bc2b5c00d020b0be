"""Command line: `reader [PATH...]` opens the window, each file in a tab; the subcommands work
without a screen and use exactly the core calls the window uses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import __version__
from reader.core.collector import launch_done, pause_for_launch
from reader.paths import data_dir

COMMANDS = ("outline", "convert", "export", "import", "compare", "library", "lookup", "pinyin", "vocabulary")


def _document_path(path: str | None) -> Path:
    from reader.core.resources import notice_path

    return Path(path) if path else notice_path()


def _target(output: str) -> Path:
    target = Path(output)
    if target.is_dir():
        raise _Refused(f"{output}: is a folder; give a file name")
    if not target.parent.is_dir():
        raise _Refused(f"{output}: the folder {target.parent} does not exist")
    return target


def _write(data: str | bytes, output: str | None) -> None:
    """To stdout, or atomically to a file: a failed export never leaves half a file."""
    if not output:
        if isinstance(data, str):
            sys.stdout.write(data)
        elif sys.stdout.isatty():  # a Word file or a PDF is no use on a terminal
            raise _Refused("this format is a binary file: give -o FILE (or redirect the output)")
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return
    from reader.core.atomic import atomic_write

    target = _target(output)
    try:
        atomic_write(target, data, shared=True)
    except OSError as exc:
        raise _Refused(f"{output}: {exc.strerror or exc}") from None


def _open_session(path: str | None, variant: str | None = None):
    """The document's session; a store that had to be set aside or records that could not
    be read are said on stderr, never passed over in silence."""
    from reader.core.scripts import DEFAULT_VARIANT
    from reader.core.session import Session

    session = Session.open(_document_path(path), data_dir(), variant or DEFAULT_VARIANT)
    result = session.load_result
    if result.status == "corrupt":
        where = f"was kept aside as {result.backup}" if result.backup else "is left as it is"
        print(f"reader: the annotation file could not be read and {where}", file=sys.stderr)
    elif result.status == "attached":
        print(f"reader: annotations made on {result.message} were attached to this document", file=sys.stderr)
    for info in result.candidates:  # not this document's: said, never passed over
        print(
            f"reader: {info.count} notes made on a text {round(100 * info.similarity)}% like this one ({info.document_path})"
            " are not attached; File ▸ Reattach Notes… in the window attaches them",
            file=sys.stderr,
        )
    for path in result.unmerged:
        print(f"reader: {path} (a sync tool's copy) could not be read; it is kept as it is", file=sys.stderr)
    if session.quarantined:
        print(
            f"reader: {len(session.quarantined)} annotation records could not be read; they are kept in {session.store.path}",
            file=sys.stderr,
        )
    return session


def cmd_outline(args) -> int:
    from reader.core.document import load_document
    from reader.core.outline import document_outline, outline_json

    document = load_document(_document_path(args.path))
    outline = document_outline(document)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(outline_json(outline), ensure_ascii=False, indent=1) + "\n")
        return 0

    def show(node, depth: int) -> None:
        for child in node.children:
            print(f"{'  ' * depth}{child.kind}: {outline.label(child)} [{child.start}, {child.end})")
            show(child, depth + 1)

    show(outline.root, 0)
    return 0


def cmd_convert(args) -> int:
    from reader.core.document import load_document
    from reader.core.scripts import Script, ScriptViews

    document = load_document(_document_path(args.path))
    views = ScriptViews(document.text, variant=args.variant)
    _write(views.get(Script(args.script)).text, args.output)
    return 0


def cmd_export(args) -> int:
    from reader.core.export import FORMATS, WHOLE_TEXT_FORMATS, gather, render, render_bytes
    from reader.core.scripts import Script

    if args.whole_text and args.format not in (*WHOLE_TEXT_FORMATS, "pdf"):
        raise _Refused(f"--whole-text: {args.format} holds the quotes only; use {' or '.join(WHOLE_TEXT_FORMATS)}")
    session = _open_session(args.path, args.variant)
    script = Script(args.script)
    if args.format == "pdf":
        if args.colours is not None or args.scope != "all":
            raise _Refused(
                "a PDF is the whole document with every highlight: --colours and --scope are for the other formats"
            )
        _write_pdf(session, script, args.font, args.output, args.style)
        return 0
    data = gather(
        session,
        script,
        args.scope,
        colours=args.colours,
        whole_text=args.whole_text,
        style=args.style,
        comments=args.comments,
        summary=args.summary,
    )
    if not data.items:  # as the window's export: no file of headings alone, and a failure's code
        raise _Refused(
            f"{session.document.path}: "
            + (
                "none of the annotations is in the chosen scope and colours: nothing was exported"
                if len(session.annotations)
                else "the document has no annotations yet, so there is nothing to export"
            )
        )
    _write(render(data, args.format) if args.format in FORMATS else render_bytes(data, args.format), args.output)
    return 0


def _write_pdf(session, script, font: str | None, output: str | None, style: str = "study") -> None:
    """The PDF the window prints (gui/printing.py: Qt lays out and paginates the page, so the
    command line gives the same file as File ▸ Export as PDF), made on Qt's offscreen platform:
    no screen needed."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from reader.gui.printing import write_pdf
    from reader.gui.reading_prefs import ReadingPrefs, chinese_families

    app = QGuiApplication.instance() or QGuiApplication(["reader"])  # noqa: F841 (fonts need it alive)
    if font and font not in chinese_families():
        raise _Refused(f"--font: {font} is not an installed font that covers Chinese")
    prefs = ReadingPrefs()
    target = _target(output) if output else None
    folder = target.parent if target else Path(tempfile.gettempdir())
    fd, tmp = tempfile.mkstemp(prefix=".reader-export.", suffix=".pdf", dir=folder)
    os.close(fd)
    try:
        write_pdf(tmp, session, script, prefs, style, font or "")
        if target is None:
            _write(Path(tmp).read_bytes(), None)
        else:
            os.replace(tmp, target)  # whole or not at all, as the other formats
    except OSError as exc:
        raise _Refused(f"{output}: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _colour_list(raw: str) -> frozenset[str]:
    """--colours yellow,green,none: names from the style table, "none" for comments."""
    from reader.core.annotations.model import COLOURS
    from reader.core.export import NO_COLOUR

    names = frozenset(n.strip() for n in raw.split(",") if n.strip())
    unknown = sorted(names - {*COLOURS, NO_COLOUR})
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"{', '.join(unknown) or 'no colour given'}: choose from {', '.join((*COLOURS, NO_COLOUR))}"
        )
    return names


def cmd_import(args) -> int:
    from reader.core.export.importing import ForeignSourceError, plan_import
    from reader.core.export.webanno import parse

    session = _open_session(args.path)
    if session.read_only:
        raise _Refused(f"{session.store.path}: {session.store.read_only_reason}; not changed")
    try:
        raw = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _Refused(f"{args.file}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        changes, report = plan_import(session, parse(raw), allow_foreign=args.force)
    except ForeignSourceError as exc:
        raise _Refused(f"{args.file}: {exc}; --force imports them anyway") from None
    for before, after in changes:
        session.apply(before, after)
    session.save()
    renumbered = f" ({report.renumbered} under a new id: their id repeated another)" if report.renumbered else ""
    print(
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, orphaned {report.orphaned}"
        + renumbered
    )
    return 0


def cmd_compare(args) -> int:
    """Two versions of a text: what changed, section by section and word by word (A the older)."""
    from reader.core.compare import Source, compare, render, term_changes
    from reader.core.document import load_document

    sources = [Source.of_document(load_document(path)) for path in (args.a, args.b)]
    comparison = compare(*sources)
    titles = tuple((s.outline.title() if s.outline else "") or s.name for s in sources)
    if titles[0] == titles[1]:  # two versions of one law: told apart by their files
        titles = tuple(f"{title} ({s.name})" for title, s in zip(titles, sources))
    _write(render(comparison, args.format, terms=term_changes(comparison), titles=titles), args.output)
    return 0


def cmd_lookup(args) -> int:
    """A word's dictionary entries, the same whichever script it is typed in."""
    from reader.core.dictionary import Dictionary, dictionary_folder
    from reader.core.user_words import UserWords, user_words_path

    try:
        dictionary = Dictionary.open(dictionary_folder(data_dir()))
    except OSError as exc:
        raise _Refused(f"the dictionary could not be prepared: {exc}") from None
    found = dictionary.lookup(args.word, UserWords.load(user_words_path(data_dir())).words)
    if args.format == "json":
        import json

        data = {"entries": [e.as_json() for e in found.entries]}
        if found.parts:
            data["parts"] = [{"text": p.text, "entries": [e.as_json() for e in p.entries]} for p in found.parts]
        data["user_word"] = found.user_word
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return 0 if found.found or found.user_word else 1
    for entry in found.entries:
        print(f"{entry.simplified} {entry.traditional} [{entry.pinyin}] {' / '.join(entry.glosses)}")
    for part in found.parts:
        for entry in part.entries:
            print(f"{part.text}: {entry.simplified} {entry.traditional} [{entry.pinyin}] {' / '.join(entry.glosses)}")
    if found.user_word:
        print(f"{found.word}: in your words (Treat as One Word)")
    if not found.found and not found.user_word:
        print(f"reader: {args.word}: not in the dictionary", file=sys.stderr)
        return 1
    return 0


def cmd_pinyin(args) -> int:
    """Every word of the document with its reading, in the document's own offsets."""
    from reader.core.document import load_document
    from reader.core.pinyin import word_readings
    from reader.core.scripts import Script, ScriptViews
    from reader.core.user_words import UserWords, user_words_path
    from reader.core.words import word_ends

    document = load_document(_document_path(args.path))
    view = ScriptViews(document.text).get(Script.SIMPLIFIED)
    user_words = UserWords.load(user_words_path(data_dir())).words
    readings = word_readings(document.text, view, word_ends(view.text, user_words))
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps([r.as_json() for r in readings], ensure_ascii=False, indent=0) + "\n")
    else:
        sys.stdout.write("".join(f"{r.start}\t{r.end}\t{r.text}\t{r.pinyin}\n" for r in readings))
    return 0


def cmd_vocabulary(args) -> int:
    """The words added to the vocabulary, as CSV or an Anki deck."""
    from reader.core.vocabulary import Vocabulary, to_anki, to_csv, vocabulary_path

    items = Vocabulary(vocabulary_path(data_dir())).items
    if args.format == "csv":
        _write(to_csv(items), args.output)
        return 0
    if not args.output:
        raise _Refused("an Anki deck is a file: give -o FILE.apkg")
    try:
        to_anki(items, _target(args.output))
    except OSError as exc:
        raise _Refused(f"{args.output}: {exc.strerror or exc}") from None
    print(f"{len(items)} words written to {args.output}")
    return 0


class _Refused(Exception):
    pass


OWN_OPTIONS = ("-h", "--help", "--version", "--install-desktop", "--uninstall-desktop")
"""Options of build_parser's, before a command; any other first word goes to window_parser."""


class _FullHelp(argparse.Action):
    """`reader a.txt --help`: the whole help, commands and all, as `reader --help` gives."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help=argparse.SUPPRESS)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        build_parser().print_help()
        parser.exit()


def window_parser() -> argparse.ArgumentParser:
    """`reader [FILE ...]`: the files the window opens. An option it does not know is said as
    such (usage, exit 2) before any window, never opened as a file (`-- -name.txt` for a file
    whose name starts with a dash). Apart from build_parser, which imports the commands' modules."""
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="%(prog)s [FILE ...]\n       %(prog)s COMMAND ...  (reader --help lists them)",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action=_FullHelp)
    parser.add_argument("--version", action="version", version=f"Reader {__version__}")
    parser.add_argument("files", nargs="*", metavar="FILE")
    return parser


def _window_files(argv: list[str]) -> list[str]:
    """The files `reader [FILE ...]` opens. Words none of which starts with a dash are the files
    as they are, as window_parser would read them, without building it: argparse's help texts
    go through gettext, which looks for catalogues in every language the locale names (7 M
    instructions of the notice's launch)."""
    if not any(word.startswith("-") for word in argv):
        return list(argv)
    return window_parser().parse_intermixed_args(argv).files  # an unknown option: usage, exit 2


def build_parser() -> argparse.ArgumentParser:
    from reader.core.export import EXPORT_FORMATS, SCOPES

    scripts = ("original", "simplified", "traditional")
    variants = ("s2t", "s2tw", "s2twp", "s2hk")
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Reader (研讀): a study reader for Chinese documents.",
        epilog="reader [FILE ...] opens the window with each file in a tab, in order, the last one shown;"
        " when Reader runs already, its window opens them.",
    )
    parser.add_argument("--version", action="version", version=f"Reader {__version__}")
    parser.add_argument("--install-desktop", action="store_true", help="add Reader to the desktop's menu and Open With")
    parser.add_argument("--uninstall-desktop", action="store_true", help="remove what --install-desktop added")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("outline", help="print the section tree (label and range)")
    p.add_argument("path", nargs="?")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_outline)
    p = sub.add_parser("convert", help="print the document in one script")
    p.add_argument("path", nargs="?")
    p.add_argument("--script", choices=scripts, default="simplified")
    p.add_argument(
        "--variant",
        choices=variants,
        default="s2tw",
        help="OpenCC form of Traditional for a Simplified original",
    )
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_convert)
    p = sub.add_parser("export", help="write the stored annotations of a document, or the document as a PDF")
    p.add_argument("path", nargs="?")
    p.add_argument(
        "--format", choices=(*EXPORT_FORMATS, "pdf"), default="md", help="docx: Word; pdf: the printed document"
    )
    p.add_argument("--script", choices=scripts, default="original")
    p.add_argument(
        "--variant", choices=variants, default=None, help="OpenCC form of Traditional for a Simplified original"
    )
    p.add_argument("--scope", choices=[s for s in SCOPES if s != "section"], default="all")
    p.add_argument(
        "--colours", type=_colour_list, default=None, metavar="NAMES", help="only these, e.g. yellow,green,none"
    )
    p.add_argument(
        "--whole-text", action="store_true", help="html, docx: the whole text with the highlights (notes as footnotes)"
    )
    p.add_argument("--comments", action="store_true", help="docx --whole-text: notes as Word comments, not footnotes")
    p.add_argument(
        "--summary", action="store_true", help="docx: 学习笔记, a table of highlights per section and colour first"
    )
    p.add_argument(
        "--style",
        choices=("study", "gongwen"),
        default="study",
        help="docx and pdf: study notes, or gongwen (GB/T 9704)",
    )
    p.add_argument("--font", help="pdf: the font family (default: the first installed CJK font Reader prefers)")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", help="merge annotations from a JSON file into a document's store")
    p.add_argument("path", nargs="?")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="import even when the file names another document")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("compare", help="what changed from one version of a text (A) to another (B)")
    p.add_argument("a", help="the older version")
    p.add_argument("b", help="the newer version")
    # docx: the 新旧对照表, old text | new text article by article (give -o FILE)
    p.add_argument("--format", choices=("md", "html", "json", "docx"), default="md")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_compare)
    p = sub.add_parser("lookup", help="a word's entries in the dictionary (CC-CEDICT), in either script")
    p.add_argument("word")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_lookup)
    p = sub.add_parser("pinyin", help="every word of the document with its pinyin (start, end, text, pinyin)")
    p.add_argument("path", nargs="?")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_pinyin)
    p = sub.add_parser("vocabulary", help="the words added to the vocabulary, as CSV or an Anki deck")
    p.add_argument("--format", choices=("csv", "anki"), default="csv")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_vocabulary)
    from reader.library_cli import add_parser as add_library_parser

    add_library_parser(sub)
    return parser


def _window(files: list[str] | None, smoke_test: bool = False) -> int:
    """The window (reader.app.run), the collector's passes held off until its text has painted."""
    pause_for_launch()
    try:
        from reader.app import run

        return run(files, smoke_test=smoke_test)
    finally:
        launch_done()  # the window closed (or never opened: handed over to a running Reader)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    smoke_test = "--smoke-test" in argv  # start, paint once, quit: for CI and the benchmark
    if smoke_test:
        argv.remove("--smoke-test")
    if not argv or (argv[0] not in COMMANDS and argv[0] not in OWN_OPTIONS):
        files = _window_files(argv)
        return _window(files, smoke_test)  # every file named, each in a tab
    args = build_parser().parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        from reader import desktop_install

        paths = desktop_install.install() if args.install_desktop else desktop_install.uninstall()
        verb = "installed" if args.install_desktop else "removed"
        for path in paths:
            print(f"{verb} {path}")
        if not paths:
            print("nothing to remove")
        return 0
    if args.command is None:
        return _window(None)
    from reader.core.annotations.store import StoreError
    from reader.core.document import DocumentError
    from reader.core.export.webanno import AnnotationImportError
    from reader.core.library.catalogue import CatalogueError
    from reader.core.library.concordance import QueryError
    from reader.paths import DataDirError

    try:
        return args.func(args)
    except (
        DocumentError,
        StoreError,
        AnnotationImportError,
        DataDirError,
        CatalogueError,
        QueryError,
        _Refused,
    ) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `reader outline | head`: the reader of our output left early
        sys.stderr.close()
        return 0

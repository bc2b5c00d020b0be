"""Command line: `reader [PATH]` opens the window; the subcommands work without a screen and
use exactly the core calls the window uses."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import __version__
from reader.paths import data_dir

COMMANDS = ("outline", "convert", "export", "import")


def _document_path(path: str | None) -> Path:
    from reader.core.resources import notice_path

    return Path(path) if path else notice_path()


def _write(text: str, output: str | None) -> None:
    """To stdout, or atomically to a file: a failed export never leaves half a file."""
    if not output:
        sys.stdout.write(text)
        return
    from reader.core.atomic import atomic_write

    target = Path(output)
    if target.is_dir():
        raise _Refused(f"{output}: is a folder; give a file name")
    if not target.parent.is_dir():
        raise _Refused(f"{output}: the folder {target.parent} does not exist")
    try:
        atomic_write(target, text)
    except OSError as exc:
        raise _Refused(f"{output}: {exc.strerror or exc}") from None


def _open_session(path: str | None):
    """The document's session; a store that had to be set aside or records that could not
    be read are said on stderr, never passed over in silence."""
    from reader.core.session import Session

    session = Session.open(_document_path(path), data_dir())
    result = session.load_result
    if result.status == "corrupt":
        print(f"reader: the annotation file could not be read and was kept aside as {result.backup}", file=sys.stderr)
    elif result.status == "attached":
        print(f"reader: annotations made on {result.message} were attached to this document", file=sys.stderr)
    if session.quarantined:
        print(
            f"reader: {len(session.quarantined)} annotation records could not be read; they are kept in {session.store.path}",
            file=sys.stderr,
        )
    return session


def cmd_outline(args) -> int:
    from reader.core.document import load_document
    from reader.core.outline import build_outline, outline_json

    document = load_document(_document_path(args.path))
    outline = build_outline(document.text, document.headings)
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
    from reader.core.export import gather, render
    from reader.core.scripts import Script

    session = _open_session(args.path)
    _write(render(gather(session, Script(args.script), args.scope), args.format), args.output)
    return 0


def cmd_import(args) -> int:
    from reader.core.export.importing import ForeignSourceError, plan_import
    from reader.core.export.webanno import parse

    session = _open_session(args.path)
    if session.read_only:
        raise _Refused(f"{session.store.path}: written by a newer Reader; not changed")
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


class _Refused(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    from reader.core.export import FORMATS, SCOPES

    scripts = ("original", "simplified", "traditional")
    parser = argparse.ArgumentParser(prog="reader", description="Reader (研讀): a study reader for Chinese documents.")
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
        choices=("s2t", "s2tw", "s2twp", "s2hk"),
        default="s2tw",
        help="OpenCC form of Traditional for a Simplified original",
    )
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_convert)
    p = sub.add_parser("export", help="write the stored annotations of a document")
    p.add_argument("path", nargs="?")
    p.add_argument("--format", choices=FORMATS, default="md")
    p.add_argument("--script", choices=scripts, default="original")
    p.add_argument("--scope", choices=[s for s in SCOPES if s != "section"], default="all")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", help="merge annotations from a JSON file into a document's store")
    p.add_argument("path", nargs="?")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="import even when the file names another document")
    p.set_defaults(func=cmd_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    smoke_test = "--smoke-test" in argv  # start, paint once, quit: for CI and the benchmark
    if smoke_test:
        argv.remove("--smoke-test")
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        from reader.app import run

        return run(argv[0] if argv else None, smoke_test=smoke_test)
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
        from reader.app import run

        return run(None)
    from reader.core.annotations.store import StoreError
    from reader.core.document import DocumentError
    from reader.core.export.webanno import AnnotationImportError
    from reader.paths import DataDirError

    try:
        return args.func(args)
    except (DocumentError, StoreError, AnnotationImportError, DataDirError, _Refused) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `reader outline | head`: the reader of our output left early
        sys.stderr.close()
        return 0

"""`reader library …`: the library without a screen, on the same core calls as the window."""

from __future__ import annotations

import argparse
import json
import sys

from reader.paths import data_dir


def open_catalogue():
    """The catalogue, built again first when it was lost or damaged (said on stderr)."""
    from reader.core.library.adding import rebuild
    from reader.core.library.catalogue import Catalogue

    catalogue = Catalogue(data_dir())
    for message in catalogue.report.messages:
        print(f"reader: {message}", file=sys.stderr)
    if catalogue.report.rebuilt:
        name = catalogue.report.set_aside_name
        print(f"reader: the library's catalogue was {f'damaged (set aside as {name})' if name else 'missing'}:"
              " building it again", file=sys.stderr)  # fmt: skip
        for result in rebuild(catalogue, data_dir()):
            if result.message:
                print(f"reader: {result.message}", file=sys.stderr)
    catalogue.follow_members()  # members.json changed elsewhere (a sync tool): the database follows
    return catalogue


def cmd_add(args) -> int:
    from reader.core.library.adding import FAILED, add_file, library_files

    catalogue = open_catalogue()
    failed = 0
    for path in library_files(args.paths):
        result = add_file(catalogue, data_dir(), path)
        if result.status == FAILED:
            failed += 1
            print(f"reader: {result.message}", file=sys.stderr)
        else:
            print(f"{result.status}\t{path}")
    return 1 if failed else 0


def cmd_list(args) -> int:
    from reader.core.library.status import status_of
    from reader.core.session import annotations_folder

    catalogue = open_catalogue()
    folder = annotations_folder(data_dir())
    tags = catalogue.tags()
    rows = []
    for entry in catalogue.entries():
        if args.tag is not None and args.tag not in tags.get(entry.identity, ()):
            continue
        status = status_of(entry, folder)
        rows.append(
            {
                "identity": entry.identity,
                "path": entry.path,
                "title": entry.title,
                "format": entry.format,
                "date": entry.shown_date,
                "dated_by": "document" if entry.date else "file",
                "chars": entry.chars,
                "bytes": entry.bytes,
                "notes": status.notes,
                "read": round(status.read, 3),
                "last_read": status.last_read,
                "missing": entry.missing,
                "tags": list(tags.get(entry.identity, ())),
            }
        )
    if args.format == "json":
        sys.stdout.write(json.dumps({"total": len(rows), "documents": rows}, ensure_ascii=False, indent=1) + "\n")
        return 0
    for r in rows:
        missing = "  (file missing)" if r["missing"] else ""
        tagged = f"\t[{', '.join(r['tags'])}]" if r["tags"] else ""
        print(
            f"{r['date']}\t{r['format']}\t{r['chars']}\t{r['notes']} notes\t{r['title']}\t{r['path']}{missing}{tagged}"
        )
    return 0


def cmd_tag(args) -> int:
    """Tag (or --untag) the library's documents at PATH: a file, or every document in a folder."""
    from pathlib import Path

    from reader.core.library.adding import library_files
    from reader.core.library.catalogue import clean_tag

    catalogue = open_catalogue()
    tags = [t for t in map(clean_tag, args.tags) if t]
    if not tags:
        print("reader: give a tag that is not empty", file=sys.stderr)
        return 2
    by_path = {m.path: m.identity for m in catalogue.members()}
    given = [str(Path(p).resolve()) for p in library_files([args.path])]
    identities = [by_path[p] for p in given if p in by_path]
    if not identities:
        print(f"reader: {args.path}: not in the library (reader library add PATH first)", file=sys.stderr)
        return 1
    if args.untag:
        changed = catalogue.tag(identities, remove=tags)
    else:
        changed = catalogue.tag(identities, add=tags)
    print(f"{'untagged' if args.untag else 'tagged'} {changed} of {len(identities)} documents: {', '.join(tags)}")
    return 0


def cmd_search(args) -> int:
    from reader.core.library.concordance import Searcher

    concordance = Searcher(open_catalogue()).search(args.query, limit=args.limit)
    if args.format == "json":
        sys.stdout.write(json.dumps(concordance.to_json(), ensure_ascii=False, indent=1) + "\n")
        return 0
    print(f"{concordance.total} occurrences")
    for hit in concordance.hits:
        snippet = " ".join(hit.before.split()) + f"【{hit.text}】" + " ".join(hit.after.split())
        print(f"{hit.date}\t{hit.title}\t{hit.section}\t[{hit.start}, {hit.end})\t{snippet}")
    return 0


def cmd_notes(args) -> int:
    """Every note (of the documents with --tag T), as Markdown, CSV, JSON or a Word hand-out
    (the notebook's own export, in the hand-out style given), to stdout or -o FILE."""
    from reader.cli import _write
    from reader.core.library import notebook
    from reader.core.session import annotations_folder

    catalogue = open_catalogue()
    notes = notebook.gather(catalogue, annotations_folder(data_dir()))
    if args.tag is not None:
        tagged = {i for i, tags in catalogue.tags().items() if args.tag in tags}
        notes = notebook.select(notes, notebook.NoteFilter(identities=tagged))
    if args.format == "docx":
        from reader.core.library.notebook_docx import render_docx

        _write(render_docx(notes, style=args.style), args.output)
    else:
        _write(notebook.render(notes, args.format) + "\n", args.output)
    return 0


def cmd_terms(args) -> int:
    from reader.core.document import load_document
    from reader.core.library.concordance import Searcher
    from reader.core.library.keyness import key_terms

    catalogue = open_catalogue()
    document = load_document(args.path)
    in_library = catalogue.entry_at(str(document.path)) is not None
    terms = key_terms(Searcher(catalogue), document.text, args.limit, in_library=in_library)
    if args.format == "json":
        rows = [
            {"term": k.term, "count": k.count, "rest": k.rest, "g2": round(k.g2, 1), "log_ratio": round(k.log_ratio, 2)}
            for k in terms
        ]
        sys.stdout.write(json.dumps({"in_library": in_library, "terms": rows}, ensure_ascii=False, indent=1) + "\n")
        return 0
    for k in terms:
        print(f"{k.term}\t{k.count}\t{k.rest}\tG²={k.g2:.1f}\tlog-ratio={k.log_ratio:.2f}")
    return 0


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("give a number of hits of at least 1")
    return value


def add_parser(sub) -> None:
    """The `library` command and its subcommands, on the main parser's subparsers."""
    library = sub.add_parser("library", help="documents added to the library: add, list, tag, search, notes")
    commands = library.add_subparsers(dest="library_command", required=True)
    p = commands.add_parser("add", help="add files and folders (recursively) to the library")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_add)
    p = commands.add_parser("list", help="the library's documents, by date")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--tag", metavar="TAG", help="only the documents with this tag")
    p.set_defaults(func=cmd_list)
    p = commands.add_parser("tag", help="give the library's documents at PATH (a file or a folder) tags")
    p.add_argument("path", metavar="PATH")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("--untag", action="store_true", help="take these tags away instead")
    p.set_defaults(func=cmd_tag)
    p = commands.add_parser("search", help="search every document in either script (a concordance)")
    p.add_argument("query")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--limit", type=_positive, default=100, help="the first N hits (default 100)")
    p.set_defaults(func=cmd_search)
    p = commands.add_parser("terms", help="a document's key terms against the rest of the library (G²)")
    p.add_argument("path")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--limit", type=_positive, default=30)
    p.set_defaults(func=cmd_terms)
    p = commands.add_parser("notes", help="every highlight and note of every document")
    p.add_argument(
        "--format", choices=("md", "csv", "json", "docx"), default="md", help="docx: a Word hand-out (give -o FILE)"
    )
    p.add_argument(
        "--style", choices=("study", "gongwen"), default="study", help="docx: the hand-out style (as export)"
    )
    p.add_argument("--tag", metavar="TAG", help="only the notes of documents with this tag")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) rather than stdout")
    p.set_defaults(func=cmd_notes)

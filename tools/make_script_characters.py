"""Write reader/core/script_characters.py: the characters each of OpenCC's character tables
changes (reader.core.scripts.read_changing_characters), with the tables' stamp, so that telling
a document's script takes this list instead of cutting the tables' lines (issue 32). Run after
OpenCC's tables change (tests/core/test_scripts.py says when): python
tools/make_script_characters.py"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.resources import package_folder  # noqa: E402
from reader.core.scripts import read_changing_characters, tables_stamp  # noqa: E402

PER_LINE = 60


def _constant(name: str, characters: frozenset[str]) -> str:
    if any(len(key) != 1 for key in characters):
        raise SystemExit(f"{name}: a key of more than one character; the list holds single characters")
    text = "".join(sorted(characters))
    lines = [f'    "{text[i : i + PER_LINE]}"' for i in range(0, len(text), PER_LINE)]
    return f"{name} = (\n" + "\n".join(lines) + "\n)\n"


def main() -> None:
    folder = package_folder("opencc") / "dictionary"
    to_simplify, to_traditional = read_changing_characters(folder)
    source = (
        '"""The characters each of OpenCC\'s character tables changes (reader.core.scripts.\n'
        "_changing_characters), made from the tables whose stamp is STAMP by\n"
        'tools/make_script_characters.py: do not edit."""\n\n'
        f'STAMP = "{tables_stamp(folder)}"\n'
        + _constant("TO_SIMPLIFY", to_simplify)
        + _constant("TO_TRADITIONAL", to_traditional)
    )
    (ROOT / "reader" / "core" / "script_characters.py").write_text(source, encoding="utf-8")


if __name__ == "__main__":
    main()

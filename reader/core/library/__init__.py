"""The library: every document the reader has added, one catalogue (SQLite) over them, a
search index across all of them in either script, and a notebook of every annotation.

The JSON annotation stores and the members list stay the source of truth: the catalogue is
rebuilt from them and from the files whenever it is lost or damaged."""

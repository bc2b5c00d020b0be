"""A cheaper check in PySide6's import hook.

Once PySide6 is loaded, every later import in the process runs its hook
(shibokensupport.feature.feature_imported, PYSIDE-2029), which asks whether the new module
uses PySide (so that `from __feature__ import …` can apply to it) by reading the module's
whole source with inspect.getsource. That goes through linecache, which then keeps the source
of every module imported after PySide6: about 200 files and 5 MB of lines held by the window
for nothing, and 8 ms of each launch spent finding and splitting them (napari #8584 measured
the same tax).

The question is the same, answered from the file's bytes: a module's source that names
PySide6 does so in ASCII. Anything that is not a plain .py file goes to PySide's own check.
When the hook is not there (another PySide6), nothing is changed."""

from __future__ import annotations

import sys


def cheaper_feature_check() -> bool:
    """Install the check (after PySide6 is imported); True when it was installed."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reader_check", False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.reader_check = True
    feature._mod_uses_pyside = uses_pyside
    return True

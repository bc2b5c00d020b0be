"""Regular expressions compiled when first used, not when their module is imported: the page's
modules are imported at launch before the text paints, and a class of ideograph ranges takes
milliseconds to compile (issue 32). A module keeps its pattern as a string and asks for it
compiled where it matches."""

from __future__ import annotations

import re
from functools import cache


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled once, on its first use."""
    return re.compile(pattern, flags)

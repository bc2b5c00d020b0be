"""How the process's heap gives memory back to the system (glibc; elsewhere nothing is done)."""

from __future__ import annotations


def give_back_memory() -> None:
    """Return the heap's free pages to the system (glibc's malloc_trim; 3 ms): in the worker
    after each job and before a helper is forked, and in the window after a job's result is
    taken in (the pickled bytes and what unpacking them left behind are free then, but would
    stay with the process)."""
    import ctypes  # when first called: the window imports this module with the page, before its text paints

    try:
        ctypes.CDLL(None).malloc_trim(0)  # glibc; elsewhere there is nothing to call
    except (AttributeError, OSError, TypeError):  # TypeError: Windows has no CDLL(None)
        pass


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
LARGE_BLOCK = 256 * 1024


def large_blocks_mapped(threshold: int = LARGE_BLOCK) -> None:
    """Every block of `threshold` bytes or more gets pages of its own, returned to the system
    the moment it is freed. glibc raises its own threshold each time such a block is freed (up
    to 32 MB), after which a book's texts and arrays came from the heap and their pages stayed
    with the worker, and with each helper it forked (issue 32). In the worker, and in the
    window once a long document opens (reader.gui.opening): there the texts, display texts and
    pickled answers of a book left 3-4 MB of freed heap resident (4-5 bytes a character of
    红楼梦, window_memory.py)."""
    import ctypes

    try:
        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, threshold)
    except (AttributeError, OSError, TypeError):  # TypeError: Windows has no CDLL(None)
        pass


M_ARENA_MAX = -8  # glibc's mallopt parameter


def arenas_shared(most: int = 1) -> None:
    """Threads made from now on share the heap's arenas (at most `most` in all) instead of each
    taking one of its own. glibc gives a thread its own arena (up to 8 per core) and keeps an
    arena's freed pages that are not at its top: in the window, the housekeeping thread and the
    page's threads left 2-4 bytes a character of 红楼梦 resident after the script switches
    (window_memory.py: 38-41.5 B/char; with one arena 32.5-34.5). The window's threads run
    Python, one at a time: they do not wait for each other's malloc in a way that shows."""
    import ctypes

    try:
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, most)
    except (AttributeError, OSError, TypeError):  # TypeError: Windows has no CDLL(None)
        pass

"""Giving a replaced big list back to the system without pausing the UI thread."""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: glibc's mallopt() parameter that caps the number of heap arenas.
_M_ARENA_MAX = -8

#: Below this many freed items, giving memory back to the OS is not worth a call.
_TRIM_AFTER_ITEMS = 10_000


def free_in_slices(lists: tuple[list[T], ...], step: int = 4096) -> None:
    """Free big lists in slices: one long free holds the GIL and would pause the UI."""
    freed = 0
    for items in lists:
        freed += len(items)
        while items:
            del items[-step:]
    if freed >= _TRIM_AFTER_ITEMS:
        # Without it, a process that loaded 100k users keeps ~20 MiB of freed,
        # fragmented heap resident after every refresh.
        trim_heap()


def trim_heap() -> None:
    """Give freed heap pages back to the OS (glibc only; elsewhere nothing happens)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def settle_startup_heap() -> None:
    """Take what exists once the window is built out of the cyclic collector's sight.

    The modules, classes and widgets made at start-up live as long as the app; a full
    collection walked them all (30 to 50 ms holding the GIL, so freezing the UI) each
    time. Frozen, they are never walked again; what comes later is collected as usual.
    Freezing costs next to nothing (no collection first: start-up makes little garbage).
    """
    gc.freeze()


def share_one_heap_arena() -> None:
    """Make threads started from now on allocate from the main heap arena (glibc only).

    By default glibc gives each busy thread an arena of its own. The workers build and drop
    big temporary lists (a decoded answer, the comparison with the last list), and what
    they free stays resident in their arenas: about 40 MiB with 100 000 users, growing
    with each refresh. Sharing one arena lets those pages be reused and trimmed.
    """
    mallopt = _glibc_function("mallopt")
    if mallopt is not None:
        mallopt(_M_ARENA_MAX, 1)


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, which gives freed heap pages back to the OS; None elsewhere."""
    return _glibc_function("malloc_trim")


@functools.cache
def _glibc_function(name: str) -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # only here: loading it costs the start-up a few milliseconds

    try:
        function: Callable[..., int] = getattr(ctypes.CDLL("libc.so.6"), name)
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return None
    return function

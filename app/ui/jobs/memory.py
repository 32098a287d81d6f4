"""Giving a replaced big list back to the system without pausing the UI thread."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

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


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, which gives freed heap pages back to the OS; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return None
    return trim

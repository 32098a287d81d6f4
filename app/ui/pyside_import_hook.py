"""Taking PySide6's ``__feature__`` import hook back out of every later import.

On first import PySide6 replaces ``builtins.__import__`` with a hook for its optional
``from __feature__ import snake_case`` switches. The hook runs Python code on every
``import`` statement the process executes from then on, and reads the whole source of
each module loaded after it (``inspect.getsource``, kept in ``linecache``) to see whether
that module mentions PySide6. The app uses no ``__feature__``: the hook only cost it
about 40 ms of start-up and ~7 MiB of cached source lines.
"""

from __future__ import annotations

import builtins

import PySide6  # noqa: F401  (installs the hook this module removes)


def drop_feature_import_hook() -> bool:
    """Restore the import PySide6 wrapped; True when there was a hook to remove."""
    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if hook is None or wrapped is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = wrapped
    return True

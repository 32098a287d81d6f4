"""What goes into the PyInstaller bundle, and what is trimmed from it.

Imported by ``packaging/sendclean-smtp.spec`` (which PyInstaller runs) and by
``packaging/build.py`` (which reports on the result). Nothing here imports PyInstaller.

The app uses the Qt modules QtCore, QtGui, QtWidgets and QtSvg; every other PySide6
module is excluded. PyInstaller's Qt hooks then collect, for those modules, far more
than the app needs, and on Linux its dependency analysis copies shared libraries from
the build host. :func:`trim_binaries` and :func:`trim_datas` filter Analysis' tables:

* Qt plugins: only those in :data:`KEEP_QT_PLUGINS` (platforms xcb/wayland/offscreen,
  SVG image format and icon engine, xcb GL integrations, the GTK3 and XDG portal
  themes, the compose/IBus input contexts, the Wayland shell/decoration/EGL client
  plugins; the Windows and macOS platform and style plugins on those systems). The
  GTK3 theme (:data:`WEAK_QT_PLUGINS`) is what Qt picks on GNOME, as in a checkout:
  GTK's palette, font and native file dialog. Its GTK stack is not bundled; the
  packages only recommend it (GNOME has it anyway), and without it Qt falls back to
  its own theme.
* Qt translations: only ``qtbase_<lang>.qm`` for the languages the app has a compiled
  catalog for (``resources/translations/sendclean-smtp-manager_<lang>.qm``); none today.
* App resources: all of ``resources/`` but the screenshots and ``.ts`` sources.
* On Linux, host libraries: none. Everything that is not part of the Python
  interpreter (libpython, ``lib-dynload``) or of an installed package (PySide6's Qt,
  wheels' own libraries) comes from the system, declared as the package's
  ``Depends``/``Requires``: OpenSSL, zlib, libffi, bz2, lzma, libuuid as well as the
  desktop stack (X11/xcb, xkbcommon, GL/EGL, fontconfig/freetype, glib, D-Bus, Wayland,
  libstdc++/libgcc_s). The system's security updates then reach them, only one copy of
  each loads into the process, and a bundled copy cannot shadow the system's and break
  its GPU drivers, fonts config or GIO modules.
* The build host's library folders are removed from the ELF files' ``RUNPATH``
  (:func:`drop_host_runpath`); ``$ORIGIN``-relative entries stay.
* Finally, shared libraries that nothing left in the bundle references (``DT_NEEDED``)
  are dropped, e.g. QtNetwork or the EGLFS device integration.
"""

from __future__ import annotations

import re
import struct
import sys
import sysconfig
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

__all__ = [
    "APP_QT_MODULES",
    "KEEP_QT_PLUGINS",
    "WEAK_QT_PLUGINS",
    "drop_host_runpath",
    "elf_needed",
    "elf_runpath",
    "excluded_modules",
    "hidden_imports",
    "is_elf",
    "iter_bundle_elves",
    "resource_datas",
    "trim_binaries",
    "trim_datas",
]

#: The PySide6 modules the app imports (``grep -r "PySide6\\." app``).
APP_QT_MODULES: frozenset[str] = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

#: Qt plugins kept, by plugin type (folder) and base name (no ``lib`` prefix, no suffix).
KEEP_QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    "platformthemes": frozenset({"qgtk3", "qxdgdesktopportal"}),
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}

#: Plugins whose libraries the packages recommend instead of requiring (``lib<name>.so``).
WEAK_QT_PLUGINS: frozenset[str] = frozenset({"libqgtk3.so"})

#: Modules never needed by the app, whatever a hook says.
_EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "gi",
    "dbus",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "pytest",
    "hypothesis",
    "mypy",
    "setuptools",
    "pip",
    "pydoc_data",
    # bz2/lzma compression is never used; their C modules would need libbz2.so.1.0, a
    # soname only Debian has (Fedora's is libbz2.so.1), and liblzma.
    "_bz2",
    "bz2",
    "_lzma",
    "lzma",
    # PyInstaller's own dependencies, installed beside it in the build environment.
    "packaging",
    "altgraph",
    "PyInstaller",
)

#: Keyring backends (and what they import) collected explicitly: keyring finds its
#: backends through entry points at run time, which PyInstaller's import analysis misses.
_KEYRING_HIDDEN_IMPORTS: tuple[str, ...] = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "secretstorage",
    "jeepney",
    "jeepney.io.blocking",
)

#: Host libraries that must never be bundled on Linux (the ABI-sensitive core).
_NEVER_BUNDLED = re.compile(
    r"^(libstdc\+\+|libgcc_s|libc|libm|libdl|libpthread|librt|libutil|ld-linux[\w.-]*)\.so"
)

_PLUGIN_SUFFIX = re.compile(r"\.(so|dll|dylib)$")
_EXTENSION_MODULE = re.compile(r"(\.cpython-[^/]*\.so|\.abi3\.so|\.pyd)$")

# A TOC entry as PyInstaller builds them: (destination name, source path, type code).
TocEntry = tuple[str, str | None, str]


def hidden_imports() -> list[str]:
    """Keyring's backends: the fixed list plus every ``keyring.backends`` entry point."""
    from importlib import metadata

    found = list(_KEYRING_HIDDEN_IMPORTS)
    for entry_point in metadata.entry_points(group="keyring.backends"):
        module = entry_point.value.split(":", 1)[0].strip()
        if module and module not in found:
            found.append(module)
    return found


def excluded_modules(pyside_dir: Path) -> list[str]:
    """Every PySide6 module but :data:`APP_QT_MODULES`, plus :data:`_EXCLUDED_MODULES`."""
    names: set[str] = set()
    for path in pyside_dir.iterdir():
        match = re.match(r"^(Qt\w+)\.(abi3\.so|pyd|so|pyi)$", path.name)
        if match:
            names.add(match.group(1))
    qt = sorted(f"PySide6.{name}" for name in names - APP_QT_MODULES)
    return [*qt, *_EXCLUDED_MODULES]


#: Folders and suffixes of ``resources/`` the app never reads at run time.
_RESOURCES_NOT_BUNDLED_DIRS = frozenset({"screenshots"})
#: The spec compiles the ``.ts`` sources into fresh catalogs (``app/catalogs.py``).
_RESOURCES_NOT_BUNDLED_SUFFIXES = frozenset({".ts", ".qm"})


def resource_datas(resources: Path) -> list[tuple[str, str]]:
    """``(source, destination folder)`` for every file of ``resources/`` the app uses.

    Everything but the screenshots and the translations (compiled apart), under
    ``resources/`` in the bundle (where ``app/resources_path.py`` looks).
    """
    found: list[tuple[str, str]] = []
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources)
        if not path.is_file() or relative.parts[0] in _RESOURCES_NOT_BUNDLED_DIRS:
            continue
        if path.suffix in _RESOURCES_NOT_BUNDLED_SUFFIXES:
            continue
        found.append((str(path), str(PurePosixPath("resources", *relative.parent.parts))))
    return found


# -- ELF ------------------------------------------------------------------------------


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


_SHT_DYNAMIC = 6
_DT_NULL, _DT_NEEDED, _DT_RPATH, _DT_RUNPATH = 0, 1, 15, 29


_Dynamic = tuple[list[tuple[int, int, int]], bytes, int, str]


def _dynamic_entries(data: bytes) -> _Dynamic | None:
    """``([(file offset, tag, value), ...], .dynstr, its offset, entry format)`` of an ELF."""
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return None
    is64 = data[4] == 2
    endian = "<" if data[5] == 1 else ">"
    if is64:
        shoff = struct.unpack_from(endian + "Q", data, 0x28)[0]
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
    else:
        shoff = struct.unpack_from(endian + "I", data, 0x20)[0]
        shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x2E)
    sections = []
    section_format = endian + ("IIQQQQI" if is64 else "IIIIIII")
    for index in range(shnum):
        _, sh_type, _, _, offset, size, link = struct.unpack_from(
            section_format, data, shoff + index * shentsize
        )
        sections.append((sh_type, offset, size, link))
    entry_format = endian + ("qQ" if is64 else "iI")
    entry_size = struct.calcsize(entry_format)
    for sh_type, offset, size, link in sections:
        if sh_type != _SHT_DYNAMIC:
            continue
        _, str_offset, str_size, _ = sections[link]
        entries = []
        for position in range(offset, offset + size, entry_size):
            tag, value = struct.unpack_from(entry_format, data, position)
            entries.append((position, tag, value))
            if tag == _DT_NULL:
                break
        return entries, data[str_offset : str_offset + str_size], str_offset, entry_format
    return [], b"", 0, entry_format


def _string(strings: bytes, offset: int) -> str:
    return strings[offset : strings.index(b"\0", offset)].decode()


def elf_needed(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries (sonames) of an ELF file; ``[]`` for anything else."""
    try:
        dynamic = _dynamic_entries(path.read_bytes())
    except OSError:
        return []
    if dynamic is None:
        return []
    entries, strings, _, _ = dynamic
    return [_string(strings, value) for _, tag, value in entries if tag == _DT_NEEDED]


def elf_runpath(path: Path) -> list[str]:
    """The ``DT_RPATH``/``DT_RUNPATH`` strings of an ELF file."""
    dynamic = _dynamic_entries(path.read_bytes())
    if dynamic is None:
        return []
    entries, strings, _, _ = dynamic
    return [_string(strings, value) for _, tag, value in entries if tag in (_DT_RPATH, _DT_RUNPATH)]


def drop_host_runpath(path: Path) -> bool:
    """Remove the absolute folders from an ELF file's RPATH/RUNPATH; True when changed.

    A Python built from source (pyenv, setup-python) links its libpython and extension
    modules with ``RUNPATH <prefix>/lib``: a folder of the build host that means nothing
    on a user's machine. ``$ORIGIN`` entries (Qt's ``$ORIGIN/../lib``) are kept, in
    place in ``.dynstr``; an entry left with no folder is removed from ``.dynamic``
    (the following entries move up, a ``DT_NULL`` fills the end), as patchelf does.
    """
    data = bytearray(path.read_bytes())
    dynamic = _dynamic_entries(bytes(data))
    if dynamic is None:
        return False
    entries, strings, str_offset, entry_format = dynamic
    entry_size = struct.calcsize(entry_format)
    kept: list[tuple[int, int]] = []
    changed = False
    for _, tag, value in entries:
        if tag in (_DT_RPATH, _DT_RUNPATH):
            old = _string(strings, value)
            folders = [part for part in old.split(":") if part.startswith("$ORIGIN")]
            new = ":".join(folders)
            if new == old:
                kept.append((tag, value))
                continue
            changed = True
            if not folders:
                continue
            encoded = new.encode() + b"\0" * (len(old) - len(new) + 1)
            data[str_offset + value : str_offset + value + len(encoded)] = encoded
            kept.append((tag, value))
        else:
            kept.append((tag, value))
    if not changed:
        return False
    start = entries[0][0]
    for index in range(len(entries)):
        tag, value = kept[index] if index < len(kept) else (_DT_NULL, 0)
        struct.pack_into(entry_format, data, start + index * entry_size, tag, value)
    path.write_bytes(bytes(data))
    return True


# -- trimming -------------------------------------------------------------------------


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _qt_plugin(dest: str) -> tuple[str, str] | None:
    """(plugin type, base name) when ``dest`` is a Qt plugin, else None."""
    parts = _parts(dest)
    if "plugins" not in parts or "PySide6" not in parts:
        return None
    index = parts.index("plugins")
    if len(parts) != index + 3:
        return None
    stem = _PLUGIN_SUFFIX.sub("", parts[-1])
    if stem.startswith("lib"):
        stem = stem[3:]
    return parts[index + 1], stem


def _keep_plugin(dest: str) -> bool:
    plugin = _qt_plugin(dest)
    if plugin is None:
        return True
    kind, name = plugin
    return name in KEEP_QT_PLUGINS.get(kind, frozenset())


def _under(path: str | None, roots: Sequence[Path]) -> bool:
    if not path:
        return False
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(root) for root in roots)


def _python_roots() -> list[Path]:
    """The standard library and site-packages folders (never a system library folder).

    With a distribution's Python, ``sys.base_prefix`` is ``/usr``: the prefix itself
    would cover every host library, so only the stdlib and package folders count.
    """
    paths = sysconfig.get_paths()
    roots = {Path(paths[key]).resolve() for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    roots.update(Path(entry).resolve() for entry in sys.path if "-packages" in entry)
    return sorted(roots)


def _is_python_binary(entry: TocEntry, roots: Sequence[Path]) -> bool:
    """Part of the interpreter or of an installed package, rather than a host library."""
    return _parts(entry[0])[-1].startswith("libpython") or _under(entry[1], roots)


def _is_root_binary(dest: str) -> bool:
    """Loaded by the interpreter or Qt itself (dlopen), not only as someone's DT_NEEDED."""
    name = _parts(dest)[-1]
    return (
        _EXTENSION_MODULE.search(name) is not None
        or "lib-dynload" in _parts(dest)
        or _qt_plugin(dest) is not None
        or name.startswith("libpython")
    )


def _normal(dest: str) -> str:
    return PurePosixPath(*_parts(dest)).as_posix()


def _symlink_target(entry: TocEntry) -> str:
    """The destination path a SYMLINK entry points to (its source is relative to it)."""
    dest, source, _ = entry
    parent = PurePosixPath(*_parts(dest)).parent
    parts: list[str] = []
    for part in (parent / (source or "")).parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _reachable(
    entries: Sequence[TocEntry], start: Iterable[int], *, follow: set[int] | None = None
) -> set[int]:
    """Indexes of real files reachable through DT_NEEDED from ``start``.

    A soname is looked up among the real files' names and, failing that, among the
    SYMLINK entries' names (followed to their targets). ``follow`` limits the walk.
    """
    by_dest = {
        _normal(dest): index for index, (dest, _, kind) in enumerate(entries) if kind != "SYMLINK"
    }
    by_name: dict[str, list[int]] = {}
    for index, entry in enumerate(entries):
        name = _parts(entry[0])[-1]
        if entry[2] != "SYMLINK":
            by_name.setdefault(name, []).append(index)
    for entry in entries:
        name = _parts(entry[0])[-1]
        if entry[2] == "SYMLINK" and name not in by_name:
            target = by_dest.get(_symlink_target(entry))
            if target is not None:
                by_name.setdefault(name, []).append(target)
    seen: set[int] = set()
    todo = [index for index in start if entries[index][2] != "SYMLINK"]
    while todo:
        index = todo.pop()
        if index in seen or (follow is not None and index not in follow):
            continue
        seen.add(index)
        source = entries[index][1]
        if source:
            for soname in elf_needed(Path(source)):
                todo.extend(by_name.get(soname, []))
    return seen


def _keep_live_symlinks(entries: list[TocEntry]) -> list[TocEntry]:
    real = {_normal(dest) for dest, _, kind in entries if kind != "SYMLINK"}
    return [entry for entry in entries if entry[2] != "SYMLINK" or _symlink_target(entry) in real]


def trim_binaries(
    binaries: Sequence[TocEntry], *, platform: str = sys.platform, log: list[str] | None = None
) -> list[TocEntry]:
    """The binaries the bundle needs; see the module docstring. ``log`` gets what went."""
    dropped: list[str] = []
    kept = [entry for entry in binaries if _keep_plugin(entry[0])]
    dropped += [entry[0] for entry in binaries if not _keep_plugin(entry[0])]

    if platform.startswith("linux"):
        kept, gone = _trim_linux_host_libraries(kept)
        dropped += gone
        roots = [index for index, (dest, _, _) in enumerate(kept) if _is_root_binary(dest)]
        reachable = _reachable(kept, roots)
        dropped += [
            entry[0]
            for index, entry in enumerate(kept)
            if index not in reachable and entry[2] != "SYMLINK"
        ]
        kept = [
            entry for index, entry in enumerate(kept) if index in reachable or entry[2] == "SYMLINK"
        ]
        kept = _keep_live_symlinks(kept)

    if log is not None:
        log.extend(sorted(set(dropped)))
    return kept


def _trim_linux_host_libraries(entries: list[TocEntry]) -> tuple[list[TocEntry], list[str]]:
    """Drop every host library: the system provides them (see the module docstring)."""
    roots = _python_roots()
    kept: list[TocEntry] = []
    dropped: list[str] = []
    for entry in entries:
        if entry[2] != "SYMLINK" and not _is_python_binary(entry, roots):
            dropped.append(entry[0])
        else:
            kept.append(entry)
    return kept, dropped


def trim_datas(
    datas: Sequence[TocEntry],
    binaries: Sequence[TocEntry],
    *,
    languages: Iterable[str] = (),
    log: list[str] | None = None,
) -> list[TocEntry]:
    """Drop Qt's translations, and SYMLINK entries whose target is no longer collected.

    Qt's ``qtbase_<lang>.qm`` is kept for each of ``languages`` (those the app has its
    own catalog for, see :func:`app.catalogs.languages_of`): the app loads it with its own, for the
    texts of Qt's standard buttons and dialogs. PyInstaller keeps its symbolic links
    (e.g. ``libQt6Core.so.6`` -> ``PySide6/Qt/lib/libQt6Core.so.6``) among the data
    entries, so this runs after :func:`trim_binaries`, with its result.
    """
    wanted = {f"qtbase_{language}.qm" for language in languages}
    kept: list[TocEntry] = []
    dropped: list[str] = []
    for entry in datas:
        parts = _parts(entry[0])
        if "PySide6" in parts and "translations" in parts and parts[-1] not in wanted:
            dropped.append(entry[0])
        else:
            kept.append(entry)
    everything = [*binaries, *kept]
    live = {id(entry) for entry in _keep_live_symlinks(everything)}
    dropped += [entry[0] for entry in kept if id(entry) not in live]
    kept = [entry for entry in kept if id(entry) in live]
    if log is not None:
        log.extend(dropped)
    return kept


def iter_bundle_elves(bundle: Path) -> Iterator[Path]:
    """Every regular ELF file in a built bundle."""
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            yield path

"""Build the SendClean SMTP Manager installers.

Run from the repository (any working directory works)::

    UV_PROJECT_ENVIRONMENT=build/runtime-venv \
        uv run --no-dev --group build --exact python packaging/build.py [target]

(an environment with the runtime dependencies and PyInstaller only: test-only packages
would end up in the bundle, and the build refuses to run next to them).

Targets:

``bundle``   the PyInstaller one-folder bundle ``dist/sendclean-smtp-manager/``
             (from ``packaging/sendclean-smtp.spec``), on any OS;
``deb``      bundle + ``dist/sendclean-smtp-manager_<version>_<arch>.deb`` (Linux, dpkg-deb);
``rpm``      bundle + ``dist/sendclean-smtp-manager-<version>-1.<arch>.rpm`` (Linux, rpmbuild;
             Debian's ``rpm`` package builds it too);
``windows``  bundle + ``dist/sendclean-smtp-manager_<version>_windows-x64-setup.exe``
             (Windows, Inno Setup 6's ISCC);
``macos``    ``dist/SendClean SMTP Manager.app`` +
             ``dist/sendclean-smtp-manager_<version>_macos-<arch>.dmg`` (macOS, iconutil +
             hdiutil);
``all``      (default) every target this OS can build.

The version is read from ``app/__init__.py`` (``__version__``), the only place it is kept.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import io
import math
import os
import platform
import plistlib
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules  # noqa: E402

APP_ID = "sendclean-smtp-manager"
#: Reverse-DNS application ID: desktop entry, AppStream metainfo, icons, Qt's desktop file name.
DESKTOP_ID = "net.sendclean.SmtpManager"
#: The desktop entry's name before the reverse-DNS ID (replaced on upgrade).
OLD_DESKTOP_ID = APP_ID
APP_NAME = "SendClean SMTP Manager"
EXECUTABLE = "sendclean-smtp"
PROBE_EXECUTABLE = "sendclean-keyring-probe"
SPEC = HERE / "sendclean-smtp.spec"

DEB_MAINTAINER = os.environ.get(
    "DEB_MAINTAINER", "SendClean SMTP Manager developers <packaging@sendclean.invalid>"
)
DEB_SECTION = "mail"
LINUX_INSTALL_DIR = f"opt/{APP_ID}"
HOMEPAGE = "https://sendclean.net/"
#: Always declared; packages found through the bundle's DT_NEEDED entries are added.
DEB_BASE_DEPENDS: tuple[str, ...] = (
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libdbus-1-3",
    "libglib2.0-0",
)
DEB_RECOMMENDS: tuple[str, ...] = ("gnome-keyring",)
DEB_DESCRIPTION = """\
desktop manager for the SMTP users of a SendClean account
 SendClean SMTP Manager lists, adds, edits, enables and disables the SMTP
 users of a SendClean email account, resets their passwords and copies their
 SMTP settings. API tokens are kept in the system keyring (GNOME Keyring or
 KWallet through the Secret Service), never in a plain file.
 .
 The application is a self-contained bundle (Python, Qt 6 / PySide6) installed
 in /opt/sendclean-smtp-manager."""

TARGETS: dict[str, str] = {
    "bundle": "PyInstaller one-folder bundle dist/sendclean-smtp-manager/ (any OS)",
    "deb": "Debian package dist/sendclean-smtp-manager_<version>_<arch>.deb (Linux)",
    "rpm": "RPM package dist/sendclean-smtp-manager-<version>-1.<arch>.rpm (Linux, rpmbuild)",
    "windows": "Inno Setup installer dist/..._windows-x64-setup.exe (Windows)",
    "macos": "dist/SendClean SMTP Manager.app and a .dmg (macOS)",
    "all": "every target this OS can build",
}

INNO_SCRIPT = HERE / "windows" / "sendclean-smtp.iss"
INFO_PLIST_TEMPLATE = HERE / "macos" / "Info.plist"
MAKE_DMG = HERE / "macos" / "make_dmg.sh"
LINUX_FILES = HERE / "linux"


# -- small helpers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Where outputs go: ``dist`` (bundle, installers) and ``work`` (intermediate files)."""

    dist: Path = ROOT / "dist"
    work: Path = ROOT / "build"

    @property
    def bundle(self) -> Path:
        return self.dist / APP_ID

    @property
    def mac_app(self) -> Path:
        return self.dist / f"{APP_NAME}.app"


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def read_version() -> str:
    """``__version__`` from ``app/__init__.py``, without importing the app."""
    tree = ast.parse((ROOT / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str) and value:
                return value
    raise SystemExit("app/__init__.py has no __version__ string")


def run(
    args: Sequence[str | Path],
    *,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    timeout: float = 1800,
    capture: bool = False,
) -> subprocess.CompletedProcess[str]:
    command = [str(arg) for arg in args]
    log("$ " + " ".join(command))
    return subprocess.run(
        command,
        env=env,
        cwd=cwd,
        check=True,
        timeout=timeout,
        text=True,
        stdin=subprocess.DEVNULL,
        capture_output=capture,
    )


def tree_size(path: Path) -> int:
    """Bytes in regular files under ``path`` (symlinks not followed)."""
    total = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
    return total


def shown(path: Path) -> str:
    """``path`` relative to the repository when inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def human(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{int(size)} B"
        size /= 1024
    return f"{size:.1f} GiB"


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time, else now (for reproducible dates)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if value.isdigit():
        return int(value)
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        if out.isdigit():
            return int(out)
    except (OSError, subprocess.SubprocessError):
        pass
    return int(time.time())


# -- the PyInstaller bundle ---------------------------------------------------------------

#: Importable only in the development environment (the ``dev`` dependency group and what
#: it pulls in). PyInstaller follows optional imports of whatever is installed (httpx's
#: command line imports pygments, for example), so a bundle built in the development
#: environment carries test tools: the release is built from the runtime dependencies
#: and the ``build`` group only (see RUNTIME_ENV_COMMAND).
TEST_ONLY_MODULES: tuple[str, ...] = (
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "pluggy",
    "iniconfig",
    "pygments",
    "hypothesis",
    "sortedcontainers",
    "mypy",
    "ruff",
    "trustme",
)
RUNTIME_ENV_COMMAND = (
    "UV_PROJECT_ENVIRONMENT=build/runtime-venv "
    "uv run --no-dev --group build --exact python packaging/build.py"
)


def test_only_modules_installed() -> list[str]:
    """Which of TEST_ONLY_MODULES this interpreter can import."""
    import importlib.util

    return [name for name in TEST_ONLY_MODULES if importlib.util.find_spec(name) is not None]


def bundle_modules(bundle: Path) -> set[str]:
    """Top-level names of the modules frozen into the bundle's executables."""
    from PyInstaller.archive.readers import (  # type: ignore[import-untyped]
        pkg_archive_contents,
    )

    names: set[str] = set()
    for program in (EXECUTABLE, PROBE_EXECUTABLE):
        for suffix in ("", ".exe"):
            path = bundle / f"{program}{suffix}"
            if path.is_file():
                names.update(name.split(".")[0] for name in pkg_archive_contents(str(path)))
    internal = bundle / "_internal"
    if internal.is_dir():
        names.update(entry.name.split(".")[0] for entry in internal.iterdir())
    return names


def build_bundle(
    layout: Layout,
    *,
    trim: bool = True,
    icon: Path | None = None,
    env_extra: dict[str, str] | None = None,
    allow_dev_packages: bool = False,
) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is not installed: run this script with "
            "`uv run --group build python packaging/build.py ...`"
        ) from None
    present = test_only_modules_installed()
    if present and not allow_dev_packages:
        raise SystemExit(
            f"test-only packages are installed here ({', '.join(present)}) and would end "
            f"up in the bundle: build from the runtime-only environment,\n  "
            f"{RUNTIME_ENV_COMMAND} ...\n(or pass --allow-dev-packages for a local try)"
        )
    layout.work.mkdir(parents=True, exist_ok=True)
    trim_log = layout.work / "bundle-trimmed.txt"
    env = {
        **os.environ,
        "SENDCLEAN_BUNDLE_TRIM": "1" if trim else "0",
        "SENDCLEAN_BUNDLE_TRIM_LOG": str(trim_log),
        "PYTHONDONTWRITEBYTECODE": "1",
        # Reproducible: the same hash order (sets in PyInstaller's tables), fixed dates.
        "PYTHONHASHSEED": "0",
        "SOURCE_DATE_EPOCH": str(source_date_epoch()),
    }
    if icon is not None:
        env["SENDCLEAN_BUNDLE_ICON"] = str(icon)
    env.update(env_extra or {})
    started = time.monotonic()
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            layout.dist,
            "--workpath",
            layout.work / "pyinstaller",
            SPEC,
        ],
        env=env,
    )
    elapsed = time.monotonic() - started
    bundle = layout.bundle
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller did not produce {bundle}")
    if trim and trim_log.exists():
        dropped = trim_log.read_text().splitlines()
        log(f"trimmed {len(dropped)} files from the bundle (list: {shown(trim_log)})")
    if sys.platform.startswith("linux"):
        fixed = [
            elf
            for elf in bundle_rules.iter_bundle_elves(bundle)
            if bundle_rules.drop_host_runpath(elf)
        ]
        log(f"removed the build host's folders from the RUNPATH of {len(fixed)} files")
    leaked = sorted(bundle_modules(bundle) & set(TEST_ONLY_MODULES))
    if leaked and not allow_dev_packages:
        raise SystemExit(f"test-only modules in the bundle: {', '.join(leaked)}")
    log(f"bundle {shown(bundle)}: {human(tree_size(bundle))} in {elapsed:.0f} s")
    return bundle


# -- Linux: the staged tree, the .deb and the .rpm ----------------------------------------


def deb_architecture() -> str:
    return run(["dpkg", "--print-architecture"], capture=True).stdout.strip()


def _ldconfig_paths() -> dict[str, list[str]]:
    """soname -> paths known to the dynamic linker's cache."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    out = subprocess.run(
        [ldconfig, "-p"], capture_output=True, text=True, timeout=30, check=True
    ).stdout
    found: dict[str, list[str]] = {}
    machine = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(platform.machine(), "")
    for line in out.splitlines()[1:]:
        match = re.match(r"^\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)$", line)
        if match and (not machine or machine in match.group(2) or "64" not in match.group(2)):
            found.setdefault(match.group(1), []).append(match.group(3))
    return found


def bundle_external_sonames(bundle: Path) -> dict[str, list[str]]:
    """Sonames the bundle's ELF files need that the bundle does not hold -> who needs them."""
    provided = {path.name for path in bundle.rglob("*") if path.is_file() or path.is_symlink()}
    needs: dict[str, list[str]] = {}
    for elf in bundle_rules.iter_bundle_elves(bundle):
        for soname in bundle_rules.elf_needed(elf):
            if soname not in provided:
                needs.setdefault(soname, []).append(str(elf.relative_to(bundle)))
    return needs


def _check_resolvable(bundle: Path, *, allow_unresolved: bool) -> None:
    """Every library the bundle needs from the system is installed on the build host."""
    needs = bundle_external_sonames(bundle)
    cache = _ldconfig_paths()
    missing = sorted(name for name in needs if name not in cache)
    if missing:
        detail = "; ".join(f"{name} (needed by {needs[name][0]})" for name in missing)
        message = f"libraries the bundle needs are not installed on this machine: {detail}"
        if not allow_unresolved:
            raise SystemExit(message + " (install them, or pass --allow-unresolved)")
        log("warning: " + message)


def _parse_depends(text: str) -> dict[str, str]:
    """``"a (>= 1), b"`` -> ``{"a": "a (>= 1)", "b": "b"}``."""
    found: dict[str, str] = {}
    for part in text.split(","):
        part = part.strip()
        if part:
            found[part.split(" ")[0]] = part
    return found


def deb_depends(
    bundle: Path, work: Path, *, allow_unresolved: bool = False
) -> tuple[list[str], list[str]]:
    """Versioned ``Depends`` from ``dpkg-shlibdeps`` on every ELF file, plus DEB_BASE_DEPENDS.

    dpkg-shlibdeps reads the symbols/shlibs files of the packages owning the libraries
    the bundle links against and gives the lowest version providing every symbol used
    (``libc6 (>= 2.35)``, ``libssl3 (>= 3.0.3)``, ...). What only the plugins of
    ``bundle_rules.WEAK_QT_PLUGINS`` need is returned apart, for ``Recommends``.
    """
    if shutil.which("dpkg-shlibdeps") is None:
        raise SystemExit("dpkg-shlibdeps not found: install dpkg-dev")
    _check_resolvable(bundle, allow_unresolved=allow_unresolved)
    scratch = work / "shlibdeps"
    if scratch.exists():
        shutil.rmtree(scratch)
    (scratch / "debian").mkdir(parents=True)
    (scratch / "debian" / "control").write_text(
        f"Source: {APP_ID}\n\nPackage: {APP_ID}\nArchitecture: any\n", encoding="utf-8"
    )
    elves = list(bundle_rules.iter_bundle_elves(bundle))
    private = sorted({str(elf.parent) for elf in elves if ".so" in elf.name})
    weak = [elf for elf in elves if elf.name in bundle_rules.WEAK_QT_PLUGINS]
    strong = [elf for elf in elves if elf not in weak]
    log(f"$ dpkg-shlibdeps -O --ignore-missing-info (on {len(elves)} ELF files)")
    result = subprocess.run(
        [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            *(f"-l{folder}" for folder in private),
            *(f"-e{elf}" for elf in strong),
            "-dRecommends",
            *(f"-e{elf}" for elf in weak),
        ],
        cwd=scratch,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    fields = dict(re.findall(r"^shlibs:(\w+)=(.*)$", result.stdout, re.MULTILINE))
    found = _parse_depends(fields.get("Depends", ""))
    for package in DEB_BASE_DEPENDS:
        found.setdefault(package, package)
    depends = [found[name] for name in sorted(found)]
    log("bundle needs from the system: " + ", ".join(depends))
    weak_found = _parse_depends(fields.get("Recommends", ""))
    recommends = [weak_found[name] for name in sorted(weak_found) if name not in found]
    log("and recommends: " + ", ".join(recommends))
    return depends, recommends


def _gzip_n(data: bytes) -> bytes:
    """``gzip -9n``: no file name, no time stamp."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(data)
    return buffer.getvalue()


def _debian_changelog(version: str, epoch: int) -> bytes:
    date = format_datetime(datetime.fromtimestamp(epoch, UTC))
    text = (
        f"{APP_ID} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}.\n\n"
        f" -- {DEB_MAINTAINER}  {date}\n"
    )
    return _gzip_n(text.encode())


def _installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol computes it: files and symlinks in KiB rounded up, 1 per other."""
    total = 0
    for entry in root.rglob("*"):
        if entry.relative_to(root).parts[0] == "DEBIAN":
            continue
        if entry.is_symlink() or entry.is_file():
            total += math.ceil(entry.lstat().st_size / 1024)
        else:
            total += 1
    return total


def _is_executable_elf(path: Path) -> bool:
    """An ELF program (has a PT_INTERP program header), not a shared library."""
    with path.open("rb") as handle:
        data = handle.read(4096)
    if data[:4] != b"\x7fELF":
        return False
    import struct

    endian = "<" if data[5] == 1 else ">"
    if data[4] == 2:
        phoff = struct.unpack_from(endian + "Q", data, 0x20)[0]
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
    else:
        phoff = struct.unpack_from(endian + "I", data, 0x1C)[0]
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x2A)
    for index in range(phnum):
        start = phoff + index * phentsize
        if start + 4 <= len(data) and struct.unpack_from(endian + "I", data, start)[0] == 3:
            return True
    return False


def _normalize_tree(root: Path, epoch: int, executables: set[Path]) -> None:
    """0755 dirs and executables, 0644 files; mtimes set to ``epoch``."""
    for entry in [root, *root.rglob("*")]:
        if entry.is_symlink():
            os.utime(entry, (epoch, epoch), follow_symlinks=False)
            continue
        if entry.is_dir():
            entry.chmod(0o755)
        else:
            entry.chmod(0o755 if entry in executables else 0o644)
        os.utime(entry, (epoch, epoch))


def stage_linux_tree(layout: Layout, version: str, stage: Path, epoch: int) -> set[Path]:
    """The installed file tree under ``stage`` (``opt/…``, ``usr/…``); returns its programs.

    Shared by the .deb and the .rpm: the bundle in ``/opt/sendclean-smtp-manager``, the
    ``/usr/bin/sendclean-smtp`` symlink (absolute: it crosses top-level folders), the
    desktop entry, icons and AppStream metainfo under the reverse-DNS ID, the manual
    page and the copyright file.
    """
    bundle = layout.bundle
    if not bundle.is_dir():
        raise SystemExit(f"no bundle at {bundle}: build it first (target bundle)")
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / LINUX_INSTALL_DIR
    shutil.copytree(bundle, opt, symlinks=True)
    for cache in list(opt.rglob("__pycache__")):
        shutil.rmtree(cache)

    usr = stage / "usr"
    (usr / "bin").mkdir(parents=True)
    (usr / "bin" / EXECUTABLE).symlink_to(f"/{LINUX_INSTALL_DIR}/{EXECUTABLE}")
    share = usr / "share"
    (share / "applications").mkdir(parents=True)
    desktop = f"{DESKTOP_ID}.desktop"
    shutil.copy2(LINUX_FILES / desktop, share / "applications" / desktop)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    png256 = share / "icons" / "hicolor" / "256x256" / "apps"
    scalable.mkdir(parents=True)
    png256.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", scalable / f"{DESKTOP_ID}.svg")
    shutil.copy2(ROOT / "resources" / "icons" / "app-256.png", png256 / f"{DESKTOP_ID}.png")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    release_date = datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d")
    (metainfo / f"{DESKTOP_ID}.metainfo.xml").write_text(
        (LINUX_FILES / f"{DESKTOP_ID}.metainfo.xml")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", version)
        .replace("@DATE@", release_date),
        encoding="utf-8",
    )
    man1 = share / "man" / "man1"
    man1.mkdir(parents=True)
    page = (LINUX_FILES / f"{EXECUTABLE}.1").read_text(encoding="utf-8")
    (man1 / f"{EXECUTABLE}.1.gz").write_bytes(_gzip_n(page.replace("@VERSION@", version).encode()))
    doc = share / "doc" / APP_ID
    doc.mkdir(parents=True)
    shutil.copy2(LINUX_FILES / "copyright", doc / "copyright")
    # The bundle's programs sit at its top; libraries (even runnable ones such as
    # libQt6Core.so) are 0644 as Debian policy wants.
    return {path for path in opt.iterdir() if path.is_file() and _is_executable_elf(path)}


def build_deb(
    layout: Layout,
    version: str,
    *,
    compression: str = "zstd",
    level: int | None = None,
    allow_unresolved: bool = False,
) -> Path:
    """Stage the package tree under build/deb/ and run ``dpkg-deb --build``."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found: the deb target needs a Debian-based system")
    arch = deb_architecture()
    epoch = source_date_epoch()
    stage = layout.work / "deb" / f"{APP_ID}_{version}_{arch}"
    started = time.monotonic()
    executables = stage_linux_tree(layout, version, stage, epoch)
    doc = stage / "usr" / "share" / "doc" / APP_ID
    (doc / "changelog.gz").write_bytes(_debian_changelog(version, epoch))
    overrides = stage / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy2(LINUX_FILES / "lintian-overrides", overrides / APP_ID)

    depends, recommends = deb_depends(
        stage / LINUX_INSTALL_DIR, layout.work, allow_unresolved=allow_unresolved
    )
    debian = stage / "DEBIAN"
    debian.mkdir()
    _normalize_tree(stage, epoch, executables)
    control = "\n".join(
        [
            f"Package: {APP_ID}",
            f"Version: {version}",
            f"Architecture: {arch}",
            f"Maintainer: {DEB_MAINTAINER}",
            f"Installed-Size: {_installed_size_kib(stage)}",
            f"Depends: {', '.join(depends)}",
            f"Recommends: {', '.join([*DEB_RECOMMENDS, *recommends])}",
            f"Section: {DEB_SECTION}",
            "Priority: optional",
            f"Homepage: {HOMEPAGE}",
            f"Description: {DEB_DESCRIPTION}",
            "",
        ]
    )
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "control").chmod(0o644)
    (debian / "md5sums").write_text(_md5sums(stage), encoding="utf-8")
    (debian / "md5sums").chmod(0o644)
    for entry in (debian, debian / "control", debian / "md5sums"):
        os.utime(entry, (epoch, epoch))
    staged = time.monotonic() - started

    layout.dist.mkdir(parents=True, exist_ok=True)
    out = layout.dist / f"{APP_ID}_{version}_{arch}.deb"
    args: list[str | Path] = ["dpkg-deb", "--root-owner-group", f"-Z{compression}"]
    if level is not None:
        args.append(f"-z{level}")
    args += ["--build", stage, out]
    started = time.monotonic()
    run(args, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    packed = time.monotonic() - started
    log(
        f"deb {shown(out)}: {human(out.stat().st_size)} "
        f"(-Z{compression}{'' if level is None else f' -z{level}'}), installed size "
        f"{_installed_size_kib(stage) / 1024:.1f} MiB; staged in {staged:.1f} s, "
        f"packed in {packed:.1f} s"
    )
    return out


def _md5sums(stage: Path) -> str:
    lines = []
    for entry in sorted(stage.rglob("*")):
        relative = entry.relative_to(stage)
        if relative.parts[0] == "DEBIAN" or entry.is_symlink() or not entry.is_file():
            continue
        digest = hashlib.md5(entry.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {relative.as_posix()}\n")
    return "".join(lines)


def _rpm_spec(version: str, stage: Path, executables: set[Path], epoch: int) -> str:
    """A binary-only spec whose %install copies the staged tree."""
    opt = stage / LINUX_INSTALL_DIR
    bundled = {re.escape(path.name.split(".so")[0]) for path in opt.rglob("*.so*")}
    # What only the weak plugins need becomes Recommends (by soname), not Requires.
    weak = {
        soname
        for path in opt.rglob("*.so")
        if path.name in bundle_rules.WEAK_QT_PLUGINS
        for soname in bundle_rules.elf_needed(path)
    }
    strong = {
        soname
        for path in bundle_rules.iter_bundle_elves(opt)
        if path.name not in bundle_rules.WEAK_QT_PLUGINS
        for soname in bundle_rules.elf_needed(path)
    }
    weak_only = sorted(weak - strong - {path.name for path in opt.rglob("*.so*")})
    excluded = sorted(bundled | {re.escape(name.split(".so")[0]) for name in weak_only})
    files = []
    for entry in sorted(stage.rglob("*")):
        relative = "/" + entry.relative_to(stage).as_posix()
        if entry.is_dir() and not entry.is_symlink():
            if relative == f"/{LINUX_INSTALL_DIR}" or relative.startswith(f"/{LINUX_INSTALL_DIR}/"):
                files.append(f"%dir {relative}")
            continue
        mode = "0755" if entry in executables else "0644"
        prefix = "%doc " if relative.startswith("/usr/share/doc/") else ""
        if entry.is_symlink():
            files.append(f'"{relative}"')
        else:
            files.append(f'%attr({mode},root,root) {prefix}"{relative}"')
    changelog_date = datetime.fromtimestamp(epoch, UTC).strftime("%a %b %d %Y")
    description = "\n".join(
        line[1:] if line != " ." else "" for line in DEB_DESCRIPTION.splitlines()[1:]
    )
    return "\n".join(
        [
            f"Name: {APP_ID}",
            f"Version: {version}",
            "Release: 1",
            f"Summary: {DEB_DESCRIPTION.splitlines()[0][0].upper()}"
            f"{DEB_DESCRIPTION.splitlines()[0][1:]}",
            "License: MIT AND LGPL-3.0-only AND PSF-2.0 AND Apache-2.0 AND BSD-3-Clause "
            "AND MPL-2.0 AND Unicode-3.0",
            f"URL: {HOMEPAGE}",
            "Recommends: gnome-keyring",
            *(f"Recommends: {name}()(64bit)" for name in weak_only),
            # The bundle's own libraries are private: never offered to other packages,
            # and not required from the system.
            "%global __provides_exclude_from ^/opt/.*$",
            f"%global __requires_exclude ^({'|'.join(excluded)})\\.so.*$",
            "%global __os_install_post %{nil}",
            "%global debug_package %{nil}",
            "%global _build_id_links none",
            "%global source_date_epoch_from_changelog 0",
            "%global use_source_date_epoch_as_buildtime 1",
            "%global clamp_mtime_to_source_date_epoch 1",
            "%global _buildhost reproducible",
            "",
            "%description",
            description,
            "",
            "%install",
            f"cp -a '{stage}/.' %{{buildroot}}/",
            "",
            "%post",
            "update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :",
            "touch --no-create /usr/share/icons/hicolor >/dev/null 2>&1 || :",
            "",
            "%postun",
            "update-desktop-database -q /usr/share/applications >/dev/null 2>&1 || :",
            "if [ $1 -eq 0 ]; then",
            "  touch --no-create /usr/share/icons/hicolor >/dev/null 2>&1 || :",
            "  gtk-update-icon-cache -q /usr/share/icons/hicolor >/dev/null 2>&1 || :",
            "fi",
            "",
            "%posttrans",
            "gtk-update-icon-cache -q /usr/share/icons/hicolor >/dev/null 2>&1 || :",
            "",
            "%files",
            *files,
            "",
            "%changelog",
            f"* {changelog_date} {DEB_MAINTAINER} - {version}-1",
            f"- Release {version}.",
            "",
        ]
    )


def build_rpm(layout: Layout, version: str) -> Path:
    """Stage the same tree as the .deb and package it with ``rpmbuild -bb``."""
    if shutil.which("rpmbuild") is None:
        raise SystemExit("rpmbuild not found: install rpm (Debian: apt-get install rpm)")
    epoch = source_date_epoch()
    top = layout.work / "rpm"
    if top.exists():
        shutil.rmtree(top)
    stage = top / "root"
    started = time.monotonic()
    executables = stage_linux_tree(layout, version, stage, epoch)
    _normalize_tree(stage, epoch, executables)
    spec = top / f"{APP_ID}.spec"
    spec.write_text(_rpm_spec(version, stage, executables, epoch), encoding="utf-8")
    rpmdir = top / "out"
    run(
        [
            "rpmbuild",
            "-bb",
            "--quiet",
            "--target",
            platform.machine(),
            "--define",
            f"_topdir {top}",
            "--define",
            f"_rpmdir {rpmdir}",
            "--define",
            "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm",
            "--define",
            "_binary_payload w9.zstdio",
            "--nodeps",
            spec,
        ],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
    )
    built = sorted(rpmdir.glob("*.rpm"))
    if len(built) != 1:
        raise SystemExit(f"rpmbuild produced {built}")
    layout.dist.mkdir(parents=True, exist_ok=True)
    out = layout.dist / built[0].name
    shutil.move(built[0], out)
    log(f"rpm {shown(out)}: {human(out.stat().st_size)} in {time.monotonic() - started:.1f} s")
    return out


# -- Windows: Inno Setup ------------------------------------------------------------------


def make_icon(kind: str, out: Path) -> Path:
    """Render the app icon with the project's PySide6 (packaging/make_icons.py)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, HERE / "make_icons.py", kind, out], env=env, timeout=300)
    return out


def find_iscc() -> Path:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (candidate := Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return candidate
    raise SystemExit(
        "Inno Setup 6 (ISCC.exe) not found: install it, e.g. `choco install innosetup`"
    )


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``1.2.0rc1`` -> ``(1, 2, 0, 0)``: Windows version resources take four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts = [*numbers, 0, 0, 0, 0][:4]
    return parts[0], parts[1], parts[2], parts[3]


def windows_version_file(version: str, out: Path) -> Path:
    """A PyInstaller version file: the programs' version resource (Explorer, Get-Item)."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "SendClean SMTP Manager developers",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXECUTABLE,
        "LegalCopyright": "SendClean SMTP Manager developers, MIT License",
        "OriginalFilename": f"{EXECUTABLE}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{entries}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n",
        encoding="utf-8",
    )
    return out


def inno_arguments(
    version: str, source: str, output: str, icon: str, *, sign_command: str = ""
) -> list[str]:
    """ISCC's options for packaging/windows/sendclean-smtp.iss (paths as ISCC sees them).

    ``sign_command`` (e.g. ``signtool sign /f cert.pfx /p ... /fd sha256 $f``) signs the
    installer and the uninstaller; nothing is signed without it.
    """
    arguments = [
        "/Qp",
        f"/DAppVersion={version}",
        "/DNumericVersion=" + ".".join(map(str, numeric_version(version))),
        f"/DSourceDir={source}",
        f"/DOutputDir={output}",
        f"/DAppIcon={icon}",
    ]
    if sign_command:
        arguments += [f"/Ssendclean={sign_command}", "/DSignToolName=sendclean"]
    return arguments


def build_windows(layout: Layout, version: str, *, allow_dev_packages: bool = False) -> Path:
    icon = make_icon("ico", layout.work / "windows" / "app.ico")
    version_file = windows_version_file(version, layout.work / "windows" / "version-info.txt")
    bundle = build_bundle(
        layout,
        icon=icon,
        env_extra={"SENDCLEAN_BUNDLE_VERSION_FILE": str(version_file)},
        allow_dev_packages=allow_dev_packages,
    )
    iscc = find_iscc()
    sign = os.environ.get("SENDCLEAN_SIGNTOOL", "")
    log("code signing: " + ("on (SENDCLEAN_SIGNTOOL)" if sign else "off"))
    arguments = inno_arguments(version, str(bundle), str(layout.dist), str(icon), sign_command=sign)
    subprocess.run([str(iscc), *arguments, str(INNO_SCRIPT)], check=True, cwd=ROOT, timeout=1800)
    out = layout.dist / f"{APP_ID}_{version}_windows-x64-setup.exe"
    if not out.is_file():
        raise SystemExit(f"ISCC did not produce {out}")
    log(f"installer {shown(out)}: {human(out.stat().st_size)}")
    return out


# -- macOS: .app + .dmg -------------------------------------------------------------------


def build_macos(layout: Layout, version: str, *, allow_dev_packages: bool = False) -> Path:
    iconset = layout.work / "macos" / f"{APP_ID}.iconset"
    if iconset.exists():
        shutil.rmtree(iconset)
    make_icon("iconset", iconset)
    icns = layout.work / "macos" / f"{APP_ID}.icns"
    run(["iconutil", "-c", "icns", iconset, "-o", icns])
    plist_path = layout.work / "macos" / "Info.plist"
    plist_path.write_bytes(INFO_PLIST_TEMPLATE.read_bytes().replace(b"@VERSION@", version.encode()))
    plist = plistlib.loads(plist_path.read_bytes())  # fails early on a broken template
    if plist.get("CFBundleIconFile") != icns.name:
        raise SystemExit(f"{INFO_PLIST_TEMPLATE}: CFBundleIconFile must be {icns.name}")
    app = layout.mac_app
    if app.exists():
        shutil.rmtree(app)
    build_bundle(
        layout,
        icon=icns,
        env_extra={"SENDCLEAN_INFO_PLIST": str(plist_path)},
        allow_dev_packages=allow_dev_packages,
    )
    if not app.is_dir():
        raise SystemExit(f"PyInstaller did not produce {app}")
    identity = os.environ.get("SENDCLEAN_CODESIGN_IDENTITY", "")
    if identity:
        # Hardened runtime and a secure time stamp, as notarization requires.
        log("code signing: on (SENDCLEAN_CODESIGN_IDENTITY)")
        sign = ["codesign", "--force", "--deep", "--options", "runtime", "--timestamp"]
        run([*sign, "--sign", identity, app])
        run(["codesign", "--verify", "--deep", "--strict", app])
    else:
        log("code signing: off (no SENDCLEAN_CODESIGN_IDENTITY)")
    out = layout.dist / f"{APP_ID}_{version}_macos-{platform.machine()}.dmg"
    run(["bash", MAKE_DMG, app, out, f"{APP_NAME} {version}"])
    log(f"disk image {shown(out)}: {human(out.stat().st_size)}")
    return out


# -- command line -------------------------------------------------------------------------


def targets_for_this_os() -> list[str]:
    if sys.platform.startswith("linux"):
        found = [
            name for name, tool in (("deb", "dpkg-deb"), ("rpm", "rpmbuild")) if shutil.which(tool)
        ]
        return found or ["bundle"]
    if sys.platform == "win32":
        return ["windows"]
    if sys.platform == "darwin":
        return ["macos"]
    return ["bundle"]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    epilog = "targets:\n" + "\n".join(f"  {name:<8} {text}" for name, text in TARGETS.items())
    parser = argparse.ArgumentParser(
        prog="packaging/build.py",
        description=f"Build the {APP_NAME} bundle and installers.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("target", nargs="?", default="all", choices=list(TARGETS))
    parser.add_argument(
        "--print-version",
        action="store_true",
        help="print the version (app/__init__.py's __version__) and exit",
    )
    parser.add_argument(
        "--no-trim",
        action="store_true",
        help="bundle everything PyInstaller collects (to measure what trimming saves)",
    )
    parser.add_argument(
        "--skip-bundle",
        action="store_true",
        help="deb, rpm: package the existing dist/sendclean-smtp-manager/ without rebuilding it",
    )
    parser.add_argument(
        "--compression",
        default="zstd",
        choices=("zstd", "xz", "gzip", "none"),
        help="deb: dpkg-deb compressor (default zstd)",
    )
    parser.add_argument("--level", type=int, help="deb: compression level (dpkg-deb -z)")
    parser.add_argument(
        "--dist",
        type=Path,
        default=Layout.dist,
        help="output folder for the bundle and installers (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Layout.work,
        help="folder for intermediate files (default: build/)",
    )
    parser.add_argument(
        "--allow-dev-packages",
        action="store_true",
        help="build even though test-only packages are installed (not for a release)",
    )
    parser.add_argument(
        "--allow-unresolved",
        action="store_true",
        help="deb: only warn when a library the bundle needs is not installed here",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    version = read_version()
    if options.print_version:
        print(version)
        return 0
    targets = targets_for_this_os() if options.target == "all" else [options.target]
    layout = Layout(dist=options.dist.resolve(), work=options.work.resolve())
    log(f"{APP_NAME} {version}: building {', '.join(targets)} on {sys.platform}")
    started = time.monotonic()
    allow_dev = options.allow_dev_packages
    bundle_built = False  # deb and rpm package the same bundle
    for target in targets:
        if target == "bundle":
            build_bundle(layout, trim=not options.no_trim, allow_dev_packages=allow_dev)
        elif target in ("deb", "rpm"):
            if not sys.platform.startswith("linux"):
                raise SystemExit(f"the {target} target builds on Linux only")
            if not options.skip_bundle and not bundle_built:
                build_bundle(layout, trim=not options.no_trim, allow_dev_packages=allow_dev)
                bundle_built = True
            if target == "deb":
                build_deb(
                    layout,
                    version,
                    compression=options.compression,
                    level=options.level,
                    allow_unresolved=options.allow_unresolved,
                )
            else:
                build_rpm(layout, version)
        elif target == "windows":
            if sys.platform != "win32":
                raise SystemExit("the windows target builds on Windows only")
            build_windows(layout, version, allow_dev_packages=allow_dev)
        elif target == "macos":
            if sys.platform != "darwin":
                raise SystemExit("the macos target builds on macOS only")
            build_macos(layout, version, allow_dev_packages=allow_dev)
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

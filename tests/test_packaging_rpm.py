"""The RPM package for Fedora/openSUSE, built here with Debian's rpmbuild.

``packaging/build.py rpm`` stages the same tree as the .deb and packages it with
``rpmbuild -bb``. The test reads the package back with ``rpm -qp`` and checks its
metadata, file list and modes, scripts, and ``Requires``: library sonames only (the
bundle's own libraries neither required nor provided), each one a Fedora system
provides. It installs nothing (Debian's rpm has no Fedora system to install into).

A package test: it runs only with SENDCLEAN_PACKAGE_TESTS=1 (``tests/packaging_support.py``).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app import APP_ID, __version__

try:
    import packaging_support as ps
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import packaging_support as ps

pytestmark = [*ps.PACKAGE_TEST_MARKS, pytest.mark.timeout(900)]

DESKTOP_ID = "net.sendclean.SmtpManager"
#: Sonames (without the ``()(64bit)`` mark) that Fedora 38 and later provide, by package:
#: glibc, libgcc, libstdc++, openssl-libs, zlib(-ng-compat), libffi, libuuid, libzstd,
#: sqlite-libs (the local store),
#: dbus-libs, libglvnd-{egl,glx,opengl}, fontconfig, freetype, glib2, libwayland-*,
#: libX11(-xcb), libxcb, xcb-util-{cursor,image,keysyms,renderutil,wm}, xcb-util,
#: libxkbcommon(-x11).
FEDORA_SONAMES = frozenset(
    {
        "ld-linux-x86-64.so.2",
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libutil.so.1",
        "libgcc_s.so.1",
        "libstdc++.so.6",
        "libssl.so.3",
        "libcrypto.so.3",
        "libz.so.1",
        "libffi.so.8",
        "libsqlite3.so.0",
        "libuuid.so.1",
        "libzstd.so.1",
        "libdbus-1.so.3",
        "libEGL.so.1",
        "libGL.so.1",
        "libGLX.so.0",
        "libOpenGL.so.0",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libglib-2.0.so.0",
        "libgobject-2.0.so.0",
        "libgio-2.0.so.0",
        "libgthread-2.0.so.0",
        "libwayland-client.so.0",
        "libwayland-cursor.so.0",
        "libwayland-egl.so.1",
        "libX11.so.6",
        "libX11-xcb.so.1",
        "libxcb.so.1",
        "libxcb-cursor.so.0",
        "libxcb-glx.so.0",
        "libxcb-icccm.so.4",
        "libxcb-image.so.0",
        "libxcb-keysyms.so.1",
        "libxcb-randr.so.0",
        "libxcb-render.so.0",
        "libxcb-render-util.so.0",
        "libxcb-shape.so.0",
        "libxcb-shm.so.0",
        "libxcb-sync.so.1",
        "libxcb-util.so.1",
        "libxcb-xfixes.so.0",
        "libxcb-xkb.so.1",
        "libxkbcommon.so.0",
        "libxkbcommon-x11.so.0",
    }
)
#: Non-library requirements rpmbuild adds itself.
RPMLIB = re.compile(r"^(rpmlib\(.*\)|/bin/sh|rtld\(GNU_HASH\))( .*)?$")
LIBRARY = re.compile(r"^(?P<soname>[\w.+-]+\.so(\.[\w.]+)?)(\((?P<version>[^)]*)\))?\(64bit\)$")


@pytest.fixture(scope="module")
def rpm(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    ps.require_tools("rpmbuild", "rpm", hint="apt-get install rpm")
    out = tmp_path_factory.mktemp("rpm")
    started = time.monotonic()
    ps.build("rpm", out)
    ps.report(
        request, f"test_packaging_rpm: build (bundle + rpm) {time.monotonic() - started:.1f} s"
    )
    built = sorted((out / "dist").glob("*.rpm"))
    assert len(built) == 1, built
    return built[0]


def _query(rpm: Path, *args: str) -> str:
    return ps.run(["rpm", "-qp", *args, rpm]).stdout


def test_metadata(rpm: Path) -> None:
    fields = {
        key: _query(rpm, "--qf", f"%{{{key}}}")
        for key in ("NAME", "VERSION", "RELEASE", "ARCH", "LICENSE", "URL", "SUMMARY")
    }
    assert fields["NAME"] == APP_ID
    assert fields["VERSION"] == __version__
    assert fields["RELEASE"] == "1"
    assert fields["ARCH"] == "x86_64"
    assert rpm.name == f"{APP_ID}-{__version__}-1.x86_64.rpm"
    assert fields["LICENSE"].startswith("MIT AND ")
    assert fields["URL"].startswith("https://")
    assert fields["SUMMARY"][0].isupper()
    assert "SMTP users" in " ".join(_query(rpm, "--qf", "%{DESCRIPTION}").split())
    recommends = _query(rpm, "--recommends").split()
    assert "gnome-keyring" in recommends
    # GTK only for the GTK3 theme plugin: recommended, not required.
    assert "libgtk-3.so.0()(64bit)" in recommends, recommends
    assert "libgtk-3.so.0()(64bit)" not in _query(rpm, "--requires")


def test_file_list_and_modes(rpm: Path) -> None:
    listing = _query(rpm, "--qf", "[%{FILEMODES:perms} %{FILEUSERNAME} %{FILENAMES}\n]")
    entries = {}
    for line in listing.splitlines():
        mode, owner, path = line.split(" ", 2)
        assert owner == "root", line
        entries[path] = mode
    opt = f"/opt/{APP_ID}"
    for path in (
        f"{opt}/sendclean-smtp",
        f"{opt}/sendclean-keyring-probe",
    ):
        assert entries[path] == "-rwxr-xr-x", path
    assert entries["/usr/bin/sendclean-smtp"].startswith("l")
    assert entries[f"{opt}/_internal"] == "drwxr-xr-x"
    for path in (
        f"/usr/share/applications/{DESKTOP_ID}.desktop",
        f"/usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
        f"/usr/share/icons/hicolor/256x256/apps/{DESKTOP_ID}.png",
        f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml",
        "/usr/share/man/man1/sendclean-smtp.1.gz",
        f"/usr/share/doc/{APP_ID}/copyright",
    ):
        assert entries[path] == "-rw-r--r--", path
    # Only the app's own folders: never /usr, /usr/share/... (owned by the filesystem).
    directories = [path for path, mode in entries.items() if mode.startswith("d")]
    assert all(path.startswith(opt) for path in directories), directories
    assert not any(path.startswith("/usr/share/lintian") for path in entries)
    link = _query(rpm, "--qf", "[%{FILENAMES} %{FILELINKTOS}\n]")
    assert f"/usr/bin/sendclean-smtp {opt}/sendclean-smtp" in link.splitlines()


def test_carries_the_compiled_german_catalog(rpm: Path) -> None:
    files = _query(rpm, "--qf", "[%{FILENAMES}\n]").splitlines()
    catalogs = [f for f in files if "/resources/translations/" in f]
    assert [Path(f).name for f in catalogs] == [f"{APP_ID}_de.qm"], catalogs
    assert any(f.endswith("/qtbase_de.qm") for f in files)  # Qt's own words in German


def test_requires_are_sonames_fedora_provides(rpm: Path) -> None:
    requires = [line.strip() for line in _query(rpm, "--requires").splitlines() if line.strip()]
    libraries: dict[str, set[str]] = {}
    others = []
    for requirement in requires:
        match = LIBRARY.match(requirement)
        if match:
            libraries.setdefault(match["soname"], set()).add(match["version"] or "")
        elif not RPMLIB.match(requirement):
            others.append(requirement)
    assert others == [], f"requirements that are not library sonames: {others}"
    unknown = sorted(set(libraries) - FEDORA_SONAMES)
    assert unknown == [], f"not provided by a Fedora system: {unknown}"
    for needed in ("libssl.so.3", "libz.so.1", "libffi.so.8", "libc.so.6", "libxcb-cursor.so.0"):
        assert needed in libraries, needed
    glibc = [v for v in libraries["libc.so.6"] if v.startswith("GLIBC_")]
    assert glibc, libraries["libc.so.6"]
    # The bundle's own libraries are private: not provided to other packages.
    provides = _query(rpm, "--provides")
    assert not re.search(r"lib(Qt6|pyside6|shiboken6|python3|icu)", provides), provides


def test_scripts(rpm: Path) -> None:
    scripts = _query(rpm, "--scripts")
    assert "update-desktop-database" in scripts
    assert "gtk-update-icon-cache" in scripts
    # Every command is allowed to fail (a minimal system lacks the tools).
    for line in scripts.splitlines():
        if "update-desktop-database" in line or "gtk-update-icon-cache" in line:
            assert line.rstrip().endswith("|| :"), line

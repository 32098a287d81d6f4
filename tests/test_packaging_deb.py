"""The Debian package: build it, install it, run the installed app, purge it.

The module builds ``sendclean-smtp-manager_<version>_<arch>.deb`` with
``packaging/build.py deb`` from the runtime-only environment (``build/runtime-venv``:
``uv run --no-dev --group build --exact``) into a temporary folder, installs it with
``dpkg -i`` and checks:

* no test-only package (anything the ``dev`` group installs that the runtime does not
  need) is frozen into the bundle;
* the control fields, versioned ``Depends`` on the system's libssl3, zlib, libffi and
  libc6, file list, owners and permissions, the desktop entry (desktop-file-validate),
  AppStream metainfo (appstreamcli: no error or warning), reverse-DNS IDs, DEP-5
  copyright, Debian changelog and the manual page;
* ``lintian --pedantic``: no error or warning but those the package's overrides file
  lists with their reasons;
* that every library the bundle links against is found (``ldd``), the bundle holds no
  copy of a system library and no build-host RUNPATH, and is at most 150 MiB;
* ``/usr/bin/sendclean-smtp --sandbox --self-test`` offscreen and under Xvfb (xcb);
* that the installed bundle stores and reads a token in a real gnome-keyring, through
  its ``sendclean-keyring-probe`` executable (the app's own ``KeyringTokenStore`` in the
  frozen bundle), on a private D-Bus session (``tests/keyring_session.py``);
* an upgrade from a release with the old desktop entry name removes that entry;
* a second build of the same commit gives a bit-identical .deb (reproducible build);
* that ``dpkg --purge`` leaves nothing behind, and the app wrote nothing into /opt.

A package test: it runs only with SENDCLEAN_PACKAGE_TESTS=1 and needs Linux, dpkg,
lintian, desktop-file-utils, appstream and root (``tests/packaging_support.py``).
The package is purged at the end, also when a test fails.
"""

from __future__ import annotations

import configparser
import gzip
import http.client
import json
import os
import re
import secrets
import shutil
import ssl
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from app import APP_ID, __version__
from app.sandbox import Sandbox

try:  # tests/ is on sys.path under pytest's default (rootdir-less) import mode
    import keyring_session as ks
    import packaging_support as ps
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import keyring_session as ks
    from tests import packaging_support as ps

pytestmark = [*ps.PACKAGE_TEST_MARKS, pytest.mark.timeout(900)]

ROOT = ps.ROOT
PACKAGE = APP_ID
DESKTOP_ID = "net.sendclean.SmtpManager"
OPT = Path("/opt") / APP_ID
BIN = Path("/usr/bin/sendclean-smtp")
PROBE = OPT / "sendclean-keyring-probe"
DESKTOP = Path(f"/usr/share/applications/{DESKTOP_ID}.desktop")
OLD_DESKTOP = Path(f"/usr/share/applications/{APP_ID}.desktop")
ICON_SVG = Path(f"/usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg")
ICON_PNG = Path(f"/usr/share/icons/hicolor/256x256/apps/{DESKTOP_ID}.png")
METAINFO = Path(f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml")
MANPAGE = Path("/usr/share/man/man1/sendclean-smtp.1.gz")
DOC = Path(f"/usr/share/doc/{APP_ID}")
LINTIAN_OVERRIDES = Path(f"/usr/share/lintian/overrides/{APP_ID}")
INSTALLED_PATHS = (OPT, BIN, DESKTOP, ICON_SVG, ICON_PNG, METAINFO, MANPAGE, DOC)
REQUIRED_DEPENDS = (
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
#: System libraries the bundle takes from the system, with a minimum version.
VERSIONED_DEPENDS = ("libc6", "libssl3", "zlib1g", "libffi8")
#: Host libraries that must not be copied into the bundle (the system's are used).
SYSTEM_LIBRARY = re.compile(
    r"^lib(gtk|gdk|cairo|pango|gio|atk|epoxy|harfbuzz|stdc\+\+|gcc_s|ssl|crypto|z|ffi|"
    r"bz2|lzma|uuid|expat|sqlite3|ncurses|readline)[-.]"
)
MAX_INSTALLED_MIB = 150
RUN_TIMEOUT_S = ps.RUN_TIMEOUT_S
_problem = ps.problem
_run = ps.run
_last_json = ps.last_json


def _installed() -> bool:
    """True while dpkg knows the package: installed, or removed with its config left."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.returncode == 0 and not result.stdout.endswith("not-installed")


def _ar_members(path: Path) -> list[str]:
    """Member names of an ar archive (a .deb is one)."""
    data = path.read_bytes()
    assert data[:8] == b"!<arch>\n", "not an ar archive"
    names = []
    offset = 8
    while offset + 60 <= len(data):
        header = data[offset : offset + 60]
        names.append(header[:16].decode().strip().rstrip("/"))
        size = int(header[48:58].decode().strip())
        offset += 60 + size + (size % 2)
    return names


def _purge() -> subprocess.CompletedProcess[str]:
    return _run(["dpkg", "--purge", PACKAGE], timeout=120, check=False)


def _tree(root: Path) -> set[str]:
    return {str(path) for path in root.rglob("*")} if root.exists() else set()


@dataclass
class Installed:
    deb: Path
    workdir: Path
    timings: dict[str, float] = field(default_factory=dict)
    build_log: str = ""
    files_after_install: set[str] = field(default_factory=set)
    package_list: list[str] = field(default_factory=list)
    old_desktop_after_upgrade: bool = True

    def timed(self, name: str, started: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.monotonic() - started


def _missing_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def _depends(control: str) -> list[str]:
    match = re.search(r"^Depends: (.*)$", control, re.MULTILINE)
    assert match, control
    return [part.strip().split(" ")[0] for part in match.group(1).split(",")]


def _install_old_release(workdir: Path) -> None:
    """Install a stand-in for a release before the reverse-DNS ID (0.0.1, old names)."""
    stage = workdir / "old-release"
    applications = stage / "usr" / "share" / "applications"
    icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    applications.mkdir(parents=True)
    icons.mkdir(parents=True)
    (applications / OLD_DESKTOP.name).write_text(
        "[Desktop Entry]\nType=Application\nName=SendClean SMTP Manager\n"
        f"Exec=sendclean-smtp\nIcon={APP_ID}\nCategories=Network;Email;\n",
        encoding="utf-8",
    )
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", icons / f"{APP_ID}.svg")
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"Package: {PACKAGE}\nVersion: 0.0.1\nArchitecture: all\n"
        "Maintainer: SendClean SMTP Manager developers <packaging@sendclean.invalid>\n"
        "Description: stand-in for an old release\n",
        encoding="utf-8",
    )
    old = workdir / "old.deb"
    _run(["dpkg-deb", "--root-owner-group", "--build", stage, old])
    _run(["dpkg", "-i", old], timeout=120)
    assert OLD_DESKTOP.is_file()


@pytest.fixture(scope="module")
def installed(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Installed]:
    """Build the .deb, install it; purge it afterwards whatever happened."""
    ps.require_root()
    ps.require_tools("dpkg", "dpkg-deb", "dpkg-query", "dpkg-shlibdeps", hint="dpkg-dev")

    workdir = tmp_path_factory.mktemp("deb")
    started_all = time.monotonic()
    started = time.monotonic()
    build = ps.build("deb", workdir)
    debs = sorted((workdir / "dist").glob(f"{APP_ID}_{__version__}_*.deb"))
    assert len(debs) == 1, debs
    state = Installed(deb=debs[0], workdir=workdir, build_log=build.stdout)
    state.timed("build (bundle + deb)", started)

    try:
        if _installed():  # left over from an interrupted run
            _purge()
        _install_old_release(workdir)
        control = _run(["dpkg-deb", "-f", state.deb]).stdout
        absent = _missing_packages(_depends(control))
        if absent:  # .ci/run installs them; install what a changed Depends adds
            started = time.monotonic()
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            _run(["apt-get", "update", "-qq"], timeout=300, env=env)
            _run(
                ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *absent],
                timeout=300,
                env=env,
            )
            state.timed("apt-get install of missing Depends", started)
        started = time.monotonic()
        _run(["dpkg", "-i", state.deb], timeout=180)
        state.timed("dpkg -i", started)
        state.old_desktop_after_upgrade = os.path.lexists(OLD_DESKTOP)
        state.files_after_install = _tree(OPT)
        state.package_list = _run(["dpkg", "-L", PACKAGE]).stdout.splitlines()
        yield state
    finally:
        if _installed():
            started = time.monotonic()
            _purge()
            state.timed("dpkg --purge", started)
        state.timings["whole module"] = time.monotonic() - started_all
        summary = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in state.timings.items())
        ps.report(request, f"test_packaging_deb timings: {summary}")


def _app_env(root: Path, **extra: str) -> dict[str, str]:
    """A private HOME/XDG environment without display or bus, plus ``extra``."""
    runtime = root / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = ks.isolated_env(root, runtime)
    for name in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE", "SENDCLEAN_TOKEN"):
        env.pop(name, None)
    env.update(extra)
    return env


# -- the package's contents ---------------------------------------------------------------


def test_control_fields(installed: Installed) -> None:
    control = _run(["dpkg-deb", "-f", installed.deb]).stdout
    fields = dict(re.findall(r"^([\w-]+): (.*)$", control, re.MULTILINE))
    arch = _run(["dpkg", "--print-architecture"]).stdout.strip()
    assert fields["Package"] == APP_ID
    assert fields["Version"] == __version__
    assert fields["Architecture"] == arch
    assert installed.deb.name == f"{APP_ID}_{__version__}_{arch}.deb"
    assert re.match(r"^.+ <[^@\s]+@[^@\s]+>$", fields["Maintainer"])
    assert fields["Section"] in ("mail", "net")
    assert fields["Priority"] == "optional"
    assert fields["Description"].strip()
    assert "gnome-keyring" in fields["Recommends"]
    # GTK only for the GTK3 theme plugin: recommended, not required.
    assert re.search(r"(^|, )libgtk-3-0 \(>= [^)]+\)", fields["Recommends"]), fields["Recommends"]
    depends = _depends(control)
    assert set(REQUIRED_DEPENDS) <= set(depends), set(REQUIRED_DEPENDS) - set(depends)
    # The system's OpenSSL, zlib, libffi and glibc, with the lowest version providing
    # every symbol the bundle uses (dpkg-shlibdeps).
    versioned = dict(re.findall(r"([\w.+-]+) \(>= ([^)]+)\)", fields["Depends"]))
    assert set(VERSIONED_DEPENDS) <= set(versioned), fields["Depends"]
    assert not any(
        name.startswith(("libgtk", "libgdk", "libcairo", "libpango")) for name in depends
    )
    assert re.fullmatch(r"2\.\d+", versioned["libc6"]), versioned["libc6"]
    assert fields.get("Homepage", "").startswith("https://")
    # dpkg-deb compressed the data with zstd (fast to build; Debian 12's dpkg reads it).
    assert _ar_members(installed.deb)[:1] == ["debian-binary"]
    assert "data.tar.zst" in _ar_members(installed.deb)

    installed_kib = int(fields["Installed-Size"])
    du_kib = int(_run(["du", "-sk", OPT]).stdout.split()[0])
    assert abs(installed_kib - du_kib) <= max(2048, du_kib // 20), (installed_kib, du_kib)
    status = _run(["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE]).stdout
    assert status == f"install ok installed {__version__}"


def test_installed_size_and_trimmed_bundle(installed: Installed) -> None:
    du_bytes = int(_run(["du", "-sb", OPT]).stdout.split()[0])
    assert du_bytes <= MAX_INSTALLED_MIB * 1024 * 1024, f"{du_bytes / 2**20:.1f} MiB installed"
    names = [Path(path).name for path in installed.files_after_install]
    assert sorted(name for name in names if SYSTEM_LIBRARY.match(name)) == []
    # Qt's translations only for the languages the app has a catalog for: the build
    # compiles each resources/translations/<app>_<lang>.ts into <app>_<lang>.qm.
    sources = sorted((ROOT / "resources" / "translations").glob(f"{APP_ID}_*.ts"))
    own = {path.stem.removeprefix(f"{APP_ID}_") for path in sources}
    languages = own | {language.split("_")[0] for language in own}
    allowed = {f"qtbase_{language}.qm" for language in languages}
    allowed |= {f"{APP_ID}_{language}.qm" for language in own}
    assert f"{APP_ID}_de.qm" in allowed
    qm_files = [Path(path).name for path in installed.files_after_install if path.endswith(".qm")]
    assert sorted(set(qm_files) - allowed) == []
    assert not list(OPT.rglob("*.ts")) and not (OPT / "_internal/resources/screenshots").exists()
    plugins = OPT / "_internal" / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    # The GTK3 theme, as in a checkout (its GTK stack comes from the system).
    assert (plugins / "platformthemes" / "libqgtk3.so").is_file()
    # The keyring machinery the app finds through entry points is in the bundle.
    internal = OPT / "_internal"
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))


def test_every_linked_library_is_found(installed: Installed) -> None:
    internal = OPT / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    problems = []
    checked = 0
    for path in sorted(OPT.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        checked += 1
        out = _run(["ldd", path], env=env, check=False).stdout
        problems += [f"{path}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert checked > 20
    assert problems == []


def test_no_build_host_runpath(installed: Installed) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bundle_rules
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    bad = {}
    for elf in bundle_rules.iter_bundle_elves(OPT):
        paths = [p for entry in bundle_rules.elf_runpath(elf) for p in entry.split(":")]
        foreign = [path for path in paths if not path.startswith("$ORIGIN")]
        if foreign:
            bad[str(elf)] = foreign
    assert bad == {}


def _top_level_names(distribution: metadata.Distribution) -> set[str]:
    names = set()
    for file in distribution.files or []:
        top = file.parts[0]
        if top.endswith((".dist-info", ".pth", ".egg-info")) or top in ("..", "__pycache__"):
            continue
        names.add(top.split(".")[0])
    text = distribution.read_text("top_level.txt")
    names.update(line.strip() for line in (text or "").splitlines() if line.strip())
    return names


def _frozen_modules() -> set[str]:
    """Top-level names of the modules frozen into the installed programs."""
    code = (
        "import json, sys; from PyInstaller.archive.readers import pkg_archive_contents;"
        "print(json.dumps(sorted({n.split('.')[0] for p in sys.argv[1:] "
        "for n in pkg_archive_contents(p)})))"
    )
    frozen = ps.run(
        [*ps.runtime_command("python", "-c", code, BIN.resolve(), PROBE)],
        env=ps.runtime_env(),
        cwd=ROOT,
    )
    return set(json.loads(frozen.stdout.strip().splitlines()[-1]))


def test_no_test_only_package_in_the_bundle(installed: Installed) -> None:
    """Whatever the dev environment (this test's) has beyond the runtime-only one is absent.

    The runtime-only environment has the project, its dependencies and the build group;
    the top-level modules of every other distribution installed here must not be frozen
    into the programs or copied into ``_internal``.
    """
    listing = (
        "import json; from importlib import metadata;"
        "print(json.dumps(sorted({d.metadata['Name'].lower() for d in metadata.distributions()})))"
    )
    runtime = ps.run([*ps.runtime_command("python", "-c", listing)], env=ps.runtime_env(), cwd=ROOT)
    runtime_names = set(json.loads(runtime.stdout.strip().splitlines()[-1]))
    test_only: dict[str, str] = {}
    for distribution in metadata.distributions():
        name = distribution.metadata["Name"].lower()
        if name not in runtime_names:
            for module in _top_level_names(distribution):
                test_only[module] = name
    for expected in ("pytest", "_pytest", "pygments", "hypothesis"):
        assert expected in test_only, sorted(test_only)
    bundled = _frozen_modules()
    assert {"app", "httpx", "keyring", "PySide6"} <= bundled | {
        p.name for p in (OPT / "_internal").iterdir()
    }
    bundled |= {entry.name.split(".")[0] for entry in (OPT / "_internal").iterdir()}
    leaked = {module: test_only[module] for module in sorted(bundled & set(test_only))}
    assert leaked == {}, f"test-only modules in the bundle: {leaked}"


def test_lintian_clean(installed: Installed) -> None:
    ps.require_tools("lintian", hint="apt-get install lintian")
    started = time.monotonic()
    result = _run(
        ["lintian", "--pedantic", "--tag-display-limit", "0", installed.deb],
        timeout=600,
        check=False,
    )
    installed.timed("lintian", started)
    lines = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert lines == [], "\n".join(lines)
    assert result.returncode == 0, result.stdout + result.stderr
    # Every override carries a reason: a comment in the block of lines above it.
    has_reason = False
    for line in LINTIAN_OVERRIDES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            has_reason = False
        elif line.startswith("#"):
            has_reason = True
        else:
            assert has_reason, f"override without a reason: {line}"


def test_manual_page(installed: Installed) -> None:
    text = gzip.decompress(MANPAGE.read_bytes()).decode()
    assert text.startswith('.\\"') or text.startswith(".TH"), text[:80]
    assert f'"SendClean SMTP Manager {__version__}"' in text
    for option in ("sandbox", "api", "owner", "self", "version"):
        assert f"\\-\\-{option}" in text, option
    if shutil.which("man"):
        result = _run(["man", "--warnings", "-l", MANPAGE], env={**os.environ, "MANWIDTH": "80"})
        assert "sendclean-smtp" in result.stdout


def test_upgrade_from_the_old_desktop_id(installed: Installed) -> None:
    assert not installed.old_desktop_after_upgrade, f"{OLD_DESKTOP} left after the upgrade"
    assert not Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").exists()
    assert DESKTOP.is_file()


def test_files_owners_and_permissions(installed: Installed) -> None:
    listing = _run(["dpkg-deb", "-c", installed.deb]).stdout.splitlines()
    executables = {f"./opt/{APP_ID}/sendclean-smtp", f"./opt/{APP_ID}/sendclean-keyring-probe"}
    seen: set[str] = set()
    for line in listing:
        mode, owner, _size, _date, _time, rest = line.split(maxsplit=5)
        path = rest.split(" -> ")[0]
        seen.add(path.rstrip("/"))
        assert owner == "root/root", line
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", line
        elif mode.startswith("l"):
            assert mode == "lrwxrwxrwx", line
        elif path in executables:
            assert mode == "-rwxr-xr-x", line
        else:
            assert mode == "-rw-r--r--", line
    for expected in (
        f"./opt/{APP_ID}/sendclean-smtp",
        "./usr/bin/sendclean-smtp",
        f"./usr/share/applications/{DESKTOP_ID}.desktop",
        f"./usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg",
        f"./usr/share/icons/hicolor/256x256/apps/{DESKTOP_ID}.png",
        f"./usr/share/metainfo/{DESKTOP_ID}.metainfo.xml",
        "./usr/share/man/man1/sendclean-smtp.1.gz",
        f"./usr/share/lintian/overrides/{APP_ID}",
        f"./usr/share/doc/{APP_ID}/copyright",
        f"./usr/share/doc/{APP_ID}/changelog.gz",
    ):
        assert expected in seen, expected
    assert BIN.resolve() == (OPT / "sendclean-smtp").resolve()
    # Absolute: the link crosses top-level folders (Debian policy 10.5).
    assert os.readlink(BIN) == str(OPT / "sendclean-smtp")
    assert os.access(BIN, os.X_OK)
    assert ICON_PNG.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in ICON_SVG.read_bytes()
    # No maintainer scripts are needed: the dpkg triggers of hicolor-icon-theme and
    # desktop-file-utils refresh the icon cache and the desktop database.
    info = _run(["dpkg-deb", "-I", installed.deb]).stdout
    members = set(re.findall(r"^\s+\d+ bytes,\s+\d+ lines\s+\*?\s*(\S+)", info, re.MULTILINE))
    assert members == {"control", "md5sums"}, info


def test_desktop_entry(installed: Installed) -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"]
    assert entry["Exec"].split()[0] == "sendclean-smtp"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Version"] == "1.4"
    assert entry["Terminal"] == "false"
    assert {"Network", "Email"} <= set(entry["Categories"].strip(";").split(";"))
    assert entry["Categories"].endswith(";")
    ps.require_tools("desktop-file-validate", hint="apt-get install desktop-file-utils")
    result = _run(["desktop-file-validate", DESKTOP], check=False)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    # Qt's desktop file name (Wayland app ID, X11 WM_CLASS) is the same reverse-DNS ID.
    application = (ROOT / "app" / "ui" / "application.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{DESKTOP_ID}")' in application


def test_appstream_metainfo(installed: Installed) -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    # The entry's name before the reverse-DNS ID, so software centres follow the rename.
    assert [node.text for node in root.findall("replaces/id")] == [APP_ID]
    assert f"{APP_ID}.desktop" in [node.text for node in root.findall("provides/id")]
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), tag
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", release.get("date") or "")
    ps.require_tools("appstreamcli", hint="apt-get install appstream")
    out = _run(["appstreamcli", "validate", "--no-net", METAINFO], check=False)
    problems = [line for line in out.stdout.splitlines() if re.match(r"^[EWI]: ", line)]
    assert problems == [] and out.returncode == 0, out.stdout


def test_copyright_is_dep5(installed: Installed) -> None:
    text = (DOC / "copyright").read_text(encoding="utf-8")
    paragraphs = [block for block in text.strip().split("\n\n") if block.strip()]

    def fields(block: str) -> dict[str, str]:
        found: dict[str, str] = {}
        name = ""
        for line in block.splitlines():
            if line.startswith((" ", "\t")):
                assert name, f"continuation line without a field: {line!r}"
                found[name] += "\n" + line
            else:
                name, sep, value = line.partition(":")
                assert sep, f"not a field: {line!r}"
                found[name] = value.strip()
        return found

    header, *rest = [fields(block) for block in paragraphs]
    assert header["Format"] == "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    assert header["Upstream-Name"]
    files = [block for block in rest if "Files" in block]
    assert files and files[0]["Files"] == "*" and files[0]["License"] == "MIT"
    for block in files:
        assert block["Copyright"] and block["License"]
    standalone = [block for block in rest if "Files" not in block]
    mit = [block for block in standalone if block.get("License", "").startswith("MIT")]
    assert mit and "Permission is hereby granted" in mit[0]["License"]


def test_changelog_is_debian_format_and_gzip_n(installed: Installed) -> None:
    raw = (DOC / "changelog.gz").read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    flags, mtime = raw[3], int.from_bytes(raw[4:8], "little")
    assert not flags & 0x08, "gzip stored a file name (use gzip -n)"
    assert mtime == 0, "gzip stored a time stamp (use gzip -n)"
    assert raw[8] == 2, "not compressed with gzip -9"
    text = gzip.decompress(raw).decode()
    lines = text.splitlines()
    assert re.fullmatch(
        rf"{re.escape(APP_ID)} \({re.escape(__version__)}\) [a-z-]+; urgency=(low|medium|high)",
        lines[0],
    ), lines[0]
    assert any(line.startswith("  * ") for line in lines)
    assert re.fullmatch(
        r" -- .+ <[^>]+>  \w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", lines[-1]
    ), lines[-1]


# -- running the installed app ------------------------------------------------------------


def _self_test(installed: Installed, name: str, env: dict[str, str]) -> None:
    started = time.monotonic()
    result = _run([BIN, "--sandbox", "--self-test"], env=env, check=False)
    installed.timed(f"self-test {name}", started)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    report = _last_json(result)
    assert report["ok"] is True, report
    assert report["users"] > 0, report


def test_installed_app_self_test_offscreen(installed: Installed, tmp_path: Path) -> None:
    _self_test(installed, "offscreen", _app_env(tmp_path, QT_QPA_PLATFORM="offscreen"))


def test_installed_app_self_test_under_xvfb(installed: Installed, tmp_path: Path) -> None:
    with ps.xvfb(tmp_path) as display:
        env = _app_env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        _self_test(installed, "xcb (Xvfb)", env)


def test_installed_app_speaks_german(installed: Installed, tmp_path: Path) -> None:
    """The bundle carries the compiled German catalog and picks it from the locale."""
    catalogs = sorted(p.name for p in OPT.rglob("resources/translations/*.qm"))
    assert catalogs == [f"{APP_ID}_de.qm"]
    german = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
    env = _app_env(tmp_path, QT_QPA_PLATFORM="offscreen", **german)
    result = _run([BIN, "--sandbox", "--self-test"], env=env, check=False)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert _last_json(result)["catalogs"] == ["qtbase_de.qm", f"{APP_ID}_de.qm"]


def _platform_themes(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The platform theme plugins Qt loaded (QT_DEBUG_PLUGINS=1 output)."""
    return sorted(set(re.findall(r'platformthemes/(lib\w+\.so)" loaded library', result.stderr)))


def test_gnome_look_matches_the_checkout(installed: Installed, tmp_path: Path) -> None:
    """Under GNOME the installed app loads the same platform theme as a checkout: GTK3."""
    with ps.xvfb(tmp_path) as display:
        env = _app_env(
            tmp_path,
            QT_QPA_PLATFORM="xcb",
            DISPLAY=display,
            XDG_CURRENT_DESKTOP="GNOME",
            QT_DEBUG_PLUGINS="1",
        )
        started = time.monotonic()
        frozen = _run([BIN, "--sandbox", "--self-test"], env=env)
        checkout = _run(
            [sys.executable, "-m", "app.main", "--sandbox", "--self-test"],
            env={**env, "PYTHONPATH": str(ROOT)},
        )
        installed.timed("GNOME look", started)
    assert _last_json(frozen)["ok"] is True and _last_json(checkout)["ok"] is True
    assert _platform_themes(checkout) == ["libqgtk3.so"], checkout.stderr[-3000:]
    assert _platform_themes(frozen) == _platform_themes(checkout), frozen.stderr[-3000:]


def test_installed_bundle_keyring_round_trip(installed: Installed, tmp_path: Path) -> None:
    ps.require_tools(*ks.REQUIRED_TOOLS, hint="apt-get install dbus-daemon gnome-keyring")
    started = time.monotonic()
    session = ks.start_keyring_session(tmp_path)
    try:
        env = dict(session.env)

        def probe(*args: str, token: str = "") -> Any:
            run_env = {**env, "SENDCLEAN_PROBE_TOKEN": token} if token else env
            result = _run([PROBE, *args], env=run_env, check=False)
            assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
            report = _last_json(result)
            assert report["frozen"] is True
            assert report["backend_class"] == "keyring.backends.SecretService.Keyring", report
            return report

        # One process: set, get, delete through KeyringTokenStore's default backend.
        report = probe()
        assert report["round_trip"] and report["deleted"], report
        assert "keyring.backends.SecretService" in report["entry_points"]

        # Across processes, under the app's real service name; the keyring outside the
        # bundle (this project's venv) sees the same entry in gnome-keyring.
        account = f"acct-{secrets.token_hex(4)}"
        token = f"sc-test-token-{secrets.token_hex(12)}"
        digest = probe("set", account, token=token)["sha256"]
        got = probe("get", account)
        assert got["found"] is True and got["sha256"] == digest, got
        check = (
            "import json, keyring.backends.SecretService as s;"
            f"print(json.dumps(s.Keyring().get_password({APP_ID!r}, {account!r})))"
        )
        outside = session.run_python(check)
        assert outside.returncode == 0, outside.stderr
        assert json.loads(outside.stdout.strip().splitlines()[-1]) == token
        probe("delete", account)
        assert probe("get", account)["found"] is False
    finally:
        session.close()
        installed.timed("keyring checks", started)


class _HttpsFront(ThreadingHTTPServer):
    """HTTPS on 127.0.0.1 in front of a sandbox: each request is forwarded to it."""

    daemon_threads = True

    def __init__(self, backend: Sandbox, context: ssl.SSLContext) -> None:
        self.backend = backend
        super().__init__(("127.0.0.1", 0), _Forward)
        self.socket = context.wrap_socket(self.socket, server_side=True)

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.server_address[1]}/v1.0/"


class _Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HttpsFront

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        skip = {"host", "connection", "content-length", "transfer-encoding"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        connection = http.client.HTTPConnection("127.0.0.1", self.server.backend.port, timeout=30)
        try:
            connection.request(self.command, self.path, body, headers)
            answer = connection.getresponse()
            data = answer.read()
        finally:
            connection.close()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in skip:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def https_sandbox() -> Iterator[tuple[_HttpsFront, Any]]:
    """A sandbox behind HTTPS with a certificate of a CA made for this test (trustme)."""
    import trustme

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with Sandbox(seed=7) as backend:
        front = _HttpsFront(backend, context)
        thread = threading.Thread(target=front.serve_forever, daemon=True)
        thread.start()
        try:
            yield front, ca
        finally:
            front.shutdown()
            front.server_close()
            thread.join(timeout=10)


def _connect_self_test(front: _HttpsFront, root: Path) -> subprocess.CompletedProcess[str]:
    env = _app_env(root, QT_QPA_PLATFORM="offscreen", SENDCLEAN_TOKEN=front.backend.token)
    args = ["--api-url", front.base_url, "--owner-id", front.backend.owner_id, "--self-test"]
    return _run([BIN, *args], env=env, check=False)


def test_installed_app_refuses_a_ca_it_does_not_know(
    installed: Installed, https_sandbox: tuple[_HttpsFront, Any], tmp_path: Path
) -> None:
    front, _ = https_sandbox
    result = _connect_self_test(front, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "certificate" in (result.stdout + result.stderr).lower(), result.stdout


def test_installed_app_trusts_the_system_ca_store(
    installed: Installed, https_sandbox: tuple[_HttpsFront, Any], tmp_path: Path
) -> None:
    """A CA known only to the system store (update-ca-certificates) is trusted.

    This needs the client to verify through the system store (the truststore library);
    until truststore is in the bundle the test is skipped, then it must pass.
    """
    if "truststore" not in _frozen_modules():
        pytest.skip("the client does not use the system CA store (truststore) yet")
    ps.require_tools("update-ca-certificates", hint="apt-get install ca-certificates")
    front, ca = https_sandbox
    anchor = Path(f"/usr/local/share/ca-certificates/sendclean-test-{secrets.token_hex(4)}.crt")
    try:
        ca.cert_pem.write_to_path(str(anchor))
        _run(["update-ca-certificates"], timeout=120)
        result = _connect_self_test(front, tmp_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert _last_json(result)["ok"] is True
    finally:
        anchor.unlink(missing_ok=True)
        _run(["update-ca-certificates", "--fresh"], timeout=120)


def _md5sums(deb: Path) -> dict[str, str]:
    text = _run(["dpkg-deb", "--info", deb, "md5sums"]).stdout
    return {path: digest for digest, path in (line.split("  ", 1) for line in text.splitlines())}


def test_a_second_build_is_bit_identical(installed: Installed, tmp_path: Path) -> None:
    """Reproducible builds: bundle and package built again from the same commit.

    ``packaging/build.py`` fixes ``PYTHONHASHSEED`` and ``SOURCE_DATE_EPOCH`` (the last
    commit's time) for PyInstaller and dpkg-deb and sets every file's time stamp to it.
    """
    started = time.monotonic()
    ps.build("deb", tmp_path)
    installed.timed("second build", started)
    (again,) = (tmp_path / "dist").glob(f"{APP_ID}_*.deb")
    if again.read_bytes() != installed.deb.read_bytes():

        def md5sums(deb: Path) -> dict[str, str]:
            text = _run(["dpkg-deb", "--info", deb, "md5sums"]).stdout
            return {
                path: digest for digest, path in (line.split("  ", 1) for line in text.splitlines())
            }

        a, b = md5sums(installed.deb), md5sums(again)
        differing = sorted(path for path in a.keys() | b.keys() if a.get(path) != b.get(path))
        pytest.fail(f"the two .deb files differ; files: {differing[:40] or 'metadata only'}")


def test_app_wrote_nothing_into_opt(installed: Installed) -> None:
    # Runs after the app and probe ran as root: no __pycache__ or other stray files.
    assert _tree(OPT) - installed.files_after_install == set()


# -- removal ------------------------------------------------------------------------------


def test_purge_leaves_nothing(installed: Installed) -> None:
    started = time.monotonic()
    result = _purge()
    installed.timed("dpkg --purge", started)
    assert result.returncode == 0, result.stderr
    for path in INSTALLED_PATHS:
        assert not os.path.lexists(path), f"{path} is still there after dpkg --purge"
    # Every file and symlink the package owned is gone (directories such as
    # /usr/share/icons/hicolor/256x256/apps belong to other packages too).
    left = [
        path
        for path in installed.package_list
        if os.path.lexists(path) and (os.path.islink(path) or not os.path.isdir(path))
    ]
    assert left == []
    listing = _run(["dpkg", "-L", PACKAGE], check=False)
    assert listing.returncode != 0 and listing.stdout.strip() == ""
    assert not _installed()

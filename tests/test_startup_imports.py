"""What the window's first paint needs, and nothing more, is loaded before it.

Each check runs in a fresh interpreter (this test process has imported everything).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Modules the first paint of the window does not need.
NOT_BEFORE_FIRST_PAINT = (
    "httpx",
    "ssl",
    "sqlite3",
    "smtplib",
    "keyring",
    "PySide6.QtSvg",
    "app.api.client",
    "app.sandbox",
    "app.core.local_store",
    "app.core.smtp_send",
    "app.ui.dialogs.connect",
    "app.ui.dialogs.credentials",
    "app.ui.dialogs.history",
)


def run_python(code: str, home: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


WINDOW_BUILT = """
    import json, sys
    from PySide6.QtWidgets import QApplication
    qt = QApplication([])
    qt.setOrganizationName("SendClean"); qt.setApplicationName("SendClean SMTP Manager")
    from app.ui.application import build_window
    parts = build_window()
    parts.window.show()
    qt.processEvents()
    print(json.dumps({name: name in sys.modules for name in %r}))
"""


def test_the_window_paints_without_the_network_stack_dialogs_or_stores(tmp_path: Path) -> None:
    code = WINDOW_BUILT % (NOT_BEFORE_FIRST_PAINT,)
    run_python(code, tmp_path)  # the first start renders the icons and caches them
    loaded = run_python(code, tmp_path)
    assert [name for name, present in loaded.items() if present] == []


def test_the_api_package_loads_its_client_on_first_use(tmp_path: Path) -> None:
    loaded = run_python(
        """
        import json, sys
        from app.api import SmtpUser, SendCleanError, normalize_base_url
        before = "httpx" in sys.modules
        from app.api import SendCleanClient
        print(json.dumps({"before": before, "after": "httpx" in sys.modules,
                          "client": SendCleanClient.__name__}))
        """,
        tmp_path,
    )
    assert loaded == {"before": False, "after": True, "client": "SendCleanClient"}


def test_one_helper_of_the_api_package_loads_only_its_own_module(tmp_path: Path) -> None:
    loaded = run_python(
        """
        import json, sys
        from app.api.text import MASK
        print(json.dumps(sorted(n for n in sys.modules if n.startswith("app.api."))))
        """,
        tmp_path,
    )
    assert loaded == ["app.api.redact", "app.api.text"]  # not the errors, problems, URLs


def test_a_deferred_sandbox_relay_waits_until_released_or_used(tmp_path: Path) -> None:
    loaded = run_python(
        """
        import json, smtplib, sys
        from app.sandbox import Sandbox
        box = Sandbox(users=3).start(defer_smtp=True)
        try:
            port = box.smtp_port  # known at once
            held = "aiosmtpd" in sys.modules or "cryptography" in sys.modules
            box.release_smtp()
            box.wait_smtp_ready()
            with smtplib.SMTP(box.smtp_host, port, timeout=10) as client:
                code, _ = client.ehlo()
            print(json.dumps({"held": held, "ehlo": code,
                              "ca": box.smtp_ca_pem.startswith("-----BEGIN")}))
        finally:
            box.stop()
        """,
        tmp_path,
    )
    assert loaded == {"held": False, "ehlo": 250, "ca": True}


def test_a_deferred_relay_gets_ready_when_its_certificate_is_asked_for(tmp_path: Path) -> None:
    loaded = run_python(
        """
        import json
        from app.sandbox import Sandbox
        with Sandbox(users=1).start(defer_smtp=True) as box:
            print(json.dumps({"ca": box.smtp_ca_pem.startswith("-----BEGIN")}))
        """,
        tmp_path,
    )
    assert loaded == {"ca": True}


def test_the_app_paints_its_window_before_it_builds_the_controllers(tmp_path: Path) -> None:
    loaded = run_python(
        """
        import json, sys
        from PySide6.QtCore import QEvent, QObject
        from app.ui.views import main_window

        seen = {}

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and "first" not in seen:
                    seen["first"] = "app.ui.controllers.accounts" in sys.modules
                    seen["loaded"] = sorted(
                        name for name in ("logging.handlers", "subprocess", "html", "ctypes")
                        if name in sys.modules
                    )
                return False

        original = main_window.MainWindow.__init__
        watch = FirstPaint()

        def init(self, *args, **kwargs):
            original(self, *args, **kwargs)
            self.table.viewport().installEventFilter(watch)
            seen["window"] = self

        class FirstPaintActions(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and "add_user_enabled" not in seen:
                    # nothing that needs an account is offered before the controllers
                    seen["add_user_enabled"] = seen["window"].commands.add_user.isEnabled()
                return False

        actions_watch = FirstPaintActions()
        original_show = main_window.MainWindow.show

        def show(self):
            self.table.viewport().installEventFilter(actions_watch)
            original_show(self)

        main_window.MainWindow.show = show

        main_window.MainWindow.__init__ = init
        import app.main
        code = app.main.main(["--sandbox", "--self-test"])
        seen.pop("window")
        print(json.dumps({"code": code, "controllers_at_first_paint": seen.get("first"),
                          "add_user_enabled": seen.get("add_user_enabled"),
                          "loaded_at_first_paint": seen.get("loaded")}))
        """,
        tmp_path,
    )
    assert loaded == {
        "code": 0,
        "controllers_at_first_paint": False,
        "add_user_enabled": False,
        "loaded_at_first_paint": [],  # the log file, subprocesses, HTML and ctypes come later
    }


def test_modules_loaded_after_the_window_are_not_read_as_source(tmp_path: Path) -> None:
    """PySide6's ``__feature__`` hook read each later module's source on import."""
    module = tmp_path / "late_module.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    loaded = run_python(
        f"""
        import builtins, json, linecache, sys
        import app.ui.views.main_window
        sys.path.insert(0, {str(tmp_path)!r})
        import late_module
        print(json.dumps({{
            "read": any(name.endswith("late_module.py") for name in linecache.cache),
            "hooked": builtins.__import__ is getattr(builtins, "__feature_import__", None),
        }}))
        """,
        tmp_path,
    )
    assert loaded == {"read": False, "hooked": False}

""" "Connect to SendClean": app domain (or a full API address), owner ID and token.

Like the other submitting dialogs it never calls the network: it emits
``submitted`` and the app tests the credentials with a list call on the worker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton, QWidget

from app.api import base_url_for_domain, normalize_base_url, problem_of
from app.core.accounts import Account

from ..platform.icons import icon
from ..views.plain_text import PlainLabel
from ..views.problem_text import sentence
from ._fit import fit_to_contents
from ._form import ErrorLabel, FormDialog, with_error

_PASTED_API_URL = re.compile(r"(?:https?://)?api\.([^/\s]+?)(?::\d+)?(?:/v1\.0)?/?", re.I)


def domain_of(text: str) -> str:
    """The app domain, also from a pasted ``https://api.<domain>/v1.0/``."""
    text = text.strip()
    pasted = _PASTED_API_URL.fullmatch(text)
    return pasted.group(1) if pasted else text


@dataclass(frozen=True)
class ConnectRequest:
    label: str
    base_url: str
    owner_id: str
    token: str = field(repr=False)
    remember: bool = True


class ConnectDialog(FormDialog):
    submitted = Signal(object)  # ConnectRequest
    session_only_requested = Signal(object)  # ConnectRequest, after a keyring failure

    def __init__(self, account: Account | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to SendClean"))
        self._ok.setText(self.tr("&Connect"))
        self._ok.setAccessibleName(self.tr("Connect"))
        self._last_request: ConnectRequest | None = None

        intro = PlainLabel(
            self.tr(
                "Enter the app domain, owner ID and API token from your SendClean dashboard. "
                "They are checked with SendClean before anything is saved."
            )
        )
        intro.setWordWrap(True)
        self._label = self._line(
            "accountLabelField",
            self.tr("Account name"),
            self.tr("A name for this account, shown in the title bar"),
        )
        self._domain = self._line(
            "appDomainField", self.tr("App domain"), self.tr("For example us1-mta1.sendclean.net")
        )
        self._domain.setPlaceholderText("us1-mta1.sendclean.net")
        # A pasted https://api.<domain>/v1.0/ becomes the domain it names.
        self._domain.editingFinished.connect(
            lambda: self._domain.setText(domain_of(self._domain.text()))
        )
        self._advanced = QCheckBox(self.tr("Use a full API &address instead"))
        self._advanced.setObjectName("advancedCheck")
        self._advanced.setAccessibleName(self.tr("Use a full API address instead"))
        self._url = self._line(
            "apiUrlField",
            self.tr("API address"),
            self.tr("For example https://api.us1-mta1.sendclean.net/v1.0/"),
        )
        self._url.setPlaceholderText("https://api.us1-mta1.sendclean.net/v1.0/")
        self._owner = self._line(
            "ownerIdField", self.tr("Owner ID"), self.tr("Your SendClean owner (user) ID")
        )
        self._token = self._line(
            "tokenField",
            self.tr("API token"),
            self.tr("Kept in the system keyring, never in a file"),
        )
        self._token.setEchoMode(QLineEdit.EchoMode.Password)
        reveal = QAction(icon("reveal"), self.tr("Show token"), self._token)
        reveal.setCheckable(True)
        reveal.toggled.connect(
            lambda shown: self._token.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
        )
        self._token.addAction(reveal, QLineEdit.ActionPosition.TrailingPosition)
        self._remember = QCheckBox(self.tr("&Remember the token in the system keyring"))
        self._remember.setObjectName("rememberCheck")
        self._remember.setAccessibleName(self.tr("Remember the token in the system keyring"))
        self._remember.setChecked(True)
        self._keyring_problem = ErrorLabel("keyringProblem", self)
        self._session_only = QPushButton(self.tr("Use for this &session only"))
        self._session_only.setObjectName("sessionOnlyButton")
        self._session_only.setAccessibleName(self.tr("Use the token for this session only"))
        self._session_only.hide()
        self._session_only.clicked.connect(self._use_for_session)

        form = QFormLayout()
        form.addRow(intro)
        for name, text, widget in (
            ("label", self.tr("Account &name:"), self._label),
            ("domain", self.tr("App &domain:"), self._domain),
            ("url", self.tr("API a&ddress:"), self._url),
            ("owner_id", self.tr("&Owner ID:"), self._owner),
            ("token", self.tr("API &token:"), self._token),
        ):
            error = ErrorLabel(f"errorLabel_{name}")
            caption = PlainLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, with_error(widget, error))
            self._register_field(name, widget, error)
            if name == "domain":
                form.addRow("", self._advanced)
            widget.textChanged.connect(lambda _t, n=name: self._edited(n))
        form.addRow("", self._remember)
        form.addRow(self._keyring_problem)
        form.addRow("", self._session_only)
        self._advanced.toggled.connect(self._toggle_advanced)
        if account is not None:
            self._label.setText(account.label)
            self._url.setText(account.base_url)
            self._owner.setText(account.owner_id)
            self._advanced.setChecked(True)
        self._toggle_advanced(self._advanced.isChecked())
        self._finish_layout(form)
        QWidget.setTabOrder(self._domain, self._advanced)
        QWidget.setTabOrder(self._advanced, self._url)
        QWidget.setTabOrder(self._token, self._remember)
        if account is not None:
            self._token.setFocus()
        self.resize(520, self.sizeHint().height())

    def _line(self, name: str, accessible: str, description: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setAccessibleDescription(description)
        line.setToolTip(description)
        return line

    def _toggle_advanced(self, advanced: bool) -> None:
        self._url.setEnabled(advanced)
        self._domain.setEnabled(not advanced)

    def _edited(self, name: str) -> None:
        self._clear_field_error(name)
        self._keyring_problem.clear_message()
        self._session_only.hide()

    def _first_problem(self) -> bool:
        problems: list[tuple[str, str]] = []
        try:
            self._base_url()
        except ValueError as exc:
            found = problem_of(exc)
            why = sentence(found) if found is not None else str(exc)
            problems.append(("url" if self._advanced.isChecked() else "domain", why))
        if not self._owner.text().strip():
            problems.append(("owner_id", self.tr("Enter the owner ID.")))
        if not self._token.text().strip():
            problems.append(("token", self.tr("Enter the API token.")))
        for name, message in reversed(problems):
            self.show_error(name, message[:1].upper() + message[1:])
        return bool(problems)

    def _base_url(self) -> str:
        if self._advanced.isChecked():
            return normalize_base_url(self._url.text())
        return base_url_for_domain(domain_of(self._domain.text()))

    def request(self) -> ConnectRequest:
        owner = self._owner.text().strip()
        return ConnectRequest(
            label=self._label.text().strip() or owner,
            base_url=self._base_url(),
            owner_id=owner,
            token=self._token.text().strip(),
            remember=self._remember.isChecked(),
        )

    def _submit(self) -> None:
        self._last_request = self.request()
        self.submitted.emit(self._last_request)

    def busy_text(self) -> str:
        return self.tr("Checking the owner ID and token with SendClean…")

    def show_keyring_problem(self, message: str) -> None:
        """The credentials work but the token could not be stored; offer memory only."""
        self.set_busy(False)
        self._keyring_problem.show_message(message)
        self._session_only.show()
        fit_to_contents(self)
        self._session_only.setFocus()

    def _use_for_session(self) -> None:
        if self._last_request is not None:
            self.session_only_requested.emit(self._last_request)

    def done(self, result: int) -> None:
        self._token.clear()
        self._last_request = None
        super().done(result)

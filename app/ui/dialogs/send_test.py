"""Send test message: From, To, Subject and body; Send; the SMTP dialogue and the relay's
final answer. Nothing is sent before the user presses Send."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.smtp_message import TestMessage, parse_recipients
from app.core.smtp_send import SmtpSendResult

from ..views.plain_text import PlainLabel
from ..views.problem_text import outcome
from ._form import ErrorLabel


class SendTestDialog(QDialog):
    send_requested = Signal(object)  # TestMessage
    cancel_requested = Signal()

    def __init__(
        self, user_name: str, server: str, message: TestMessage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendTestDialog")
        self.setWindowTitle(self.tr("Send test message as {name}").format(name=user_name))
        self.setMinimumWidth(520)
        self._sending = False
        intro = PlainLabel(
            self.tr("Sends one message through {server} with the password of {name}.").format(
                server=server, name=user_name
            ),
            self,
        )
        intro.setWordWrap(True)
        self._from = self._line("fromField", self.tr("From"), message.sender)
        self._to = self._line("toField", self.tr("To"), ", ".join(message.recipients))
        self._subject = self._line("subjectField", self.tr("Subject"), message.subject)
        self._body = QPlainTextEdit(message.body, self)
        self._body.setObjectName("bodyField")
        self._body.setAccessibleName(self.tr("Message"))
        self._body.setTabChangesFocus(True)
        self._body.setMaximumHeight(120)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&From:"), self._from),
            (self.tr("&To:"), self._to),
            (self.tr("S&ubject:"), self._subject),
            (self.tr("&Message:"), self._body),
        ):
            caption = PlainLabel(label, self)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self._error = ErrorLabel("sendError", self)
        self._status = PlainLabel("", self)
        self._status.setObjectName("sendStatus")
        self._status.setWordWrap(True)
        self._transcript = QPlainTextEdit(self)
        self._transcript.setObjectName("transcriptView")
        self._transcript.setAccessibleName(self.tr("SMTP dialogue"))
        self._transcript.setReadOnly(True)
        self._transcript.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._transcript.hide()
        self._buttons = QDialogButtonBox(self)
        self._send = QPushButton(self.tr("&Send"), self)
        self._send.setObjectName("sendButton")
        self._send.setDefault(True)
        self._close = QPushButton(self.tr("Close"), self)
        self._close.setObjectName("closeButton")
        self._buttons.addButton(self._send, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._close, QDialogButtonBox.ButtonRole.RejectRole)
        self._send.clicked.connect(self._on_send)
        self._close.clicked.connect(self._on_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self._status)
        layout.addWidget(self._transcript)
        layout.addWidget(self._buttons)

    def _line(self, name: str, accessible: str, text: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        return line

    def message(self) -> TestMessage:
        return TestMessage(
            sender=self._from.text().strip(),
            recipients=parse_recipients(self._to.text()),
            subject=self._subject.text(),
            body=self._body.toPlainText(),
        )

    def _on_send(self) -> None:
        if not self._sending:
            self._error.clear_message()
            self.send_requested.emit(self.message())

    def _on_close(self) -> None:
        if self._sending:
            self.cancel_requested.emit()
            self._status.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self._sending:
            self._on_close()  # Escape while sending stops the send; the answer closes it
            return
        super().reject()

    # -- what the controller shows -------------------------------------------------------

    def show_problem(self, text: str) -> None:
        self.set_sending(False)
        self._error.show_message(text)

    def set_sending(self, sending: bool, server: str = "") -> None:
        self._sending = sending
        for widget in (self._from, self._to, self._subject, self._body, self._send):
            widget.setEnabled(not sending)
        self._close.setText(self.tr("&Stop") if sending else self.tr("Close"))
        if sending:
            self._status.setText(self.tr("Sending through {server}…").format(server=server))

    def show_result(self, result: SmtpSendResult) -> None:
        self.set_sending(False)
        if result.ok:
            text = self.tr("Sent. The relay answered: {answer}").format(answer=result.final_answer)
        elif result.message_sent:
            text = self.tr(
                "The message went out, but no answer came: it may have been delivered. {why}"
            ).format(why=outcome(result.problem, result.message))
        else:
            why = outcome(result.problem, result.message)
            text = self.tr("Not sent: {why}").format(why=why)
        self._status.setText(text)
        self._transcript.setPlainText(result.transcript_text)
        self._transcript.show()
        self.adjustSize()

    def status_text(self) -> str:
        return self._status.text()

    def transcript_text(self) -> str:
        return self._transcript.toPlainText()

"""SendClean SMTP Manager: manage the SMTP users of a SendClean account."""

__version__ = "0.1.0"
APP_NAME = "SendClean SMTP Manager"
APP_ID = "sendclean-smtp-manager"

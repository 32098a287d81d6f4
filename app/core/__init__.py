"""Qt-free application logic shared by every front end (accounts, secrets, logs)."""

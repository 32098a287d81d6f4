"""The user value: compact, untracked by the garbage collector, never showing a password."""

from __future__ import annotations

import gc

from app.api import SmtpUser, replace_user


def test_a_user_is_not_tracked_by_the_cyclic_garbage_collector() -> None:
    # 100 000 tracked users made every full collection walk them (long GIL holds).
    user = SmtpUser("smtp1", "secret-password", True, 20_000, 500)
    assert not gc.is_tracked(user)


def test_replace_user_changes_only_the_given_fields() -> None:
    user = SmtpUser("smtp1", "secret-password", True, 20_000, 500)
    changed = replace_user(user, hourly_limit=50, enabled=False)
    assert changed == SmtpUser("smtp1", "secret-password", False, 20_000, 50)
    assert user.hourly_limit == 500
    assert hash(changed) != hash(user)


def test_repr_and_str_never_show_the_password() -> None:
    user = SmtpUser("smtp1", "secret-password", True, None, 500, status_known=False)
    for text in (repr(user), str(user), repr([user]), f"{user}"):
        assert "secret-password" not in text
        assert "smtp1" in text and "status=unknown" in text

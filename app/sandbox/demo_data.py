"""Deterministic generated SMTP users for demos, tests and benchmarks."""

from __future__ import annotations

import random

from app.sandbox.state import PASSWORD_ALPHABET, USER_NAME_PREFIX, SandboxUser

#: Seed used when none is given, so demos look the same on every run.
DEFAULT_SEED = 104233
DEMO_USER_COUNT = 36
DISABLED_SHARE = 0.2

TOTAL_LIMITS: tuple[int, ...] = (
    100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000,
)  # fmt: skip
HOURLY_LIMITS: tuple[int, ...] = (
    10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000,
)  # fmt: skip
_PASSWORD_LENGTHS = (10, 11, 12)


def demo_users(seed: int = DEFAULT_SEED) -> list[SandboxUser]:
    """The realistic demo account: a few dozen users with mixed statuses and limits."""
    return generate_users(DEMO_USER_COUNT, seed)


def generate_users(count: int, seed: int = DEFAULT_SEED) -> list[SandboxUser]:
    """Exactly ``count`` users, deterministic from ``seed``, sorted by name.

    Names are ``smtp`` + 6 digits (more digits for very large counts), about 20% of the
    users are disabled, limits are round numbers with hourly <= total. Fast enough for
    100 000 users in well under a second.
    """
    if count < 0:
        raise ValueError("count must be >= 0")
    rng = random.Random(seed)
    width = max(6, len(str(count * 10)))
    low = 10 ** (width - 1)
    numbers = sorted(rng.sample(range(low, low * 10), count))
    lengths = rng.choices(_PASSWORD_LENGTHS, k=count)
    characters = "".join(rng.choices(PASSWORD_ALPHABET, k=sum(lengths)))
    disabled = set(rng.sample(range(count), round(count * DISABLED_SHARE)))
    totals = rng.choices(TOTAL_LIMITS, k=count)
    hourlies = rng.choices(HOURLY_LIMITS, k=count)
    users: list[SandboxUser] = []
    offset = 0
    for index in range(count):
        length = lengths[index]
        total = totals[index]
        users.append(
            SandboxUser(
                user_name=f"{USER_NAME_PREFIX}{numbers[index]}",
                password=characters[offset : offset + length],
                enabled=index not in disabled,
                total_limit=total,
                hourly_limit=min(hourlies[index], total),
            )
        )
        offset += length
    return users

"""Exponential backoff with jitter for automatic sync attempts: after each failure the wait
doubles up to a ceiling, and is spread randomly so 500 laptops do not retry in step."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(slots=True)
class Backoff:
    """``delay()`` is the wait before the next attempt: 0 after a success (or before any
    failure), else ``base * factor ** (failures - 1)`` capped at ``ceiling``, times a random
    factor in ``[1 - jitter, 1]`` ("equal jitter": never zero, never above the cap)."""

    base: float = 5.0
    factor: float = 2.0
    ceiling: float = 600.0
    jitter: float = 0.5
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.factor < 1 or self.ceiling < self.base or not 0 <= self.jitter <= 1:
            raise ValueError("Backoff: need base > 0, factor >= 1, ceiling >= base, 0 <= jitter <= 1")

    def failed(self) -> float:
        """Record a failure; returns the delay before the next attempt."""
        self.failures += 1
        return self.delay()

    def succeeded(self) -> None:
        self.failures = 0

    def cap(self) -> float:
        """The delay before jitter for the current number of failures."""
        if self.failures == 0:
            return 0.0
        # Cap the exponent as well: factor ** 1000 would overflow a float.
        exponent = min(self.failures - 1, 64)
        return float(min(self.ceiling, self.base * self.factor**exponent))

    def delay(self) -> float:
        top = self.cap()
        if top == 0.0:
            return 0.0
        return top * (1.0 - self.jitter * self.rng.random())

"""Hybrid logical clock (Kulkarni et al., 2014) for per-field sync stamps: ordered like wall time when
clocks agree, and still monotonic and causally ordered when a laptop's clock is wrong or goes back.

Trust in wall time: a laptop whose clock is hours or months off must neither win nor lose a
conflict because of it. The clock itself therefore only promises monotonicity and causality;
HQ assigns the authoritative stamp when it receives a change (from its own clock, after
observing the client's stamp), so a client's future-dated stamp orders nothing at HQ. A drift
limit is available (``max_drift_ms``) for callers that want to flag absurd stamps, but it is off
by default: refusing a stamp would mean refusing an edit, and an offline edit is never lost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 13  # milliseconds since 1970 fit 13 digits until the year 2286
COUNTER_DIGITS = 6
MAX_WALL_MS = 10**WALL_DIGITS - 1
MAX_COUNTER = 10**COUNTER_DIGITS - 1


class ClockDriftError(ValueError):
    """A remote stamp is further ahead of local wall time than the caller allows."""

    def __init__(self, remote: Hlc, local_wall_ms: int, max_drift_ms: int) -> None:
        ahead = remote.wall_ms - local_wall_ms
        super().__init__(
            f"remote clock stamp {remote.encode()} is {ahead} ms ahead of local time "
            f"(allowed: {max_drift_ms} ms)"
        )
        self.remote = remote
        self.local_wall_ms = local_wall_ms
        self.max_drift_ms = max_drift_ms


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """One stamp. Ordering is (wall_ms, counter, node); ``node`` only breaks exact ties."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms <= MAX_WALL_MS:
            raise ValueError(f"wall_ms out of range: {self.wall_ms}")
        if not 0 <= self.counter <= MAX_COUNTER:
            raise ValueError(f"counter out of range: {self.counter}")
        if not self.node or any(c.isspace() for c in self.node):
            raise ValueError(f"node must be non-empty with no whitespace: {self.node!r}")

    def encode(self) -> str:
        """A fixed-width string that sorts (as text) exactly as the stamps do."""
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        parts = text.split("-", 2)
        if (
            len(parts) != 3
            or len(parts[0]) != WALL_DIGITS
            or len(parts[1]) != COUNTER_DIGITS
            or not (parts[0] + parts[1]).isascii()
            or not (parts[0] + parts[1]).isdigit()
        ):
            raise ValueError(f"not an encoded HLC stamp: {text!r}")
        return cls(wall_ms=int(parts[0]), counter=int(parts[1]), node=parts[2])


def system_now_ms() -> int:
    """The system wall clock in milliseconds: the usual ``now_ms`` for ``HlcClock``."""
    return time.time_ns() // 1_000_000


class HlcClock:
    """Issues stamps for one node. Thread-safe; every stamp is greater than every earlier one."""

    def __init__(
        self,
        node: str,
        now_ms: Callable[[], int],
        last: Hlc | None = None,
        *,
        max_drift_ms: int | None = None,
    ) -> None:
        Hlc(0, 0, node)  # validates the node name
        self._node = node
        self._now_ms = now_ms
        self._last = last
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()

    @property
    def node(self) -> str:
        return self._node

    @property
    def last(self) -> Hlc | None:
        """The latest stamp issued or observed: persist it so a restart continues after it."""
        return self._last

    def tick(self) -> Hlc:
        """A stamp for a local event (an edit, or sending a change)."""
        with self._lock:
            wall = self._wall()
            last = self._last
            if last is None or wall > last.wall_ms:
                stamp = self._make(wall, 0)
            else:
                stamp = self._make(last.wall_ms, last.counter + 1)
            self._last = stamp
            return stamp

    def observe(self, remote: Hlc) -> Hlc:
        """A stamp for receiving ``remote``: later than both it and everything issued here."""
        with self._lock:
            wall = self._wall()
            if self._max_drift_ms is not None and remote.wall_ms - wall > self._max_drift_ms:
                raise ClockDriftError(remote, wall, self._max_drift_ms)
            last = self._last if self._last is not None else Hlc(0, 0, self._node)
            top = max(wall, last.wall_ms, remote.wall_ms)
            if top == last.wall_ms == remote.wall_ms:
                counter = max(last.counter, remote.counter) + 1
            elif top == last.wall_ms:
                counter = last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            stamp = self._make(top, counter)
            self._last = stamp
            return stamp

    def _wall(self) -> int:
        wall = self._now_ms()
        if not 0 <= wall <= MAX_WALL_MS:
            raise ValueError(f"wall clock out of range: {wall}")
        return wall

    def _make(self, wall_ms: int, counter: int) -> Hlc:
        # Over a million events in one millisecond would overflow the fixed-width counter;
        # borrowing the next millisecond keeps stamps ordered at the cost of running 1 ms ahead.
        if counter > MAX_COUNTER:
            return Hlc(wall_ms + 1, 0, self._node)
        return Hlc(wall_ms, counter, self._node)

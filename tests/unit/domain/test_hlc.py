"""Hybrid logical clock: encoding, monotonicity under any wall clock, receive rule, drift limit."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_desk.domain.hlc import MAX_COUNTER, ClockDriftError, Hlc, HlcClock

walls = st.integers(min_value=0, max_value=4_000_000_000_000)
stamps = st.builds(
    Hlc,
    wall_ms=walls,
    counter=st.integers(min_value=0, max_value=MAX_COUNTER),
    node=st.text(alphabet="abcdef0123456789-", min_size=1, max_size=12),
)


def clock_of(values: list[int], node: str = "laptop-1") -> HlcClock:
    feed: Iterator[int] = iter(values)
    return HlcClock(node, lambda: next(feed))


@given(stamps)
def test_encode_round_trip(stamp: Hlc) -> None:
    assert Hlc.decode(stamp.encode()) == stamp


@given(stamps, stamps)
def test_encoded_text_sorts_like_stamps(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())


def test_encoding_is_fixed_width() -> None:
    assert Hlc(1_700_000_000_000, 7, "node-a").encode() == "1700000000000-000007-node-a"


@pytest.mark.parametrize(
    "text", ["", "1-2-x", "1700000000000-000007", "170000000000a-000007-n", "1700000000000-7-n"]
)
def test_decode_refuses_malformed_text(text: str) -> None:
    with pytest.raises(ValueError, match="HLC"):
        Hlc.decode(text)


@pytest.mark.parametrize(
    ("wall", "counter", "node"),
    [(-1, 0, "n"), (10**13, 0, "n"), (0, -1, "n"), (0, 10**6, "n"), (0, 0, ""), (0, 0, "a b")],
)
def test_invalid_stamps(wall: int, counter: int, node: str) -> None:
    with pytest.raises(ValueError, match=r"range|node"):
        Hlc(wall, counter, node)


def test_tick_follows_the_wall_clock_when_it_advances() -> None:
    clock = clock_of([1000, 1000, 2000])
    assert [clock.tick() for _ in range(3)] == [
        Hlc(1000, 0, "laptop-1"),
        Hlc(1000, 1, "laptop-1"),
        Hlc(2000, 0, "laptop-1"),
    ]


def test_tick_stays_monotonic_when_the_wall_clock_goes_back() -> None:
    clock = clock_of([5000, 1000, 1000])
    assert [clock.tick() for _ in range(3)] == [
        Hlc(5000, 0, "laptop-1"),
        Hlc(5000, 1, "laptop-1"),
        Hlc(5000, 2, "laptop-1"),
    ]


@given(st.lists(walls, min_size=1, max_size=60))
def test_ticks_are_strictly_increasing_under_any_wall_clock(values: list[int]) -> None:
    clock = clock_of(values)
    issued = [clock.tick() for _ in values]
    assert all(a < b for a, b in itertools.pairwise(issued))
    assert all(stamp.wall_ms >= wall for stamp, wall in zip(issued, values, strict=True))
    assert clock.last == issued[-1]


@given(st.lists(st.tuples(walls, st.none() | stamps), min_size=1, max_size=60))
def test_ticks_and_receives_are_monotonic_and_causal(events: list[tuple[int, Hlc | None]]) -> None:
    clock = clock_of([wall for wall, _ in events])
    previous: Hlc | None = None
    for _, remote in events:
        stamp = clock.tick() if remote is None else clock.observe(remote)
        if remote is not None:
            assert (stamp.wall_ms, stamp.counter) > (remote.wall_ms, remote.counter)
        if previous is not None:
            assert (stamp.wall_ms, stamp.counter) > (previous.wall_ms, previous.counter)
        assert stamp.node == "laptop-1"
        previous = stamp


def test_observe_cases() -> None:
    clock = clock_of([1000, 1000, 1000, 9000])
    assert clock.tick() == Hlc(1000, 0, "laptop-1")
    # Remote ahead of everything: take its wall time, counter + 1.
    assert clock.observe(Hlc(3000, 4, "hq")) == Hlc(3000, 5, "laptop-1")
    # Same wall time as the last stamp: the larger counter + 1.
    assert clock.observe(Hlc(3000, 9, "hq")) == Hlc(3000, 10, "laptop-1")
    # Local wall clock now ahead of both: counter resets.
    assert clock.observe(Hlc(3000, 50, "hq")) == Hlc(9000, 0, "laptop-1")


def test_restart_continues_after_the_persisted_stamp() -> None:
    last = Hlc(8000, 3, "laptop-1")
    clock = HlcClock("laptop-1", lambda: 100, last)
    assert clock.tick() == Hlc(8000, 4, "laptop-1")


def test_far_future_remote_is_accepted_by_default() -> None:
    # A laptop months behind HQ must still accept HQ's stamps, and order later edits after them.
    clock = clock_of([1000, 1000])
    far = Hlc(1000 + 180 * 24 * 3_600_000, 0, "hq")
    assert clock.observe(far) > far
    assert clock.tick().wall_ms == far.wall_ms


def test_drift_limit_when_asked_for() -> None:
    clock = HlcClock("hq", lambda: 1_000_000, max_drift_ms=60_000)
    clock.observe(Hlc(1_060_000, 0, "laptop"))  # exactly at the limit
    with pytest.raises(ClockDriftError) as caught:
        clock.observe(Hlc(1_060_001, 0, "laptop"))
    assert caught.value.max_drift_ms == 60_000
    assert clock.last == Hlc(1_060_000, 1, "hq")  # the refused stamp changed nothing


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HlcClock("n", lambda: 10, Hlc(500, MAX_COUNTER, "n"))
    assert clock.tick() == Hlc(501, 0, "n")
    assert clock.tick() == Hlc(501, 1, "n")


def test_invalid_node_or_wall_clock() -> None:
    with pytest.raises(ValueError, match="node"):
        HlcClock("", lambda: 0)
    with pytest.raises(ValueError, match="wall clock"):
        HlcClock("n", lambda: -5).tick()


def test_concurrent_ticks_are_unique() -> None:
    clock = HlcClock("n", lambda: 1000)
    results: list[Hlc] = []
    lock = threading.Lock()

    def work() -> None:
        mine = [clock.tick() for _ in range(500)]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 4000

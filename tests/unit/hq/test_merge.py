"""Pure merge rules and clock correction of HQ (no database, no HTTP)."""

from __future__ import annotations

from inspector_desk.domain.hlc import Hlc
from inspector_desk.hq.merge import SKEW_TOLERANCE_MS, Current, Incoming, correct_stamp, merge

NOW = 1_800_000_000_000
DAY = 86_400_000


def st(wall: int, node: str = "n") -> str:
    return Hlc(wall, 0, node).encode()


def current(**fields: object) -> Current:
    return Current(
        fields=dict(fields),
        stamps=dict.fromkeys(fields, st(NOW - 10_000, "hq-side")),
        field_revs=dict.fromkeys(fields, 5),
        field_devices=dict.fromkeys(fields, "other"),
        rev=5,
        deleted=False,
    )


def test_new_record_is_applied() -> None:
    out = merge(None, Incoming("insert", {"a": 1}, {"a": st(NOW)}, 0, "d"), append_only=False)
    assert out.status == "applied"
    assert out.writes == {"a": (1, st(NOW))}


def test_update_of_unknown_record_is_missing() -> None:
    assert (
        merge(None, Incoming("update", {"a": 1}, {"a": st(NOW)}, 3, "d"), append_only=False).status
        == "missing"
    )


def test_field_unchanged_since_base_takes_the_incoming_value_whatever_its_stamp() -> None:
    out = merge(current(a=1), Incoming("update", {"a": 2}, {"a": st(NOW - DAY)}, 5, "d"), append_only=False)
    assert out.status == "applied"
    assert out.writes == {"a": (2, st(NOW - DAY))}


def test_different_fields_merge() -> None:
    cur = Current(
        {"a": 1, "b": 1}, {"a": st(1), "b": st(1)}, {"a": 7, "b": 2}, {"a": "x", "b": "x"}, 7, False
    )
    out = merge(cur, Incoming("update", {"b": 2}, {"b": st(NOW)}, 5, "d"), append_only=False)
    assert out.status == "merged"
    assert out.writes == {"b": (2, st(NOW))}
    assert out.conflicts == []


def test_same_field_later_stamp_wins_and_other_is_kept() -> None:
    later = merge(current(a=1), Incoming("update", {"a": 2}, {"a": st(NOW)}, 3, "d"), append_only=False)
    assert later.status == "conflict"
    assert later.writes == {"a": (2, st(NOW))}
    assert (later.conflicts[0].current_value, later.conflicts[0].losing_value) == (2, 1)
    earlier = merge(
        current(a=1), Incoming("update", {"a": 2}, {"a": st(NOW - DAY)}, 3, "d"), append_only=False
    )
    assert earlier.writes == {}
    assert (earlier.conflicts[0].current_value, earlier.conflicts[0].losing_value) == (1, 2)


def test_same_value_on_both_sides_is_no_conflict() -> None:
    out = merge(current(a=1), Incoming("update", {"a": 1}, {"a": st(NOW)}, 3, "d"), append_only=False)
    assert (out.status, out.writes, out.conflicts) == ("applied", {}, [])


def test_own_earlier_write_is_not_concurrent() -> None:
    mine = Current({"a": 1}, {"a": st(NOW - 5)}, {"a": 5}, {"a": "d"}, 5, False)
    out = merge(mine, Incoming("update", {"a": 2}, {"a": st(NOW)}, 0, "d"), append_only=False)
    assert (out.status, out.conflicts) == ("applied", [])


def test_append_only_never_conflicts() -> None:
    out = merge(current(a=1), Incoming("update", {"a": 2}, {"a": st(NOW - DAY)}, 3, "d"), append_only=True)
    assert out.conflicts == []
    assert out.status == "applied"


def test_edit_on_voided_record_is_a_conflict_and_applies_nothing() -> None:
    cur = Current(
        {"a": 1, "deleted": True}, {"a": st(1), "deleted": st(2)}, {"a": 1, "deleted": 6}, {}, 6, True
    )
    out = merge(cur, Incoming("update", {"a": 2}, {"a": st(NOW)}, 5, "d"), append_only=False)
    assert out.status == "conflict"
    assert out.writes == {}
    assert out.conflicts[0].kind == "edit_on_void"


def test_correct_stamp_removes_measured_skew() -> None:
    ahead = correct_stamp(Hlc(NOW + 90 * DAY - 5000, 3, "x"), skew_ms=90 * DAY, now_ms=NOW, floor_ms=0)
    assert ahead == Hlc(NOW - 5000, 3, "x")
    behind = correct_stamp(Hlc(NOW - 90 * DAY - 5000, 0, "x"), skew_ms=-90 * DAY, now_ms=NOW, floor_ms=0)
    assert behind == Hlc(NOW - 5000, 0, "x")


def test_small_skew_is_left_alone_and_impossible_stamps_are_refused() -> None:
    assert correct_stamp(
        Hlc(NOW - 100, 0, "x"), skew_ms=SKEW_TOLERANCE_MS - 1, now_ms=NOW, floor_ms=0
    ) == Hlc(NOW - 100, 0, "x")
    # In the future of HQ although the laptop's clock is right now: HQ re-stamps it.
    assert correct_stamp(Hlc(NOW + DAY, 0, "x"), skew_ms=0, now_ms=NOW, floor_ms=0) is None
    # Older than the revision it was made on: impossible, re-stamped.
    assert correct_stamp(Hlc(NOW - DAY, 0, "x"), skew_ms=0, now_ms=NOW, floor_ms=NOW - 1000) is None

"""Store benchmark: builds a 200,000-resident encrypted demo unit, copies it to plain SQLite, and
times search, the resident card and Today on both. Run: ``.venv/bin/python bench/store.py``.

The last line printed is a JSON object with every figure and whether each target was met.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from inspector_desk import demo
from inspector_desk.security.keyfile import keyfile_path, provision_key, unlock_key
from inspector_desk.services.accounts import actor_for, find_user
from inspector_desk.services.base import Actor
from inspector_desk.services.residents import resident_card, search_residents
from inspector_desk.store.db import Database, checkpoint, open_database
from inspector_desk.store.models import Address, Household, Resident

TARGETS = {"search_p95_ms": 20.0, "card_p95_ms": 15.0, "today_ms": 100.0, "ratio": 1.5, "build_s": 120.0}

_LATIN = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
        "ж": "zh", "з": "z", "и": "i", "й": "y", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
        "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip
# How people type Kazakh letters on a Russian keyboard.
_NO_KAZAKH = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _pct(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _time(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def make_queries(db: Database, n: int, seed: int) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the data, as an inspector would type them."""
    rng = random.Random(seed)
    with db.read() as s:
        sample = s.execute(
            select(
                Resident.last_name, Resident.first_name, Resident.iin, Resident.phones, Address.street,
                Address.house,
            )
            .join(Household, Household.id == Resident.household_id)
            .join(Address, Address.id == Household.address_id)
            .order_by(Resident.name_key)
            .limit(4000)
            .offset(rng.randrange(100_000) if s.query(Resident).count() > 110_000 else 0)
        ).all()  # fmt: skip
    sample = list(sample)
    rng.shuffle(sample)
    kinds: list[tuple[str, Callable[[Any], str | None]]] = [
        ("surname_prefix", lambda r: r.last_name[: rng.randint(3, 5)].lower()),
        ("substring", lambda r: r.last_name[2:6].lower() if len(r.last_name) >= 6 else None),
        (
            "latin",
            lambda r: f"{r.last_name.lower().translate(_LATIN)} {r.first_name[:3].lower().translate(_LATIN)}",
        ),
        (
            "no_kazakh_letters",
            lambda r: (
                r.last_name.translate(_NO_KAZAKH)
                if r.last_name != r.last_name.translate(_NO_KAZAKH)
                else None
            ),
        ),
        ("iin_prefix", lambda r: r.iin[: rng.randint(6, 9)] if r.iin else None),
        ("phone_fragment", lambda r: r.phones[0][-7:] if r.phones else None),
        ("street_house", lambda r: f"{r.street.split('. ', 1)[-1]} {r.house}"),
    ]
    out: list[tuple[str, str]] = []
    per_kind = -(-n // len(kinds))
    for kind, make in kinds:
        got = 0
        for r in sample:
            q = make(r)
            if q:
                out.append((kind, q))
                got += 1
                if got == per_kind:
                    break
    rng.shuffle(out)
    return out


def time_searches(db: Database, actor: Actor, queries: Sequence[tuple[str, str]], on: date) -> dict[str, Any]:
    for _kind, q in queries:  # one warm-up pass: the page cache of a laptop in use is warm
        search_residents(db, actor, q, limit=50, on=on)
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    hits = 0
    for kind, q in queries:
        t = time.perf_counter()
        page = search_residents(db, actor, q, limit=50, on=on)
        dt = time.perf_counter() - t
        times.append(dt)
        by_kind.setdefault(kind, []).append(dt)
        hits += bool(page.rows)
    return {
        "p50_ms": _ms(_pct(times, 50)),
        "p95_ms": _ms(_pct(times, 95)),
        "max_ms": _ms(max(times)),
        "queries": len(times),
        "with_results": hits,
        "p95_by_kind_ms": {k: _ms(_pct(v, 95)) for k, v in sorted(by_kind.items())},
    }


def time_cards(db: Database, actor: Actor, n: int, seed: int, on: date) -> dict[str, Any]:
    rng = random.Random(seed)
    with db.read() as s:
        ids = list(s.scalars(select(Resident.id).where(Resident.beat_id.in_(sorted(actor.beat_ids)))))
    picks = rng.sample(ids, min(n, len(ids)))
    for rid in picks[:20]:
        resident_card(db, actor, rid, on=on)
    times: list[float] = []
    for rid in picks:
        t = time.perf_counter()
        resident_card(db, actor, rid, on=on)
        times.append(time.perf_counter() - t)
    return {"p50_ms": _ms(_pct(times, 50)), "p95_ms": _ms(_pct(times, 95)), "cards": len(times)}


def time_today(db: Database, actor: Actor, on: date, runs: int = 7) -> dict[str, Any]:
    try:
        from inspector_desk.services.today import today as today_view

        def run() -> object:
            return today_view(db, actor, on=on)

        what = "services.today.today"
    except ImportError:
        from inspector_desk.services.visits import due_visits

        def run() -> object:
            return due_visits(db, actor, on=on)

        what = "services.visits.due_visits (services.today missing)"
    run()
    times = [_time(run) for _ in range(runs)]
    return {"median_ms": _ms(statistics.median(times)), "max_ms": _ms(max(times)), "query": what}


def plain_copy(db: Database, target: Path) -> None:
    """A plain SQLite copy of the encrypted store, by SQLCipher's own export."""
    target.unlink(missing_ok=True)
    checkpoint(db)
    raw = db.engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        raw.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=245)
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "inspector-desk-bench")
    parser.add_argument("--reuse", action="store_true", help="reuse the database a previous run built")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    if args.queries < 200:
        parser.error("--queries must be at least 200")

    args.dir.mkdir(parents=True, exist_ok=True)
    enc_path = args.dir / f"demo-{args.residents}-{args.seed}.db"
    plain_path = args.dir / f"demo-{args.residents}-{args.seed}-plain.db"
    password = demo.DEFAULT_PASSWORD
    build_s: float | None = None
    if args.reuse and enc_path.exists():
        key = unlock_key(enc_path, password)
        print(f"Reusing {enc_path}")
    else:
        for p in (enc_path, Path(f"{enc_path}-wal"), Path(f"{enc_path}-shm"), keyfile_path(enc_path)):
            p.unlink(missing_ok=True)
        key = provision_key(enc_path, password)
        print(f"Building the encrypted demo ({args.residents:,} residents) in {enc_path} ...", flush=True)
        summary = demo.build_demo(
            enc_path, residents=args.residents, seed=args.seed, key=key, today=args.today
        )
        build_s = round(summary.seconds, 1)
        print(f"  demo build: {build_s} s (target < {TARGETS['build_s']:.0f} s)")
        print("  phases: " + ", ".join(f"{k} {v:.1f} s" for k, v in summary.phases.items()))
        print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in summary.counts.items()))

    results: dict[str, Any] = {"residents": args.residents, "seed": args.seed, "build_s": build_s}
    enc = open_database(enc_path, key)
    try:
        if not (args.reuse and plain_path.exists()):
            t = time.perf_counter()
            plain_copy(enc, plain_path)
            print(f"Plain SQLite copy made in {time.perf_counter() - t:.1f} s: {plain_path}")
        queries = make_queries(enc, args.queries, args.seed)
        plain = open_database(plain_path, None)  # plain SQLite: the comparison this benchmark is for
        try:
            for label, db in (("encrypted", enc), ("plain", plain)):
                inspector = actor_for(db, find_user(db, "inspector").id)
                supervisor = actor_for(db, find_user(db, "supervisor").id)
                figures = {
                    "search_supervisor": time_searches(db, supervisor, queries, args.today),
                    "search_inspector": time_searches(db, inspector, queries, args.today),
                    "card": time_cards(db, supervisor, args.cards, args.seed, args.today),
                    "today_inspector": time_today(db, inspector, args.today),
                    "today_supervisor": time_today(db, supervisor, args.today),
                }
                results[label] = figures
                sup, ins = figures["search_supervisor"], figures["search_inspector"]
                print(f"\n[{label}]")
                print(f"  search as supervisor ({len(supervisor.beat_ids)} beats): p50 {sup['p50_ms']} ms, "
                      f"p95 {sup['p95_ms']} ms, max {sup['max_ms']} ms over {sup['queries']} queries "
                      f"({sup['with_results']} with results)")  # fmt: skip
                print(f"    p95 by kind: {sup['p95_by_kind_ms']}")
                print(f"  search as inspector (1 beat): p50 {ins['p50_ms']} ms, p95 {ins['p95_ms']} ms")
                print(
                    f"  resident card: p50 {figures['card']['p50_ms']} ms, p95 {figures['card']['p95_ms']} ms"
                )
                for who in ("today_inspector", "today_supervisor"):
                    f = figures[who]
                    print(f"  {who}: median {f['median_ms']} ms, max {f['max_ms']} ms ({f['query']})")
        finally:
            plain.close()
    finally:
        enc.close()

    e, p = results["encrypted"], results["plain"]
    ratio = round(e["search_supervisor"]["p95_ms"] / max(p["search_supervisor"]["p95_ms"], 0.001), 2)
    results["encrypted_plain_search_p95_ratio"] = ratio
    today_ms = max(e["today_inspector"]["max_ms"], e["today_supervisor"]["max_ms"])
    results["targets"] = TARGETS
    results["met"] = {
        "build": None if build_s is None else build_s < TARGETS["build_s"],
        "search_p95": e["search_supervisor"]["p95_ms"] <= TARGETS["search_p95_ms"],
        "card_p95": e["card"]["p95_ms"] <= TARGETS["card_p95_ms"],
        "today": today_ms <= TARGETS["today_ms"],
        "ratio": ratio <= TARGETS["ratio"],
    }
    print(f"\nencrypted/plain search p95 ratio: {ratio} (target <= {TARGETS['ratio']})")
    print("targets met: " + ", ".join(f"{k} {'yes' if v else ('-' if v is None else 'NO')}"
                                      for k, v in results["met"].items()))  # fmt: skip
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

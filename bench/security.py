"""Security benchmark: what the protections cost on this machine.

* unlock: the application's unlock of the key file with the chosen Argon2id parameters
  (keyfile.KdfParams; through the lockout, as the login window does), median of 5; target 0.5-1.5 s:
  slow for someone guessing, quick for a person;
* the page check on open (``PRAGMA cipher_integrity_check``: every page's HMAC, so a tampered
  file is found before it is used), median of 5, with the file size;
* the encrypted/plain ratio of the store benchmark's searches (bench/store.py's functions on a
  smaller unit, 20,000 residents by default, as the supervisor), target <= 1.5: p95 and p50 of the
  best of 3 alternating rounds per store, and the ratio of the CPU time of the whole query set.

Run: ``.venv/bin/python bench/security.py [--residents 20000]``. The last line is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from store import make_queries, plain_copy, time_searches  # bench/store.py

from inspector_desk import demo
from inspector_desk.security.integrity import ensure_intact, full_check
from inspector_desk.security.keyfile import KdfParams, keyfile_path, provision_key
from inspector_desk.security.lockout import counter_path, guarded_unlock
from inspector_desk.services.accounts import actor_for, find_user
from inspector_desk.store.db import open_database

TARGETS = {"unlock_s_min": 0.5, "unlock_s_max": 1.5, "ratio": 1.5}


def median_of(fn: Any, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=245)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="search rounds per store (best kept)")
    default_dir = Path(tempfile.gettempdir()) / "inspector-desk-bench-security"
    parser.add_argument("--dir", type=Path, default=default_dir)
    parser.add_argument("--reuse", action="store_true", help="reuse the stores a previous run built")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    password = demo.DEFAULT_PASSWORD
    enc_path = args.dir / f"demo-{args.residents}-{args.seed}.db"
    plain_path = args.dir / f"demo-{args.residents}-{args.seed}-plain.db"
    today = date.today()
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")

    if not (args.reuse and enc_path.exists() and keyfile_path(enc_path).exists()):
        for p in (enc_path, Path(f"{enc_path}-wal"), Path(f"{enc_path}-shm"), keyfile_path(enc_path)):
            p.unlink(missing_ok=True)
        counter_path(enc_path).unlink(missing_ok=True)
        key = provision_key(enc_path, password)
        print(f"Building the encrypted demo ({args.residents:,} residents) in {enc_path} ...", flush=True)
        demo.build_demo(enc_path, residents=args.residents, seed=args.seed, key=key, today=today)

    params = KdfParams()
    cpu = time.process_time()
    unlock_s, unlock_runs = median_of(lambda: guarded_unlock(enc_path, password), args.runs)
    # Argon2 runs its lanes on all cores: CPU time / lanes is the unlock time of an idle machine.
    unlock_cpu_s = (time.process_time() - cpu) / args.runs
    print(
        f"unlock (Argon2id t={params.time_cost}, m={params.memory_kib // 1024} MiB, p={params.parallelism}): "
        f"median {unlock_s:.3f} s of {args.runs} ({', '.join(f'{t:.3f}' for t in unlock_runs)}); "
        f"{unlock_cpu_s:.3f} s CPU each, {unlock_cpu_s / params.parallelism:.3f} s on an idle machine"
    )
    key = guarded_unlock(enc_path, password)

    def open_checked() -> None:
        ensure_intact(enc_path, key)
        open_database(enc_path, key, key_verified=True, migrate=False).close()

    def open_plain() -> None:
        open_database(enc_path, key, key_verified=True, migrate=False).close()

    def full() -> None:
        db = open_database(enc_path, key, key_verified=True, migrate=False)
        try:
            assert full_check(db) == []
        finally:
            db.close()

    size_mb = enc_path.stat().st_size / 1e6
    check_s, _ = median_of(open_checked, args.runs)
    open_s, _ = median_of(open_plain, args.runs)
    cpu = time.process_time()
    full_s, _ = median_of(full, 3)
    full_cpu_s = (time.process_time() - cpu) / 3
    print(
        f"open with the quick page check: median {check_s * 1000:.1f} ms, without {open_s * 1000:.1f} ms; "
        f"full check (background): median {full_s:.2f} s, {full_cpu_s:.2f} s CPU for {size_mb:.1f} MB"
    )

    enc = open_database(enc_path, key)
    results: dict[str, Any] = {"residents": args.residents}
    try:
        if not (args.reuse and plain_path.exists()):
            plain_copy(enc, plain_path)
        queries = make_queries(enc, args.queries, args.seed)
        plain = open_database(plain_path, None)  # plain SQLite: the comparison this benchmark is for
        try:
            dbs = {"encrypted": enc, "plain": plain}
            actors = {label: actor_for(db, find_user(db, "supervisor").id) for label, db in dbs.items()}
            cpu_s: dict[str, list[float]] = {"encrypted": [], "plain": []}
            # Rounds alternate the order, and each store keeps its best round: on a shared, loaded
            # machine a burst of someone else's work then slows one round, not one store.
            for round_no in range(args.rounds):
                order = ["encrypted", "plain"] if round_no % 2 == 0 else ["plain", "encrypted"]
                for label in order:
                    cpu = time.process_time()
                    figures = time_searches(dbs[label], actors[label], queries, today)
                    cpu_s[label].append(time.process_time() - cpu)
                    best = results.get(label, {}).get("search_supervisor")
                    if best is None or figures["p95_ms"] < best["p95_ms"]:
                        results[label] = {"search_supervisor": figures}
                    print(
                        f"  round {round_no + 1} [{label}]: "
                        f"p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms"
                    )
            for label in dbs:
                sup = results[label]["search_supervisor"]
                results[label]["cpu_s_best_round"] = round(min(cpu_s[label]), 2)
                print(
                    f"[{label}] search as supervisor, best round: "
                    f"p50 {sup['p50_ms']} ms, p95 {sup['p95_ms']} ms"
                )
        finally:
            plain.close()
    finally:
        enc.close()

    e, p = results["encrypted"]["search_supervisor"], results["plain"]["search_supervisor"]
    ratio = round(e["p95_ms"] / max(p["p95_ms"], 0.001), 2)
    ratio_p50 = round(e["p50_ms"] / max(p["p50_ms"], 0.001), 2)
    cpu_ratio = round(
        results["encrypted"]["cpu_s_best_round"] / max(results["plain"]["cpu_s_best_round"], 0.001), 2
    )
    print(
        f"encrypted/plain search ratio: p95 {ratio}, p50 {ratio_p50}, CPU time {cpu_ratio} "
        f"(target <= {TARGETS['ratio']})"
    )
    load_after = os.getloadavg()
    summary = {
        "kdf": {"algorithm": "argon2id", **asdict(params)},
        "unlock_median_s": round(unlock_s, 3),
        "unlock_runs_s": [round(t, 3) for t in unlock_runs],
        "unlock_cpu_s": round(unlock_cpu_s, 3),
        "unlock_idle_estimate_s": round(unlock_cpu_s / params.parallelism, 3),
        "open_with_quick_check_ms": round(check_s * 1000, 1),
        "open_without_check_ms": round(open_s * 1000, 1),
        "full_check_s": round(full_s, 2),
        "full_check_cpu_s": round(full_cpu_s, 2),
        "store_mb": round(size_mb, 1),
        "search_ratio_p95": ratio,
        "search_ratio_p50": ratio_p50,
        "search_ratio_cpu": cpu_ratio,
        "search": results,
        "targets": TARGETS,
        "met": {
            "unlock": TARGETS["unlock_s_min"] <= unlock_s <= TARGETS["unlock_s_max"],
            "unlock_idle_estimate": TARGETS["unlock_s_min"]
            <= unlock_cpu_s / params.parallelism
            <= TARGETS["unlock_s_max"],
            "ratio": ratio <= TARGETS["ratio"],
        },
        "load_average": [round(v, 2) for v in (*load, *load_after)],
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

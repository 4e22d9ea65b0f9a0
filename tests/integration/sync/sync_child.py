"""A laptop's sync in a process of its own, for the kill tests: signs in, syncs once, and prints a
line per progress step (the parent SIGKILLs it at a random one). Exit code 0: the sync finished."""

from __future__ import annotations

import json
import sys

from inspector_desk.store.db import open_database
from inspector_desk.sync.credentials import CredentialStore
from inspector_desk.sync.engine import SyncEngine, SyncProgress
from inspector_desk.sync.transport import Transport

NO_BACKEND = None


def main() -> int:
    args = json.loads(sys.argv[1])
    db = open_database(args["path"], bytes(range(32)))
    credentials = CredentialStore("child", backend=_Memory())
    transport = Transport(args["base_url"], args["device_id"], credentials)
    engine = SyncEngine(
        db,
        transport,
        push_batch=args["push_batch"],
        pull_page=args["pull_page"],
        snapshot_page=args["pull_page"],
    )
    transport.login(args["login"], args["password"])
    print("ready", flush=True)

    def progress(p: SyncProgress) -> None:
        print(f"{p.phase} {p.done}", flush=True)

    engine.sync_once(progress, reconcile=False)
    print("done", flush=True)
    return 0


class _Memory:
    """Keeps the token in memory: the child signs in with the password every run."""

    priority = 0

    def get_password(self, service: str, username: str) -> None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


if __name__ == "__main__":
    sys.exit(main())

"""``python -m inspector_desk.hq`` — serve HQ (the default), migrate, or administer it."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from inspector_desk.hq.admin import add_admin_parser, run_admin
from inspector_desk.hq.config import DEFAULT_HOST, DEFAULT_PORT, load_settings
from inspector_desk.hq.db import HqDatabase, migrate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m inspector_desk.hq", description="Inspector Desk HQ server"
    )
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite in the data folder)")
    parser.add_argument("--data-dir", help="folder for the SQLite file and the token secret")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="run the HQ server (default)")
    serve.add_argument("--host", default=DEFAULT_HOST)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (PostgreSQL only)")
    sub.add_parser("migrate", help="upgrade the database schema and exit")
    add_admin_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "serve"
    settings = load_settings(
        args.database_url,
        args.data_dir,
        getattr(args, "host", None),
        getattr(args, "port", None),
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    migrate(settings.database_url)
    if command == "migrate":
        return 0
    if command == "admin":
        db = HqDatabase(settings.database_url)
        try:
            return run_admin(db, args)
        finally:
            db.dispose()
    import uvicorn

    from inspector_desk.hq.app import create_app, settle_heap

    workers = getattr(args, "workers", 1)
    if workers > 1:
        if settings.database_url.startswith("sqlite"):
            print("error: several workers need PostgreSQL", file=sys.stderr)
            return 2
        # Workers import the app by factory and rebuild settings from the environment.
        import os

        from inspector_desk.hq.config import ENV_DATA_DIR, ENV_DATABASE_URL, ENV_SECRET

        os.environ[ENV_DATABASE_URL] = settings.database_url
        os.environ[ENV_SECRET] = settings.secret
        os.environ[ENV_DATA_DIR] = str(settings.data_dir)
        from inspector_desk.hq.workers import reuse_port_supported, serve_workers

        if reuse_port_supported():
            return serve_workers(settings.host, settings.port, workers)
        uvicorn.run(
            "inspector_desk.hq.app:app_from_env",
            factory=True,
            host=settings.host,
            port=settings.port,
            workers=workers,
        )
        return 0
    app = create_app(settings)
    settle_heap()
    uvicorn.run(app, host=settings.host, port=settings.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())

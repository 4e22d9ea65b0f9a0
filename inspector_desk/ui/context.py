"""What every screen of the signed-in client needs: the acting user, the operation runner bound to the
open database, the settings, the day the screens count from, and the navigator that opens records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QObject

from inspector_desk.services.base import Actor, Role
from inspector_desk.ui.operations import Db, Failure, OperationRunner, Success
from inspector_desk.ui.settings import Settings


class Navigator(Protocol):
    def open_resident(self, resident_id: str) -> None: ...
    def open_case(self, case_id: str) -> None: ...
    def open_appeal(self, appeal_id: str) -> None: ...
    def open_household(self, household_id: str) -> None: ...
    def log_visit(
        self,
        *,
        resident_id: str | None = None,
        household_id: str | None = None,
        dv_case_id: str | None = None,
    ) -> Any: ...


@dataclass
class ClientContext:
    db: Db
    actor: Actor
    runner: OperationRunner
    settings: Settings
    today: Callable[[], date] = date.today
    nav: Navigator | None = field(default=None)

    @property
    def is_supervisor(self) -> bool:
        return self.actor.role is Role.SUPERVISOR

    @property
    def home_beat(self) -> str | None:
        """The beat new records go to: the inspector's own (first, when they work several)."""
        return min(self.actor.beat_ids) if self.actor.beat_ids else None

    def run(
        self,
        parent: QObject | None,
        op: Callable[[Db], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        key: str | None = None,
        description: str = "",
    ) -> int:
        return self.runner.run(parent, op, success=success, failure=failure, key=key, description=description)

    def run_write(
        self,
        parent: QObject | None,
        op: Callable[[Db], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        description: str = "",
    ) -> int:
        return self.runner.run_write(parent, op, success=success, failure=failure, description=description)

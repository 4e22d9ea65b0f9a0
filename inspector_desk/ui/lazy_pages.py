"""The main window's pages, built the first time they are shown: a cold start builds only the page it
opens on (and imports only its modules; the Reports page's PDF viewer, for one, waits until asked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from inspector_desk.ui.pages import Page


class LazyPages(Mapping[str, Page]):
    """key -> page; ``pages[key]`` builds the page on first use and hands it to ``add`` (the stack).

    ``values()`` would build every page: use ``built()`` for the pages that exist."""

    def __init__(self, add: Callable[[Page], Any]) -> None:
        self._add = add
        self._factories: dict[str, Callable[[], Page]] = {}
        self._built: dict[str, Page] = {}

    def register(self, key: str, factory: Callable[[], Page]) -> None:
        self._factories[key] = factory

    def put(self, key: str, page: Page) -> None:
        """A page built already (the first one shown)."""
        self._factories[key] = lambda: page
        self._built[key] = page
        self._add(page)

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._factories[key]()
            self._built[key] = page
            self._add(page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def peek(self, key: str) -> Page | None:
        """The page if it was built, without building it."""
        return self._built.get(key)

    def built(self) -> list[Page]:
        return list(self._built.values())

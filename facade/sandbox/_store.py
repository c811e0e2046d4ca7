"""In-memory resource store: ordered collections, lazily seeded, plus the request log."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

Item = dict[str, Any]


@dataclass(frozen=True)
class RequestRecord:
    """One served request as tests see it. Never holds a credential."""

    method: str
    path: str
    operation: str | None
    status: int
    idempotency_key: str | None = None
    fault: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The record as the control path shows it."""
        return {
            "method": self.method, "path": self.path, "operation": self.operation, "status": self.status,
            "idempotency_key": self.idempotency_key, "fault": self.fault,
        }  # fmt: skip


class Collection:
    """An insertion-ordered id -> item map with O(1) lookup of an item's position (for cursors)."""

    def __init__(self, items: Iterable[tuple[str, Item]] = ()) -> None:
        self._items: dict[str, Item] = dict(items)
        self._order: list[str] | None = None
        self._index: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def get(self, item_id: str) -> Item | None:
        return self._items.get(item_id)

    def put(self, item_id: str, item: Item) -> None:
        if item_id not in self._items:
            self._order = self._index = None
        self._items[item_id] = item

    def pop(self, item_id: str) -> Item | None:
        self._order = self._index = None
        return self._items.pop(item_id, None)

    def ids(self) -> list[str]:
        if self._order is None:
            self._order = list(self._items)
        return self._order

    def position(self, item_id: str) -> int | None:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self.ids())}
        return self._index.get(item_id)

    def values(self) -> list[Item]:
        return [self._items[k] for k in self.ids()]


class Store:
    """Every collection of one sandbox, each seeded on first use from its factory."""

    def __init__(self, factories: dict[str, Callable[[], Iterable[tuple[str, Item]]]]) -> None:
        self.lock = threading.RLock()
        self._factories = factories
        self._collections: dict[str, Collection] = {}
        self.idempotency: dict[tuple[str, str], tuple[str, int, bytes, dict[str, str]]] = {}
        self.extra: dict[str, Any] = {}

    def collection(self, name: str) -> Collection:
        """The named collection, seeding it now if this is its first use."""
        found = self._collections.get(name)
        if found is None:
            factory = self._factories.get(name)
            found = Collection(factory() if factory else ())
            self._collections[name] = found
        return found

    def reset(self) -> None:
        """Forget every change: collections are re-seeded (same seed, same data) on next use."""
        with self.lock:
            self._collections.clear()
            self.idempotency.clear()
            self.extra.clear()

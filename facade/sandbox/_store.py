"""In-memory resource store: ordered collections, lazily seeded, plus the request log."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, overload

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


class Synthetic(Collection):
    """A large seeded collection made on demand, block by block, instead of all at once.

    ``block(b)`` returns the (id, item) pairs at positions ``b * block_size`` onwards; each block
    is reproducible on its own, so paging through a million items costs time per page and little
    memory. Ids are learnt as blocks are made (a cursor is always an id already served); an item
    read with ``get`` is kept, so changes to it stick. Adding or removing an item turns the
    collection into an ordinary one first.
    """

    _KEEP_BLOCKS = 4

    def __init__(self, count: int, block: Callable[[int], list[tuple[str, Item]]], block_size: int) -> None:
        super().__init__()
        self._count, self._block, self._block_size = count, block, block_size
        self._lazy = True
        self._known: dict[str, int] = {}
        self._registered: set[int] = set()
        self._touched: dict[int, Item] = {}
        self._blocks: OrderedDict[int, list[tuple[str, Item]]] = OrderedDict()

    def _pairs(self, number: int) -> list[tuple[str, Item]]:
        found = self._blocks.get(number)
        if found is None:
            found = self._block(number)
            if number not in self._registered:
                start = number * self._block_size
                self._known.update((item_id, start + i) for i, (item_id, _) in enumerate(found))
                self._registered.add(number)
            self._blocks[number] = found
            if len(self._blocks) > self._KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return found

    def at(self, position: int) -> Item:
        """The item at ``position`` (0-based, insertion order)."""
        if not self._lazy:
            return self._items[self.ids()[position]]
        touched = self._touched.get(position)
        if touched is not None:
            return touched
        return self._pairs(position // self._block_size)[position % self._block_size][1]

    def __len__(self) -> int:
        return self._count if self._lazy else super().__len__()

    def position(self, item_id: str) -> int | None:
        if not self._lazy:
            return super().position(item_id)
        found = self._known.get(item_id)
        blocks = -(-self._count // self._block_size)
        for number in range(blocks):
            if found is not None:
                break
            if number not in self._registered:
                self._pairs(number)
                found = self._known.get(item_id)
        return found

    def get(self, item_id: str) -> Item | None:
        if not self._lazy:
            return super().get(item_id)
        position = self.position(item_id)
        if position is None:
            return None
        item = self._touched[position] = self.at(position)
        return item

    def put(self, item_id: str, item: Item) -> None:
        if self._lazy:
            position = self.position(item_id)
            if position is not None:
                self._touched[position] = item
                return
            self._materialize()
        super().put(item_id, item)

    def pop(self, item_id: str) -> Item | None:
        self._materialize()
        return super().pop(item_id)

    def ids(self) -> list[str]:
        self._materialize()
        return super().ids()

    def values(self) -> Sequence[Item]:  # type: ignore[override]
        if not self._lazy:
            return super().values()
        return View(self, range(self._count))

    def _materialize(self) -> None:
        if not self._lazy:
            return
        items: dict[str, Item] = {}
        for number in range(-(-self._count // self._block_size)):
            start = number * self._block_size
            for i, (item_id, item) in enumerate(self._block(number)):
                items[item_id] = self._touched.get(start + i, item)
        self._items, self._lazy = items, False
        self._order = self._index = None
        self._blocks.clear()
        self._touched.clear()


class View(Sequence[Item]):
    """A lazy, sliceable window on a :class:`Synthetic` collection, with O(1) ``position``."""

    def __init__(self, coll: Synthetic, positions: range) -> None:
        self._coll, self._positions = coll, positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> Item: ...
    @overload
    def __getitem__(self, index: slice) -> View: ...
    def __getitem__(self, index: int | slice) -> Item | View:
        if isinstance(index, slice):
            return View(self._coll, self._positions[index])
        return self._coll.at(self._positions[index])

    def position(self, item_id: str) -> int | None:
        """Where the item with this id sits in this view, or None."""
        found = self._coll.position(item_id)
        return self._positions.index(found) if found is not None and found in self._positions else None


class Store:
    """Every collection of one sandbox, each seeded on first use from its factory."""

    def __init__(self, factories: dict[str, Callable[[], Iterable[tuple[str, Item]] | Collection]]) -> None:
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
            made = factory() if factory else ()
            found = made if isinstance(made, Collection) else Collection(made)
            self._collections[name] = found
        return found

    def reset(self) -> None:
        """Forget every change: collections are re-seeded (same seed, same data) on next use."""
        with self.lock:
            self._collections.clear()
            self.idempotency.clear()
            self.extra.clear()

"""In-memory state of one sandbox: ordered collections (lazily seeded), idempotency records, shared data.

This is the state half of the engine (moto's "models"): no HTTP here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, overload

Item = dict[str, Any]
PARENT = "_parent"  # the private field linking a nested item to its parent's key


class Collection:
    """An insertion-ordered key -> item map: O(1) lookup, O(1) position (cursors), items per parent.

    Adding items keeps the order and indexes up to date, so making N items costs O(N).
    ``moving`` holds the keys of items with a timed transition ahead (settled before reads).
    """

    def __init__(self, items: Iterable[tuple[str, Item]] = ()) -> None:
        self._items: dict[str, Item] = {}
        self._order: list[str] | None = []
        self._index: dict[str, int] | None = {}
        self._kids: dict[str, dict[str, None]] = {}
        self._highest = 0
        self.moving: set[str] = set()
        for key, item in items:
            self.put(key, item)

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str) -> Item | None:
        return self._items.get(key)

    def put(self, key: str, item: Item) -> None:
        """Add or replace the item under ``key`` (its ``_parent`` field files it under its parent)."""
        if key not in self._items:
            if self._order is not None and self._index is not None:
                self._index[key] = len(self._order)
                self._order.append(key)
            parent = item.get(PARENT)
            if parent is not None:
                self._kids.setdefault(str(parent), {})[key] = None
            if key.isdigit():
                self._highest = max(self._highest, int(key))
        self._items[key] = item

    def pop(self, key: str) -> Item | None:
        item = self._items.pop(key, None)
        if item is not None:
            self._order = self._index = None
            self._kids.get(str(item.get(PARENT)), {}).pop(key, None)
            self.moving.discard(key)
        return item

    def highest(self) -> int:
        """The largest integer key so far (0 when there is none): the base of sequential ids."""
        return self._highest

    def ids(self, parent: str | None = None) -> list[str]:
        """Keys in insertion order (only the children of ``parent`` when given)."""
        if parent is not None:
            return list(self._kids.get(parent, ()))
        if self._order is None:
            self._order = list(self._items)
        return self._order

    def position(self, key: str) -> int | None:
        if self._index is None:
            self._index = {k: i for i, k in enumerate(self.ids())}
        return self._index.get(key)

    def values(self, parent: str | None = None) -> Sequence[Item]:
        """Items in insertion order (only the children of ``parent`` when given)."""
        return [self._items[k] for k in self.ids(parent)]


class Synthetic(Collection):
    """A large seeded collection made on demand, block by block, instead of all at once.

    ``block(b)`` returns the (key, item) pairs at positions ``b * block_size`` onwards; each block
    is reproducible on its own, so paging through a million items costs time per page and little
    memory. Keys are learnt as blocks are made (a cursor is always a key already served); an item
    read with ``get`` is kept, so changes to it stick. Adding or removing an item turns the
    collection into an ordinary one first. Only top-level resources are made this way.
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
                self._known.update((key, start + i) for i, (key, _) in enumerate(found))
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

    def position(self, key: str) -> int | None:
        if not self._lazy:
            return super().position(key)
        found = self._known.get(key)
        for number in range(-(-self._count // self._block_size)):
            if found is not None:
                break
            if number not in self._registered:
                self._pairs(number)
                found = self._known.get(key)
        return found

    def get(self, key: str) -> Item | None:
        if not self._lazy:
            return super().get(key)
        position = self.position(key)
        if position is None:
            return None
        item = self._touched[position] = self.at(position)
        return item

    def put(self, key: str, item: Item) -> None:
        if self._lazy:
            position = self.position(key)
            if position is not None:
                self._touched[position] = item
                return
            self._materialize()
        super().put(key, item)

    def pop(self, key: str) -> Item | None:
        self._materialize()
        return super().pop(key)

    def highest(self) -> int:
        self._materialize()
        return super().highest()

    def ids(self, parent: str | None = None) -> list[str]:
        self._materialize()
        return super().ids(parent)

    def values(self, parent: str | None = None) -> Sequence[Item]:
        if not self._lazy or parent is not None:
            return super().values(parent)
        return View(self, range(self._count))

    def _materialize(self) -> None:
        if not self._lazy:
            return
        self._lazy = False
        for number in range(-(-self._count // self._block_size)):
            start = number * self._block_size
            for i, (key, item) in enumerate(self._block(number)):
                super().put(key, self._touched.get(start + i, item))
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

    def position(self, key: str) -> int | None:
        """Where the item with this key sits in this view, or None."""
        found = self._coll.position(key)
        return self._positions.index(found) if found is not None and found in self._positions else None


Factory = Callable[["Store"], "Iterable[tuple[str, Item]] | Collection"]


class Store:
    """Every collection of one sandbox, each seeded on first use from its factory.

    A nested collection is seeded together with its parent (right after it), so its seed only
    ever sees seeded parents, never items made since. ``lock`` serialises every change (handlers
    run under it); ``idempotency`` remembers answers by (operation, key); ``shared`` is free-form
    plug-in state. ``reset()`` forgets all changes.
    """

    def __init__(self, factories: dict[str, Factory], parents: dict[str, str | None] | None = None) -> None:
        self.lock = threading.RLock()
        self._factories = factories
        self._parents = parents or {}
        self._children: dict[str, list[str]] = {}
        for name, parent in self._parents.items():
            if parent is not None:
                self._children.setdefault(parent, []).append(name)
        self._collections: dict[str, Collection] = {}
        self.idempotency: dict[tuple[str, str], tuple[str, int, bytes, dict[str, str]]] = {}
        self.shared: dict[str, Any] = {}

    def collection(self, name: str) -> Collection:
        """The named collection, seeding it (and its parent first, its children after) on first use."""
        found = self._collections.get(name)
        if found is not None:
            return found
        with self.lock:
            found = self._collections.get(name)
            if found is not None:
                return found
            parent = self._parents.get(name)
            if parent is not None and parent not in self._collections:
                self.collection(parent)  # seeds this one too, right after its parent
                return self._collections[name]
            factory = self._factories.get(name)
            made = factory(self) if factory else ()
            found = made if isinstance(made, Collection) else Collection(made)
            self._collections[name] = found
            for child in self._children.get(name, ()):
                self.collection(child)
            return found

    def reset(self) -> None:
        """Forget every change: collections are re-seeded (same seed, same data) on next use."""
        with self.lock:
            self._collections.clear()
            self.idempotency.clear()
            self.shared.clear()

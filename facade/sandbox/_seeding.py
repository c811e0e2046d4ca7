"""Seed data: every collection made on first use from its declaration, the same for the same seed."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ._clock import Clock
from ._lifecycle import AT, state_of
from ._model import Natural, Resource, Sequential
from ._spec import Spec
from ._store import PARENT, Collection, Store, Synthetic
from ._synth import synth

Item = dict[str, Any]
T = TypeVar("T")
# Top-level collections larger than this (the scale knob) are made on demand, LAZY_BLOCK items at a time.
LAZY_ITEMS = 20_000
LAZY_BLOCK = 1_000


@dataclass
class _Seeding:
    rng: random.Random
    index: int
    parent: Item | None
    seed: int
    store: Store
    item: Item
    parent_key: str | None

    def items(self, resource: str) -> list[Item]:
        return list(self.store.collection(resource).values())

    def cycle(self, options: Sequence[T]) -> T:
        return options[self.index % len(options)]

    def siblings(self, resource: str) -> list[Item]:
        return list(self.store.collection(resource).values(self.parent_key))


class Seeder:
    """Makes the factories of a sandbox's collections (see :class:`~facade.sandbox.Resource`)."""

    def __init__(
        self,
        provider: str,
        spec: Spec,
        clock: Clock,
        *,
        seed: int,
        scale: float,
        key: Callable[[Resource, Any, str | None], str],
        id_fields: dict[str, str],
        sparse: bool = False,
    ) -> None:
        self.provider, self.spec, self.clock = provider, spec, clock
        self.seed, self.scale, self.key, self.id_fields, self.sparse = seed, scale, key, id_fields, sparse

    def factory(self, res: Resource) -> Callable[[Store], Iterable[tuple[str, Item]] | Collection]:
        def make(store: Store) -> Iterable[tuple[str, Item]] | Collection:
            if res.seed is None or not res.count:
                return []
            rng = random.Random(f"{self.provider}:{self.seed}:{res.name}")
            schema = self.spec.at(self.spec.schema(res.schema))
            base = json.dumps(synth(self.spec, schema, rng, complete=True, minimal=self.sparse))
            example_id = _example_id(self.spec, schema, res.id_field)
            if res.parent is not None:
                out: list[tuple[str, Item]] = []
                for parent_key in store.collection(res.parent).ids():
                    parent = store.collection(res.parent).get(parent_key)
                    assert parent is not None
                    for _ in range(res.count(parent) if callable(res.count) else res.count):
                        out.append(self._one(res, store, rng, base, len(out), parent_key, parent, example_id))
                return self._timed(res, out)
            if callable(res.count):
                raise ValueError(f"resource {res.name}: only a nested resource counts per parent")
            count = max(1, int(res.count * self.scale))
            if count <= LAZY_ITEMS:
                made = [self._one(res, store, rng, base, i, None, None, example_id) for i in range(count)]
                return self._timed(res, made)

            def block(number: int) -> list[tuple[str, Item]]:
                start = number * LAZY_BLOCK
                block_rng = random.Random(f"{self.provider}:{self.seed}:{res.name}:{number}")
                stop = min(count, start + LAZY_BLOCK)
                return [self._one(res, store, block_rng, base, i, None, None, example_id) for i in range(start, stop)]

            return Synthetic(count, block, LAZY_BLOCK)

        return make

    def _one(
        self,
        res: Resource,
        store: Store,
        rng: random.Random,
        base: str,
        index: int,
        parent_key: str | None,
        parent: Item | None,
        example_id: bool,
    ) -> tuple[str, Item]:
        item: Item = json.loads(base)
        # Item 0 keeps the schema example's id, so requests copied from the spec address a real item.
        keep = index == 0 and example_id and res.id_field in item
        if isinstance(res.ids, Sequential) or not (keep or isinstance(res.ids, Natural)):
            item[res.id_field] = res.ids.seeded(rng, index)
        assert res.seed is not None
        seeding = _Seeding(rng, index, parent, self.seed, store, item, parent_key)
        item.update(res.seed(seeding))
        if parent_key is not None and parent is not None:
            item[PARENT] = parent_key
            if res.parent_field:
                item[res.parent_field] = parent[self.id_fields[res.parent or ""]]
        return self.key(res, item[res.id_field], parent_key), item

    def _timed(self, res: Resource, pairs: list[tuple[str, Item]]) -> Collection:
        """The seeded collection; items seeded in a state with a step start their timer now."""
        coll = Collection(pairs)
        lifecycle = res.lifecycle
        if lifecycle is not None:
            now = self.clock.now()
            for key, item in pairs:
                if state_of(lifecycle, item) in lifecycle.steps:
                    item[AT] = now
                    coll.moving.add(key)
        return coll


def _example_id(spec: Spec, schema: Any, id_field: str) -> bool:
    """True when the spec gives an example of the id (in the schema's example or on the id property)."""
    node = spec.resolve(schema)[0]
    if not isinstance(node, dict):
        return False
    examples = [node.get("example"), *(node.get("examples") or [])]
    if any(isinstance(e, dict) and id_field in e for e in examples):
        return True
    prop = spec.resolve((node.get("properties") or {}).get(id_field, {}))[0]
    return isinstance(prop, dict) and any(k in prop for k in ("example", "examples", "const", "default"))

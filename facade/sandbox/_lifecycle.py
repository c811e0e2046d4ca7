"""Timed state machines: an item moves to its next state once its time in the current one is up.

Nothing runs in the background: an item is settled (brought up to the present, one transition at
a time, each at the moment it was due) whenever it is read. An item's private fields say where it
is: ``_at`` the sandbox time it entered its state (absent once it reached a state with no step),
``_fate`` ``"fail"`` (its next transition goes to the failure state instead) or ``"stall"``
(it never leaves its state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import _jsonpath
from ._clock import Clock, iso
from ._model import NOW, Lifecycle
from ._store import Collection

Item = dict[str, Any]
AT, FATE = "_at", "_fate"
OnState = Callable[[Item, Any], None]


def state_of(lifecycle: Lifecycle, item: Item) -> Any:
    """The item's state as stored (without settling)."""
    return _jsonpath.get(item, lifecycle.path)


def leaving(lifecycle: Lifecycle | None, item: Item) -> bool:
    """True when the item is being deleted or is gone (its lifecycle's ``deleting`` or ``gone`` state)."""
    if lifecycle is None:
        return False
    state = state_of(lifecycle, item)
    return state is not None and state in (lifecycle.deleting, lifecycle.gone)


def enter(lifecycle: Lifecycle, coll: Collection, key: str, item: Item, state: Any, at: float) -> None:
    """Put the item in ``state`` as of sandbox time ``at``: stamps, ``on_enter`` fields, its next timer."""
    _jsonpath.put(item, lifecycle.path, state)
    stamp = iso(at)
    if lifecycle.changed_at:
        item[lifecycle.changed_at] = stamp
    for name, value in (lifecycle.on_enter.get(state) or {}).items():
        _jsonpath.put(item, name if name.startswith("$") else f"$.{name}", stamp if value == NOW else value)
    if state in lifecycle.steps:
        item[AT] = at
        coll.moving.add(key)
    else:
        item.pop(AT, None)
        item.pop(FATE, None)
        coll.moving.discard(key)


def settle(lifecycle: Lifecycle, coll: Collection, key: str, item: Item, clock: Clock, on_state: OnState) -> None:
    """Play every transition of the item that was due by now, in order, each at its due time."""
    now = clock.now()
    while AT in item and item.get(FATE) != "stall":
        step = lifecycle.steps.get(state_of(lifecycle, item))
        if step is None:  # moved by a request to a state with no step: nothing is ahead
            item.pop(AT, None)
            coll.moving.discard(key)
            return
        target, seconds = step
        due = float(item[AT]) + seconds
        if due > now:
            return
        if item.get(FATE) == "fail" and lifecycle.failed is not None:
            target = lifecycle.failed
        enter(lifecycle, coll, key, item, target, due)
        on_state(item, target)


def settle_all(lifecycle: Lifecycle, coll: Collection, clock: Clock, on_state: Callable[[Item, Any], None]) -> None:
    """Settle every item of the collection with a transition ahead (cheap: only those are visited)."""
    for key in list(coll.moving):
        item = coll.get(key)
        if item is None:
            coll.moving.discard(key)
        else:
            settle(lifecycle, coll, key, item, clock, on_state)


def fail(lifecycle: Lifecycle, coll: Collection, key: str, item: Item, clock: Clock, *, now: bool) -> bool:
    """Fail the item: at once (``now``, or when nothing is ahead of it) or at its next transition.

    False when its lifecycle has no failure state.
    """
    if lifecycle.failed is None:
        return False
    if now or AT not in item:
        enter(lifecycle, coll, key, item, lifecycle.failed, clock.now())
    else:
        item[FATE] = "fail"
    return True


def stall(item: Item) -> None:
    """Keep the item in its current state for good (a resource that never gets there)."""
    item[FATE] = "stall"

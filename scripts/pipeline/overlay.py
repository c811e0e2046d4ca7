"""Stage 2: apply an OpenAPI Overlay 1.0 document, remembering which action wrote what.

Actions are ``{target: <RFC 9535 JSONPath>, update: <object>}`` or ``{target, remove: true}``;
every action must match at least one node. The :class:`Trace` lets later stages blame the overlay
(its file, line and action) for anything it introduced, instead of the provider's spec.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError, place
from .shared import jp

Parts = tuple[jp.Part, ...]


@dataclass
class Trace:
    """Where the overlay wrote (spec parts -> overlay parts) and what its actions removed."""

    file: Path
    written: dict[Parts, Parts] = field(default_factory=dict)
    removed: dict[Parts, int] = field(default_factory=dict)

    def origin(self, parts: Sequence[jp.Part]) -> Parts | None:
        """The overlay parts (``actions/i/update/...``) that wrote ``parts`` or an ancestor of it."""
        parts = tuple(parts)
        for n in range(len(parts), 0, -1):
            hit = self.written.get(parts[:n])
            if hit is not None:
                return (*hit, *parts[n:])
        return None

    def remover(self, parts: Sequence[jp.Part]) -> int | None:
        """The index of the action that removed ``parts`` or an ancestor of it."""
        parts = tuple(parts)
        for n in range(len(parts), 0, -1):
            if parts[:n] in self.removed:
                return self.removed[parts[:n]]
        return None


def _merge(target: Any, update: Any, at: Parts, origin: Parts, trace: Trace) -> Any:
    """Overlay 1.0 update: objects merge recursively, arrays get the value appended."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in target and isinstance(target[key], dict | list):
                target[key] = _merge(target[key], value, (*at, key), (*origin, key), trace)
            else:
                target[key] = copy.deepcopy(value)
                trace.written[(*at, key)] = (*origin, key)
        return target
    if isinstance(target, list):
        values = update if isinstance(update, list) else [update]
        for i, value in enumerate(values):
            trace.written[(*at, len(target))] = (*origin, i) if isinstance(update, list) else origin
            target.append(copy.deepcopy(value))
        return target
    trace.written[at] = origin
    return copy.deepcopy(update)


def apply(spec: dict[str, Any], overlay: dict[str, Any], path: Path) -> tuple[dict[str, Any], Trace]:
    """The spec with the overlay applied (a new object) and the trace of what the overlay did."""
    import jsonpath

    if not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(path, place(path, ["overlay"]), "not an Overlay 1.x document")
    actions = overlay.get("actions")
    # An overlay that only switches normalisation rules off (x-normalise) may have no actions.
    if not isinstance(actions, list) or (not actions and "x-normalise" not in overlay):
        raise SpecError(path, place(path, ["actions"]), "'actions' must be a non-empty list")
    result = copy.deepcopy(spec)
    trace = Trace(path)
    for i, action in enumerate(actions):
        where: Parts = ("actions", i)
        if not isinstance(action, dict) or "target" not in action:
            raise SpecError(path, place(path, where), "an action needs a 'target'")
        if action.get("remove") is not True and "update" not in action:
            raise SpecError(path, place(path, where), "an action needs 'update' or 'remove'")
        target = action["target"]
        try:
            nodes = list(jsonpath.finditer(target, result))
        except jsonpath.JSONPathError as exc:
            raise SpecError(path, place(path, [*where, "target"]), f"bad JSONPath {target!r}: {exc}") from None
        if not nodes:
            raise SpecError(path, place(path, [*where, "target"]), f"target {target!r} matches nothing in the spec")
        for node in nodes:
            parts: Parts = tuple(node.parts)
            if action.get("remove") is True:
                parent = node.parent.obj if node.parent else None
                if isinstance(parent, dict):
                    parent.pop(parts[-1], None)
                elif isinstance(parent, list):
                    parent.remove(node.obj)
                trace.removed[parts] = i
            elif isinstance(node.obj, dict | list):
                _merge(node.obj, action["update"], parts, (*where, "update"), trace)
            else:
                raise SpecError(
                    path, place(path, [*where, "target"]), f"target {target!r} matches a value, not an object or array"
                )
    return result, trace

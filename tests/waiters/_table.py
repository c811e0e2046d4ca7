"""The README's waiter table, rendered from the manifests (the test compares; this prints it)."""

from __future__ import annotations

import json
from typing import Any

import facade
import facade._manifest as manifest

HEADER = "| provider | waiter | polls | state at | success | failure |\n|---|---|---|---|---|---|"


def _value(value: Any) -> str:
    return f"`{value}`" if isinstance(value, str) else f"`{json.dumps(value)}`"


def cell(acceptors: list[Any], watched: str | None, state: str) -> str:
    parts = []
    for a in acceptors:
        if a.state != state:
            continue
        if a.matcher == "status":
            parts.append(" or ".join(f"HTTP {code}" for code in a.expected))
            continue
        prefix = {"pathAll": "all ", "pathAny": "any "}.get(a.matcher, "")
        where = "" if a.argument == watched else f"`{a.argument}` "
        parts.append(f"{where}{prefix}{', '.join(_value(v) for v in a.expected)}")
    return "; ".join(parts) or "-"


def rows() -> list[str]:
    out = []
    for name in facade.providers():
        provider = manifest.load(name)
        for waiter_name, w in sorted(provider.waiters.items()):
            success = cell(list(w.acceptors), w.watched, "success")
            failure = cell(list(w.acceptors), w.watched, "failure")
            out.append(f"| `{name}` | `{waiter_name}` | `{w.operation}` | `{w.watched}` | {success} | {failure} |")
    return out


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(rows()))

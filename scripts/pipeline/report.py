"""What ``nox -s specs`` says of each provider beyond counts: every repair and every inference, placed.

Each line reads ``<file>:line N (#/json/pointer): [rule] what was done``, the file and place being
where the provider wrote it (through the bundle's source map), so a reader can open the spec there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import normalise
from .bundle import SourceMap
from .paths import rel
from .spec import Effective


def _where(eff: Effective, parts: Any) -> str:
    sources = eff.sources or SourceMap(eff.spec_path)
    file, place = sources.place(parts)
    return f"{rel(Path(file))}:{place}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= 160 else text[:157] + "..."


def repair_lines(eff: Effective) -> list[str]:
    return [f"{_where(eff, r.parts)}: [{r.rule}] {r.message}" for r in eff.repairs]


def inference_lines(eff: Effective) -> list[str]:
    return [f"{_where(eff, i.parts)}: inferred {i.kind} {_short(i.value)} from {i.reason}" for i in eff.inferences]


def summary(eff: Effective) -> str:
    """``N repairs (rule n, ...); M inferences (x-pagination n, ...)``."""
    rules = ", ".join(f"{name} {n}" for name, n in normalise.counts(eff.repairs).items())
    kinds: dict[str, int] = {}
    for inference in eff.inferences:
        kinds[inference.kind] = kinds.get(inference.kind, 0) + 1
    inferred = ", ".join(f"{kind} {n}" for kind, n in kinds.items())
    return (
        f"{len(eff.repairs)} repair(s){f' ({rules})' if rules else ''}; "
        f"{len(eff.inferences)} inference(s){f' ({inferred})' if inferred else ''}"
    )

"""One registry of providers: discovered here, written for the facade to read.

A provider is a folder under ``specs/`` holding a spec root (``source.root_file``: ``openapi.yaml``,
``openapi.json``, ... or the file ``source.yaml`` names); no list to keep in code.
``generate`` writes ``generated/compute_clients_registry/`` (a tiny typed package, shipped in the
wheel): every generated provider with its package, title, API version and operation count, and
``ProviderName``, a ``Literal`` of their names that ``facade.connect()`` takes. Standard library
only: ``scripts/release.py`` and ``scripts/bench.py`` use :func:`discover`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import source
from .paths import SPECS

PACKAGE = "compute_clients_registry"


def discover(specs: Path = SPECS) -> tuple[str, ...]:
    """Every folder under ``specs`` that holds a spec (see ``source.root_file``), sorted."""
    if not specs.is_dir():
        return ()
    return tuple(sorted(p.name for p in specs.iterdir() if source.is_provider(p)))


def entry(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """What the registry says of one provider, from its manifest."""
    return {
        "package": manifest["package"],
        "title": manifest["title"],
        "api_version": manifest["api_version"],
        "operations": len(manifest["operations"]),
    }


def render(entries: Mapping[str, Mapping[str, Any]], notice: str) -> str:
    names = sorted(entries)
    literal = f"Literal[{', '.join(json.dumps(n) for n in names)}]" if names else "str"
    rows = "".join(f"    {json.dumps(n)}: {json.dumps(dict(entries[n]), ensure_ascii=False)},\n" for n in names)
    return (
        f"# {notice}\n"
        '"""The installed compute-clients providers (read by ``facade.providers()`` and ``connect()``)."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final, Literal, TypedDict\n\n\n"
        "class ProviderInfo(TypedDict):\n"
        "    package: str\n    title: str\n    api_version: str\n    operations: int\n\n\n"
        f"ProviderName = {literal}\n"
        f"PROVIDERS: Final[dict[str, ProviderInfo]] = {{\n{rows}}}\n"
    )


def write(out: Path, entries: Mapping[str, Mapping[str, Any]], notice: str) -> Path:
    """Write the registry package under ``out``; returns its folder."""
    folder = out / PACKAGE
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text(render(entries, notice), encoding="utf-8")
    (folder / "py.typed").write_text(f"# {notice}\n", encoding="utf-8")
    return folder

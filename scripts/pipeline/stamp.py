"""What decides "unchanged": a content hash of every input of a provider's build.

The hash covers the provider's spec, overlay and generator config, this pipeline's own source and
templates, the facade modules it shares, and the versions of the tools that shape the output. The
build records it in ``generated/<p>_client/_manifest.json``; :func:`read_stamp` reads it back.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

from . import source
from .paths import FACADE, GENERATED, PACKAGE, SPECS, package_of
from .shared import FILES

# Tools whose version can change the generated files.
TOOLS = ("openapi-python-client", "jinja2", "ruff", "pyyaml", "python-jsonpath")
MANIFEST = "_manifest.json"


def tool_versions() -> dict[str, str]:
    versions = {}
    for tool in TOOLS:
        try:
            versions[tool] = metadata.version(tool)
        except metadata.PackageNotFoundError:
            versions[tool] = "missing"
    return versions


def _pipeline_files() -> list[Path]:
    found = [p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix in {".py", ".jinja"}]
    return sorted(found) + [FACADE / name for name in FILES]


def inputs_hash(provider: str, specs: Path = SPECS) -> str:
    """Content hash of everything that determines ``provider``'s generated package."""
    digest = hashlib.sha256()
    folder = specs / provider
    for path in [*source.spec_files(folder), *(folder / name for name in source.OURS)]:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    for path in _pipeline_files():
        digest.update(path.relative_to(PACKAGE.parent.parent).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(json.dumps(tool_versions(), sort_keys=True).encode())
    return digest.hexdigest()


def spec_hash(provider: str, specs: Path = SPECS) -> str:
    """sha256 of the provider's spec as published (what a release records; ``source.spec_sha256``)."""
    return source.spec_sha256(specs / provider)


def read_manifest(provider: str, generated: Path = GENERATED) -> dict[str, object] | None:
    """The provider's generated manifest, or None when there is none (or it is not readable JSON)."""
    try:
        data = json.loads((generated / package_of(provider) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read_stamp(provider: str, generated: Path = GENERATED) -> str | None:
    """The inputs hash the provider's generated package was built from, if any."""
    stamp = (read_manifest(provider, generated) or {}).get("inputs_sha256")
    return stamp if isinstance(stamp, str) else None

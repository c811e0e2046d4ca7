"""What a provider folder holds: its spec as published, our additions, and where the spec comes from.

A folder under ``specs/`` is a provider when it holds a spec root: ``openapi.yaml``, ``openapi.yml``,
``openapi.json``, ``swagger.yaml``, ``swagger.yml`` or ``swagger.json``, or the file a ``source.yaml``
names with ``root:`` (a multi-file spec whose root has another name). Everything else in the folder
that is not ours (``overlay.yaml``, ``generator.yaml``, ``source.yaml``, Markdown and text notes such
as CAST AI's ``live-operations.txt``) is part of the spec: the files a multi-file root ``$ref``s, kept
as the provider published them.

``source.yaml`` (optional) says where the provider publishes the spec, for ``nox -s sync``::

    url: https://api.example.com/openapi.json   # what sync fetches (a file path works too)
    root: openapi.json                          # the root file here, when it is not one of the above
    format: json                                # json | yaml: how sync writes what it fetched

Standard library only: ``scripts/release.py`` hashes specs through :func:`spec_sha256`.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json", "swagger.yaml", "swagger.yml", "swagger.json")
OVERLAY, GENERATOR, SOURCE = "overlay.yaml", "generator.yaml", "source.yaml"
OURS = (OVERLAY, GENERATOR, SOURCE)
# A top-level ``root: <file>`` line; read without a YAML parser so release.py stays standard library.
_ROOT_LINE = re.compile(r"^root:\s*['\"]?(?P<name>[^'\"#\s]+)['\"]?\s*(?:#.*)?$", re.MULTILINE)


def _declared_root(folder: Path) -> str | None:
    try:
        text = (folder / SOURCE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    match = _ROOT_LINE.search(text)
    return match["name"] if match else None


def root_file(folder: Path) -> Path | None:
    """The spec's root file in a provider folder (``root:`` in source.yaml wins), or None."""
    declared = _declared_root(folder)
    if declared is not None:
        return folder / declared
    return next((folder / name for name in ROOT_NAMES if (folder / name).is_file()), None)


def is_provider(folder: Path) -> bool:
    root = root_file(folder)
    return folder.is_dir() and root is not None and root.is_file()


def ours(path: Path, folder: Path) -> bool:
    """Whether a file in the folder is one of our additions rather than part of the provider's spec."""
    rel = path.relative_to(folder)
    return (len(rel.parts) == 1 and rel.name in OURS) or path.suffix.lower() in (".md", ".txt")


def spec_files(folder: Path) -> list[Path]:
    """Every file of the provider's spec (the root first, then the rest sorted), hidden ones excluded."""
    root = root_file(folder)
    found = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not ours(p, folder) and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    if root is not None and root in found:
        found.remove(root)
        found.insert(0, root)
    return found


def spec_sha256(folder: Path) -> str:
    """sha256 of the spec: of the root file's bytes alone when it is one file, else of every file.

    A multi-file spec hashes each file's path (relative to the folder) and bytes, in order, so a
    renamed or added file changes the hash too.
    """
    files = spec_files(folder)
    if len(files) == 1:
        return hashlib.sha256(files[0].read_bytes()).hexdigest()
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()

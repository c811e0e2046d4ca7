"""``nox -s sync -- <provider> [--from FILE|URL]``: take the provider's newly published spec in.

1. Fetch the spec from ``--from`` or ``source.yaml``'s ``url`` (a file path, or http/https).
2. Build the provider from it in a scratch copy of its folder: a spec that does not generate (or
   does not even load) stops here.
3. Print the change report against the committed spec (``diff.py``).
4. Write the fetched bytes over the spec's root file, unchanged; regenerate the provider
   (``build.generate``: all or nothing); bump the version by the report (``scripts/release.py``).

Until step 4 nothing in ``specs/`` or ``generated/`` is touched; if regenerating fails there, the
old spec is put back, so a failed fetch or a broken new spec leaves both byte-identical.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from . import diff, load, normalise, source
from .errors import SpecError
from .paths import ROOT, SPECS, rel

TIMEOUT_SECONDS = 60


class SyncError(Exception):
    """Why a sync stopped (nothing was written)."""


def where_from(provider: str, given: str | None, specs: Path = SPECS) -> str:
    if given:
        return given
    path = specs / provider / source.SOURCE
    data: Any = load.load(path) if path.is_file() and path.read_text(encoding="utf-8").strip() else {}
    url = data.get("url") if isinstance(data, dict) else None
    if not isinstance(url, str) or not url:
        raise SyncError(f"specs/{provider}/{source.SOURCE} names no url to fetch from: pass --from FILE|URL")
    return url


def fetch(location: str) -> bytes:
    """The bytes at a file path or an http(s) URL; SyncError (never a traceback) when that fails."""
    parts = urllib.parse.urlsplit(location)
    if parts.scheme in ("http", "https"):
        request = urllib.request.Request(location, headers={"Accept": "application/json, application/yaml, */*"})  # noqa: S310 - http(s) only
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
                data: bytes = response.read(load.MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise SyncError(f"fetching {location} failed: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise SyncError(f"fetching {location} failed: {getattr(exc, 'reason', exc)}") from None
    elif parts.scheme in ("", "file"):
        path = Path(urllib.parse.unquote(parts.path) if parts.scheme == "file" else location)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError(f"reading {location} failed: {exc.strerror}") from None
    else:
        raise SyncError(f"cannot fetch {location!r}: give a file path or an http(s) URL")
    if len(data) > load.MAX_BYTES:
        raise SyncError(f"{location} is larger than {load.MAX_BYTES:,} bytes")
    if not data.strip():
        raise SyncError(f"{location} is empty")
    return data


def _overlay_off(folder: Path) -> frozenset[str]:
    overlay = folder / source.OVERLAY
    return normalise.disabled(load.load(overlay), overlay) if overlay.is_file() else frozenset()


def check_new(provider: str, data: bytes, specs: Path = SPECS) -> tuple[list[diff.Change], Path]:
    """Build the provider from ``data`` in a scratch copy; the changes against the committed spec."""
    from .build import build_provider

    folder = specs / provider
    root = source.root_file(folder)
    if root is None:
        raise SyncError(f"specs/{provider}/ holds no spec to sync")
    with tempfile.TemporaryDirectory(prefix="sync-") as tmp:
        scratch = Path(tmp) / "specs"
        shutil.copytree(folder, scratch / provider)
        (scratch / provider / root.relative_to(folder)).write_bytes(data)
        new_root = scratch / provider / root.relative_to(folder)
        off = _overlay_off(folder)
        try:
            new = diff.load_normalised(new_root, provider, off)
            (Path(tmp) / "out").mkdir()
            build_provider(provider, Path(tmp) / "out", scratch)
        except SpecError as exc:
            raise SyncError(
                f"the new spec does not generate; nothing written:\n  {_scratch_free(str(exc), tmp)}"
            ) from None
        old = diff.load_normalised(root, provider, off)
    return diff.diff(old, new), root


def _scratch_free(text: str, tmp: str) -> str:
    return text.replace(f"{tmp}/", "(new) ")


def sync(provider: str, given: str | None, dry_run: bool = False, as_json: bool = False) -> int:
    from . import build

    try:
        location = where_from(provider, given)
        data = fetch(location)
        changes, root = check_new(provider, data)
    except (SyncError, SpecError) as exc:
        print(f"sync {provider}: {exc}", file=sys.stderr)
        print("specs/ and generated/ left unchanged.", file=sys.stderr)
        return 1
    old = root.read_bytes()
    if old != data and not changes:
        changes = [diff.Change("other", "", "the file changed, not the API it describes (formatting, key order)")]
    name = f"{provider} ({location})"
    print(diff.as_json(changes, rel(root), name) if as_json else diff.render(changes, rel(root), name), end="")
    part = diff.bump(changes)
    if part is None or dry_run:
        return 0
    _write(root, data)
    if build.generate([provider], force=False, jobs=1) != 0:
        _write(root, old)
        print(f"sync {provider}: regenerating failed; specs/{provider}/ restored.", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "scripts"))
    import release

    return int(release.bump(part, ROOT))


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.sync-tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)

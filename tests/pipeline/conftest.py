"""Helpers for the pipeline tests: temp copies of the repo, running the pipeline, a local server.

The pipeline derives ROOT from its own location, so a copy of scripts/ + specs/ + generated/ (and
the two facade modules it shares) in a temp dir is a self-contained repo: the tests mutate copies,
never the real specs/ or generated/.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

from tests._scripts import load_package, submodule

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path("scripts") / "pipeline"
SMALLEST = "cloudapi"


class Pipeline:
    """The modules of one copy's pipeline package (its ROOT is that copy)."""

    def __init__(self, root: Path = REPO, name: str = "pipeline_under_test") -> None:
        self.package = load_package(root / SCRIPT, name)
        self.build = submodule(self.package, "build")
        self.load = submodule(self.package, "load")
        self.overlay = submodule(self.package, "overlay")
        self.registry = submodule(self.package, "registry")
        self.schema = submodule(self.package, "schema")
        self.shared = submodule(self.package, "shared")
        self.spec = submodule(self.package, "spec")
        self.stamp = submodule(self.package, "stamp")
        self.validate = submodule(self.package, "validate")
        self.workspace = submodule(self.package, "workspace")


def load_pipeline(root: Path = REPO, name: str = "pipeline_under_test") -> Pipeline:
    return Pipeline(root, name)


def resolve_ref(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (the tests' own resolver, independent of the pipeline's)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_STRINGS = {
    "date-time": "2024-05-01T10:00:00+00:00",
    "date": "2024-05-01",
    "uuid": "5b9f4c3e-8d1a-4f0e-9c2b-7a6d5e4f3a21",
    "email": "ana@example.com",
    "uri": "https://example.com/x",
}


def sample(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value that fits ``schema``: every property filled, first enum member, first union branch."""
    schema = resolve_ref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(spec, part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        extra = {k: v for k, v in schema.items() if k != "allOf"}
        if extra.get("properties"):
            merged.update(sample(spec, extra, depth + 1))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if resolve_ref(spec, b).get("type") != "null"]
            return sample(spec, branches[0], depth + 1) if branches else None
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "object":
        props = schema.get("properties") or {}
        return {name: sample(spec, prop, depth + 1) for name, prop in props.items()}
    if kind == "array":
        return [sample(spec, schema.get("items") or {}, depth + 1)]
    if kind == "string":
        return _STRINGS.get(schema.get("format", ""), "text")
    if kind == "integer":
        return max(int(schema.get("minimum", 0)), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return None


PIPELINE = load_pipeline()
PROVIDERS: tuple[str, ...] = PIPELINE.registry.discover()
GENERATED_PROVIDERS = tuple(p for p in PROVIDERS if (REPO / "generated" / f"{p}_client").is_dir())


def copy_pipeline(dest: Path) -> Path:
    """Copy scripts/ and the facade modules the pipeline shares into ``dest``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    shutil.copytree(REPO / "scripts", dest / "scripts", ignore=ignore)
    (dest / "facade").mkdir(parents=True, exist_ok=True)
    for name in PIPELINE.shared.FILES:
        shutil.copy2(REPO / "facade" / name, dest / "facade" / name)
    return dest


def copy_repo(dest: Path, providers: Iterable[str] | None = None) -> Path:
    """Copy scripts/, specs/ and generated/ (optionally only some providers) into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    copy_pipeline(dest)
    if providers is None:
        shutil.copytree(REPO / "specs", dest / "specs", ignore=ignore)
        shutil.copytree(REPO / "generated", dest / "generated", ignore=ignore)
        return dest
    (dest / "specs").mkdir()
    (dest / "generated").mkdir()
    shutil.copy2(REPO / "generated" / "README.md", dest / "generated" / "README.md")
    for provider in providers:
        shutil.copytree(REPO / "specs" / provider, dest / "specs" / provider, ignore=ignore)
        client = REPO / "generated" / f"{provider}_client"
        if client.is_dir():
            shutil.copytree(client, dest / "generated" / client.name, ignore=ignore)
    return dest


def pipeline_cmd(root: Path, *args: str) -> list[str]:
    """``python <root>/scripts/pipeline ARGS``, as the nox sessions run it."""
    return [sys.executable, str(root / SCRIPT), *args]


def run_pipeline(
    root: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the copy's pipeline in a subprocess (as nox does) and capture its output."""
    return subprocess.run(
        pipeline_cmd(root, *args),
        cwd=cwd or root,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def run_many(*jobs: list[tuple[Path, tuple[str, ...]]]) -> list[list[subprocess.CompletedProcess[str]]]:
    """Run jobs concurrently (one per core); each job is a list of (root, args) run in order."""

    def run_job(job: list[tuple[Path, tuple[str, ...]]]) -> list[subprocess.CompletedProcess[str]]:
        return [run_pipeline(root, *args) for root, args in job]

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(run_job, jobs))


def tree_digest(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (relative path -> digest), bytecode caches excluded."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def tree_hash(root: Path) -> str:
    return hashlib.sha256(json.dumps(tree_digest(root), sort_keys=True).encode()).hexdigest()


def status_lines(stdout: str) -> dict[str, str]:
    """The per-provider lines of ``generate``: provider -> status."""
    out = {}
    for line in stdout.splitlines():
        words = line.split()
        if len(words) >= 4 and words[3] == "operations":
            out[words[0]] = words[1]
    return out


# -- a tiny local HTTP server ------------------------------------------------------------------


@dataclass
class Canned:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class LocalServer:
    """A threaded http.server on 127.0.0.1 answering every request with one canned response."""

    def __init__(self) -> None:
        self.canned = Canned(200, {})
        self.seen: list[Seen] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server.seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                payload = json.dumps(server.canned.body).encode()
                self.send_response(server.canned.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in server.canned.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def reply(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.canned = Canned(status, body, headers or {})
        self.seen.clear()


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def no_bytecode() -> Iterator[None]:
    """Importing a generated package must not leave __pycache__ inside generated/."""
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        yield
    finally:
        sys.dont_write_bytecode = before


def import_package(generated: Path, package: str) -> ModuleType:
    """Import ``package`` from the ``generated`` folder (added to sys.path once)."""
    if str(generated) not in sys.path:
        sys.path.insert(0, str(generated))
    return importlib.import_module(package)

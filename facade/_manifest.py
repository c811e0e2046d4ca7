"""Reads a generated provider manifest and answers: which operation is this request?"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ._errors import ConfigurationError
from ._waiters import Waiter, waiter_from_manifest

MANIFEST_FILE = "_manifest.json"
PACKAGE_SUFFIX = "_client"
REGISTRY = "compute_clients_registry"
_PARAM = re.compile(r"\{[^/}]+\}")


@dataclass(frozen=True)
class Operation:
    """One operation of a provider's spec, as the generated manifest describes it."""

    id: str
    method: str
    path: str
    module_name: str
    security: tuple[tuple[str, ...], ...]
    pagination: dict[str, Any] | None
    idempotency_header: str | None
    success: tuple[int, ...]
    tag: str = ""
    summary: str = ""
    params: tuple[dict[str, Any], ...] = ()
    body: dict[str, Any] | None = None

    def module(self) -> ModuleType:
        """The generated module (imported on first use: import facade stays cheap)."""
        return importlib.import_module(self.module_name)


@dataclass(frozen=True)
class Provider:
    """A provider as the facade sees it: everything comes from its generated manifest."""

    name: str
    package: str
    base_url: str
    security_schemes: dict[str, dict[str, Any]]
    errors: dict[str, str]
    operations: dict[str, Operation]
    default_security: tuple[tuple[str, ...], ...]
    spec_sha256: str
    api_version: str
    waiters: dict[str, Waiter] = field(default_factory=dict)
    _routes: dict[str, list[tuple[re.Pattern[str], Operation]]] = field(default_factory=dict, repr=False)
    _by_module: dict[str, Operation] = field(default_factory=dict, repr=False)

    def _route_table(self) -> dict[str, list[tuple[re.Pattern[str], Operation]]]:
        """URL patterns per method, made on first use: connect() need not compile one per operation (CAST AI: 272)."""
        if not self._routes:
            table: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
            # Literal paths before templated ones, so /keys/current wins over /keys/{id}.
            for op in sorted(self.operations.values(), key=lambda op: (op.path.count("{"), op.path)):
                literal = [re.escape(part) for part in _PARAM.split(op.path.rstrip("/"))]
                table.setdefault(op.method, []).append((re.compile("^" + "[^/]+".join(literal) + "/?$"), op))
            self._routes.update(table)  # whole lists at once: a racing thread builds the same ones
        return self._routes

    @property
    def default_scheme(self) -> str | None:
        """The scheme ``api_key=`` fills: the first one the spec's default security names."""
        for requirement in self.default_security:
            for name in requirement:
                return name
        return next(iter(self.security_schemes), None)

    def auth_header_names(self) -> frozenset[str]:
        return frozenset(
            str(s["name"]).lower() for s in self.security_schemes.values() if s.get("in", "header") == "header"
        )

    def match_url(self, method: str, url_path: str, base_path: str) -> Operation | None:
        """The operation a request URL is for, after the base URL's own path (``/api`` ...)."""
        if base_path and url_path.startswith(base_path):
            url_path = url_path[len(base_path) :]
        return self.match(method, url_path)

    def match(self, method: str, path: str) -> Operation | None:
        """The operation a request is for, or None (e.g. a next-page URL elsewhere)."""
        for pattern, op in self._route_table().get(method, ()):
            if pattern.match(path):
                return op
        return None

    def operation(self, ref: str | ModuleType) -> Operation:
        """Look an operation up by operationId or by its generated module."""
        if isinstance(ref, ModuleType):
            if not self._by_module:
                self._by_module.update({o.module_name: o for o in self.operations.values()})
            op = self._by_module.get(ref.__name__)
            if op is None:
                raise ConfigurationError(f"{ref.__name__} is not an operation of {self.name}")
            return op
        try:
            return self.operations[ref]
        except KeyError:
            near = [o for o in self.operations if o.lower() == str(ref).lower()]
            hint = f"; did you mean {near[0]!r}?" if near else ""
            raise ConfigurationError(f"{self.name} has no operation {ref!r}{hint}") from None

    def waiter(self, name: str) -> Waiter:
        """Look a waiter up by name (ConfigurationError with a "did you mean" when there is none)."""
        try:
            return self.waiters[name]
        except KeyError:
            pass
        import difflib

        def fold(text: str) -> str:  # deploymentRunning, deployment-running, deployment_running: one spelling
            return re.sub(r"[^a-z0-9]", "", text.lower())

        folded = {fold(n): n for n in self.waiters}
        near = [folded[n] for n in difflib.get_close_matches(fold(str(name)), list(folded), 1, cutoff=0.7)]
        hint = f"; did you mean {near[0]!r}?" if near else ""
        have = f" (waiters: {', '.join(sorted(self.waiters))})" if self.waiters else " (it has no waiters)"
        raise ConfigurationError(f"{self.name} has no waiter {name!r}{hint}{have}")


def _operation(op_id: str, raw: dict[str, Any]) -> Operation:
    idem = raw.get("idempotency") or {}
    return Operation(
        id=op_id,
        method=raw["method"],
        path=raw["path"],
        module_name=raw["module"],
        security=tuple(tuple(req) for req in raw["security"]),
        pagination=raw.get("pagination"),
        idempotency_header=idem.get("header"),
        success=tuple(raw.get("success") or ()),
        tag=raw.get("tag", ""),
        summary=raw.get("summary", ""),
        params=tuple(raw.get("params") or ()),
        body=raw.get("body"),
    )


def available() -> list[str]:
    """Names of the installed providers, from the registry ``nox -s generate`` writes (no scan)."""
    try:
        registry = importlib.import_module(REGISTRY)
    except ModuleNotFoundError:
        return []  # a fresh tree: nothing generated yet
    return sorted(registry.PROVIDERS)


def package_json(package: str, name: str) -> dict[str, Any]:
    """``<package>/<name>`` (a JSON file the pipeline wrote), without importing the package.

    The generated ``__init__`` imports its client (and attrs): connect() needs only the manifest,
    so the generated code is imported on the first call instead.
    """
    spec = importlib.util.find_spec(package) if "." not in package else None
    if spec is None:
        raise ModuleNotFoundError(package)
    for location in spec.submodule_search_locations or []:
        path = Path(location) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            break
    else:  # a package not on the file system (e.g. zipped): this imports it
        from importlib import resources

        text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _read_manifest(package: str) -> dict[str, Any]:
    return package_json(package, MANIFEST_FILE)


@cache
def load(name: str) -> Provider:
    """The provider called ``name`` (its generated package must be importable)."""
    try:
        raw: dict[str, Any] = _read_manifest(f"{name}{PACKAGE_SUFFIX}")
    except ModuleNotFoundError:
        raise ConfigurationError(f"unknown provider {name!r}; installed: {', '.join(available()) or 'none'}") from None
    return Provider(
        name=raw["provider"],
        package=raw["package"],
        base_url=raw["base_url"],
        security_schemes=raw["security_schemes"],
        errors=raw.get("errors") or {},
        default_security=tuple(tuple(req) for req in raw.get("default_security") or ()),
        operations={k: _operation(k, v) for k, v in raw["operations"].items()},
        spec_sha256=raw["spec_sha256"],
        api_version=raw["api_version"],
        waiters={k: waiter_from_manifest(k, v) for k, v in (raw.get("waiters") or {}).items()},
    )

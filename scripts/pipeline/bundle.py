"""Stage 1b: one self-contained OpenAPI 3 document from the spec as published, and a map back to it.

- **Swagger 2.0** (``swagger: "2.0"``) is converted to OpenAPI 3.0 by ``swagger2openapi`` (pinned,
  run with npx; see ``swagger.py``).
- **Multi-file** specs (relative ``$ref``s such as ``schemas/user.yaml`` or
  ``common.yaml#/components/parameters/Page``) are bundled: a ``$ref`` that fills a components slot
  (``components.schemas.User: {$ref: schemas/user.yaml}``) is replaced by the file's content there;
  any other reference to a schema is hoisted into ``components.schemas`` (named after its pointer's
  last segment or its file, made unique) and becomes a local ``$ref``, so recursive schemas and
  class names survive; everything else (path items, parameters, responses) is inlined. References
  may not leave the provider's folder, and remote (``http:``) ones are refused: what generates
  must be what is committed.

The :class:`SourceMap` says, for any place in the bundled document, which file and which place in
it it came from, so every later message names the file the provider wrote.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from . import load as loader
from .errors import SpecError, place
from .rulebase import SCHEMA_LIST, SCHEMA_MAP, SCHEMA_ONE
from .shared import jp

Parts = tuple[jp.Part, ...]
_SCHEMA_PARENT = set(SCHEMA_MAP) | set(SCHEMA_LIST)
_COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "links",
    "callbacks",
    "securitySchemes",
    "pathItems",
)


@dataclass
class SourceMap:
    """Places in the bundled document -> (file, place in that file); unmapped places are the root's."""

    root: Path
    entries: dict[Parts, tuple[Path, Parts]] = field(default_factory=dict)
    converted: bool = False  # Swagger 2.0: places are translated back to 2.0 names

    def add(self, parts: Parts, file: Path, file_parts: Parts) -> None:
        self.entries[tuple(parts)] = (file, tuple(file_parts))

    def locate(self, parts: Any) -> tuple[Path, Parts]:
        parts = tuple(parts)
        for n in range(len(parts), 0, -1):
            hit = self.entries.get(parts[:n])
            if hit is not None:
                return hit[0], (*hit[1], *parts[n:])
        if self.converted:
            return self.root, _swagger_parts(parts)
        return self.root, parts

    def place(self, parts: Any) -> tuple[Path, str]:
        file, file_parts = self.locate(parts)
        return file, place(file, file_parts)

    @property
    def files(self) -> list[Path]:
        return [self.root, *sorted({f for f, _ in self.entries.values()} - {self.root})]


def _swagger_parts(parts: Parts) -> Parts:
    """An OpenAPI 3 place in a converted spec, named as in the Swagger 2.0 file (near enough for a line)."""
    renames = {
        "schemas": "definitions",
        "parameters": "parameters",
        "responses": "responses",
        "securitySchemes": "securityDefinitions",
        "requestBodies": "parameters",
    }
    if len(parts) >= 2 and parts[0] == "components" and parts[1] in renames:
        return (renames[str(parts[1])], *parts[2:])
    out = []
    for part in parts:
        if part in ("content", "requestBody"):
            break
        out.append(part)
    return tuple(out)


def is_swagger(doc: dict[str, Any]) -> bool:
    return str(doc.get("swagger", "")).startswith("2")


def load_spec(root: Path) -> tuple[dict[str, Any], SourceMap]:
    """The provider's spec as one OpenAPI 3 document (keys as YAML read them) and its source map."""
    doc = loader.load(root, keep_keys=True)
    sources = SourceMap(root)
    if is_swagger(doc):
        from .swagger import convert

        # swagger2openapi converts only the root file: a Swagger 2.0 tree's other files are converted with it
        # (--resolve), so the bundler below never meets a Swagger 2.0 fragment.
        doc = convert(root, resolve=any(not ref.startswith("#") for _parts, ref in loader.walk_refs(doc)))
        sources.converted = True
    if not any(not ref.startswith("#") for _parts, ref in loader.walk_refs(doc)):
        return doc, sources
    return _Bundler(root, doc, sources).run(), sources


class _Bundler:
    def __init__(self, root: Path, doc: dict[str, Any], sources: SourceMap) -> None:
        self.root, self.doc, self.sources = root, doc, sources
        self.folder = root.parent.resolve()
        self.files: dict[Path, dict[str, Any]] = {root.resolve(): doc}
        self.local: dict[tuple[Path, str], str] = {}  # (file, pointer) -> local $ref in the bundle
        self.inlining: list[tuple[Path, str]] = []

    def run(self) -> dict[str, Any]:
        components = self.doc.get("components") or {}
        # Slots first: a component defined by a $ref keeps its slot's name everywhere.
        for kind in _COMPONENT_KINDS:
            for name, node in list((components.get(kind) or {}).items()):
                if isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#"):
                    parts = ("components", kind, name)
                    file, pointer = self._target(node["$ref"], self.root, parts)
                    self.local[(file, pointer)] = jp.pointer(parts)
        for kind in _COMPONENT_KINDS:
            for name in list((components.get(kind) or {}).keys()):
                parts = ("components", kind, name)
                node = components[kind][name]
                if isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith("#"):
                    file, pointer = self._target(node["$ref"], self.root, parts)
                    components[kind][name] = self._content(file, pointer, parts, node)
                    self._walk(components[kind][name], parts, file)
        self._walk(self.doc, (), self.root.resolve(), skip_components=True)
        return self.doc

    def _target(self, ref: str, base: Path, parts: Parts) -> tuple[Path, str]:
        where = self.sources.locate(parts)
        if re.match(r"^[a-z][a-z0-9+.-]*:", ref, re.IGNORECASE):
            raise SpecError(where[0], place(*where), f"$ref {ref!r} is remote: bundle only files beside the spec")
        file_part, _, fragment = ref.partition("#")
        file = (base.parent / unquote(file_part)).resolve() if file_part else base
        if not file.is_relative_to(self.folder):
            raise SpecError(where[0], place(*where), f"$ref {ref!r} leaves the provider's folder")
        if file not in self.files:
            if not file.is_file():
                raise SpecError(where[0], place(*where), f"$ref {ref!r}: no such file {file.name!r}")
            self.files[file] = loader.load(file, keep_keys=True)
        return file, "#" + fragment

    def _content(self, file: Path, pointer: str, parts: Parts, holder: dict[str, Any]) -> Any:
        try:
            found = jp.at(self.files[file], pointer)
        except (KeyError, IndexError, TypeError, ValueError):
            where = self.sources.locate(parts)
            raise SpecError(where[0], place(*where), f"$ref {holder['$ref']!r}: nothing at {pointer}") from None
        content = copy.deepcopy(found)
        if isinstance(content, dict):
            content.update({k: v for k, v in holder.items() if k != "$ref"})
        self.sources.add(parts, file, jp.unpointer(pointer))
        return content

    def _is_schema_place(self, parts: Parts) -> bool:
        if not parts:
            return False
        if parts[-1] in ("schema", *SCHEMA_ONE):
            return True
        return len(parts) >= 2 and parts[-2] in _SCHEMA_PARENT

    def _walk(self, node: Any, parts: Parts, file: Path, skip_components: bool = False) -> None:
        if isinstance(node, list):
            for i, value in enumerate(node):
                self._walk(value, (*parts, i), file)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and (file != self.root.resolve() or not ref.startswith("#")):
            self._ref(node, parts, file, ref)
            return
        for key, value in list(node.items()):
            if skip_components and not parts and key == "components":
                continue
            self._walk(value, (*parts, key), file)

    def _ref(self, node: dict[str, Any], parts: Parts, file: Path, ref: str) -> None:
        target = self._target(ref, file, parts)
        if target in self.local:
            node["$ref"] = self.local[target]
            return
        if self._is_schema_place(parts) or target[1].startswith("#/components/schemas/"):
            name = self._name(target)
            local_parts = ("components", "schemas", name)
            self.local[target] = jp.pointer(local_parts)
            schemas = self.doc.setdefault("components", {}).setdefault("schemas", {})
            schemas[name] = self._content(*target, local_parts, {"$ref": ref})
            node["$ref"] = self.local[target]
            self._walk(schemas[name], local_parts, target[0])
            return
        if target in self.inlining:
            where = self.sources.locate(parts)
            raise SpecError(where[0], place(*where), f"$ref {ref!r} refers back to itself (only schemas may recurse)")
        self.inlining.append(target)
        content = self._content(*target, parts, node)
        node.clear()
        node.update(content if isinstance(content, dict) else {})
        self._walk(node, parts, target[0])
        self.inlining.pop()

    def _name(self, target: tuple[Path, str]) -> str:
        file, pointer = target
        parts = jp.unpointer(pointer)
        base = str(parts[-1]) if parts else file.stem
        base = re.sub(r"[^A-Za-z0-9_.-]", "_", base) or "Schema"
        taken = (self.doc.get("components") or {}).get("schemas") or {}
        name, n = base, 2
        while name in taken:
            name, n = f"{base}{n}", n + 1
        return name

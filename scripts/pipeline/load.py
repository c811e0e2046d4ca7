"""Stage 1: read a spec, overlay or generator config (YAML or JSON) safely, as plain JSON data.

Safety limits, checked on libyaml's event stream before anything is built (so a hostile file
fails fast, in little memory, naming its line):

- size: at most ``MAX_BYTES``;
- nesting: at most ``MAX_DEPTH`` levels (libyaml's composer recurses in C and crashes on deep input);
- aliases: the document with every alias expanded may hold at most ``max(MIN_NODES, its size in
  bytes)`` nodes, so a "billion laughs" file is refused while ordinary anchors still work; an alias
  inside its own anchor (a cyclic document) is refused too.

:func:`bundle` is the seam for multi-file specs: today it refuses ``$ref``s to other files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, place
from .shared import jp

MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 200
MIN_NODES = 100_000

# libyaml's parser and composer are ~10x faster than PyYAML's on a large spec; constructing stays
# in Python, so both bases give the same data and the same error marks.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """YAML 1.1 safe loader that keeps dates as strings (specs are JSON-compatible data)."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def read_text(path: Path) -> str:
    """The file's text; a missing, unreadable, oversized or non-UTF-8 file is a SpecError."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SpecError(path, "1", f"the file is {size:,} bytes; the limit is {MAX_BYTES:,}")
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(path, "1", f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise SpecError(path, "1", f"not UTF-8 text (byte {exc.start})") from None


def _syntax_error(path: Path, exc: yaml.YAMLError) -> SpecError:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1"
        return SpecError(path, where, f"invalid YAML: {exc.problem or exc.context}")
    return SpecError(path, "1", f"invalid YAML: {exc}")


def _check_events(path: Path, text: str) -> None:
    """Depth and alias-expansion limits, from the event stream (nothing is built)."""
    limit = max(MIN_NODES, len(text))
    loader = _Loader(text)
    # One counter per open collection: the nodes it holds with aliases expanded.
    counts: list[int] = [0]
    anchors_open: list[str | None] = [None]
    sizes: dict[str, int] = {}
    try:
        while loader.check_event():
            event = loader.get_event()
            line = event.start_mark.line + 1
            if isinstance(event, _OPEN):
                if len(counts) > MAX_DEPTH:
                    raise SpecError(path, f"line {line}", f"nested more than {MAX_DEPTH} levels deep")
                counts.append(1)
                anchors_open.append(event.anchor)
            elif isinstance(event, _CLOSE):
                size, anchor = counts.pop(), anchors_open.pop()
                if anchor is not None:
                    sizes[anchor] = size
                counts[-1] += size
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor is not None:
                    sizes[event.anchor] = 1
                counts[-1] += 1
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor is None:
                    continue  # libyaml always names an alias; keeps the type checker honest
                if event.anchor in anchors_open:
                    raise SpecError(path, f"line {line}", f"alias *{event.anchor} refers to its own anchor (a cycle)")
                expanded = sizes.get(event.anchor, 0)  # an undefined alias: the composer reports it
                counts[-1] += expanded
                if sum(counts) > limit:
                    raise SpecError(
                        path,
                        f"line {line}",
                        f"YAML aliases expand this {len(text):,}-byte document to more than {limit:,} nodes "
                        f"(alias *{event.anchor} alone is {expanded:,}): refusing an alias bomb",
                    )
    except yaml.YAMLError as exc:
        raise _syntax_error(path, exc) from None
    finally:
        loader.dispose()


def compose(path: Path) -> yaml.Node | None:
    """The file's YAML node tree (with marks), after the safety checks; None for an empty file."""
    text = read_text(path)
    _check_events(path, text)
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        return node
    except yaml.YAMLError as exc:
        raise _syntax_error(path, exc) from None
    finally:
        loader.dispose()


def _plain(node: Any, keep_keys: bool = False) -> Any:
    # Rebuilds the data as a tree: keys become strings (unless kept for the normaliser to report),
    # and aliased nodes become copies, so an overlay that changes one of them never changes the others.
    if isinstance(node, dict):
        return {(k if keep_keys and k is not None else str(k)): _plain(v, keep_keys) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v, keep_keys) for v in node]
    return node


def load(path: Path, keep_keys: bool = False) -> dict[str, Any]:
    """Load a YAML or JSON document that must be a mapping; every problem names file and line.

    ``keep_keys`` keeps keys YAML reads as numbers or booleans (``200:``) as they are, for the
    normaliser to turn into strings visibly; otherwise they become strings here.
    """
    text = read_text(path)
    _check_events(path, text)
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        raise _syntax_error(path, exc) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SpecError(path, "1", "the document must be a mapping")
    result: dict[str, Any] = _plain(data, keep_keys)
    return result


def walk_refs(node: Any, parts: tuple[jp.Part, ...] = ()) -> list[tuple[tuple[jp.Part, ...], str]]:
    """Every ``$ref`` string in ``node`` with the parts of the object holding it, in document order."""
    found: list[tuple[tuple[jp.Part, ...], str]] = []
    stack: list[tuple[tuple[jp.Part, ...], Any]] = [(parts, node)]
    while stack:
        where, current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.append((where, ref))
            stack.extend((((*where, k), v) for k, v in reversed(current.items()) if k != "$ref"))
        elif isinstance(current, list):
            stack.extend((((*where, i), v) for i, v in reversed(list(enumerate(current)))))
    return found


def bundle(spec: dict[str, Any], path: Path) -> dict[str, Any]:
    """One self-contained document. The seam for multi-file specs: for now, other files are refused."""
    for parts, ref in walk_refs(spec):
        if not ref.startswith("#"):
            where = place(path, parts, [*parts, "$ref"])
            raise SpecError(path, where, f"only local $refs ('#/...') are supported, got {ref!r}")
    return spec

"""Bad input: one exception type, and where it is (file, line, JSON pointer).

Every complaint about a spec, overlay or generator config is a :class:`SpecError` whose text reads
``specs/<p>/<file>:<place>: <message>``; ``place`` is ``line N (#/json/pointer)`` where the line can
be found, else the pointer alone (or ``line:column`` for YAML syntax errors).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .paths import rel
from .shared import jp


class SpecError(Exception):
    """Bad input: names the file and the place in it (line and/or JSON pointer)."""

    def __init__(self, file: Path, place: str, message: str) -> None:
        self.file, self.place, self.message = file, place, message
        super().__init__(f"{rel(file)}:{place}: {message}")


def place(file: Path, parts: Sequence[jp.Part], line_parts: Sequence[jp.Part] | None = None) -> str:
    """``line N (#/pointer)`` for a JSON pointer into ``file``; the pointer alone without a line.

    The line is that of ``line_parts`` when given (a ``$ref`` is named by its holder's pointer but
    sits on the line of its ``$ref`` key). A file on one line (minified JSON) gets the column too.
    """
    mark = _mark_of(file, parts if line_parts is None else line_parts)
    pointer = jp.pointer(parts)
    if mark is None:
        return pointer
    line, column, one_line = mark
    return f"line {line}, column {column} ({pointer})" if one_line else f"line {line} ({pointer})"


def line_of(file: Path, parts: Sequence[jp.Part]) -> int | None:
    """The 1-based line where the deepest node of ``parts`` found in ``file`` is named (its key's line)."""
    mark = _mark_of(file, parts)
    return mark[0] if mark else None


@functools.lru_cache(maxsize=8)
def _composed(path: str, _mtime_ns: int, _size: int) -> tuple[Any, bool]:
    """The file's node tree and whether it is one line (cached: a report names hundreds of places in one file)."""
    import yaml

    from .load import compose, read_text

    try:
        node: yaml.Node | None = compose(Path(path))
        one_line = read_text(Path(path)).rstrip("\n").count("\n") == 0
    except (OSError, SpecError):
        return None, False
    return node, one_line


def _mark_of(file: Path, parts: Sequence[jp.Part]) -> tuple[int, int, bool] | None:
    import yaml

    try:
        stat = file.stat()
    except OSError:
        return None
    node, one_line = _composed(str(file), stat.st_mtime_ns, stat.st_size)
    found = None
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if str(k.value) == str(part)), None)
            mark, node = (pair[0].start_mark, pair[1]) if pair else (None, None)
        elif isinstance(node, yaml.SequenceNode) and str(part).isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            mark = node.start_mark
        else:
            node = mark = None
        if node is None or mark is None:
            break
        found = (mark.line + 1, mark.column + 1, one_line)
    return found

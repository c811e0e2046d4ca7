"""Bad input: one exception type, and where it is (file, line, JSON pointer).

Every complaint about a spec, overlay or generator config is a :class:`SpecError` whose text reads
``specs/<p>/<file>:<place>: <message>``; ``place`` is ``line N (#/json/pointer)`` where the line can
be found, else the pointer alone (or ``line:column`` for YAML syntax errors).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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
    sits on the line of its ``$ref`` key).
    """
    line = line_of(file, parts if line_parts is None else line_parts)
    pointer = jp.pointer(parts)
    return f"line {line} ({pointer})" if line else pointer


def line_of(file: Path, parts: Sequence[jp.Part]) -> int | None:
    """The 1-based line where the deepest node of ``parts`` found in ``file`` is named (its key's line)."""
    import yaml

    from .load import compose

    try:
        node: yaml.Node | None = compose(file)
    except (OSError, SpecError):
        return None
    line = None
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
        line = mark.line + 1
    return line

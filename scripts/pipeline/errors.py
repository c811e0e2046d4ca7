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


def place(file: Path, parts: Sequence[jp.Part]) -> str:
    """``line N (#/pointer)`` for a JSON pointer into ``file``; the pointer alone without a line."""
    line = line_of(file, parts)
    pointer = jp.pointer(parts)
    return f"line {line} ({pointer})" if line else pointer


def line_of(file: Path, parts: Sequence[jp.Part]) -> int | None:
    """The 1-based line of the deepest node of ``parts`` found in ``file`` (YAML or JSON)."""
    import yaml

    from .load import compose

    try:
        node: yaml.Node | None = compose(file)
    except (OSError, SpecError):
        return None
    line = None
    for part in parts:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if str(key.value) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and str(part).isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line

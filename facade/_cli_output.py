"""How the command line prints results: JSON, JSON lines, YAML or a table, a ``--query``, progress.

Results are turned into plain JSON values first (a generated model's ``to_dict()``), so every
format prints the same data. Paged results stream item by item: memory stays flat however many
items ``--all`` brings, except for tables, which need every row to size their columns.
"""

from __future__ import annotations

import datetime
import enum
import json
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from typing import IO, Any

from . import _jsonpath

FORMATS = ("json", "jsonl", "yaml", "table")
_CELL = 40  # widest table cell before it is cut short with an ellipsis


def default_format(stream: IO[str]) -> str:
    """``table`` for a person at a terminal, ``json`` for a pipe or a file."""
    return "table" if stream.isatty() else "json"


def plain(value: Any) -> Any:
    """A result of the generated client as JSON values: models via ``to_dict()``, enums by value."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return _scalar(value)


def _scalar(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if type(value).__name__ == "Unset":  # the generated clients' "absent" sentinel
        return None
    if value is None or isinstance(value, str | int | float | bool):
        return value
    payload = getattr(value, "payload", None)  # a generated File: its bytes
    if payload is not None and hasattr(payload, "read"):
        return payload.read().decode("utf-8", "replace")
    return str(value)


# Made once: json.dumps() with options builds a new encoder per call, which shows at 100k items.
# Compact output uses the C encoder; an indent makes json fall back to pure Python.
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_scalar)
_INDENTED = json.JSONEncoder(indent=2, separators=(",", ": "), ensure_ascii=False, default=_scalar)


def _dumps(value: Any, indent: int | None = None) -> str:
    return (_INDENTED if indent else _COMPACT).encode(value)


class Query:
    """A ``--query`` JSONPath: one value for a singular path, the list of matches for a wildcard."""

    def __init__(self, expr: str) -> None:
        self.expr = expr
        self.singular = _jsonpath.is_singular(expr)  # raises PathError on a bad path

    def __call__(self, doc: Any) -> Any:
        found = _jsonpath.find(doc, self.expr)
        if self.singular:
            return found[0] if found else None
        return found


class Writer:
    """Prints one result, or a stream of items, in one of :data:`FORMATS`."""

    def __init__(self, fmt: str, out: IO[str], query: Query | None = None) -> None:
        self.fmt = fmt
        self.out = out
        self.query = query
        self.pretty = out.isatty()

    def _pick(self, doc: Any) -> Any:
        return self.query(doc) if self.query is not None else doc

    def one(self, result: Any, items_path: str | None = None) -> None:
        """Print a whole result; ``items_path`` says where a page keeps its items (tables show those)."""
        if isinstance(result, str) and self.query is None and self.fmt == "table":
            self.out.write(result if result.endswith("\n") else result + "\n")  # e.g. a log text
            return
        doc = self._pick(plain(result))
        if self.fmt == "json":
            self.out.write(_dumps(doc, indent=2) + "\n")
        elif self.fmt == "jsonl":
            for line in doc if isinstance(doc, list) else [doc]:
                self.out.write(_dumps(line) + "\n")
        elif self.fmt == "yaml":
            self.out.write(_yaml(doc))
        else:
            if self.query is None and items_path is not None and isinstance(doc, dict):
                items = _jsonpath.get(doc, items_path)
                doc = items if isinstance(items, list) else doc
            self._table(doc)

    def stream(self, pages: Iterable[list[Any]]) -> int:
        """Print every item, a page at a time as pages come (one JSON array for ``json``); returns the count."""
        docs = ([self._pick(plain(item)) for item in page] for page in pages)
        if self.fmt == "table":
            rows = [doc for page in docs for doc in page]
            self._table(rows)
            return len(rows)
        if self.fmt == "yaml":
            return self._pages(docs, lambda doc: _yaml([doc]))
        if self.fmt == "jsonl":
            return self._pages(docs, lambda doc: _dumps(doc) + "\n")
        # One item per line keeps a large array readable by line tools; indented at a terminal.
        # The bracket comes with the first page: a failure before it leaves stdout empty, one after it
        # leaves the array unclosed, so a partial list never parses as a whole one.
        indent = 2 if self.pretty else None
        count = self._pages(docs, lambda doc: ",\n" + _item(doc, indent), first=lambda doc: "[\n" + _item(doc, indent))
        self.out.write("\n]\n" if count else "[]\n")
        return count

    def _pages(
        self, pages: Iterable[list[Any]], render: Callable[[Any], str], first: Callable[[Any], str] | None = None
    ) -> int:
        # One write per page: an unbuffered stdout (PYTHONUNBUFFERED) would otherwise cost a syscall per item.
        count = 0
        for docs in pages:
            if not docs:
                continue
            head = (first or render)(docs[0]) if count == 0 else render(docs[0])
            self.out.write(head + "".join(map(render, docs[1:])))
            self.out.flush()
            count += len(docs)
        return count

    def _table(self, doc: Any) -> None:
        text, hidden = table(doc, shutil.get_terminal_size().columns if self.pretty else None)
        self.out.write(text)
        if hidden:
            print(f"({len(hidden)} more columns: {', '.join(hidden)}; -o json shows everything)", file=sys.stderr)


def _item(doc: Any, indent: int | None) -> str:
    text = _dumps(doc, indent=indent)
    return text if indent is None else "  " + text.replace("\n", "\n  ")


def _yaml(doc: Any) -> str:
    import yaml  # only when asked for: most runs never print YAML

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True, default_flow_style=False)
    return text


# -- tables -------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value if isinstance(value, str) else _dumps(value)
    text = " ".join(text.split())
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def table(doc: Any, width: int | None = None) -> tuple[str, list[str]]:
    """A plain-text table and the columns left out to fit ``width`` (a terminal's, or None: all).

    One row per object of a list (columns in order of first appearance), ``field value`` rows
    for one object, one ``value`` column for a list of scalars.
    """
    if isinstance(doc, dict):
        return _grid(["field", "value"], [[str(k), _cell(v)] for k, v in doc.items()], None)
    if isinstance(doc, list):
        if not doc:
            return "(no items)\n", []
        if all(isinstance(row, dict) for row in doc):
            columns: dict[str, None] = {}
            for row in doc:
                columns.update(dict.fromkeys(row))
            return _grid(list(columns), [[_cell(row.get(c)) for c in columns] for row in doc], width)
        return _grid(["value"], [[_cell(v)] for v in doc], None)
    return (doc if isinstance(doc, str) else _cell(doc)) + "\n", []


def _grid(header: list[str], rows: list[list[str]], width: int | None) -> tuple[str, list[str]]:
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    keep = len(header)
    if width is not None:
        used, keep = 0, 0
        for w in widths:
            if keep and used + w > width:
                break
            used, keep = used + w + 2, keep + 1
    lines = [header, ["-" * w for w in widths], *rows]
    text = "".join(
        "  ".join(c.ljust(w) for c, w in zip(line[:keep], widths, strict=False)).rstrip() + "\n" for line in lines
    )
    return text, header[keep:]


# -- progress -----------------------------------------------------------------------------------


class Progress:
    """A progress bar (total known) or a live count (total unknown) on a terminal's stderr."""

    _EVERY = 0.1  # seconds between redraws

    def __init__(self, stream: IO[str] = sys.stderr, label: str = "items") -> None:
        self.stream = stream
        self.label = label
        self.enabled = stream.isatty()
        self.total: int | None = None
        self.count = 0
        self._drawn = 0.0

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self.enabled and time.monotonic() - self._drawn >= self._EVERY:
            self._draw()

    def _draw(self) -> None:
        self._drawn = time.monotonic()
        if self.total:
            width = max(10, min(40, shutil.get_terminal_size().columns - 40))
            done = min(width, width * self.count // self.total)
            line = f"[{'#' * done}{'.' * (width - done)}] {self.count}/{self.total} {self.label}"
        else:
            line = f"{self.count} {self.label}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Take the bar off the screen (the results are what stays)."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

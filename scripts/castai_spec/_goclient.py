"""The operations of an oapi-codegen ``client.gen.go``: method, path, parameters, body, responses.

Each operation has a ``New<Op>Request`` builder (path parameters, query parameters, method,
path) and, when it takes a JSON body, a wrapper that marshals it and calls
``New<Op>RequestWithBody``; ``Parse<Op>Response`` names the type decoded for each status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ._gotypes import GoSourceError

_BUILDER = re.compile(
    r"^func New(?P<op>\w+?)Request(?P<with_body>WithBody)?\(server string(?P<args>[^)]*)\)"
    r" \(\*http\.Request, error\) \{$"
)
_PATH_PARAM = re.compile(
    r'pathParam(?P<index>\d+), err = runtime\.StyleParamWithLocation\("simple", false, "(?P<name>[^"]+)", '
    r"runtime\.ParamLocationPath, (?P<arg>\w+)\)"
)
_QUERY_PARAM = re.compile(
    r'runtime\.StyleParamWithLocation\("form", (?P<explode>true|false), "(?P<name>[^"]+)", runtime\.ParamLocationQuery'
)
_OPERATION_PATH = re.compile(r'operationPath := fmt\.Sprintf\("(?P<format>[^"]*)"(?P<args>(?:, pathParam\d+)*)\)')
_METHOD = re.compile(r'http\.NewRequest\("(?P<method>[A-Z]+)", ')
_BODY_CALL = re.compile(r'return New\w+RequestWithBody\(server, .*"(?P<media>[^"]+)", bodyReader\)')
_PARSER = re.compile(r"^func Parse(?P<op>\w+)Response\(rsp \*http\.Response\) \(\*\w+Response, error\) \{$")
_CASE = re.compile(
    r'case strings\.Contains\(rsp\.Header\.Get\("Content-Type"\), "(?P<media>\w+)"\)'
    r" && rsp\.StatusCode == (?P<status>\d+):"
)
_DEST = re.compile(r"^\s*var dest (?P<type>.+)$")


@dataclass
class PathParam:
    """A path parameter: its wire name (as in the path template) and its Go type."""

    name: str
    go_type: str


@dataclass
class Operation:
    """One operation of the Go client."""

    name: str  # Go name: <Tag><Method>, e.g. ExternalClusterAPIListNodes
    line: int
    method: str = ""
    path: str = ""
    path_params: list[PathParam] = field(default_factory=list)
    query: list[str] = field(default_factory=list)  # wire names, in the order the client sends them
    explode: dict[str, bool] = field(default_factory=dict)
    params_type: str | None = None  # the <Op>Params struct, when it takes query parameters
    body_type: str | None = None  # the <Op>JSONRequestBody type, when it takes a JSON body
    body_media: str | None = None
    responses: dict[str, tuple[str, str]] = field(default_factory=dict)  # status -> (media, Go type)


def read_operations(path: Path) -> dict[str, Operation]:
    """Every operation of ``path`` by Go name."""
    lines = path.read_text(encoding="utf-8").splitlines()
    ops: dict[str, Operation] = {}
    i = 0
    while i < len(lines):
        builder = _BUILDER.match(lines[i])
        parser = _PARSER.match(lines[i])
        if builder:
            end = _block_end(lines, i, path)
            _read_builder(builder, lines[i + 1 : end], i + 1, path, ops)
            i = end
        elif parser:
            end = _block_end(lines, i, path)
            op = ops.get(parser.group("op"))
            if op is None:
                raise GoSourceError(path, i + 1, f"response parser for unknown operation {parser.group('op')}")
            _read_parser(lines[i + 1 : end], i + 2, path, op)
            i = end
        else:
            i += 1
    for op in ops.values():
        if not op.method or not op.path:
            raise GoSourceError(path, op.line, f"{op.name}: no request builder with a method and a path")
    return ops


def _block_end(lines: list[str], i: int, path: Path) -> int:
    start = i
    while i < len(lines) and lines[i] != "}":
        i += 1
    if i == len(lines):
        raise GoSourceError(path, start + 1, "unterminated function")
    return i


def _read_builder(header: re.Match[str], body: list[str], line: int, path: Path, ops: dict[str, Operation]) -> None:
    name = header.group("op")
    op = ops.setdefault(name, Operation(name, line))
    args = [a.strip() for a in header.group("args").split(",") if a.strip()]
    arg_types = dict(a.split(" ", 1) for a in args)
    text = "\n".join(body)
    call = _BODY_CALL.search(text)
    if call and not header.group("with_body"):
        # The JSON wrapper: it names the body type; the WithBody builder has everything else.
        op.body_type, op.body_media = arg_types["body"], call.group("media")
        return
    params_type = arg_types.get("params", "").lstrip("*")
    op.params_type = params_type or None
    by_index = {}
    for found in _PATH_PARAM.finditer(text):
        arg = found.group("arg")
        if arg not in arg_types:
            raise GoSourceError(path, line, f"{name}: path parameter {arg} is not an argument")
        by_index[int(found.group("index"))] = PathParam(found.group("name"), arg_types[arg])
    if sorted(by_index) != list(range(len(by_index))):
        raise GoSourceError(path, line, f"{name}: path parameters are not pathParam0..{len(by_index) - 1}")
    op.path_params = [by_index[i] for i in range(len(by_index))]
    for found in _QUERY_PARAM.finditer(text):
        op.query.append(found.group("name"))
        op.explode[found.group("name")] = found.group("explode") == "true"
    template = _OPERATION_PATH.search(text)
    method = _METHOD.search(text)
    if not template or not method:
        raise GoSourceError(path, line, f"{name}: cannot find the path or the method")
    indices = [int(a.strip().removeprefix("pathParam")) for a in template.group("args").split(",") if a.strip()]
    pieces = template.group("format").split("%s")
    if len(pieces) != len(indices) + 1 or "%" in "".join(pieces):
        raise GoSourceError(path, line, f"{name}: path format {template.group('format')!r} does not match its args")
    out = pieces[0]
    for index, piece in zip(indices, pieces[1:], strict=True):
        out += "{" + op.path_params[index].name + "}" + piece
    op.path = out
    op.method = method.group("method")


def _read_parser(body: list[str], line: int, path: Path, op: Operation) -> None:
    for offset, text in enumerate(body):
        case = _CASE.search(text)
        if not case:
            continue
        dest = _DEST.match(body[offset + 1]) if offset + 1 < len(body) else None
        if dest is None:
            raise GoSourceError(path, line + offset, f"{op.name}: a response case without a destination type")
        op.responses[case.group("status")] = (case.group("media"), dest.group("type"))

"""Stage 3: the overlaid spec is valid OpenAPI and says everything the facade needs.

In order: ``$ref``s resolve (no dangling refs, no cycles), every operation has a unique
operationId and a tag, the document is valid OpenAPI (openapi-spec-validator), and our
extensions match their JSON Schemas in ``facade/_vocabulary.py`` plus the checks a schema cannot
express (x-pagination's paths exist in the 2xx response, its parameters exist; x-waiters' acceptor
paths exist there too, expected values fit their field's enum or type, expected statuses are
declared, waiter names are unique). Each problem is blamed on the file that introduced it: the
overlay (its action's line) for what it wrote or removed, the provider's spec otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema as sch
from .errors import SpecError, place
from .load import walk_refs
from .overlay import Trace

if TYPE_CHECKING:
    from .bundle import SourceMap
from .shared import jp, vocabulary


class Blame:
    """Turns a place in the overlaid spec into a SpecError on the file that put it there.

    ``sources`` maps places of a bundled (multi-file or converted) spec back to the file they came from.
    """

    def __init__(self, spec_path: Path, trace: Trace | None, sources: SourceMap | None = None) -> None:
        self.spec_path, self.trace, self.sources = spec_path, trace, sources

    def locate(self, parts: Sequence[jp.Part], key: str | None = None) -> tuple[Path, str]:
        """File and place of ``parts``; the line is that of ``parts`` + ``key`` when ``key`` is given."""
        origin = self.trace.origin(parts) if self.trace else None
        if self.trace is not None and origin is not None:
            file, parts = self.trace.file, origin
        elif self.sources is not None:
            file, parts = self.sources.locate(parts)
        else:
            file = self.spec_path
        return file, place(file, parts, None if key is None else [*parts, key])

    def error(self, parts: Sequence[jp.Part], message: str, key: str | None = None) -> SpecError:
        return SpecError(*self.locate(parts, key), message)


def check_refs(spec: dict[str, Any], blame: Blame) -> None:
    """Every local ``$ref`` resolves, without a cycle of references that never reach a schema."""
    for parts, ref in walk_refs(spec):
        try:
            jp.resolve(spec, {"$ref": ref}, jp.pointer(parts))
        except jp.RefCycleError as exc:
            raise blame.error(parts, f"$ref cycle: {' -> '.join(exc.chain)}", key="$ref") from None
        except (KeyError, IndexError, TypeError, ValueError):
            removed_by = blame.trace.remover(jp.unpointer(ref)) if blame.trace and ref.startswith("#") else None
            if blame.trace is not None and removed_by is not None:
                raise SpecError(
                    blame.trace.file,
                    place(blame.trace.file, ["actions", removed_by]),
                    f"this action removes the target of $ref {ref!r} at {jp.pointer(parts)}",
                ) from None
            raise blame.error(parts, f"dangling $ref {ref!r}", key="$ref") from None
    _check_composition_cycles(spec, blame)


def _check_composition_cycles(spec: Mapping[str, Any], blame: Blame) -> None:
    """A schema that is (through allOf members) made of itself: no generator can build that class."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    edges: dict[str, list[str]] = {}
    for name, node in schemas.items():
        members = (node.get("allOf") or []) if isinstance(node, dict) else []
        edges[f"#/components/schemas/{name}"] = [
            m["$ref"] for m in members if isinstance(m, dict) and isinstance(m.get("$ref"), str)
        ]
    done: set[str] = set()
    for start in edges:
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, i = stack.pop()
            if i == 0:
                if node in path:
                    cycle = [*path[path.index(node) :], node]
                    raise blame.error(jp.unpointer(cycle[0]), f"allOf cycle: {' -> '.join(cycle)}")
                if node in done:
                    continue
                path.append(node)
            targets = edges.get(node, [])
            if i < len(targets):
                stack.append((node, i + 1))
                stack.append((targets[i], 0))
            else:
                done.add(path.pop())


def check_operations(spec: dict[str, Any], blame: Blame) -> None:
    """Every operation has an operationId, unique, and a tag (the generator groups by tag)."""
    seen: dict[str, list[Any]] = {}
    for path, method, op in sch.operations(spec):
        parts: list[Any] = ["paths", path, method]
        op_id = op.get("operationId")
        if not op_id:
            raise blame.error(parts, f"{method.upper()} {path} has no operationId")
        if op_id in seen:
            raise blame.error(
                [*parts, "operationId"], f"duplicate operationId {op_id!r} (also at {jp.pointer(seen[op_id])})"
            )
        seen[op_id] = parts
        if not op.get("tags"):
            raise blame.error(parts, f"operation {op_id!r} has no tag")


def check_openapi(spec: dict[str, Any], blame: Blame) -> None:
    from openapi_spec_validator import validate as validate_spec
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate_spec(spec)
    except OpenAPIValidationError as exc:
        raise blame.error(list(exc.absolute_path), f"invalid OpenAPI: {exc.message}") from None


def _extensions(spec: Mapping[str, Any]) -> list[tuple[list[Any], str, Any, str]]:
    """(parts, name, value, owner) of every extension of ours in the spec."""
    found: list[tuple[list[Any], str, Any, str]] = []
    info = spec.get("info") or {}
    if "x-errors" in info:
        found.append((["info", "x-errors"], "x-errors", info["x-errors"], "info"))
    for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items():
        if isinstance(scheme, dict) and "x-env-var" in scheme:
            found.append((["components", "securitySchemes", name, "x-env-var"], "x-env-var", scheme["x-env-var"], name))
    for path, method, op in sch.operations(spec):
        for key in ("x-pagination", "x-idempotency", "x-waiters"):
            if key in op:
                found.append((["paths", path, method, key], key, op[key], str(op.get("operationId"))))
    return found


# A runtime expression naming a response header (``$response.header.Link``), not a path into the body.
RESPONSE_HEADER = "$response.header."

SCHEMAS: dict[str, dict[str, Any]] = {
    "x-pagination": vocabulary.X_PAGINATION,
    "x-idempotency": vocabulary.X_IDEMPOTENCY,
    "x-errors": vocabulary.X_ERRORS,
    "x-env-var": vocabulary.X_ENV_VAR,
    "x-waiters": vocabulary.X_WAITERS,
}


def check_vocabulary(spec: dict[str, Any], blame: Blame) -> None:
    """Our extensions against their JSON Schemas, then x-pagination and x-waiters against the operation."""
    import jsonschema

    for parts, name, value, owner in _extensions(spec):
        validator = jsonschema.Draft202012Validator(SCHEMAS[name])
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        if error is not None:
            where = [*parts, *error.absolute_path]
            raise blame.error(where, f"{name} of {owner} ({jp.pointer(parts)}): {error.message}")
    waiters: dict[str, list[Any]] = {}
    for path, method, op in sch.operations(spec):
        if "x-pagination" in op:
            _check_pagination(spec, path, method, op, blame)
        for name in op.get("x-waiters") or {}:
            parts = ["paths", path, method, "x-waiters", name]
            if name in waiters:
                also = jp.pointer(waiters[name])
                raise blame.error(parts, f"x-waiters: waiter {name!r} is declared twice (also at {also})")
            waiters[name] = parts
            _check_waiter(spec, path, method, op, name, blame)


def _check_pagination(spec: Mapping[str, Any], path: str, method: str, op: Mapping[str, Any], blame: Blame) -> None:
    pag = op["x-pagination"]
    parts = ["paths", path, method, "x-pagination"]

    def fail(key: str, message: str) -> SpecError:
        return blame.error([*parts, key], f"x-pagination of {op['operationId']} ({jp.pointer(parts)}): {message}")

    success = sch.success_schema(spec, op)
    if success is None:
        raise fail("items", "the operation has no JSON 2xx response to page through")
    for key in vocabulary.PAGINATION_RESPONSE_KEYS:
        if key not in pag or str(pag[key]).startswith(RESPONSE_HEADER):
            continue
        try:
            found = sch.schema_at(spec, success, jp.parse(pag[key]))
        except jp.PathError as exc:
            raise fail(key, str(exc)) from None
        if found is None:
            raise fail(key, f"{key} {pag[key]!r} is not in the 2xx response schema")
        if key == "items" and "array" not in sch.types(found):
            raise fail(key, f"items {pag[key]!r} is not an array in the 2xx response schema")
    names = {sch.resolve(spec, p).get("name") for p in sch.parameters(spec, path, op)}
    for key in vocabulary.PAGINATION_PARAM_KEYS:
        if key in pag and pag[key] not in names:
            raise fail(key, f"{key} {pag[key]!r} is not a parameter of {op['operationId']}")


def _check_waiter(
    spec: Mapping[str, Any], path: str, method: str, op: Mapping[str, Any], name: str, blame: Blame
) -> None:
    """What the x-waiters schema cannot say: paths exist, expected values fit them, statuses are declared."""
    waiter = op["x-waiters"][name]
    parts = ["paths", path, method, "x-waiters", name]

    def fail(where: list[Any], message: str) -> SpecError:
        return blame.error([*parts, *where], f"waiter {name} of {op['operationId']} ({jp.pointer(parts)}): {message}")

    delay = waiter.get("delay", vocabulary.WAITER_DEFAULTS["delay"])
    if waiter.get("max_delay", max(delay, vocabulary.WAITER_DEFAULTS["max_delay"])) < delay:
        raise fail(["max_delay"], f"max_delay {waiter['max_delay']} is below delay {delay}")
    if waiter.get("timeout", vocabulary.WAITER_DEFAULTS["timeout"]) < delay:
        raise fail(["timeout"], f"timeout {waiter['timeout']} is below delay {delay}")
    declared = {sch.resolve(spec, p).get("name") for p in sch.parameters(spec, path, op)}
    folded = {_fold(k) for k in vocabulary.WAITER_KEYWORDS}
    clash = sorted(str(n) for n in declared if _fold(str(n)) in folded)
    if clash:
        raise fail([], f"parameter {clash[0]!r} would clash with wait()'s own keyword of that name")
    for key in waiter.get("params") or {}:
        if key not in declared:
            raise fail(["params", key], f"params: {key!r} is not a parameter of {op['operationId']}")
    statuses = {str(s) for s in op.get("responses") or {}}
    success = sch.success_schema(spec, op)
    for i, acceptor in enumerate(waiter["acceptors"]):
        expected = acceptor["expected"]
        values = expected if isinstance(expected, list) else [expected]
        if acceptor["matcher"] == "status":
            for code in values:
                if not statuses & {str(code), f"{str(code)[0]}XX", "default"}:
                    message = f"HTTP {code} is not a response {op['operationId']} declares"
                    raise fail(["acceptors", i, "expected"], message)
            continue
        problem = _acceptor_path_problem(spec, success, acceptor, values)
        if problem:
            raise fail(["acceptors", i, problem[0]], problem[1])


def _acceptor_path_problem(
    spec: Mapping[str, Any], success: Any, acceptor: Mapping[str, Any], values: list[Any]
) -> tuple[str, str] | None:
    """What is wrong with a path acceptor, if anything: (``argument`` or ``expected``, why)."""
    argument, matcher = acceptor["argument"], acceptor["matcher"]
    if success is None:
        return "argument", f"{matcher} needs a JSON 2xx response to look into, and the operation has none"
    try:
        selectors = jp.selectors(argument)
    except jp.PathError as exc:
        return "argument", str(exc)
    if matcher == "path" and jp.WILDCARD in selectors:
        return "argument", f"{argument!r} selects many values: use pathAll or pathAny"
    if matcher != "path" and jp.WILDCARD not in selectors:
        return "argument", f"{matcher} compares every value a wildcard path selects; {argument!r} has none (use path)"
    found = sch.schema_at(spec, success, selectors)
    if found is None:
        return "argument", f"{argument!r} is not in the 2xx response schema"
    allowed = _enum(spec, found)
    kind = sch.type_name(spec, found)
    for value in values:
        if allowed is not None and value is not None and value not in allowed:
            return "expected", f"{value!r} is not one of the values {argument} takes: {', '.join(map(repr, allowed))}"
        if allowed is None and value is not None and not _fits(kind, value):
            return "expected", f"{value!r} is not a {kind}, the type of {argument}"
    return None


def _enum(spec: Mapping[str, Any], schema: Any) -> list[Any] | None:
    """The values a schema allows, through anyOf/oneOf (null members aside); None when unrestricted."""
    node = sch.resolve(spec, schema)
    if not isinstance(node, dict):
        return None
    options = [sch.resolve(spec, s) for s in (node.get("anyOf") or node.get("oneOf") or [])]
    options = [o for o in options if isinstance(o, dict) and o.get("type") != "null"]
    if options:
        found = [_enum(spec, o) for o in options]
        return None if any(f is None for f in found) else [v for f in found for v in f or []]
    if node.get("type") == "array":
        return None
    return sch.enum(spec, node)


def _fits(kind: str, value: Any) -> bool:
    want = {bool: "boolean", str: "string", int: "integer", float: "number"}.get(type(value))
    return kind in ("any", "object") or kind == want or (kind == "number" and want == "integer")


def _fold(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def validate(
    spec: dict[str, Any], spec_path: Path, trace: Trace | None = None, sources: SourceMap | None = None
) -> None:
    """Every check above, in order; the first problem raises a SpecError placed by :class:`Blame`.

    Our own rules run before openapi-spec-validator: it also rejects a duplicate operationId or a
    dangling $ref, but without saying where, and a message must name the place.
    """
    blame = Blame(spec_path, trace, sources)
    check_refs(spec, blame)
    check_operations(spec, blame)
    check_openapi(spec, blame)
    check_vocabulary(spec, blame)

"""Go types back to OpenAPI 3.0 schemas, undoing oapi-codegen's mapping.

oapi-codegen v2 writes a property as:

- a value without ``omitempty`` when it is required (and not nullable);
- a pointer with ``omitempty`` when it is optional;
- a pointer without ``omitempty`` when it is nullable (required or not: the Go code cannot tell,
  so such properties are read as optional and nullable).

Named Go types are the spec's component schemas, except the ones oapi-codegen invents for an
operation's inline parts (``<Op>Params``, ``<Op>Params<Name>``, ``<Op>JSONBody``), which are put
back inline.
"""

from __future__ import annotations

from typing import Any

from ._gotypes import Any_, Decl, Field, Map, Named, Pointer, Slice, TypeExpr

Schema = dict[str, Any]

PRIMITIVES: dict[str, Schema] = {
    "string": {"type": "string"},
    "bool": {"type": "boolean"},
    "int": {"type": "integer"},
    "int32": {"type": "integer", "format": "int32"},
    "int64": {"type": "integer", "format": "int64"},
    "uint32": {"type": "integer", "format": "int32", "minimum": 0},
    "uint64": {"type": "integer", "format": "int64", "minimum": 0},
    "float32": {"type": "number", "format": "float"},
    "float64": {"type": "number", "format": "double"},
    "time.Time": {"type": "string", "format": "date-time"},
    "openapi_types.UUID": {"type": "string", "format": "uuid"},
    "openapi_types.Date": {"type": "string", "format": "date"},
    "openapi_types.Email": {"type": "string", "format": "email"},
    "openapi_types.File": {"type": "string", "format": "binary"},
    "json.RawMessage": {},
}
REF_PREFIX = "#/components/schemas/"


class UnknownType(Exception):
    """A Go type name that is neither a builtin this module maps nor a declared type."""


class SchemaBuilder:
    """Schemas for Go types; collects the components the operations reach."""

    def __init__(self, decls: dict[str, Decl], inline: set[str]) -> None:
        self.decls = decls
        self.inline = inline  # names of operation-specific types, rendered in place
        self.reached: set[str] = set()
        self._pending: list[str] = []

    def schema(self, expr: TypeExpr) -> Schema:
        """The schema of a Go type in a nested position (array item, map value, body)."""
        if isinstance(expr, Pointer):
            return self.schema(expr.inner)
        if isinstance(expr, Any_):
            return {}
        if isinstance(expr, Slice):
            if expr.inner == Named("byte"):
                return {"type": "string", "format": "byte"}
            return {"type": "array", "items": self.schema(expr.inner)}
        if isinstance(expr, Map):
            if expr.key != Named("string"):
                raise UnknownType(f"map with non-string keys: {expr}")
            value = expr.value.inner if isinstance(expr.value, Pointer) else expr.value
            return {"type": "object", "additionalProperties": True if isinstance(value, Any_) else self.schema(value)}
        if expr.name in PRIMITIVES:
            return dict(PRIMITIVES[expr.name])
        decl = self.decls.get(expr.name)
        if decl is None:
            raise UnknownType(f"unknown Go type {expr.name!r}")
        if decl.name in self.inline or (decl.kind == "alias" and decl.name.endswith("JSONRequestBody")):
            return self.declared(decl)
        if decl.name not in self.reached:
            self.reached.add(decl.name)
            self._pending.append(decl.name)
        return {"$ref": REF_PREFIX + decl.name}

    def declared(self, decl: Decl) -> Schema:
        """The schema a type declaration stands for."""
        if decl.enum:
            return {"type": "string", "enum": list(decl.enum)}
        if decl.kind != "struct":
            assert decl.type is not None
            return self.schema(decl.type)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for f in decl.fields:
            schema, is_required = self.property(f)
            properties[f.wire_name] = schema
            if is_required:
                required.append(f.wire_name)
        out: Schema = {"type": "object"}
        if properties:
            out["properties"] = properties
        if required:
            out["required"] = required
        if decl.extra is not None:
            out["additionalProperties"] = True if isinstance(decl.extra, Any_) else self.schema(decl.extra)
        return out

    def property(self, f: Field) -> tuple[Schema, bool]:
        """A struct field's schema and whether it is required (see the module docstring)."""
        pointer = isinstance(f.type, Pointer)
        schema = self.schema(f.type)
        if pointer and not f.omitempty and f.tag == "json":
            schema = nullable(schema)
        return schema, not pointer and not f.omitempty

    def components(self) -> dict[str, Schema]:
        """Every component reached so far (and the ones they reach), sorted by name."""
        out: dict[str, Schema] = {}
        while self._pending:
            name = self._pending.pop()
            out[name] = self.declared(self.decls[name])
        done = dict(sorted(out.items()))
        return done


def nullable(schema: Schema) -> Schema:
    """``schema`` or null, the OpenAPI 3.0 way (``allOf`` around a ``$ref``, which takes no siblings)."""
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    if "type" in schema:
        return {**schema, "nullable": True}
    return schema  # {} already allows null

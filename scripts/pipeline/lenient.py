"""Lenient models: what the templates need to know of a property, and the shapes the facade walks.

The generated models never fail on a 2xx body that bends the spec (``templates/_lenient.py``, copied
into every package, keeps the value and counts it). To tell the user *where*, the facade walks the
raw body once, only after a parse counted something, against ``_shapes.json``: per operation its
2xx responses, and every model and enum, written here from the very properties the templates
rendered, so the walk and the generated code agree on what is a deviation. The facade walks request
bodies given as dicts the same way, where a deviation is an error.

Shape vocabulary (JSON): a kind name (``str``, ``int``, ``float``, ``bool``, ``any``, ``none``,
``file``, ``uuid``, ``date``, ``datetime``), or ``{"model": name}``, ``{"list": shape}``,
``{"union": [shape, ...]}``, ``{"enum": name}`` (its values under ``enums``), ``{"const": value}``.
A model is ``{"props": [[wire name, required, shape], ...], "extra": shape | null}``; ``extra``
null means the spec forbids other keys (the model drops them), ``"any"`` that they are not checked.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from . import endpoints as ep
from .paths import TEMPLATES

RUNTIME = TEMPLATES / "_lenient.py"
SHAPES = "_shapes.json"
_KINDS = {
    "ModelProperty": "model",
    "ListProperty": "list",
    "UnionProperty": "union",
    "EnumProperty": "enum",
    "LiteralEnumProperty": "literal",
    "UuidProperty": "uuid",
    "DateProperty": "date",
    "DateTimeProperty": "datetime",
    "ConstProperty": "const",
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "float",
    "BooleanProperty": "bool",
    "AnyProperty": "any",
    "NoneProperty": "none",
    "FileProperty": "file",
}
# Kinds the generated code does not convert: only a null where none is allowed is noted.
PLAIN = frozenset({"str", "int", "float", "bool"})
# Kinds that accept anything, null included.
OPEN = frozenset({"any", "none", "file"})


def kind(prop: Any) -> str:
    """What the templates do with a property: one of the keys of the shape vocabulary."""
    name = type(prop).__name__
    try:
        return _KINDS[name]
    except KeyError:
        raise TypeError(f"openapi-python-client made a {name}, which the lenient templates do not know") from None


def union_parts(prop: Any) -> dict[str, Any]:
    """How the union template parses: typed members tried in order, then plain ones by their JSON type.

    ``typed``: the members it converts (models, lists, enums, uuid/date/date-time, consts);
    ``nullable``: null passes; ``plain_any``: a member that takes anything (``{}``); ``plain``: the
    kinds of the plain members (str, int, float, bool), which take a value of their JSON type.
    """
    inner = list(prop.inner_properties)
    kinds = [kind(p) for p in inner]
    typed = [p for p, k in zip(inner, kinds, strict=True) if k not in PLAIN | OPEN]
    return {
        "typed": typed,
        "nullable": "none" in kinds or "any" in kinds,
        "plain_any": "any" in kinds or "file" in kinds,
        "plain": sorted({k for k in kinds if k in PLAIN}),
    }


class Shapes:
    """The shapes of one provider's 2xx responses, and every model and enum they reach."""

    def __init__(self, openapi: Any) -> None:
        # A model met through a reference can be a copy made before its properties were parsed:
        # the templates render the processed ones (``openapi.models``), and so do the shapes.
        self._processed = {str(m.class_info.name): m for m in openapi.models}
        self.models: dict[str, Any] = {}
        self.enums: dict[str, Any] = {}
        self.operations: dict[str, list[Any]] = {}

    def shape(self, prop: Any) -> Any:
        k = kind(prop)
        if k == "model":
            self._model(prop)
            return {"model": str(prop.class_info.name)}
        if k == "list":
            return {"list": self.shape(prop.inner_property)}
        if k == "union":
            return {"union": [self.shape(p) for p in prop.inner_properties]}
        if k in ("enum", "literal"):
            name = str(prop.class_info.name)
            values = list(prop.values.values()) if k == "enum" else sorted(prop.values)
            self.enums[name] = values
            return {"enum": name}
        if k == "const":
            return {"const": prop.value.raw_value}
        return k

    def _model(self, prop: Any) -> None:
        name = str(prop.class_info.name)
        if name in self.models:
            return
        self.models[name] = {}  # placed first: a model that contains itself ends here
        prop = self._processed.get(name, prop)
        extra = prop.additional_properties
        props = [[ep.text(p.name), bool(p.required), self.shape(p)] for p in ep.children(prop)]
        extra_shape = None if extra is None else "any" if isinstance(extra, bool) else self.shape(extra)
        self.models[name] = {"props": props, "extra": extra_shape}

    def add_operation(self, operation_id: str, endpoint: Any) -> None:
        """The JSON 2xx responses of one endpoint, as ``[low status, high status, shape]`` in match order."""
        found = []
        for response in endpoint.responses.patterns:
            low, high = response.status_code.range
            if 200 <= low < 300 and response.source["attribute"] == "response.json()":
                found.append([low, high, self.shape(response.prop)])
        default = endpoint.responses.default
        if default is not None and default.source["attribute"] == "response.json()":
            found.append([200, 299, self.shape(default.prop)])
        self.operations[operation_id] = found

    def to_json(self) -> dict[str, Any]:
        # Every model, not only those a 2xx response reaches: the facade also checks request
        # bodies given as dicts against them (a lenient from_dict would take anything).
        for model in self._processed.values():
            self._model(model)
        return {
            "operations": dict(sorted(self.operations.items())),
            "models": dict(sorted(self.models.items())),
            "enums": dict(sorted(self.enums.items())),
        }


def write(target: Path, shapes: Shapes, notice: dict[str, str]) -> None:
    """``_lenient.py`` (the runtime) and ``_shapes.json`` into the package at ``target``."""
    shutil.copyfile(RUNTIME, target / "_lenient.py")
    text = json.dumps({**notice, **shapes.to_json()}, indent=1, sort_keys=False, ensure_ascii=False)
    (target / SHAPES).write_text(text + "\n", encoding="utf-8")


def template_globals() -> dict[str, Any]:
    """What the model and property templates call: ``lenient_kind(prop)``, ``lenient_union(prop)``."""
    return {"lenient_kind": kind, "lenient_union": union_parts}

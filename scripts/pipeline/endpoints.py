"""openapi-python-client's parsed view of a spec, as the manifest and the typing hooks read it.

Every attribute of the generator's objects the pipeline touches is read here (and pinned by
tests/pipeline/test_generator_contract.py).
"""

from __future__ import annotations

import re
from typing import Any

_PATH_PARAM = re.compile(r"\{[^}]*\}")
LOCATIONS = ("path", "query", "header", "cookie")


def text(value: Any) -> str:
    """The text of one of the generator's UntrustedString / PythonCode wrappers."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        if hasattr(value, unwrap):
            return str(getattr(value, unwrap)())
    return str(value)


def key(method: str, path: str) -> str:
    """``get /v1/users/{}``: the generator renames path parameters, so match on the path's shape."""
    return f"{method.lower()} {_PATH_PARAM.sub('{}', path)}"


def index(openapi: Any) -> dict[str, tuple[str, Any]]:
    """Every endpoint by :func:`key`, with the tag folder it is generated into."""
    found: dict[str, tuple[str, Any]] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            found.setdefault(key(str(endpoint.method), text(endpoint.path)), (str(tag), endpoint))
    return found


def parameters(endpoint: Any, where: str) -> list[Any]:
    """The endpoint's parameters in one location (path, query, header, cookie)."""
    return list(getattr(endpoint, f"{where}_parameters"))


def success_props(endpoint: Any) -> list[Any]:
    """The properties of the endpoint's 2xx responses, in status order."""
    props = []
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range is not None and 200 <= code_range[0] < 300:
            props.append(response.prop)
    return props


def children(prop: Any) -> list[Any]:
    """A model property's own properties (none for other kinds)."""
    return list(getattr(prop, "required_properties", None) or []) + list(
        getattr(prop, "optional_properties", None) or []
    )


def prop_at(prop: Any, segments: tuple[str | int, ...]) -> tuple[list[str], Any] | None:
    """Python attribute names of the generated models along a JSON path, and the property there."""
    names = []
    for segment in segments:
        match = [p for p in children(prop) if p.name == segment]
        if not match:
            return None
        names.append(str(match[0].python_name))
        prop = match[0]
    return names, prop


def type_string(prop: Any, *, optional: bool = False) -> str:
    """The property's Python type as code; ``optional`` drops Unset/None (isinstance form)."""
    return text(prop.get_type_string(no_optional=optional))


def imports(prop: Any) -> set[str]:
    """The imports a module needs to name the property's type (relative to an endpoint module)."""
    return set(prop.get_imports(prefix="...")) | set(prop.get_lazy_imports(prefix="..."))

"""Shared by the CAST AI spec tests: the committed files, the script as a package, path shapes."""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO / "specs" / "castai"
LIVE = SPEC_DIR / "live-operations.txt"
# Where the Go client's files sit on machines that have them (outside the repository).
UPSTREAM = Path(os.environ.get("CASTAI_GO_CLIENT", "/work/shared/reference/castai/upstream"))
_PARAM = re.compile(r"\{[^}]*\}")


def shape(method: str, path: str) -> tuple[str, str]:
    """Method and path with every parameter name dropped: how operations are matched."""
    return method.upper(), _PARAM.sub("{}", path)


def live_operations() -> dict[tuple[str, str], str]:
    """(method, path shape) -> operationId of every line of live-operations.txt."""
    out = {}
    for line in LIVE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        method, path, op_id = line.split()
        out[shape(method, path)] = op_id
    return out


@functools.cache
def spec() -> dict[str, Any]:
    """specs/castai/openapi.yaml, loaded once (read-only for the tests)."""
    loaded: dict[str, Any] = yaml.load((SPEC_DIR / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return loaded


def spec_operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        shape(method, path): op
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
    }


def load_builder() -> ModuleType:
    """scripts/castai_spec as the package ``castai_spec_under_test``."""
    name = "castai_spec_under_test"
    if name in sys.modules:
        return sys.modules[name]
    package_dir = REPO / "scripts" / "castai_spec"
    found = importlib.util.spec_from_file_location(
        name, package_dir / "__init__.py", submodule_search_locations=[str(package_dir)]
    )
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[name] = module
    found.loader.exec_module(module)
    return module

"""The facade's dependency-free helpers the pipeline shares: JSON paths/pointers/$ref and the
overlay vocabulary (``facade/_jsonpath.py``, ``facade/_vocabulary.py``).

They are imported by file path: ``import facade`` would run ``facade/__init__`` (httpx, the
generated packages), which the generator's environment neither has nor needs, and which may not
exist yet on a fresh tree.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from .paths import FACADE

FILES = ("_jsonpath.py", "_vocabulary.py")
__all__ = ["FILES", "jp", "vocabulary"]


def _load(file: str) -> ModuleType:
    # Named under this package, so two copies of the pipeline (tests load several) never share one.
    name = f"{__package__}._facade{file.removesuffix('.py')}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, FACADE / file)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {FACADE / file}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from facade import _jsonpath as jp
    from facade import _vocabulary as vocabulary
else:
    jp = _load("_jsonpath.py")
    vocabulary = _load("_vocabulary.py")

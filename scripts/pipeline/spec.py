"""A provider's effective spec: its spec as published, bundled, normalised, overlaid, inferred, validated.

The stages run in this order (each module says what it does)::

    bundle.load_spec -> normalise.normalise -> overlay.apply -> infer.infer -> validate.validate

``overlay.yaml`` is optional; so is ``generator.yaml``. What normalisation repaired and what
inference supplied is kept on the :class:`Effective` for ``nox -s specs`` to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bundle, infer, load, normalise, overlay, source
from .bundle import SourceMap
from .errors import SpecError
from .overlay import Trace
from .paths import SPECS
from .validate import Blame, validate


@dataclass(frozen=True)
class Effective:
    """The effective spec and where its parts came from (for errors found later)."""

    provider: str
    spec: dict[str, Any]
    spec_path: Path
    trace: Trace
    sources: SourceMap | None = None
    repairs: list[normalise.Repair] = field(default_factory=list)
    inferences: list[infer.Inference] = field(default_factory=list)

    @property
    def blame(self) -> Blame:
        return Blame(self.spec_path, self.trace, self.sources)


def root_of(provider: str, specs: Path = SPECS) -> Path:
    """The spec's root file; a SpecError naming the folder when there is none."""
    folder = specs / provider
    root = source.root_file(folder)
    if root is None or not root.is_file():
        wanted = f"{root.name} (source.yaml's root)" if root is not None else " or ".join(source.ROOT_NAMES[:3])
        raise SpecError(folder, "1", f"no spec here: expected {wanted}")
    return root


def _check_keys(spec: dict[str, Any], blame: Blame) -> None:
    """A key YAML read as a number or boolean that no rule turned into a string (one was switched off)."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), spec)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    raise blame.error([*parts, key], f"key {key!r} is a {type(key).__name__}, not a string")
                stack.append(((*parts, key), value))
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in enumerate(node))


def effective(provider: str, specs: Path = SPECS) -> Effective:
    """Load, bundle, normalise, overlay, infer and validate ``specs/<provider>/``; SpecError on bad input."""
    spec_path = root_of(provider, specs)
    overlay_path = specs / provider / source.OVERLAY
    overlay_doc = load.load(overlay_path) if overlay_path.is_file() else None
    off = normalise.disabled(overlay_doc, overlay_path)
    spec, sources = bundle.load_spec(spec_path)
    repairs = normalise.normalise(spec, provider, off)
    _check_keys(spec, Blame(spec_path, None, sources))
    if overlay_doc is not None:
        result, trace = overlay.apply(spec, overlay_doc, overlay_path)
    else:
        result, trace = spec, Trace(overlay_path)
    inferred = infer.infer(result, provider)
    if inferred.problems:
        parts, message = inferred.problems[0]
        more = f" (and {len(inferred.problems) - 1} more such list operation(s))" if len(inferred.problems) > 1 else ""
        raise Blame(spec_path, trace, sources).error(parts, message + more)
    validate(result, spec_path, trace, sources)
    return Effective(provider, result, spec_path, trace, sources, repairs, inferred.inferences)


def effective_spec(provider: str, specs: Path = SPECS) -> dict[str, Any]:
    """Just the spec of :func:`effective`."""
    return effective(provider, specs).spec

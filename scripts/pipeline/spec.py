"""A provider's effective spec: its ``openapi.yaml`` with ``overlay.yaml`` applied, validated.

The stages run in this order (each module says what it does)::

    load.load -> load.bundle -> overlay.apply -> validate.validate

Normalising a provider's published spec (and inferring what the overlay would otherwise say)
slots in after ``bundle``: a stage takes the spec and returns it, raising SpecError on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import load, overlay
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

    @property
    def blame(self) -> Blame:
        return Blame(self.spec_path, self.trace)


def effective(provider: str, specs: Path = SPECS) -> Effective:
    """Load, bundle, overlay and validate ``specs/<provider>/``; SpecError on any bad input."""
    spec_path, overlay_path = specs / provider / "openapi.yaml", specs / provider / "overlay.yaml"
    spec = load.bundle(load.load(spec_path), spec_path)
    result, trace = overlay.apply(spec, load.load(overlay_path), overlay_path)
    validate(result, spec_path, trace)
    return Effective(provider, result, spec_path, trace)


def effective_spec(provider: str, specs: Path = SPECS) -> dict[str, Any]:
    """Just the spec of :func:`effective`."""
    return effective(provider, specs).spec

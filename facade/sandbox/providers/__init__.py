"""Provider plug-ins: each module exposes ``PROVIDER`` (see :mod:`facade.sandbox._provider`)."""

from __future__ import annotations

import importlib

from .._provider import Provider

PROVIDERS = ("ionet", "castai", "fluence", "cloudapi", "stackpoint")


def get(name: str) -> Provider:
    """The plug-in of one provider."""
    if name not in PROVIDERS:
        raise ValueError(f"unknown provider {name!r}; choose from {', '.join(PROVIDERS)} or 'all'")
    module = importlib.import_module(f"{__name__}.{name}")
    provider: Provider = module.PROVIDER
    return provider

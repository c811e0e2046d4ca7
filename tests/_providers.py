"""A provider's name that a test holds as ``str`` (a sandbox's, a parameter's), typed for ``connect()``."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import facade

if TYPE_CHECKING:
    from facade import ProviderName


def provider_name(name: str) -> ProviderName:
    """``name`` as the facade's ``ProviderName``, once the installed registry is known to list it."""
    assert name in facade.providers(), f"{name!r} is not an installed provider"
    return cast("ProviderName", name)

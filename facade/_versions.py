"""Which specs this installation was generated from."""

from __future__ import annotations

from dataclasses import dataclass

from ._manifest import available, load


@dataclass(frozen=True)
class ProviderVersion:
    """The spec a provider's generated client was built from."""

    api_version: str
    spec_sha256: str


def versions() -> dict[str, ProviderVersion]:
    """Per installed provider: its API version and the SHA-256 of the spec it was generated from."""
    return {name: ProviderVersion(load(name).api_version, load(name).spec_sha256) for name in available()}

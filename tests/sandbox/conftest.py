"""Fixtures of the sandbox tests: one parametrised sandbox per provider whose spec exists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facade.sandbox import Sandbox

from .sandbox_helpers import PROVIDERS


@pytest.fixture(params=PROVIDERS)
def provider_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sb(provider_name: str) -> Iterator[Sandbox]:
    with Sandbox(provider_name, seed=7, check_responses=True) as running:
        yield running
        assert running.violations == []

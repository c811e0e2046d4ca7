"""pytest plugin (entry point ``pytest11``): the ``sandbox`` fixture factory.

```python
def test_vms(sandbox):
    sb = sandbox("fluence")          # started now, closed at teardown
```
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest


@pytest.fixture
def sandbox() -> Iterator[Callable[..., Any]]:
    """Factory: ``sandbox(provider, seed=0, scale=1.0, check_responses=True)`` -> a started Sandbox."""
    from . import Sandbox

    started: list[Sandbox] = []

    def make(provider: str, *, seed: int = 0, scale: float = 1.0, check_responses: bool = True) -> Sandbox:
        sb = Sandbox(provider, seed=seed, scale=scale, check_responses=check_responses).start()
        started.append(sb)
        return sb

    yield make
    for sb in started:
        sb.close()

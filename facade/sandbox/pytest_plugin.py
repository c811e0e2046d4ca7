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
    """Factory: ``sandbox(provider, seed=0, check_responses=True, **options)`` -> a started Sandbox.

    ``options`` are those of :class:`~facade.sandbox.Sandbox` (``scale``, ``clock_speed``, ...).
    """
    from . import Sandbox

    started: list[Sandbox] = []

    def make(provider: str, *, seed: int = 0, check_responses: bool = True, **options: Any) -> Sandbox:
        sb = Sandbox(provider, seed=seed, check_responses=check_responses, **options).start()
        started.append(sb)
        return sb

    yield make
    for sb in started:
        sb.close()

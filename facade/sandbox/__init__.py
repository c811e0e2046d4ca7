"""Local emulators of the five providers, served by uvicorn on 127.0.0.1 (the ``sandbox`` extra).

```python
from facade.sandbox import serve
with serve("cloudapi", seed=1) as sb:
    sb.base_url, sb.api_key
    sb.faults.add(operation="listUsers", status=503, times=2)
    sb.requests[-1].operation
```
Routes, validation and response shapes come from each provider's effective spec; the plug-ins in
``facade.sandbox.providers`` add only provider-specific behaviour.
"""

from __future__ import annotations

from ._faults import FAULT_KINDS, Fault, Faults
from ._provider import Ctx, Issue, Problem, Provider, Reply, Resource
from ._sandbox import Sandbox, SandboxGroup, available, serve
from ._store import RequestRecord

__all__ = [
    "FAULT_KINDS",
    "Ctx",
    "Fault",
    "Faults",
    "Issue",
    "Problem",
    "Provider",
    "Reply",
    "RequestRecord",
    "Resource",
    "Sandbox",
    "SandboxGroup",
    "available",
    "serve",
]
